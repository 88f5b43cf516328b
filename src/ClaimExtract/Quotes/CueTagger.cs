using System.Globalization;
using ClaimExtract.Text;
using Microsoft.ML;

namespace ClaimExtract.Quotes;

/// <summary>
/// Finds attributions the rules miss with a learned cue tagger (ML.NET FastTree over dense token features, trained on
/// PolNeAR train by <c>claimextract train cues</c>): a word outside every attribution found, whose share of cue uses in
/// train (its prior) and context (the words around it, its suffix, its place in the sentence) make it a cue, starts
/// a reported statement that runs to the end of its sentence. At most one per sentence; the speaker is left to
/// the speaker ranker.
/// </summary>
internal sealed class CueTagger
{
    public const int FeatureCount = 42;

    private const string EmbeddedTrees = "ClaimExtract.Quotes.cue-tagger.trees";
    private const string EmbeddedPriors = "ClaimExtract.Quotes.cue-priors.tsv";
    private const string EmbeddedBounds = "ClaimExtract.Quotes.cue-tagger.bounds.tsv";

    // A "sentence" longer than this is not prose (a run of markup words, a list): it is not tagged, which also keeps
    // the work per sentence (features look over the whole sentence) bounded.
    private const int MaxSentenceTokens = 300;

    // Reported content shorter than this is not a statement.
    private const int MinimumContentWords = 3;

    // The most words of a phrase naming the medium before a title ("to the Ledger’s “Morning Desk”"), the title's not counted.
    private const int MaximumMediumWords = 4;

    private static readonly Lazy<CueTagger?> LazyDefault = new(() =>
    {
        var assembly = typeof(CueTagger).Assembly;
        using var trees = assembly.GetManifestResourceStream(EmbeddedTrees);
        using var priors = assembly.GetManifestResourceStream(EmbeddedPriors);
        using var bounds = assembly.GetManifestResourceStream(EmbeddedBounds);
        return trees is null || priors is null ? null : Load(BoostedTrees.Read(trees, FeatureCount, "cue tagger", "claimextract train cues", (CueTaggerTrees.Checksum, CueTaggerTrees.Methods)), priors, bounds);
    });

    private readonly BoostedTrees _trees;

    public CueTagger(BoostedTrees trees, CuePriors priors)
    {
        _trees = trees;
        Priors = priors;
    }

    public static CueTagger? Default => LazyDefault.Value;

    public CuePriors Priors { get; }

    /// <summary>A tagger from its model, its prior table and, when given, the early cut's bounds measured by its trainer (<see cref="TreeBounds"/>).</summary>
    public static CueTagger Load(Stream modelZip, Stream priorsTsv, Stream? boundsTsv = null)
    {
        var ml = new MLContext(seed: 1);
        return Load(BoostedTrees.From(ml.Model.Load(modelZip, out _), FeatureCount, "cue tagger", "claimextract train cues"), priorsTsv, boundsTsv);
    }

    private static CueTagger Load(BoostedTrees trees, Stream priorsTsv, Stream? boundsTsv)
    {
        if (boundsTsv is not null)
        {
            trees = trees.WithBounds(TreeBounds.Read(boundsTsv, trees, "claimextract train cues"));
        }

        return new CueTagger(trees, CuePriors.Read(priorsTsv));
    }

    public float Score(float[] features) => _trees.Score(features);

    /// <summary>The same tagger with another threshold (see <see cref="AttributionVerifier"/>, which checks what it adds).</summary>
    public CueTagger WithThreshold(float threshold) => new(_trees, Priors.WithThreshold(threshold));

    /// <summary>The score when it can exceed <paramref name="floor"/>, else negative infinity (see <see cref="BoostedTrees.ScoreAbove"/>).</summary>
    public float ScoreAbove(float[] features, float floor) => _trees.ScoreAbove(features, floor);

