using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimExtract.Evaluation;
using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Corpus;

/// <summary>
/// A metric gate on the hand-labelled resolved names of PolNeAR dev (data/names/dev-references.tsv, and the second
/// held-out sample data/names/dev2-references.tsv; the texts read from ../shared, skipped on a fresh clone without it):
/// dev: the scorer's name accuracy over the
/// 343 labelled attributions must not fall below 84.1: 84.3 after the evening's merges of 2026-12-03 (252 right of 299 matched: the
/// right count is the afternoon's, and one more labelled attribution is matched
/// (from recall72's merge on: a statement cued by "said" now pairs with it), whose "Mr. Obama"
/// resolves to the wrong Obama; floor lowered from 84.4 for that matched item alone); 84.6 in the afternoon (252 of 298); 84.8 after the morning's merges of 2026-12-03 (names52's one word of a two-word name, the
/// name after the opening person's comma, the writer named by a closing line; precision52/53's dropped statements; floor raised from 83.2);
/// 83.3 after the late night of 2026-11-30 (the lead's looser reading of the words after a quotation, "9/11 widow Terry Strada said"); 82.9 with the campaigns and administrations of branch names18 (82.6 before them); 82.7 with the name rules of branch names12 (developed on the enlarged train set), 82.0 before them; 82.1 with the cue tagger and speaker ranker retrained on the speakers9 rules, 81.0 with those rules (sentence-final and role-and-name speakers, shared
/// surnames told apart by "Mr."/"Mrs.", institutions; 80.7 on main before them), 80.2 with the name and speaker-span rules of branch speakers8, 77.5 with gender agreement of pronouns and role descriptions (late night
/// of 2026-11-29), 75.4 after the night of 2026-11-29 (221 right names, as with 77.3 over
/// fewer matched attributions before it), 77.3 with the learned speaker ranker and cue tagger, 78.7 with the
/// name-resolution rules alone (developed on the separate PolNeAR train set, data/names/train-references.tsv), 67.7 before
/// them (docs/resolved-names.md).
/// The dev labels were made after the resolver; its rules follow the error classes they showed and were tuned on train
/// (dev was scored in between, see docs/resolved-names.md).
/// </summary>
[Category("Corpus")]
[Category("Model")]
public class ResolvedNameFloorTests
{
    [Test]
    public void DevNames_StayAboveTheFloor()
    {
        var score = ScoreLabelled("dev-references.tsv");

        Assert.That(score.Gold, Is.EqualTo(343), "the labelled set changed");
        // 77.3 over 286 matched with the learned speaker ranker and cue tagger; 75.4 over 293 matched after the night of
        // 2026-11-29 (the same 221 right names of the 343: more, and harder, statements matched); 77.5 over 293 with the ranker's
        // clause-subject features, gender agreement of pronouns and role descriptions ("The Indiana governor"); 80.2 with
        // branch speakers8 (a role or apposition beside a name, "Bill" opening a name, the name closing a quotation's paragraph);
        // 81.0 with branch speakers9 (239 right of 295 matched).
        // 82.1 with the cue tagger and speaker ranker retrained on the speakers9 rules (2026-11-30 morning).
        Assert.That(score.NameAcc, Is.GreaterThanOrEqualTo(84.1), score.ToJsonLine());
    }

    /// <summary>
    /// The second held-out sample of PolNeAR dev (data/names/dev2-references.tsv: the last 24 dev articles by SHA-256 of
    /// id, 155 sampled, 109 labelled blind by branch names100 on 2026-12-06 before any prediction on them was looked at):
    /// 75.8 when first scored (72 right of 95 matched, main at 9a10bcb); floor 75.6, set just below it as the dev floor is.
    /// Which dev2 names are wrong is not listed anywhere: the set stays held out.
    /// </summary>
    [Test]
    public void Dev2Names_StayAboveTheFloor()
    {
        var score = ScoreLabelled("dev2-references.tsv");

        Assert.That(score.Gold, Is.EqualTo(109), "the labelled set changed");
        Assert.That(score.NameAcc, Is.GreaterThanOrEqualTo(75.6), score.ToJsonLine());
    }

