using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A poll as the source of a finding, with "in" for its cue, in a stretch no statement holds: "[Ruiz leads Marsh by 6 points] [in]
/// [the latest Ledger poll]", "[In] [a survey released Monday], [most voters chose the levy]". PolNeAR annotates these as attributions
/// with the poll for the source (docs/quotes.md, "recall45"). The poll is a noun phrase of at most <see cref="MaxPollWords"/> words
/// after "in", ending in "poll", "polls", "survey" or "surveys" ("the RealClearPolitics-style average of state polls"; "of" the only
/// preposition inside). When "in" opens the sentence (after "But", "And" at most) the content is the clause after the comma that
/// ends the phrase (within <see cref="MaxModifierWords"/> words: "released Monday", "conducted in May"); otherwise it is the clause
/// before "in", from the sentence's start or its last semicolon, colon or dash, unless it opens with a subordinating word, holds a
/// relative pronoun, or ends in the poll's respondents ("percent of voters"). A plural poll ("polls", "surveys") needs a capitalised
/// word in its phrase. At most one per sentence; none inside quotation marks,
/// none where a statement's content or cue touches the words. Runs after <see cref="EndorsementReport"/>. One exception: where the
/// opening poll's clause holds a share's "said"/"say"/"says" ("In a poll released Monday, 62 percent of riders said ..."), the poll's
/// statement replaces the share's (docs/quotes.md, "recall85").
/// </summary>
internal static class PollReport
{
    /// <summary>The nouns that end the poll's phrase.</summary>
    public static readonly FrozenSet<string> PollNouns = FrozenSet.ToFrozenSet(["poll", "polls", "survey", "surveys"], StringComparer.Ordinal);

    /// <summary>The most words from "in" to the poll noun ("in the latest Vexo Ledger-Radio Delmar poll").</summary>
    public const int MaxPollWords = 10;

    /// <summary>The most words after the poll noun before the comma that ends an opening phrase ("released Monday", "conducted in May").</summary>
    public const int MaxModifierWords = 6;

    /// <summary>The fewest words of a content.</summary>
    public const int MinimumWords = 3;

    // Words that may stand before an opening "In" ("But in the latest poll, ...").
    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(["but", "and", "yet", "still"], StringComparer.Ordinal);

    // Words that end the phrase after "in" before a poll noun: a clause ("in states where polls ...") or a conjunction.
    private static readonly FrozenSet<string> Stops = FrozenSet.ToFrozenSet(
        ["that", "which", "who", "where", "when", "because", "while", "but", "and", "or", "as", "if", "than"], StringComparer.Ordinal);

    // Words that open a subordinate clause or phrase: the clause before "in" is then not the finding ("Though she trails in state
    // polls, ...", "With Ruiz ahead in the polls, ...").
    private static readonly FrozenSet<string> Subordinators = FrozenSet.ToFrozenSet(
        ["though", "although", "while", "when", "whenever", "despite", "depending", "with", "as", "if", "because", "after", "since", "until",
         "before", "even", "once", "unless"],
        StringComparer.Ordinal);

    // Words for those who answer a poll: "percent of those in the survey [said ...]" is the subject of a report, not a finding.
    private static readonly FrozenSet<string> Answering = FrozenSet.ToFrozenSet(
        ["respondents", "adults", "americans", "surveyed", "polled", "questioned", "asked", "interviewed", "sampled"], StringComparer.Ordinal);

    /// <summary>The attributions with a statement added for each poll found (see the class), in text order.</summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        List<Attribution>? added = null;
        var lastSentence = -1;
        // Only the tokens of "in" and "showing" (TriggerTokens): the others go on at once below.
        foreach (var k in TriggerTokens.Of(doc).Tokens(TriggerTokens.Rule.Poll))
        {
            if (k + 1 >= t.Count)
            {
                continue;
            }

            var showing = t[k].Lower == "showing";
            if (!showing && t[k].Lower == "in" && doc.SentenceOf[k] != lastSentence && Find(doc, k) is { } opened
                && opened.Content.Start > t[k].Span.End && ShareSaying(doc, attributions, opened) is { } inner)
            {
                // "In a poll released Monday, 62 percent of voters said ...": PolNeAR annotates the poll, with "in" for the cue and
                // the whole clause for the content, and leaves the share's "said" inside it (docs/quotes.md, "recall85").
                attributions = [.. attributions];
                var content = new Span(opened.Content.Start, Math.Max(opened.Content.End, inner.Content.End));
                attributions[attributions.IndexOf(inner)] = new Attribution(content, QuoteType.Indirect, t[k].Span, t[k].Lower, opened.Speaker, null);
                lastSentence = doc.SentenceOf[k];
                continue;
            }

            if (t[k].Lower != "in" && !showing || doc.SentenceOf[k] == lastSentence || (showing ? Showing(doc, k) : Find(doc, k)) is not { } found
                || StanceReport.Touches(attributions, found.Touched))
            {
                continue;
            }

            added ??= [];
            added.Add(new Attribution(found.Content, QuoteType.Indirect, t[k].Span, t[k].Lower, found.Speaker, null));
            lastSentence = doc.SentenceOf[k];
        }

