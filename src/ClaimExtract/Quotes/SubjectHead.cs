using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A speaker mention that is not the head of the cue's subject but a word inside it: its possessor ("Swift's rep told", "Russia's
/// foreign ministry said") or the object of a preposition after its head ("One trial in 40 patients found", "A spokeswoman for
/// Hale declined", "analysts polled by Vexo Data had forecast"). Someone else said it: the mention is widened to the whole
/// subject, whose head the resolver reads (audit 14: 16 on the Zyte pages). A possessor stays the speaker of a nominal cue
/// ("Google's promises"): only a possessed speaker noun ("rep", "ministry", "family") is widened to.
/// </summary>
internal static class SubjectHead
{
    /// <summary>Nouns of research that report findings ("research into ... shows", "tests by ... reveal"), besides the lexicon's documents.</summary>
    public static readonly FrozenSet<string> StudyNouns = FrozenSet.ToFrozenSet(
        ["research", "studies", "tests", "test", "experiments", "experiment", "trials", "trial", "analyses", "surveys", "polls"], StringComparer.OrdinalIgnoreCase);

    // Speaker nouns the lexicon lacks that a possessor may own ("Swift's rep", "Epstein's family", "Trump's camp").
    private static readonly FrozenSet<string> PossessedSpeakers = FrozenSet.ToFrozenSet(
        ["rep", "reps", "family", "camp", "people", "side", "lawyers", "attorneys", "spokespeople", "representatives", "staff", "office"], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PostPrepositions = FrozenSet.ToFrozenSet(
        ["of", "in", "into", "by", "from", "for", "at", "with", "among", "on"], StringComparer.Ordinal);

    // What may stand before a subject that opens its clause.
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
        [",", ":", ";", "—", "–", "(", "“", "\"", "but", "as", "while", "when", "because", "that", "if", "however", "then", "so",
         "although", "though", "after", "before", "since", "until", "where", "now", "and"],
        StringComparer.OrdinalIgnoreCase);

    private const int MaxModifiers = 4;

    /// <summary>Nouns of what is shown or found that report like documents ("Verified video footage shows", "Exit polling found").</summary>
    public static readonly FrozenSet<string> EvidenceNouns = FrozenSet.ToFrozenSet(
        ["footage", "images", "photos", "pictures", "photographs", "recordings", "evidence", "polling"], StringComparer.OrdinalIgnoreCase);

    // Heads of a speaking subject the speaker nouns lack ("Multiple outlets reported", "Trump fans insist", "top Democratic brass").
    private static readonly FrozenSet<string> SpeakingNouns = FrozenSet.ToFrozenSet(["outlets", "magazine", "fans", "brass", "member"], StringComparer.OrdinalIgnoreCase);

    // Capitalised quantifiers that head a subject through "of" ("Hundreds of demonstrators chanted", "Dozens of residents say").
    private static readonly FrozenSet<string> Quantifiers = FrozenSet.ToFrozenSet(
        ["hundreds", "thousands", "dozens", "millions", "scores", "tens", "many", "most", "some", "several", "majority"], StringComparer.OrdinalIgnoreCase);

    // Prepositions of a phrase that may follow such a subject's head, and the words it may hold after its head (the preposition included).
    private static readonly FrozenSet<string> PhrasePrepositions = FrozenSet.ToFrozenSet(["of", "on", "in", "at", "from", "for"], StringComparer.Ordinal);

    private const int MaxPhraseWords = 5;

    // Words that close a noun phrase or open another: articles, demonstratives and possessive pronouns ("Ana Ruiz told the ...").
    private static readonly FrozenSet<string> PhraseOpeners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "no", "so", "and", "or", "but", "than"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The attributions, each whose speaker mention is a possessor or a prepositional object inside its subject widened to that subject.</summary>
    public static List<Attribution> Extend(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            if ((Of(doc, attributions[i]) ?? ModifiedHead(doc, attributions[i]) ?? PhraseHead(doc, attributions[i])) is { } subject)
            {
                attributions[i] = attributions[i] with { Speaker = subject };
            }
        }