    [Test]
    public void Dev2Sample_IsDisjointFromTheFirstDevSample()
    {
        var first = File.ReadLines(RepositoryPaths.InRoot(Path.Combine("data", "names", "dev-references.tsv"))).ToList();
        var second = File.ReadLines(RepositoryPaths.InRoot(Path.Combine("data", "names", "dev2-references.tsv"))).ToList();

        Assert.That(second[0], Is.EqualTo(first[0]), "dev2 has the columns of dev");
        Assert.That(second, Has.Count.EqualTo(156), "155 sampled rows and the header");
        var firstArticles = first.Skip(1).Select(line => line.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        var secondArticles = second.Skip(1).Select(line => line.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.That(secondArticles, Has.Count.EqualTo(24));
        Assert.That(secondArticles.Overlaps(firstArticles), Is.False, "dev2 samples only the dev articles dev leaves out");
    }

    // The train samples in the order they were drawn (train articles by SHA-256 of id: the tuning sample, then 121-150, 151-180,
    // 181-210, 211-240, 241-270, 271-300, 301-330, 331-360, 361-390, 391-420, 421-450, 451-480, 481-510, 511-540, 541-570, 571-600, 601-630, 631-660, each labelled blind; data/names/GUIDE.md): each must leave out every article of the samples before it.
    private static readonly string[] TrainSamples = ["train", "train2", "train3", "train4", "train5", "train6", "train7", "train8", "train9", "train10", "train11", "train12", "train13", "train14", "train15", "train16", "train17", "train18", "train19"];

    [TestCase("train2", 249, 29)] // one article with no sampled attribution
    [TestCase("train3", 205, 30)]
    [TestCase("train4", 179, 30)]
    [TestCase("train5", 176, 29)] // one article with no sampled attribution
    [TestCase("train6", 157, 27)] // three articles with no sampled attribution
    [TestCase("train7", 193, 28)] // two articles with no sampled attribution
    [TestCase("train8", 188, 27)] // three articles with no sampled attribution
    [TestCase("train9", 227, 29)] // one article with no sampled attribution
    [TestCase("train10", 161, 27)] // three articles with no sampled attribution
    [TestCase("train11", 259, 28)] // two articles with no sampled attribution
    [TestCase("train12", 215, 29)] // one article with no sampled attribution
    [TestCase("train13", 207, 29)] // one article with no sampled attribution
    [TestCase("train14", 199, 30)]
    [TestCase("train15", 165, 27)] // three articles with no sampled attribution
    [TestCase("train16", 219, 29)] // one article with no sampled attribution
    [TestCase("train17", 164, 30)]
    [TestCase("train18", 212, 29)] // one article with no sampled attribution
    [TestCase("train19", 261, 29)] // one article with no sampled attribution
    public void TrainSample_IsDisjointFromTheEarlierTrainSamples(string sample, int sampledRows, int articleCount)
    {
        var earlier = TrainSamples.TakeWhile(name => name != sample).Select(ReferenceRows).ToList();
        var rows = ReferenceRows(sample);

        Assert.That(earlier, Has.Count.EqualTo(Array.IndexOf(TrainSamples, sample)).And.Not.Empty, $"{sample} is a later train sample");
        Assert.That(rows[0], Is.EqualTo(earlier[0][0]), $"{sample} has the columns of train");
        Assert.That(rows, Has.Count.EqualTo(sampledRows + 1), "the sampled rows and the header");
        var earlierArticles = earlier.SelectMany(r => r.Skip(1)).Select(line => line.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        var articles = rows.Skip(1).Select(line => line.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.That(articles, Has.Count.EqualTo(articleCount), "the sample's 30 articles, less any with no sampled attribution");
        Assert.That(articles.Overlaps(earlierArticles), Is.False, $"{sample} samples only train articles the samples before it leave out");
    }

    private static List<string> ReferenceRows(string sample) =>
        File.ReadLines(RepositoryPaths.InRoot(Path.Combine("data", "names", sample + "-references.tsv"))).ToList();

    // Scores the pipeline on the labelled attributions of one reference file over PolNeAR dev (ignored without ../shared).
    private static QuoteScore ScoreLabelled(string tsv)
    {
        var shared = RepositoryPaths.SharedData;
        var path = shared is null ? null : Path.Combine(shared, "polnear", "dev.jsonl.gz");
        if (path is null || !File.Exists(path))
        {
            Assert.Ignore("../shared/data/polnear is not beside the repository");
        }

        var labels = ReadLabels(RepositoryPaths.InRoot(Path.Combine("data", "names", tsv)));
        var gold = new List<JsonElement>();
        foreach (var article in QuoteScorer.ReadJsonLines(path))
        {
            var id = article.GetProperty("id").GetString()!;
            if (!labels.TryGetValue(id, out var byAttribution))
            {
                continue;
            }

            var text = article.GetProperty("text").GetString()!;
            var node = JsonNode.Parse(article.GetRawText())!.AsObject();
            var kept = new JsonArray();
            foreach (var attribution in node["attributions"]!.AsArray())
            {
                if (!byAttribution.TryGetValue((string)attribution!["id"]!, out var label))
                {
                    continue;
                }

                var reference = CodePointSlice(text, label.Start, label.End);
                var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reference)))[..12];
                Assert.That(digest, Is.EqualTo(label.Digest), $"{id} {attribution["id"]}: the labelled span changed");
                var copy = attribution.DeepClone().AsObject();
                copy["reference"] = reference;
                kept.Add(copy);
            }

            node["attributions"] = kept;
            using var doc = JsonDocument.Parse(node.ToJsonString());
            gold.Add(doc.RootElement.Clone());
        }

        var pipeline = new ClaimPipeline();
        var articles = gold.Select(a => pipeline.Process(new InputDocument(
            a.GetProperty("id").GetString()!, "polnear", new DocumentContent.PlainText(a.GetProperty("text").GetString()!))));
        return QuoteScorer.Score(QuoteScorer.Gold(gold), QuoteScorer.Predictions(articles), 0.3);
    }

    private static Dictionary<string, Dictionary<string, (int Start, int End, string Digest)>> ReadLabels(string path)
    {
        var labels = new Dictionary<string, Dictionary<string, (int, int, string)>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var cols = line.Split('\t');
            if (cols[5].StartsWith("skipped:", StringComparison.Ordinal))
            {
                continue;
            }

            if (!labels.TryGetValue(cols[0], out var byAttribution))
            {
                labels[cols[0]] = byAttribution = new Dictionary<string, (int, int, string)>(StringComparer.Ordinal);
            }

            byAttribution.Add(cols[1], (int.Parse(cols[2], CultureInfo.InvariantCulture), int.Parse(cols[3], CultureInfo.InvariantCulture), cols[4]));
        }

        return labels;
    }

    // The offsets count Unicode code points, as Python does.
    private static string CodePointSlice(string text, int start, int end)
    {
        var builder = new StringBuilder();
        var index = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (index >= end)
            {
                break;
            }

            if (index >= start)
            {
                builder.Append(rune.ToString());
            }

            index++;
        }

        return builder.ToString();
    }
}
