using System.Runtime.InteropServices;
using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>How a candidate speaker mention is written.</summary>
internal enum MentionType
{
    /// <summary>No speaker at all (the "nobody" choice).</summary>
    None,

    /// <summary>The speaker the rules chose.</summary>
    Rule,

    /// <summary>A run of capitalised words ("Jack Ma", "The New York Post").</summary>
    Name,

    /// <summary>"he", "she".</summary>
    PersonPronoun,

    /// <summary>"they", "it", "we", "I", "you".</summary>
    OtherPronoun,

    /// <summary>"who", "which" after a noun.</summary>
    Relative,

    /// <summary>A determiner and the words after it ("the billionaire", "a Bloomberg report").</summary>
    Description,

    /// <summary>A bare lower-case noun that stands before or after a cue ("sources said").</summary>
    BareNoun,
}

/// <summary>One candidate speaker of an attribution: a mention's tokens (first..last, inclusive) and how it is written.</summary>
internal readonly record struct SpeakerCandidate(int First, int Last, MentionType Type, Span Span);

/// <summary>
/// The candidate speakers of an attribution and their features for <see cref="SpeakerRanker"/>: every name,
/// pronoun, description and bare noun near the cue (the cue's sentence and the ones around the content),
/// the rules' choice, and "nobody". The features are dense and already scaled to about [0, 1]: distance and
/// direction from the cue, adjacency to it, subject position, mention type, frequency in the article, inside a
/// quotation or the content, same sentence, and whether it is the previous attribution's speaker.
/// </summary>
internal static class SpeakerCandidates
{
    /// <summary>The number of features of a candidate.</summary>
    public const int FeatureCount = 65;

    // Tokens around the anchors (cue, content start and end) that candidates are taken from.
    private const int Window = 25;

    // Tokens at each edge of the content that candidates are taken from; its interior is skipped.
    private const int ContentEdge = 10;

    // Tokens from the start of the cue's sentence searched for its first mention when the sentence starts before the window.
    private const int SubjectReach = 6;

    public static List<SpeakerCandidate> Generate(TokenizedDocument doc, Attribution a) => Generate(new TokenTraits(doc), a);

    public static List<SpeakerCandidate> Generate(TokenTraits traits, Attribution a)
    {
        var result = new List<SpeakerCandidate>();
        Generate(traits, a, result);
        return result;
    }

    /// <summary>The candidates of attribution <paramref name="a"/>, written into <paramref name="result"/> (cleared first).</summary>
    public static void Generate(TokenTraits traits, Attribution a, List<SpeakerCandidate> result)
    {
        ArgumentNullException.ThrowIfNull(traits);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(result);
        var doc = traits.Doc;
        var t = doc.Tokens;
        result.Clear();
        result.Add(new SpeakerCandidate(-1, -1, MentionType.None, default));
        if (a.Speaker is { } rule)
        {
            var rf = doc.IndexAtOrAfter(rule.Start);
            var rl = Math.Max(rf, doc.IndexAtOrAfter(rule.End) - 1);
            result.Add(new SpeakerCandidate(rf, Math.Min(rl, t.Count - 1), MentionType.Rule, rule));
        }

        if (t.Count == 0)
        {
            return;
        }

        var contentFirst = doc.IndexAtOrAfter(a.Content.Start);
        var contentLast = Math.Max(contentFirst, doc.IndexAtOrAfter(a.Content.End) - 1);
        var anchor = a.Cue is { } cue ? doc.IndexAtOrAfter(cue.Start) : contentFirst;
        var from = Math.Max(0, Math.Min(anchor, contentFirst) - Window);
        var to = Math.Min(t.Count, Math.Max(anchor, contentLast) + Window);

        // The subject of a long sentence can stand before the window ("Ana Ruiz, whose hometown, Delmar, is expected to
        // be mostly flooded ..., argues that"): the first mention of the cue's sentence is a candidate too.
        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[Math.Min(anchor, t.Count - 1)]];
        for (var i = sentenceFirst; i < from && i < sentenceFirst + SubjectReach; i++)
        {
            if (At(traits, i, from, result) >= 0)
            {
                break;
            }
        }