    /// <summary>The attributions with the ones the tagger finds added, in text order.</summary>
    public List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions) => Merge(attributions, Find(doc, attributions));

    /// <summary>Both lists in one, in text order.</summary>
    public static List<Attribution> Merge(List<Attribution> attributions, List<Attribution> added)
    {
        ArgumentNullException.ThrowIfNull(attributions);
        ArgumentNullException.ThrowIfNull(added);
        if (added.Count == 0)
        {
            return attributions;
        }

        var result = new List<Attribution>(attributions.Count + added.Count);
        var absorbed = added.Where(a => a.Absorbs is not null).Select(a => a.Absorbs!).ToHashSet(ReferenceEqualityComparer.Instance);
        result.AddRange(absorbed.Count == 0 ? attributions : attributions.Where(a => !absorbed.Contains(a)));
        result.AddRange(added);
        result.Sort((x, y) => x.Content.Start.CompareTo(y.Content.Start));
        return result;
    }

    /// <summary>
    /// The attributions the tagger finds: at most one per sentence, its cue a word outside every span of
    /// <paramref name="attributions"/>, its content running to the sentence end or to the next of those spans.
    /// </summary>
    public List<Attribution> Find(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var added = new List<Attribution>();
        var features = new float[FeatureCount];
        // The two tables live from one article to the next on each thread (Build and the features read them only during Find).
        var classes = Buffer(ref t_classes, 2 * doc.Words.Count);
        Array.Clear(classes, 0, 2 * doc.Words.Count);
        var blocked = Buffer(ref t_blocked, doc.Tokens.Count);
        Blocked(doc, attributions, blocked);
        // The priors' counts of each form in the thread's tables too, written again for each article (two tables of the article's forms
        // were made per article; nothing else in the pipeline asks the word table for them: speed123).
        var (counts, known) = (Buffer(ref t_counts, doc.Words.Count), Buffer(ref t_known, doc.Words.Count));
        doc.Words.FillPriors(Priors, counts, known);
        var formOf = doc.Words.FormOf;
        var tokens = new List<int>();
        // One pass over each sentence finds its candidates and its context (ScanSentence, as CandidatesBySentence and SentenceContext.Of).
        for (var sentence = 0; sentence < doc.Document.Sentences.Count; sentence++)
        {
            var (start, end) = (doc.SentenceFirst[sentence], doc.SentenceFirst[sentence + 1]);
            if (end - start > MaxSentenceTokens)
            {
                continue;
            }

            tokens.Clear();
            var context = ScanSentence(doc, start, end, blocked, known, tokens);
            if (tokens.Count == 0)
            {
                continue;
            }

            var best = -1;
            var bestScore = Priors.Threshold;
            var opensParagraph = OpensParagraph(doc, sentence);
            foreach (var k in tokens)
            {
                Features(doc, k, counts[formOf[k]], start, end, opensParagraph, context, features, classes);
                var s = ScoreAbove(features, bestScore);
                if (s > bestScore)
                {
                    best = k;
                    bestScore = s;
                }
            }

            if (best >= 0 && !NeverACue(doc.Tokens[best].Lower) && !IsLabel(doc, best) && Build(doc, best, blocked, attributions) is { } a)
            {
                added.Add(a with { TaggerScore = bestScore });
            }
        }

        return added;
    }

    /// <summary>
    /// Whether a word cannot head a cue of its own, though PolNeAR's cues hold it beside one ("also said", "reportedly told"): an
    /// adverb ("I also use ...", "they say, explicitly or by intimation, ..."; audit 13). A sentence whose best candidate is one gets
    /// no attribution (taking the next best instead found fewer PolNeAR attributions). A cue verb that ends in -ly ("reply") is a
    /// cue; prepositions and particles are left to the model, as PolNeAR heads cues with them ("questions about").
    /// </summary>
    internal static bool NeverACue(string lower) =>
        Lexicon.Adverbs.Contains(lower) && !Lexicon.Auxiliaries.Contains(lower)
        || lower.EndsWith("ly", StringComparison.Ordinal) && !Lexicon.CueVerbs.ContainsKey(lower);

    /// <summary>
    /// Whether the word at <paramref name="k"/> opens its sentence right before a colon: a label ("Note: ...", "Warning: ..."),
    /// not a cue with its speaker (audit 13: with the rules no longer taking such labels for speakers, the tagger did).
    /// </summary>
    internal static bool IsLabel(TokenizedDocument doc, int k) =>
        k == doc.SentenceStartToken(k) && k + 1 < doc.Tokens.Count && doc.Tokens[k + 1].Value == ":";

    /// <summary>For each token, the index of the attribution whose content, cue or speaker span holds it; -1 for none.</summary>
    internal static int[] Blocked(TokenizedDocument doc, List<Attribution> attributions)
    {
        var blocked = new int[doc.Tokens.Count];
        Blocked(doc, attributions, blocked);
        return blocked;
    }

    [ThreadStatic]
    private static int[]? t_blocked;

    [ThreadStatic]
    private static byte[]? t_classes;

    [ThreadStatic]
    private static (int Cue, int Total)[]? t_counts;

    [ThreadStatic]
    private static bool[]? t_known;

    // A thread's table of at least length items, grown when too short (what it held before is left in it).
    private static T[] Buffer<T>(ref T[]? buffer, int length)
    {
        if (buffer is null || buffer.Length < length)
        {
            buffer = new T[Math.Max(length, 2 * (buffer?.Length ?? 0))];
        }

        return buffer;
    }

    // Blocked into the first doc.Tokens.Count items of blocked.
    private static void Blocked(TokenizedDocument doc, List<Attribution> attributions, int[] blocked)
    {
        var t = doc.Tokens;
        Array.Fill(blocked, -1, 0, t.Count);
        var owner = 0;
        void Cover(Span? span)
        {
            if (span is not { } s || t.Count == 0)
            {
                return;
            }

            for (var i = doc.IndexAtOrAfter(s.Start); i < t.Count && t[i].Span.Start < s.End; i++)
            {
                blocked[i] = owner;
            }
        }

        for (; owner < attributions.Count; owner++)
        {
            Cover(attributions[owner].Content);
            Cover(attributions[owner].Cue);
            Cover(attributions[owner].Speaker);
        }
    }

    /// <summary>
    /// The candidate cue tokens of each sentence: known words (a prior) outside quotations and outside every
    /// attribution found (<paramref name="blocked"/>). The list of tokens is the same object at every step (read it before the next).
    /// </summary>
    internal static IEnumerable<(int Sentence, List<int> Tokens)> CandidatesBySentence(TokenizedDocument doc, int[] blocked, CuePriors priors)
    {
        var tokens = new List<int>();
        // With the article's word table, whether the priors hold a word is asked once per form.
        var known = doc.Words.PriorsOf(priors).Known;
        for (var sentence = 0; sentence < doc.Document.Sentences.Count; sentence++)
        {
            if (doc.SentenceFirst[sentence + 1] - doc.SentenceFirst[sentence] > MaxSentenceTokens)
            {
                continue;
            }

            tokens.Clear();
            ScanSentence(doc, doc.SentenceFirst[sentence], doc.SentenceFirst[sentence + 1], blocked, known, tokens);
            if (tokens.Count > 0)
            {
                yield return (sentence, tokens);
            }
        }
    }

    /// <summary>
    /// One pass over the tokens <paramref name="start"/> to <paramref name="end"/> of a sentence: its context (a quotation in it, its first
    /// and last token in an attribution found) and, into <paramref name="candidates"/> when given, its candidate cue words (a form the
    /// priors know, <paramref name="known"/>, a word outside quotations and outside every attribution). Find, CandidatesBySentence and
    /// SentenceContext.Of all read a sentence through it.
    /// </summary>
    private static SentenceContext ScanSentence(TokenizedDocument doc, int start, int end, int[] blocked, bool[]? known, List<int>? candidates)
    {
        var t = doc.Tokens;
        var quotedTokens = doc.Quoted;
        var formOf = doc.Words.FormOf;
        var quoted = false;
        int first = -1, last = -1;
        for (var k = start; k < end; k++)
        {
            var q = quotedTokens[k];
            quoted |= q;
            if (blocked[k] >= 0)
            {
                first = first < 0 ? k : first;
                last = k;
            }
            // The form's prior first: most words have none, and it is read without the token object.
            else if (candidates is not null && known![formOf[k]] && t[k].IsWord && !q)
            {
                candidates.Add(k);
            }
        }

        return new SentenceContext(quoted, first, last);
    }

    // Whether the sentence opens its paragraph (feature 39).
    private static bool OpensParagraph(TokenizedDocument doc, int sentence)
    {
        var sentences = doc.Document.Sentences;
        return sentences[sentence].Index == 0 || sentence > 0 && sentences[sentence - 1].Paragraph != sentences[sentence].Paragraph;
    }

    /// <summary>
    /// The attribution a cue at token <paramref name="k"/> starts: the rest of its sentence, up to the next blocked
    /// token, is the content; null when that is too short. When that token opens a quotation the rules found no cue for
    /// ("argued that X has “...”"), the content takes the quotation in (a mixed statement that replaces it).
    /// </summary>
    internal static Attribution? Build(TokenizedDocument doc, int k, int[] blocked, List<Attribution> found)
    {
        var t = doc.Tokens;
        var end = doc.SentenceEndToken(k);
        Attribution? absorbed = null;
        for (var i = k + 1; i < end; i++)
        {
            if (blocked[i] >= 0)
            {
                if (found[blocked[i]] is { Cue: null, Type: QuoteType.Direct } q && q.Content.Start == t[i].Span.Start)
                {
                    absorbed = q;
                }

                end = i;
                break;
            }
        }

        // A comma before a clause of contrast ("..., but he has focused on ...", "..., while others ...") ends the content.
        // Not when that leaves fewer than four words (the statement would be dropped).
        for (var i = k + 5; i + 1 < end; i++)
        {
            if (t[i].Value == "," && !doc.Quoted[i] && ContentEndsBefore.Contains(t[i + 1].Lower))
            {
                end = i;
                break;
            }
        }

        var cut = end < doc.SentenceEndToken(k);
        var last = end - 1;
        while (last > k && (!t[last].IsWord && t[last].Value is "." or "!" or "?" or ";" or ":" or "," or "(" or "—" or "–" || cut && Linking.Contains(t[last].Lower)))
        {
            last--;
        }

        // PolNeAR's cue takes the particle after the word ("called for", "talked about") and the auxiliaries before it
        // ("has called for", "did not talk about"); "to" stays with the content ("pledged to cut").
        var cueLast = k;
        if (k + 1 < last && Particles.Contains(t[k + 1].Lower))
        {
            cueLast = k + 1;
        }
        else if (absorbed is not null && k + 1 < end && t[k].Lower is "put" or "puts" && t[k + 1].Lower == "it")
        {
            cueLast = k + 1; // "As Vulture put it, “...”": PolNeAR's cue is "put it"
        }

        var cueFirst = k;
        while (cueFirst - 1 >= doc.SentenceStartToken(k) && blocked[cueFirst - 1] < 0 && Lexicon.Auxiliaries.Contains(t[cueFirst - 1].Lower) && !Lexicon.InsideName(t, cueFirst - 1))
        {
            cueFirst--;
        }

        // Punctuation after the cue is not content ("it reads, “...”", "Rubio says, win or lose, ...").
        var first = cueLast + 1;
        while ((first < last || absorbed is not null && first < end) && !t[first].IsWord && t[first].Value is "," or ":" or ";" or "—" or "–" or "-")
        {
            first++; // with a quotation taken in, up to its mark ("it reads, “...”")
        }

        first = AfterAddressee(doc, k, first, last);

        // A title in the addressee or medium is no content, its words not counted ("the mayor told “Morning Desk” after he ...",
        // the rest of the sentence cut off, says nothing); a short phrase opening with a preposition and closing with such a title
        // is the medium, no content either ("during a call to the Ledger’s “Morning Desk.”": no statement of "call").
        var text = doc.Document.Text;
        var words = 0;
        var closesWithTitle = false;
        for (var i = first; i <= last; i++)
        {
            if (QuotedTitle.EndInAddresseeOrMedium(text, t[i].Span.Start) is { } titleEnd)
            {
                while (i + 1 <= last && t[i + 1].Span.Start < titleEnd)
                {
                    i++;
                }

                closesWithTitle = i == last || i + 1 == last && !t[last].IsWord;
                continue;
            }

            words += t[i].IsWord ? 1 : 0;
        }

        if (absorbed is null && (words < MinimumContentWords || closesWithTitle && words <= MaximumMediumWords && Lexicon.Prepositions.Contains(t[first].Lower)))
        {
            return null;
        }

        var content = new Span(t[first].Span.Start, absorbed?.Content.End ?? t[last].Span.End);
        var quoted = absorbed is not null;
        for (var i = first; i <= last; i++)
        {
            quoted |= doc.Quoted[i];
        }

        var cueText = string.Join(' ', Enumerable.Range(cueFirst, cueLast - cueFirst + 1).Select(i => t[i].Lower));
        Span? addressee = first > cueLast + 1 && (t[cueLast + 1].IsWord || QuotedTitle.EndInAddresseeOrMedium(text, t[cueLast + 1].Span.Start) is not null) ? new Span(t[cueLast + 1].Span.Start, t[first - 1].Span.End) : null;
        return new Attribution(content, quoted ? QuoteType.Mixed : QuoteType.Indirect, new Span(t[cueFirst].Span.Start, t[cueLast].Span.End), cueText, null, addressee)
        {
            CueVerb = t[k].Lower,
            Absorbs = absorbed,
        };
    }

    /// <summary>
    /// Where the content of a cue that takes an addressee starts ("tells reporters that ...", "told The Huffington Post
    /// he's not planning ..."): at a "that", or a subject pronoun, within five words after the cue with only words
    /// between (the addressee, which PolNeAR leaves out of the content), a title in quotation marks among them, uncounted
    /// ("told the Ledger’s “Morning Desk” that ...", "told “Morning Desk” that": <see cref="QuotedTitle.EndInAddresseeOrMedium"/>); else
    /// right after the cue.
    /// </summary>
    internal static int AfterAddressee(TokenizedDocument doc, int k, int from, int last)
    {
        var t = doc.Tokens;
        if (!Lexicon.CueVerbs.TryGetValue(t[k].Value, out var lemma) || !Lexicon.AddresseeVerbs.Contains(lemma))
        {
            return from;
        }

        var window = from + 5;
        for (var i = from + 1; i <= Math.Min(last - 1, window); i++)
        {
            // A title in quotation marks stands in the addressee, its words not counted ("told the Ledger’s “Morning Desk” that ...",
            // "told “Morning Desk” that").
            if (QuotedTitle.EndInAddresseeOrMedium(doc.Document.Text, t[i - 1].Span.Start) is { } titleEnd)
            {
                var after = i;
                while (after <= last && t[after].Span.Start < titleEnd)
                {
                    after++;
                }

                window += after - i + 1;
                i = after;
                if (i > Math.Min(last - 1, window))
                {
                    return from;
                }
            }
            else if (!t[i - 1].IsWord || doc.Quoted[i - 1] || NotAddressee.Contains(t[i - 1].Lower))
            {
                return from;
            }

            if (t[i].Lower == "that" || IsSubjectPronoun(t[i].Lower))
            {
                return i;
            }
        }

        return from;
    }

    // "he", "she's", "they’ll": a subject pronoun, alone or with a contracted auxiliary.
    internal static bool IsSubjectPronoun(string lower)
    {
        var apostrophe = lower.AsSpan().IndexOfAny('\'', '’');
        var word = apostrophe > 0 ? lower.AsSpan(0, apostrophe) : lower;
        return word is "he" or "she" or "they" or "we" or "i";
    }

    // Words that cannot stand in an addressee: what follows them is not the content ("tells the story of how he ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> NotAddressee = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["as", "of", "what", "how", "why", "when", "where", "whether", "if", "because", "while", "about", "and", "or", "but"], StringComparer.Ordinal);

    // Words that join the content to the attribution that cuts it short ("..., but [he said] ..."): not content.
    private static readonly System.Collections.Frozen.FrozenSet<string> Linking = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["and", "but", "or", "while", "as", "because", "although", "though", "so", "yet", "when", "where", "which", "who", "that"], StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> ContentEndsBefore = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["but", "while"], StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> Particles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["about", "of", "for", "on", "with", "against", "out", "at", "over", "up", "in"], StringComparer.Ordinal);

    private static readonly string[] NextWords = ["that", "to", "about", "for", "on", "against", "of", "with", "in", "the", "a", "an", "it", "by"];

    /// <summary>What the features read of a word's whole sentence, worked out once per sentence: a quotation in it, and its first and last token in an attribution found (-1 for none).</summary>
    internal readonly record struct SentenceContext(bool Quoted, int FirstBlocked, int LastBlocked)
    {
        public static SentenceContext Of(TokenizedDocument doc, int sentence, int[] blocked) =>
            ScanSentence(doc, doc.SentenceFirst[sentence], doc.SentenceFirst[sentence + 1], blocked, null, null);
    }

    public static void Features(TokenizedDocument doc, int k, CuePriors priors, int[] blocked, float[] f)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(blocked);
        ArgumentNullException.ThrowIfNull(f);
        Features(doc, k, priors, SentenceContext.Of(doc, doc.SentenceOf[k], blocked), f);
        if (blocked[k] >= 0)
        {
            f[41] = 1; // a word inside an attribution (training reads every word): as after it
        }
    }

    /// <summary>
    /// The features of the word at <paramref name="k"/>; <paramref name="classes"/>, when given (two bytes per form of the article, zero
    /// at first), keeps which of features 3..29 the word after or before a candidate sets, worked out once per form: they are look-ups of
    /// its string in the word lists, the same for every token of the form (a page's candidates stand beside the same few words).
    /// </summary>
    internal static void Features(TokenizedDocument doc, int k, CuePriors priors, SentenceContext context, float[] f, byte[]? classes = null)
    {
        var sentence = doc.SentenceOf[k];
        Features(doc, k, doc.Words.PriorsOf(priors).Counts[doc.Words.FormOf[k]], doc.SentenceFirst[sentence], doc.SentenceFirst[sentence + 1], OpensParagraph(doc, sentence), context, f, classes);
    }

    // The features of the word at k with what its sentence gives worked out by the caller: the word's prior counts, the
    // sentence's first token and the token after its last, whether it opens its paragraph (feature 39), its context.
    private static void Features(TokenizedDocument doc, int k, (int Cue, int Total) prior, int sentenceStart, int sentenceEnd, bool opensParagraph, SentenceContext context, float[] f, byte[]? classes)
    {
        Array.Clear(f);
        var token = doc.Tokens[k];
        var (cue, total) = prior;
        f[0] = total == 0 ? 0 : (float)cue / total;
        f[1] = MathF.Log(1 + cue) / 8f;
        f[2] = MathF.Log(1 + total) / 10f;
        if (k + 1 < sentenceEnd)
        {
            f[Class(doc, k + 1, classes, after: true)] = 1; // 3..21
        }

        if (k > sentenceStart)
        {
            f[Class(doc, k - 1, classes, after: false)] = 1; // 22..29
        }
        else
        {
            f[30] = 1;
        }

        var w = token.Lower;
        f[31] = w.EndsWith("ed", StringComparison.Ordinal) ? 1 : 0;
        f[32] = w.EndsWith('s') ? 1 : 0;
        f[33] = w.EndsWith("ing", StringComparison.Ordinal) ? 1 : 0;
        f[34] = w.EndsWith("ion", StringComparison.Ordinal) || w.EndsWith("ment", StringComparison.Ordinal) ? 1 : 0;
        f[35] = token.IsCapitalized ? 1 : 0;
        f[36] = Math.Min(k - sentenceStart, 40) / 40f;
        f[37] = Math.Min(sentenceEnd - k, 40) / 40f;
        f[38] = context.Quoted ? 1 : 0;

        // Attributions already found in the sentence: before the word, after it (the content stops there). The word
        // itself is never in one (a candidate is outside them all).
        if (context.FirstBlocked >= 0 && context.FirstBlocked < k)
        {
            f[40] = 1;
        }

        if (context.LastBlocked > k)
        {
            f[41] = 1;
        }

        f[39] = opensParagraph ? 1 : 0;
    }

    // The feature the word at i sets as the word after a candidate (after) or before it, from classes when it holds the form's.
    private static int Class(TokenizedDocument doc, int i, byte[]? classes, bool after)
    {
        if (classes is null)
        {
            return after ? NextClass(doc.Tokens[i]) : PreviousClass(doc.Tokens[i]);
        }

        ref var known = ref classes[2 * doc.Words.FormOf[i] + (after ? 0 : 1)];
        if (known == 0)
        {
            known = (byte)(after ? NextClass(doc.Tokens[i]) : PreviousClass(doc.Tokens[i]));
        }

        return known;
    }

    // Features 3..21: the word after a candidate.
    private static int NextClass(Token next)
    {
        var i = Array.IndexOf(NextWords, next.Lower);
        if (i >= 0)
        {
            return 3 + i; // 3..16
        }

        if (!next.IsWord)
        {
            return next.Value == "," ? 17 : 18;
        }

        if (next.IsCapitalized)
        {
            return 19;
        }

        return next.Lower is "he" or "she" or "they" or "we" or "i" or "his" or "her" or "their" or "him" or "them" ? 20 : 21;
    }

    // Features 22..29: the word before a candidate.
    private static int PreviousClass(Token previous)
    {
        if (previous.Lower is "he" or "she" or "they" or "we" or "i" or "it" or "who")
        {
            return 22;
        }

        if (Lexicon.Auxiliaries.Contains(previous.Lower) || previous.Lower is "be" or "been" or "being")
        {
            return 23;
        }

        if (previous.Lower == "to")
        {
            return 24;
        }

        if (Lexicon.Adverbs.Contains(previous.Lower))
        {
            return 25;
        }

        if (previous.IsCapitalized)
        {
            return 26;
        }

        if (Lexicon.Determiners.Contains(previous.Lower) || previous.Lower.EndsWith("’s", StringComparison.Ordinal) || previous.Lower.EndsWith("'s", StringComparison.Ordinal))
        {
            return 27;
        }

        return !previous.IsWord ? 28 : 29;
    }
}