        return attributions;
    }

    /// <summary>The whole subject of the cue when <paramref name="a"/>'s speaker mention is its possessor or a prepositional object in it; else null.</summary>
    internal static Span? Of(TokenizedDocument doc, Attribution a)
    {
        if (!SpeakerBeforeCue(doc, a, out var speaker, out var first, out var last, out var cueToken))
        {
            return null;
        }

        var t = doc.Tokens;
        var start = doc.SentenceStartToken(first);
        var end = last;

        // "Swift's rep told": the possessed noun phrase runs from after the possessor to the cue, over adverbs.
        if (EndsPossessive(t[last].Value))
        {
            var head = cueToken - 1;
            while (head > last && t[head].IsWord && (Lexicon.Adverbs.Contains(t[head].Value) || Lexicon.EndsLikeAnAdverb(t[head].Lower) && !IsSpeakerNoun(t[head].Value)))
            {
                head--;
            }

            if (head <= last || head - last > MaxModifiers || !IsSpeakerNoun(t[head].Value))
            {
                return null;
            }

            for (var k = last + 1; k <= head; k++)
            {
                if (!t[k].IsWord || doc.Quoted[k] || IsFunctionWord(t[k].Value))
                {
                    return null;
                }
            }

            end = head;
        }
        else if (!IsBeforeCue(doc, last, cueToken))
        {
            return null;
        }

        // "One study in 17 people", "A spokeswoman for Neumann", "analysts surveyed by Refinitiv": a speaker noun, a participle
        // perhaps, and a preposition before the mention head the subject, from its determiner or its first modifier.
        var begin = first;
        var p = first - 1;
        if (first - 2 >= start && t[p].IsWord && PostPrepositions.Contains(t[p].Value) && !doc.Quoted[p])
        {
            var h = p - 1;
            if (t[h].IsWord && t[h].Lower.Length > 4 && t[h].Lower.EndsWith("ed", StringComparison.Ordinal) && h - 1 >= start)
            {
                h--; // "analysts surveyed by"
            }

            if (IsSpeakerNoun(t[h].Value) && (!t[h].IsCapitalized || h == start) && NounPhraseStart(doc, h, start) is { } np)
            {
                begin = np;
            }
        }

        if (begin == first && end == last)
        {
            return null;
        }

        // A possessor's phrase must itself open the clause, as a prepositional object's head does.
        if (begin == first && first > start && !ClauseOpeners.Contains(t[first - 1].Value) && !(first - 1 == start && !t[start].IsWord))
        {
            var before = first - 1;
            if (!(t[before].Lower is "the" or "a" or "an" && (before == start || ClauseOpeners.Contains(t[before - 1].Value))))
            {
                return null;
            }
        }

        return new Span(t[begin].Span.Start, end == last ? speaker.End : t[end].Span.End);
    }

    /// <summary>
    /// The whole subject of the cue when <paramref name="a"/>'s speaker mention is a capitalised word (or run of them) that modifies the
    /// subject's head: the lower-case words after it run to the cue and end in a noun that can speak or show ("Verified video footage
    /// shows", "Several other studies suggest", "Patient advocacy groups note", "Trump fans insist", "An EP member likened"). The
    /// candidates' capitalised runs stop at the first lower-case word, and the ranker chose the run; the mention is widened over the
    /// modifiers to the head (and back over a determiner and lower-case modifiers before the run), else null. A word between that reads as
    /// a verb, an adverb, an article or a function word ("Trump has not yet responded", "Police released dramatic video showing",
    /// "Ana Ruiz told the ...") stops it.
    /// </summary>
    internal static Span? ModifiedHead(TokenizedDocument doc, Attribution a)
    {
        var t = doc.Tokens;
        if (!SpeakerBeforeCue(doc, a, out var speaker, out var first, out var last, out var cueToken) || t[last].Span.End != speaker.End || EndsPossessive(t[last].Value))
        {
            return null;
        }

        for (var k = first; k <= last; k++)
        {
            if (!t[k].IsCapitalized || doc.Quoted[k])
            {
                return null;
            }
        }

        var head = cueToken - 1;
        while (head > last && t[head].IsWord && (Lexicon.Adverbs.Contains(t[head].Value) || Lexicon.EndsLikeAnAdverb(t[head].Lower)))
        {
            head--;
        }

        if (head <= last || head - last > MaxModifiers || !IsHeadNoun(t[head].Value))
        {
            return null;
        }

        for (var k = last + 1; k <= head; k++)
        {
            var w = t[k];
            if (!w.IsWord || !char.IsLower(w.Value[0]) || doc.Quoted[k] || IsFunctionWord(w.Value) || PhraseOpeners.Contains(w.Value)
                || Lexicon.Adverbs.Contains(w.Value) || Lexicon.EndsLikeAnAdverb(w.Lower) && !IsHeadNoun(w.Value)
                || IsVerbLike(w.Lower) && !w.Lower.EndsWith("ing", StringComparison.Ordinal))
            {
                return null;
            }
        }

        // The run opens the clause, or a determiner and modifiers before it do ("An EP member", "Most of the ... top Democratic brass").
        var start = doc.SentenceStartToken(first);
        var begin = first;
        if (first > start && !ClauseOpeners.Contains(t[first - 1].Value) && !(first - 1 == start && !t[start].IsWord))
        {
            if (NounPhraseStart(doc, first, start) is not { } np || np == first)
            {
                return null;
            }

            for (var k = np; k < first; k++)
            {
                var w = t[k];
                if (!(Lexicon.Determiners.Contains(w.Value) || char.IsAsciiDigit(w.Value[0])
                      || char.IsLower(w.Value[0]) && !PhraseOpeners.Contains(w.Value) && !Lexicon.NotNames.Contains(w.Value) && !IsVerbLike(w.Lower)))
                {
                    return null;
                }
            }

            begin = np;
        }

        return new Span(t[begin].Span.Start, t[head].Span.End);
    }

    /// <summary>
    /// The whole subject of the cue when <paramref name="a"/>'s speaker mention is a capitalised quantifier or speaking noun that opens
    /// its clause and a prepositional phrase of lower-case words runs from it to the cue ("Hundreds of demonstrators chanted", "Backers
    /// of tariffs argue", "Experts on jail suicide say"): the mention is widened over the phrase to its last noun, else null. A name's
    /// object is capitalised ("Bank of America said"), a word capitalised inside a sentence elsewhere is a name ("Sanders in the past has
    /// criticized"), and a verb, an auxiliary, an -ed or -ing form, an adverb inside or a function word ("Thousands of riders and the
    /// mayor agree") stops it; the phrase holds at most five words.
    /// </summary>
    internal static Span? PhraseHead(TokenizedDocument doc, Attribution a)
    {
        var t = doc.Tokens;
        if (!SpeakerBeforeCue(doc, a, out var speaker, out var first, out var last, out var cueToken) || last != first || t[last].Span.End != speaker.End
            || !t[first].IsCapitalized || doc.Quoted[first] || !(Quantifiers.Contains(t[first].Value) || IsHeadNoun(t[first].Value)))
        {
            return null;
        }

        var start = doc.SentenceStartToken(first);
        if (first > start && !ClauseOpeners.Contains(t[first - 1].Value) && !(first - 1 == start && !t[start].IsWord))
        {
            return null;
        }

        // A word written capitalised inside a sentence elsewhere is a name ("Ruiz in recent years has faulted"), not a plural noun.
        for (var k = 1; k < t.Count; k++)
        {
            if (k != first && t[k].Value == t[first].Value && t[k - 1].IsWord && !ClauseOpeners.Contains(t[k - 1].Value))
            {
                return null;
            }
        }

        var head = cueToken - 1;
        while (head > last && t[head].IsWord && (Lexicon.Adverbs.Contains(t[head].Value) || Lexicon.EndsLikeAnAdverb(t[head].Lower)))
        {
            head--;
        }

        if (head < last + 2 || head - last > MaxPhraseWords || !PhrasePrepositions.Contains(t[last + 1].Value) || doc.Quoted[last + 1])
        {
            return null;
        }

        for (var k = last + 2; k <= head; k++)
        {
            var w = t[k];
            if (!w.IsWord || !char.IsLower(w.Value[0]) || doc.Quoted[k])
            {
                return null;
            }

            var inner = k < head && (Lexicon.Determiners.Contains(w.Value) || PhrasePrepositions.Contains(w.Value) && k > last + 2);
            if (!inner && (IsFunctionWord(w.Value) || PhraseOpeners.Contains(w.Value) || Lexicon.Determiners.Contains(w.Value)
                           || Lexicon.Adverbs.Contains(w.Value) || Lexicon.EndsLikeAnAdverb(w.Lower) || IsVerbLike(w.Lower)))
            {
                return null;
            }
        }

        return new Span(speaker.Start, t[head].Span.End);
    }

    // A past form ("released") or a participle ("showing"), which a noun phrase before its cue does not hold.
    /// <summary>
    /// Whether <paramref name="a"/> has a speaker mention before its cue in the cue's sentence, starting on a token, with no referent or
    /// conjuncts of its own: the tokens of its first and last words and of the cue's first word.
    /// </summary>
    private static bool SpeakerBeforeCue(TokenizedDocument doc, Attribution a, out Span speaker, out int first, out int last, out int cueToken)
    {
        speaker = default;
        first = last = cueToken = -1;
        if (a.Speaker is not { } mention || a.Cue is not { } cue || cue.Start < mention.End || a.Referent is not null || a.Conjuncts is not null
            || doc.Tokens.Count == 0)
        {
            return false;
        }

        var t = doc.Tokens;
        speaker = mention;
        first = doc.IndexAtOrAfter(mention.Start);
        last = doc.IndexAtOrAfter(mention.End) - 1;
        cueToken = doc.IndexAtOrAfter(cue.Start);
        return first < t.Count && last >= first && cueToken < t.Count && t[first].Span.Start == mention.Start && doc.SentenceOf[cueToken] == doc.SentenceOf[first];
    }

    private static bool IsVerbLike(string lower) =>
        lower.Length > 4 && (lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ing", StringComparison.Ordinal));

    // A noun that can head a speaking or showing subject: a speaker noun, a noun of evidence, or a plural agent noun ("defenders", "advocates").
    private static bool IsHeadNoun(string word) =>
        IsSpeakerNoun(word) || EvidenceNouns.Contains(word) || SpeakingNouns.Contains(word)
        || word.Length > 5 && (word.EndsWith("ers", StringComparison.Ordinal) || word.EndsWith("ors", StringComparison.Ordinal)
                               || word.EndsWith("ists", StringComparison.Ordinal) || word.EndsWith("ians", StringComparison.Ordinal)
                               || word.EndsWith("ates", StringComparison.Ordinal));

    // Whether only adverbs stand between token last and the cue.
    private static bool IsBeforeCue(TokenizedDocument doc, int last, int cueToken)
    {
        var t = doc.Tokens;
        for (var k = last + 1; k < cueToken; k++)
        {
            if (!t[k].IsWord || !(Lexicon.Adverbs.Contains(t[k].Value) || Lexicon.EndsLikeAnAdverb(t[k].Lower)))
            {
                return false;
            }
        }

        return true;
    }

    // The first token of the noun phrase headed by token h: back over up to four modifiers to a determiner (included) or to what opens
    // the clause (excluded); null when something else (a verb, a preposition) stands before it.
    private static int? NounPhraseStart(TokenizedDocument doc, int h, int start)
    {
        var t = doc.Tokens;
        for (var f = h; f >= Math.Max(start, h - MaxModifiers); f--)
        {
            if (Lexicon.Determiners.Contains(t[f].Value) && f < h)
            {
                return f == start || ClauseOpeners.Contains(t[f - 1].Value) ? f : null;
            }

            if (f == start)
            {
                return f;
            }

            var before = t[f - 1];
            if (ClauseOpeners.Contains(before.Value))
            {
                return f;
            }

            if (!before.IsWord || doc.Quoted[f - 1] || IsFunctionWord(before.Value))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsSpeakerNoun(string word) =>
        Lexicon.PersonNouns.Contains(word) || Lexicon.OrganizationNouns.Contains(word) || Lexicon.DocumentNouns.Contains(word)
        || Lexicon.IsGroupNoun(word) || StudyNouns.Contains(word) || PossessedSpeakers.Contains(word)
        || word.EndsWith('s') && Lexicon.Spans.DocumentNouns.Contains(word.AsSpan(0, word.Length - 1)) || word.EndsWith("ies", StringComparison.OrdinalIgnoreCase) && Lexicon.Spans.IsDocumentNounInY(word);


    private static bool IsFunctionWord(string word) =>
        Lexicon.Prepositions.Contains(word) || Lexicon.Auxiliaries.Contains(word) || Lexicon.CueVerbs.ContainsKey(word) && !IsSpeakerNoun(word)
        || Lexicon.PersonPronouns.Contains(word) || word is "it" or "It" or "its" or "Its";

    private static bool EndsPossessive(string word) =>
        word.EndsWith("’s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("'s", StringComparison.OrdinalIgnoreCase);
}