        // Candidates within the content's own stretch are rare speakers; a long quotation's middle is skipped.
        for (var i = from; i < to; i++)
        {
            if (i > contentFirst + ContentEdge && i < contentLast - ContentEdge)
            {
                i = contentLast - ContentEdge;
                continue;
            }

            i = Math.Max(i, At(traits, i, to, result));
        }
    }

    /// <summary>
    /// The mention that starts at token <paramref name="i"/> (ending before <paramref name="to"/>) as <see cref="Generate(TokenTraits, Attribution, List{SpeakerCandidate})"/>
    /// would make it, or null: for a rule after the ranker that reads a subject the candidates' window skipped (a long content's middle:
    /// "Noting that ... [30 words], Ana Ruiz said" holds "Ana Ruiz" inside the content the ranker was given).
    /// </summary>
    internal static SpeakerCandidate? MentionAt(TokenTraits traits, int i, int to)
    {
        ArgumentNullException.ThrowIfNull(traits);
        var one = new List<SpeakerCandidate>(1);
        return i >= 0 && i < to && i < traits.Doc.Tokens.Count && At(traits, i, to, one) >= 0 ? one[0] : null;
    }

    /// <summary>Adds the candidate that starts at token <paramref name="i"/> (ending before <paramref name="to"/>), if any; returns its last token, or -1.</summary>
    private static int At(TokenTraits traits, int i, int to, List<SpeakerCandidate> result)
    {
        var doc = traits.Doc;
        var t = doc.Tokens;
        var bits = traits.Of(i);
        if ((bits & TokenTraits.Word) == 0)
        {
            return -1;
        }

        if ((bits & TokenTraits.Pronoun) != 0)
        {
            result.Add(new SpeakerCandidate(i, i, (bits & TokenTraits.PersonPronoun) != 0 ? MentionType.PersonPronoun : MentionType.OtherPronoun, t[i].Span));
            return i;
        }

        if ((bits & TokenTraits.Relative) != 0 && i > 0 && traits.Has(i - 1, TokenTraits.Word | TokenTraits.Comma))
        {
            result.Add(new SpeakerCandidate(i, i, MentionType.Relative, t[i].Span));
            return i;
        }

        // "he’s hoping", "they're worried", "who’d previously endorsed": PolNeAR's source is the pronoun of the contraction.
        if (ContractedPronoun(t[i].Lower) is { } contracted && (contracted != MentionType.Relative || i > 0 && traits.Has(i - 1, TokenTraits.Word | TokenTraits.Comma)))
        {
            result.Add(new SpeakerCandidate(i, i, contracted, t[i].Span));
            return i;
        }

        if ((bits & (TokenTraits.Capitalized | TokenTraits.NotNameStart)) == TokenTraits.Capitalized && !OpeningParticiple(traits, i))
        {
            var last = i;
            while (last + 1 < to && traits.Has(last + 1, TokenTraits.Capitalized) && !traits.Has(last, TokenTraits.EndsPossessive) && doc.SentenceOf[last + 1] == doc.SentenceOf[i])
            {
                last++;
            }

            result.Add(new SpeakerCandidate(i, last, MentionType.Name, new Span(t[i].Span.Start, t[last].Span.End)));
            return last;
        }

        if ((bits & TokenTraits.Quantifier) != 0 && i + 1 < to && traits.Has(i + 1, TokenTraits.CueVerb | TokenTraits.Auxiliary))
        {
            result.Add(new SpeakerCandidate(i, i, MentionType.BareNoun, t[i].Span));
            return i;
        }

        // A count before a cue, with a noun or not ("43 said", "26% say", "40 states have voted for").
        if (char.IsAsciiDigit(t[i].Value[0]) && CountBeforeCue(traits, i, to) is var counted and >= 0)
        {
            result.Add(new SpeakerCandidate(i, counted, MentionType.BareNoun, new Span(t[i].Span.Start, t[counted].Span.End)));
            return counted;
        }

        if ((bits & TokenTraits.DescriptionStart) != 0 && i + 1 < to && (traits.Of(i + 1) & (TokenTraits.Word | TokenTraits.DescriptionStop)) == TokenTraits.Word)
        {
            var last = i + 1;
            while (last + 1 < to && last - i < 6 && (traits.Of(last + 1) & (TokenTraits.Word | TokenTraits.DescriptionStop | TokenTraits.CueVerb)) == TokenTraits.Word
                   && !traits.Has(last, TokenTraits.EndsPossessive))
            {
                last++;
            }

            // The description's own words are not candidates again (as before: the loop went on after its first word).
            result.Add(new SpeakerCandidate(i, last, MentionType.Description, new Span(t[i].Span.Start, t[last].Span.End)));
            return i;
        }

        if ((bits & TokenTraits.LowerFirst) != 0 && ((bits & TokenTraits.SpeakerNoun) != 0
                                                  || i + 1 < t.Count && traits.Has(i + 1, TokenTraits.CueVerb) && (bits & (TokenTraits.DescriptionStop | TokenTraits.Adverb)) == 0))
        {
            result.Add(new SpeakerCandidate(i, i, MentionType.BareNoun, t[i].Span));
            return i;
        }

        return -1;
    }

    // Lower-case words before a cue verb that are no noun: adverbs, negations, determiners and times the lexicon's lists lack ("has not yet
    // responded", "are apparently so worried", "made no mention of", "would be asking", "earlier in the day touted").
    private static readonly System.Collections.Frozen.FrozenSet<string> NotBareNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["no", "not", "yet", "so", "always", "quite", "more", "most", "less", "instead", "never", "already", "still", "even", "just", "now", "then", "too",
         "also", "only", "later", "earlier", "again", "ever", "often", "rather", "very", "much", "well", "first", "last", "once", "the", "an", "a", "that",
         "this", "these", "those", "off", "out", "up", "day", "night", "week", "month", "year", "morning", "evening", "afternoon", "today", "tonight",
         "yesterday", "weekend", "be", "been", "being"], StringComparer.Ordinal);

    /// <summary>Whether a lower-case word before a cue verb can be a bare noun speaker ("sources said"): not a word of <see cref="NotBareNouns"/>,
    /// a lower-case -ly adverb ("directly blaming") or a negation contracted onto a verb ("doesn't"); a possessive ("the alliance's") is one.</summary>
    internal static bool IsBareNoun(string lower) =>
        !NotBareNouns.Contains(lower) && !Lexicon.EndsLikeAnAdverb(lower)
        && !lower.EndsWith("n't", StringComparison.Ordinal) && !lower.EndsWith("n\u2019t", StringComparison.Ordinal);

    /// <summary>The last token of a count that a cue or an auxiliary follows ("43 said", "26% say"), over one lower-case noun ("40 states have"; not "that",
    /// "and" or another word that ends a description); not a year; -1 if none.</summary>
    // The characters of a count ("43", "1,200", "26%", "3.5"), searched as a span (value.All made an enumerator for every digit token).
    private static readonly System.Buffers.SearchValues<char> CountChars = System.Buffers.SearchValues.Create("0123456789,.%");

    private static int CountBeforeCue(TokenTraits traits, int i, int to)
    {
        var t = traits.Doc.Tokens;
        var value = t[i].Value;
        if (value.AsSpan().ContainsAnyExcept(CountChars) || value.Length == 4 && value[0] is '1' or '2' && (i + 1 >= to || t[i + 1].Value != "%"))
        {
            // A year is no count ("in 1995 that showed").
            return -1;
        }

        var last = i + 1 < to && t[i + 1].Value == "%" ? i + 1 : i;
        if (last + 1 < to && traits.Has(last + 1, TokenTraits.CueVerb | TokenTraits.Auxiliary))
        {
            return last;
        }

        return last + 2 < to && (traits.Of(last + 1) & (TokenTraits.Word | TokenTraits.Capitalized | TokenTraits.CueVerb | TokenTraits.Auxiliary | TokenTraits.DescriptionStop)) == TokenTraits.Word
               && traits.Has(last + 2, TokenTraits.CueVerb | TokenTraits.Auxiliary) ? last + 1 : -1;
    }

    /// <summary>
    /// The mention type of a personal or relative pronoun with a verb contracted onto it ("he’s", "they're", "I’m", "who’d"), or null
    /// ("it’s", "that’s" and "there’s" open a clause far more often than they name a source).
    /// </summary>
    internal static MentionType? ContractedPronoun(string lower)
    {
        var apostrophe = lower.Length is > 2 and <= 7 ? lower.AsSpan().IndexOfAny('\'', '\u2019') : -1;
        if (apostrophe <= 0 || lower.AsSpan(apostrophe + 1) is not ("s" or "re" or "ve" or "ll" or "d" or "m"))
        {
            return null;
        }

        return lower.AsSpan(0, apostrophe) switch
        {
            "he" or "she" => MentionType.PersonPronoun,
            "they" or "we" or "i" or "you" => MentionType.OtherPronoun,
            "who" => MentionType.Relative,
            _ => null,
        };
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is a participle opening its sentence ("Adding that ...", "Continuing to explain", "Angered by
    /// ..."), not a name: capitalised by its place only, with an -ing or -ed ending (no hyphen: "Right-wing parties") and a lower-case word
    /// after it that is neither a cue verb nor an auxiliary ("Manning said", "Fielding has said" stay names).
    /// </summary>
    internal static bool OpeningParticiple(TokenTraits traits, int i)
    {
        var doc = traits.Doc;
        var t = doc.Tokens;
        var lower = t[i].Lower;
        if (lower.Length < 6 || !(lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ed", StringComparison.Ordinal)) || lower.Contains('-', StringComparison.Ordinal)
            || i + 1 >= t.Count || doc.SentenceFirst[doc.SentenceOf[i]] != i || doc.SentenceOf[i + 1] != doc.SentenceOf[i])
        {
            return false;
        }

        var next = traits.Of(i + 1);
        return (next & (TokenTraits.Word | TokenTraits.Capitalized | TokenTraits.CueVerb | TokenTraits.Auxiliary)) == TokenTraits.Word;
    }

    /// <summary>The features of one candidate of attribution <paramref name="a"/>; <paramref name="previousSpeakerHead"/> is the lower-case last word of the speaker before it.</summary>
    public static void Features(TokenTraits traits, Attribution a, SpeakerCandidate c, string? previousSpeakerHead, float[] f) =>
        Features(traits, a, Anchors.Of(traits.Doc, a), c, previousSpeakerHead, f);

    /// <summary>The token indices of an attribution's content and cue, found once for all its candidates.</summary>
    internal readonly record struct Anchors(int ContentFirst, int ContentLast, int CueFirst, int CueLast)
    {
        /// <summary>Feature 60 (<see cref="IsAgentlessPassive"/>) when worked out once for all the attribution's candidates; null: each candidate works it out.</summary>
        public bool? AgentlessPassive { get; init; }

        /// <summary>The anchors with feature 60 worked out, for the candidates of <paramref name="a"/> to share.</summary>
        public static Anchors Of(TokenTraits traits, Attribution a)
        {
            var anchors = Of(traits.Doc, a);
            return anchors with { AgentlessPassive = a.Cue is not null && IsAgentlessPassive(traits, anchors.CueFirst, anchors.CueLast) };
        }

        public static Anchors Of(TokenizedDocument doc, Attribution a)
        {
            var contentFirst = doc.IndexAtOrAfter(a.Content.Start);
            var contentLast = Math.Max(contentFirst, doc.IndexAtOrAfter(a.Content.End) - 1);
            var cueFirst = a.Cue is { } cue ? doc.IndexAtOrAfter(cue.Start) : contentFirst;
            var cueLast = a.Cue is { } cue2 ? Math.Max(cueFirst, doc.IndexAtOrAfter(cue2.End) - 1) : contentFirst;
            return new Anchors(contentFirst, contentLast, cueFirst, cueLast);
        }
    }

    public static void Features(TokenTraits traits, Attribution a, Anchors anchors, SpeakerCandidate c, string? previousSpeakerHead, float[] f)
    {
        ArgumentNullException.ThrowIfNull(traits);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(f);
        Array.Clear(f);
        var doc = traits.Doc;
        var t = doc.Tokens;
        f[(int)c.Type] = 1; // 0..7: the mention type
        var hasCue = a.Cue is not null;
        f[8] = hasCue ? 1 : 0;
        f[9] = a.Type == QuoteType.Direct ? 1 : 0;
        f[10] = a.Type == QuoteType.Indirect ? 1 : 0;
        f[11] = a.InheritedFrom is not null ? 1 : 0;
        f[60] = (anchors.AgentlessPassive ?? (hasCue && IsAgentlessPassive(traits, anchors.CueFirst, anchors.CueLast))) ? 1 : 0;
        if (c.Type == MentionType.None)
        {
            f[12] = a.Speaker is null ? 1 : 0;
            f[13] = hasCue ? 0 : 1;
            return;
        }

        var rule = a.Speaker;
        f[14] = rule is { } r && r.Overlaps(c.Span) ? 1 : 0;
        f[15] = rule is null ? 1 : 0;

        var (contentFirst, contentLast, cueFirst, cueLast) = anchors;
        var before = c.Last < cueFirst;
        var distance = before ? cueFirst - c.Last : Math.Max(0, c.First - cueLast);
        f[16] = before ? 1 : 0;
        f[17] = Math.Min(distance, 60) / 60f;
        f[18] = 1f / (1 + distance);
        f[19] = distance <= 1 ? 1 : 0;

        // Adjacent to the cue, over auxiliaries, adverbs and a closing comma or quotation mark.
        if (hasCue)
        {
            var k = cueFirst - 1;
            while (k > c.Last && traits.Has(k, TokenTraits.Adverb | TokenTraits.Auxiliary | TokenTraits.Comma))
            {
                k--;
            }

            f[20] = before && k == c.Last ? 1 : 0;
            var m = cueLast + 1;
            while (m < c.First && traits.Has(m, TokenTraits.By | TokenTraits.Adverb))
            {
                m++;
            }

            f[21] = !before && m == c.First ? 1 : 0;
        }

        var sentence = doc.SentenceOf[c.First];
        var cueSentence = doc.SentenceOf[Math.Min(cueFirst, t.Count - 1)];
        var sentenceDistance = Math.Abs(sentence - cueSentence);
        f[22] = sentenceDistance == 0 ? 1 : 0;
        f[23] = sentenceDistance == 1 ? 1 : 0;
        f[24] = sentenceDistance >= 2 ? 1 : 0;
        f[25] = doc.Quoted[c.First] ? 1 : 0;
        f[26] = c.First >= contentFirst && c.Last <= contentLast ? 1 : 0;
        f[27] = c.Last < contentFirst ? 1 : 0;

        // Subject position: first in its sentence (after a conjunction or an introductory phrase ending in a comma) or right after a comma.
        var sentenceStart = doc.SentenceFirst[sentence];
        var p = c.First - 1;
        while (p >= sentenceStart && (traits.Of(p) & (TokenTraits.Word | TokenTraits.Comma | TokenTraits.Colon)) == 0)
        {
            p--;
        }

        var previous = p >= sentenceStart ? traits.OfHead(p) : 0;
        f[28] = p < sentenceStart ? 1 : 0;
        f[29] = (previous & TokenTraits.Comma) != 0 ? 1 : 0;
        f[30] = (previous & TokenTraits.Preposition) != 0 ? 1 : 0;
        f[31] = (previous & TokenTraits.SaidOrTold) != 0 ? 1 : 0;

        var head = traits.OfHead(c.Last);
        var next = c.Last + 1 < t.Count ? traits.OfHead(c.Last + 1) : 0;
        f[32] = (head & TokenTraits.EndsPossessive) != 0 || (next & TokenTraits.PossessiveMark) != 0 ? 1 : 0;
        f[33] = (next & TokenTraits.Comma) != 0 ? 1 : 0;
        f[34] = (next & TokenTraits.CueVerb) != 0 ? 1 : 0;
        f[35] = (head & TokenTraits.PersonHead) != 0 ? 1 : 0;
        f[36] = (head & TokenTraits.OrganizationHead) != 0 ? 1 : 0;
        f[37] = (head & TokenTraits.DocumentHead) != 0 ? 1 : 0;
        f[38] = (head & TokenTraits.GroupHead) != 0 ? 1 : 0;
        f[39] = traits.Has(c.First, TokenTraits.Title) ? 1 : 0;
        f[40] = traits.Frequency(c.Last);
        // The last word without its possessive ending, compared as a span (no string made for "Ma’s").
        var lastLower = t[c.Last].Lower;
        var lastHead = EntityIndex.EndsPossessive(lastLower) ? lastLower.AsSpan(0, lastLower.Length - 2) : lastLower.AsSpan();
        f[41] = previousSpeakerHead is not null && lastHead.SequenceEqual(previousSpeakerHead) ? 1 : 0;
        f[42] = Math.Min(c.Last - c.First + 1, 8) / 8f;
        f[43] = (head & TokenTraits.Capitalized) != 0 ? 1 : 0;

        // Inside another quotation than the content's own, and interactions (kept from a first, linear version of the model).
        f[44] = f[25] == 1 && f[26] == 0 ? 1 : 0;
        f[45] = f[20] * (c.Type is MentionType.Name or MentionType.Rule ? 1 : 0);
        f[46] = f[22] * (c.Type is MentionType.PersonPronoun ? 1 : 0);
        f[47] = f[14] * f[20];
    }

    /// <summary>
    /// Whether the cue (tokens <paramref name="cueFirst"/>..<paramref name="cueLast"/>) is a passive with no "by" after it
    /// ("who is known for", "are widely expected to", "was charged with"): PolNeAR gives such attributions no source.
    /// </summary>
    internal static bool IsAgentlessPassive(TokenTraits traits, int cueFirst, int cueLast)
    {
        var t = traits.Doc.Tokens;
        if (cueFirst < 0 || cueLast >= t.Count || cueFirst > cueLast)
        {
            return false;
        }

        // The verb: the cue's first word that is not an auxiliary or adverb ("was asked", "has reportedly been").
        var verb = cueFirst;
        while (verb < cueLast && (IsBe(t[verb].Lower) || traits.Has(verb, TokenTraits.Auxiliary | TokenTraits.Adverb)))
        {
            verb++;
        }

        var participle = t[verb].Lower;
        if (!(participle.EndsWith("ed", StringComparison.Ordinal) || participle.EndsWith("en", StringComparison.Ordinal) || participle.EndsWith("wn", StringComparison.Ordinal)
              || participle is "said" or "told" or "thought" or "held" or "made" or "found" or "seen" or "heard" or "sought" or "taught" or "brought" or "caught" or "left"))
        {
            return false;
        }

        // A form of "be" before the verb, over auxiliaries and adverbs ("is widely expected", "had been told").
        var be = false;
        for (var k = verb - 1;
             k >= Math.Max(0, verb - 4) && t[k].IsWord && (IsBe(t[k].Lower) || traits.Has(k, TokenTraits.Auxiliary | TokenTraits.Adverb) || t[k].Lower.EndsWith("ly", StringComparison.Ordinal));
             k--)
        {
            be |= IsBe(t[k].Lower);
        }

        return be && !(cueLast + 1 < t.Count && t[cueLast + 1].Lower == "by");

        static bool IsBe(string w) => w is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "am";
    }

    /// <summary>
    /// Features that compare a candidate with the others of its attribution (which a model scoring one candidate at a
    /// time cannot see): its rank by distance from the cue on its side, among all and among those of its type.
    /// </summary>
    public static void RankFeatures(TokenTraits traits, Attribution a, List<SpeakerCandidate> candidates, float[][] features) =>
        RankFeatures(traits, a, candidates, features, [], []);

    /// <summary>As <see cref="RankFeatures(TokenTraits, Attribution, List{SpeakerCandidate}, float[][])"/>, with the lists it sorts given (cleared first); <paramref name="features"/> may be longer than the candidates.</summary>
    public static void RankFeatures(TokenTraits traits, Attribution a, List<SpeakerCandidate> candidates, float[][] features, List<(int Distance, int Index)> before, List<(int Distance, int Index)> after)
    {
        ArgumentNullException.ThrowIfNull(traits);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(features);
        var doc = traits.Doc;
        var cueFirst = a.Cue is { } cue ? doc.IndexAtOrAfter(cue.Start) : doc.IndexAtOrAfter(a.Content.Start);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var n = candidates.Count;
        before.Clear();
        after.Clear();
        for (var i = 0; i < n; i++)
        {
            var c = candidates[i];
            if (c.Type is MentionType.None or MentionType.Rule)
            {
                continue;
            }

            if (c.Last < cueFirst)
            {
                before.Add((cueFirst - c.Last, i));
            }
            else
            {
                after.Add((c.First - cueFirst, i));
            }
        }

        before.Sort();
        after.Sort();
        Rank(before, 48, 49);
        Rank(after, 50, 51);

        void Rank(List<(int Distance, int Index)> side, int all, int sameType)
        {
            Span<int> seen = stackalloc int[8];
            var personLike = 0;
            for (var r = 0; r < side.Count; r++)
            {
                var i = side[r].Index;
                var type = candidates[i].Type;
                var k = seen[(int)type]++;
                features[i][all] = 1f / (1 + r);
                features[i][sameType] = 1f / (1 + k);
                var isPersonLike = type is MentionType.Name or MentionType.PersonPronoun or MentionType.Description;
                features[i][52 + (all == 48 ? 0 : 1)] = isPersonLike ? 1f / (1 + personLike) : 0;
                if (isPersonLike)
                {
                    personLike++;
                }
            }
        }

        // The rules' choice takes the ranks of the candidate it overlaps.
        for (var i = 0; i < n; i++)
        {
            if (candidates[i].Type == MentionType.Rule)
            {
                for (var j = 0; j < n; j++)
                {
                    if (j != i && candidates[j].Type != MentionType.None && candidates[j].Span.Overlaps(candidates[i].Span))
                    {
                        for (var f = 48; f < 54; f++)
                        {
                            features[i][f] = Math.Max(features[i][f], features[j][f]);
                        }
                    }
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            var c = candidates[i];
            if (c.Type is MentionType.None || c.First < 0)
            {
                continue;
            }

            features[i][54] = traits.Has(c.Last, TokenTraits.IngOrLy) ? 1 : 0;
            features[i][55] = c.Type == MentionType.Name && c.First == c.Last && c.First == doc.SentenceFirst[doc.SentenceOf[c.First]] ? 1 : 0;
            features[i][56] = n / 100f;
            features[i][57] = c.First > 0 && traits.Has(c.First - 1, TokenTraits.OpeningQuote) ? 1 : 0;
        }

        SubjectFeatures(traits, a, candidates, features, cueFirst);
    }

    // Past forms without -ed that follow a subject ("he gave a speech", "Forbes shot back").
    private static readonly System.Collections.Frozen.FrozenSet<string> IrregularPast = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["gave", "made", "took", "shot", "went", "came", "wrote", "got", "began", "saw", "held", "sent", "put", "left", "ran", "spoke", "won", "lost", "brought",
         "thought", "found", "kept", "met", "led", "stood", "became", "felt", "knew", "grew", "drew", "struck", "threw", "told", "said", "sought", "meant",
         "hit", "set", "cut", "let", "fought", "taught", "bought", "paid", "laid", "heard", "read", "chose", "broke", "rose", "fell", "swore", "wore", "tore",
         "insists", "says", "tells", "argues", "warns", "notes", "adds", "claims", "believes", "thinks", "wants", "hopes", "calls"],
        StringComparer.Ordinal);

    /// <summary>
    /// Features 61..64, a shallow reading of the clause the cue stands in: a candidate of the cue's sentence before the
    /// cue that a verb follows (over adverbs) is a clause subject (61); the nearest such to the cue (62) and the first of
    /// the sentence (63) are told apart; and whether the cue is an -ing participle ("..., claiming that", "before
    /// explaining why", "a report detailing"), whose speaker is the subject of the clause it attaches to (64).
    /// </summary>
    internal static void SubjectFeatures(TokenTraits traits, Attribution a, List<SpeakerCandidate> candidates, float[][] features, int cueFirst)
    {
        var doc = traits.Doc;
        var t = doc.Tokens;
        var n = candidates.Count;
        var participle = a.Cue is not null && IsParticipleCue(traits, cueFirst) ? 1f : 0f;
        if (cueFirst >= t.Count)
        {
            for (var i = 0; i < n; i++)
            {
                features[i][64] = participle;
            }

            return;
        }

        var cueSentence = doc.SentenceOf[cueFirst];
        int nearestLast = -1, firstFirst = int.MaxValue;
        for (var i = 0; i < n; i++)
        {
            features[i][64] = participle;
            var c = candidates[i];
            if (c.First < 0 || c.Last >= cueFirst || doc.SentenceOf[c.First] != cueSentence || !VerbFollows(traits, c.Last + 1, cueFirst))
            {
                continue;
            }

            features[i][61] = 1;
            nearestLast = Math.Max(nearestLast, c.Last);
            firstFirst = Math.Min(firstFirst, c.First);
        }

        // The rules' choice and the candidate it repeats share these.
        for (var i = 0; nearestLast >= 0 && i < n; i++)
        {
            if (features[i][61] == 1)
            {
                features[i][62] = candidates[i].Last == nearestLast ? 1 : 0;
                features[i][63] = candidates[i].First == firstFirst ? 1 : 0;
            }
        }
    }

    /// <summary>Whether a lower-case word is a past form: an -ed word of five letters or more, or a past form without -ed ("gave", "told"; not the present forms of <c>IrregularPast</c>).</summary>
    internal static bool IsPastForm(string lower) =>
        lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(lower) && !lower.EndsWith('s');

    /// <summary>Whether the cue's first word is an -ing participle not made progressive by a form of "be" before it ("claiming", not "is claiming" or "according").</summary>
    internal static bool IsParticipleCue(TokenTraits traits, int cueFirst)
    {
        var t = traits.Doc.Tokens;
        if (cueFirst < 0 || cueFirst >= t.Count)
        {
            return false;
        }

        var w = t[cueFirst].Lower;
        if (w.Length < 5 || !w.EndsWith("ing", StringComparison.Ordinal) || w is "according" or "during" or "nothing" or "something" or "anything" or "everything" or "being")
        {
            return false;
        }

        var k = cueFirst - 1;
        while (k >= 0 && traits.Has(k, TokenTraits.Adverb) && !traits.Has(k, TokenTraits.Auxiliary))
        {
            k--;
        }

        return !(k >= 0 && t[k].Lower is "is" or "are" or "was" or "were" or "be" or "been" or "am" or "'s" or "’s");
    }

    // Whether a verb follows at token k (over adverbs), before token limit: an auxiliary, a cue verb, a lower-case -ed word or a common past form.
    internal static bool VerbFollows(TokenTraits traits, int k, int limit)
    {
        var t = traits.Doc.Tokens;
        var end = Math.Min(limit, Math.Min(t.Count, k + 3));
        while (k < end && (traits.Of(k) & (TokenTraits.Adverb | TokenTraits.Auxiliary)) == TokenTraits.Adverb)
        {
            k++;
        }

        if (k >= end)
        {
            return k < t.Count && k == limit && k > 0;
        }

        var bits = traits.Of(k);
        if ((bits & (TokenTraits.Auxiliary | TokenTraits.CueVerb)) != 0)
        {
            return (bits & TokenTraits.LowerFirst) != 0;
        }

        var w = t[k].Lower;
        return (bits & TokenTraits.LowerFirst) != 0 && (w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(w));
    }

    /// <summary>How often each lower-case word (possessive stripped) occurs in the article.</summary>
    public static Dictionary<string, int> WordCounts(List<Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        // Sized for the article at once (distinct words are about two in five of its tokens on the Zyte pages), not grown and
        // rehashed eight or nine times; and a List, not an interface, so that the loop makes no enumerator and no interface calls.
        var counts = new Dictionary<string, int>(tokens.Count / 2, StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (token.IsWord)
            {
                CollectionsMarshal.GetValueRefOrAddDefault(counts, EntityIndex.StripPossessive(token.Lower), out _)++;
            }
        }

        return counts;
    }
}