/// <summary>How often each lower-case word stands inside a gold cue of PolNeAR train, and in all; with the tagger's decision threshold.</summary>
internal sealed class CuePriors
{
    // Frozen: the tagger asks it about every word of an article outside the attributions found.
    private readonly System.Collections.Frozen.FrozenDictionary<string, (int Cue, int Total)> _counts;

    public CuePriors(Dictionary<string, (int Cue, int Total)> counts, float threshold)
        : this(System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(counts, StringComparer.Ordinal), threshold)
    {
    }

    private CuePriors(System.Collections.Frozen.FrozenDictionary<string, (int Cue, int Total)> counts, float threshold)
    {
        _counts = counts;
        Words = new WordTable.HashFilter(counts.Keys);
        Threshold = threshold;
    }

    /// <summary>The words the priors hold, by their hashes (<see cref="WordTable.PriorsOf"/> passes over the other forms without a look-up).</summary>
    public WordTable.HashFilter Words { get; }

    /// <summary>The raw model score above which a word is taken as a cue.</summary>
    public float Threshold { get; }

    public bool Contains(string lower) => _counts.ContainsKey(lower);

    public (int Cue, int Total) Counts(string lower) => _counts.GetValueOrDefault(lower);

    /// <summary>Whether the priors hold <paramref name="lower"/>, with its counts: <see cref="Contains"/> and <see cref="Counts"/> in one look-up.</summary>
    public bool TryGetCounts(string lower, out (int Cue, int Total) counts) => _counts.TryGetValue(lower, out counts);

    public static CuePriors Read(Stream tsv)
    {
        using var reader = new StreamReader(tsv);
        var counts = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var threshold = 0f;
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length == 2 && cells[0] == "#threshold")
            {
                threshold = float.Parse(cells[1], CultureInfo.InvariantCulture);
            }
            else if (cells.Length == 3 && !line.StartsWith('#'))
            {
                counts[cells[0]] = (int.Parse(cells[1], CultureInfo.InvariantCulture), int.Parse(cells[2], CultureInfo.InvariantCulture));
            }
        }

        return new CuePriors(counts, threshold);
    }

    public void Write(string path)
    {
        using var writer = new StreamWriter(path);
        writer.NewLine = "\n";
        writer.WriteLine("# word\tcue uses in PolNeAR train\tall uses; written by 'claimextract train cues'");
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"#threshold\t{Threshold:R}"));
        foreach (var (word, (cue, total)) in _counts.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{word}\t{cue}\t{total}"));
        }
    }

    public CuePriors WithThreshold(float threshold) => new(_counts, threshold);
}