        return Attribution.WithAdded(attributions, added);
    }

    /// <summary>The poll whose "in" is token <paramref name="k"/>: its phrase, the content, and the stretch of both; null when the form does not fit.</summary>
    internal static (Span Speaker, Span Content, Span Touched)? Find(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var sentenceStart = doc.SentenceStartToken(k);
        var sentenceEnd = doc.SentenceEndToken(k);
        if (doc.Quoted[k] || PollNoun(doc, k, sentenceEnd) is not { } head || t[head].Lower.EndsWith('s') && !Named(t, k + 1, head))
        {
            return null;
        }

        var speaker = new Span(t[k + 1].Span.Start, t[head].Span.End);
        var opening = k == sentenceStart || k - 1 == sentenceStart && Openers.Contains(t[k - 1].Lower);
        int first, last;
        if (opening)
        {
            var comma = head + 1;
            while (comma < sentenceEnd && comma - head <= MaxModifierWords && t[comma].Value != ",")
            {
                comma++;
            }

            if (comma >= sentenceEnd || t[comma].Value != ",")
            {
                return null;
            }

            (first, last) = (comma + 1, LastWord(t, comma + 1, sentenceEnd - 1));
        }
        else
        {
            first = sentenceStart;
            for (var i = k - 1; i > sentenceStart; i--)
            {
                if (t[i].Value is ";" or ":" or "—" or "--")
                {
                    first = i + 1;
                    break;
                }
            }

            last = LastWord(t, first, k - 1);
            if (last < first || Subordinators.Contains(t[first].Lower) || Respondents(t[last].Lower) || HasRelative(t, first, last))
            {
                return null;
            }
        }

        if (first >= sentenceEnd || !t[first].IsWord || last < first || Words(t, first, last) < MinimumWords)
        {
            return null;
        }

        var content = new Span(t[first].Span.Start, t[last].Span.End);
        return (speaker, content, new Span(Math.Min(content.Start, t[k].Span.Start), Math.Max(content.End, speaker.End)));
    }

    /// <summary>The verbs of saying whose share subject opens a poll's clause ("[In a poll released Monday], 62 percent said ...").</summary>
    public static readonly FrozenSet<string> ShareSayingVerbs = FrozenSet.ToFrozenSet(["said", "say", "says"], StringComparer.Ordinal);

    // The statement that a poll found by an opening "in" replaces: its speaker opens the poll's content and is a share of people
    // ("62 percent of voters", "about half"), its cue is "said"/"say"/"says" inside that content, and every other statement that
    // touches the poll's words has its cue inside the content too (a second share's "and 60 percent said ..."). Null otherwise.
    private static Attribution? ShareSaying(TokenizedDocument doc, List<Attribution> attributions, (Span Speaker, Span Content, Span Touched) poll)
    {
        Attribution? inner = null;
        foreach (var a in attributions)
        {
            if (!a.Content.Overlaps(poll.Touched) && !(a.Cue is { } c0 && c0.Overlaps(poll.Touched)))
            {
                continue;
            }

            if (a.Cue is not { } c || c.Start < poll.Content.Start || c.End > poll.Content.End)
            {
                return null;
            }

            if (inner is null && a.Speaker is { } sp && sp.Start >= poll.Content.Start && sp.End <= c.Start && a.CueText is { } cue
                && ShareSayingVerbs.Contains(cue.ToLowerInvariant()) && IsShare(doc, new Span(poll.Content.Start, c.Start))
                && Words(doc, new Span(poll.Content.Start, c.Start)) <= MaxShareWords)
            {
                inner = a;
            }
            else if (a.Content.End > poll.Content.End)
            {
                return null;
            }
        }

        return inner;
    }

    /// <summary>The most words from a poll's comma to the share's "said" ("31% of Greens and Green-leaning voters").</summary>
    public const int MaxShareWords = 10;

    private static int Words(TokenizedDocument doc, Span span)
    {
        var n = 0;
        foreach (var token in doc.Tokens)
        {
            n += token.IsWord && token.Span.Start >= span.Start && token.Span.End <= span.End ? 1 : 0;
        }

        return n;
    }

    // Whether the span holds a share of people: "percent", "%", "half", "majority", a fraction.
    private static bool IsShare(TokenizedDocument doc, Span span)
    {
        foreach (var token in doc.Tokens)
        {
            if (token.Span.Start >= span.Start && token.Span.End <= span.End
                && token.Lower is "percent" or "%" or "half" or "majority" or "third" or "thirds" or "quarter" or "quarters" or "two-thirds"
                    or "three-quarters" or "three-fourths")
            {
                return true;
            }
        }

        return false;
    }

    // The poll noun of the phrase after "in" (token k), or null: words only, "of" the only preposition, no clause or conjunction.
    private static int? PollNoun(TokenizedDocument doc, int k, int sentenceEnd)
    {
        var t = doc.Tokens;
        for (var i = k + 1; i < sentenceEnd && i - k <= MaxPollWords; i++)
        {
            var lower = t[i].Lower;
            if (PollNouns.Contains(lower))
            {
                return i;
            }

            if (!t[i].IsWord && t[i].Value is not ("/" or "-" or "’" or "'") || Stops.Contains(lower)
                || lower != "of" && Lexicon.Prepositions.Contains(lower) || Lexicon.Auxiliaries.Contains(lower))
            {
                return null;
            }
        }

        return null;
    }

    // Whether the phrase from first to head names its polls with a capitalised word ("in Iowa polls", "in the RealClearPolitics average
    // of state polls"): on train, plurals without one ("in the polls", "in national polls") were a finding about a fifth of the time.
    private static bool Named(List<Token> t, int first, int head)
    {
        for (var i = first; i < head; i++)
        {
            if (t[i].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }

    private static bool Respondents(string word) => Answering.Contains(word) || Lexicon.IsGroupNoun(word);

    // Whether a relative pronoun stands from first to last: "Ruiz, who is third in the state polls" describes Ruiz, it reports no finding.
    private static bool HasRelative(List<Token> t, int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            if (t[i].Lower is "who" or "whose" or "who’s" or "who's" or "whom")
            {
                return true;
            }
        }

        return false;
    }

    // The last word token from first to last (inclusive), leaving out trailing punctuation; first - 1 when there is none.
    internal static int LastWord(List<Token> t, int first, int last)
    {
        while (last >= first && !t[last].IsWord)
        {
            last--;
        }

        return last;
    }

    /// <summary>The most words between "with" and the poll noun before "showing" ("with [the latest national] polls showing").</summary>
    public const int MaxShowingModifiers = 3;

    // Words after which the content of "showing" ends at a comma: a relative clause or an apposition of the sentence ("..., who",
    // "..., a story by ...").
    private static readonly FrozenSet<string> AfterContent = FrozenSet.ToFrozenSet(
        ["who", "which", "where", "when", "while", "a", "an", "the", "and", "but", "as"], StringComparer.Ordinal);

    /// <summary>
    /// "with [new] polls showing [a narrowing of the gap]": polls as the source of a finding after "with" (docs/quotes.md,
    /// "recall52"); "showing" is token <paramref name="k"/>. The content runs to the sentence's end or to a comma before a relative word,
    /// an article or a conjunction; null when the form does not fit.
    /// </summary>
    internal static (Span Speaker, Span Content, Span Touched)? Showing(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        if (k < 2 || doc.Quoted[k] || !PollNouns.Contains(t[k - 1].Lower))
        {
            return null;
        }

        var with = k - 2;
        while (with > 0 && with >= k - 2 - MaxShowingModifiers && t[with].IsWord && t[with].Lower != "with" && !Stops.Contains(t[with].Lower))
        {
            with--;
        }

        if (t[with].Lower != "with" || doc.SentenceOf[with] != doc.SentenceOf[k])
        {
            return null;
        }

        var end = doc.SentenceEndToken(k);
        var last = k + 1;
        while (last + 1 < end && !(t[last + 1].Value == "," && last + 2 < end && AfterContent.Contains(t[last + 2].Lower)))
        {
            last++;
        }

        last = LastWord(t, k + 1, last);
        return last < k + 1 || Words(t, k + 1, last) < MinimumWords
            ? null
            : (new Span(t[with + 1].Span.Start, t[k - 1].Span.End), new Span(t[k + 1].Span.Start, t[last].Span.End),
                new Span(t[with].Span.Start, t[last].Span.End));
    }

    // The number of word tokens from first to last (inclusive); TrailingReport reads it too.
    internal static int Words(List<Token> t, int first, int last)
    {
        var n = 0;
        for (var i = first; i <= last; i++)
        {
            n += t[i].IsWord ? 1 : 0;
        }

        return n;
    }
}
