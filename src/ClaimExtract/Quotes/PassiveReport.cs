using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A passive verb of reporting whose subject is what was reported and whose agent after "by" reported it: "[The merger] [was first
/// reported by] [the Ledger].", "[Her resignation] [was confirmed by] [the council]", "..., [which] [was first reported last week by]
/// [the Courier]". PolNeAR annotates each as an attribution whose content is the subject (a relative "which" alone), whose cue is the
/// verb group with "by", and whose source is the agent (docs/quotes.md, "recall56"). The subject opens its sentence (or is a "which"
/// after a comma) and has at most <see cref="MaximumSubjectWords"/> words, no verb of saying among them; the verb follows a form of "be" ("was", "were", "is", "are",
/// "has been", ...) with at most two adverbs between ("first", "jointly"); "by" follows it, after at most three words of time
/// ("last week"); the agent opens with a capitalised word or a determiner ("the", "several"), not with a word of time ("by now",
/// "by the time", "by Friday"), and runs to the first comma, other stop or the sentence's end. None inside quotation marks, none where a
/// statement's content or cue touches the stretch. Runs last in <see cref="ClaimPipeline"/>'s chain of rules.
/// </summary>
internal static class PassiveReport
{
    /// <summary>The passive participles read; not "written", whose agent is a work's author ("The column is written by Ana Ruiz", a Zyte page).</summary>
    public static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
        ["reported", "confirmed", "claimed", "tweeted", "revealed", "disclosed"], StringComparer.Ordinal);

    /// <summary>
    /// Passive participles of stance, read as <see cref="Verbs"/> only when the agent is a share of voters as polls give it ("[Ana Ruiz]
    /// [was supported by] [42 percent of those polled]", "[The proposal] [was rejected by] [64 percent of the electorate]"; docs/quotes.md,
    /// "cues57"): with another agent ("was backed by liberals", "is backed by the military") train's gold has no attribution as often as one.
    /// </summary>
    public static readonly FrozenSet<string> StanceVerbs = FrozenSet.ToFrozenSet(
        ["backed", "supported", "rejected", "favored", "endorsed", "opposed"], StringComparer.Ordinal);

    // The verbs of both sets by hash (WordTable.HashFilter), after them (static fields are made in the order written).
    private static readonly WordTable.HashFilter VerbWords = new([.. Verbs, .. StanceVerbs]);

    // Heads of a share of people in an agent ("64 percent of ...", "34% of ...", "nearly 6 in 10 ...", "overwhelming majorities of ...").
    private static readonly FrozenSet<string> ShareWords = FrozenSet.ToFrozenSet(["percent", "%", "majority", "majorities"], StringComparer.Ordinal);

    /// <summary>The most words of a subject read as the content.</summary>
    public const int MaximumSubjectWords = 8;

    /// <summary>The most words of an agent read as the speaker.</summary>
    public const int MaximumAgentWords = 12;

    private static readonly FrozenSet<string> Be = FrozenSet.ToFrozenSet(["was", "were", "is", "are", "been", "being"], StringComparer.Ordinal);

    // Words a subject that is what was reported does not hold: a clause or a question opens with them.
    private static readonly FrozenSet<string> NotInSubject = FrozenSet.ToFrozenSet(
        ["that", "which", "who", "when", "if", "because", "what", "how", "whether", "where", "why", "it", "there"], StringComparer.Ordinal);

    // Words after "by" that open a time, not an agent ("by now", "by the time", "by the end of", "by Friday", "by March").
    private static readonly FrozenSet<string> NotAgent = FrozenSet.ToFrozenSet(
        ["now", "then", "time", "end", "way", "far", "midnight", "noon", "january", "february", "march", "april", "may", "june", "july",
         "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
         "sunday", "today", "tonight", "tomorrow", "yesterday"], StringComparer.Ordinal);

    // Punctuation that ends the agent.
    private static readonly FrozenSet<string> Stops = FrozenSet.ToFrozenSet([",", ";", ":", "(", ")", "—", "–", "-", "--", "?", "!", "."], StringComparer.Ordinal);

    /// <summary>The attributions with a statement added for each passive report found (see the class), in text order.</summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        List<Attribution>? added = null;
        // The verbs by form, asked once per form of the article, not once per token.
        var verbs = doc.Words.LowerFormsWhere(VerbWords, w => Verbs.Contains(w) || StanceVerbs.Contains(w));
        var formOf = doc.Words.FormOf;
        for (var k = 2; k + 2 < doc.Tokens.Count; k++)
        {
            if (!verbs[formOf[k]] || doc.Quoted[k] || Find(doc, k) is not { } found
                || StanceReport.Touches(attributions, new Span(found.Content.Start, found.Speaker.End))
                || added is not null && StanceReport.Touches(added, new Span(found.Content.Start, found.Speaker.End)))
            {
                continue;
            }

            added ??= [];
            added.Add(new Attribution(found.Content, QuoteType.Indirect, found.Cue, found.CueText, found.Speaker, null)
            {
                CueVerb = doc.Tokens[k].Lower,
            });
        }

        return Attribution.WithAdded(attributions, added);
    }

    /// <summary>The passive report whose participle is token <paramref name="k"/>: its content, cue, cue text and agent; null when the form does not fit.</summary>
    internal static (Span Content, Span Cue, string CueText, Span Speaker)? Find(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var sentenceStart = doc.SentenceStartToken(k);
        var sentenceEnd = doc.SentenceEndToken(k);

        // The form of "be" before the participle, past at most two adverbs; "been" with its "has" / "have" / "had".
        var be = k - 1;
        for (var skipped = 0; be > sentenceStart && skipped < 2 && (Lexicon.EndsLikeAnAdverb(t[be].Lower) || t[be].Lower is "first" or "also" or "later" or "earlier" or "previously" or "initially" or "originally"); skipped++)
        {
            be--;
        }

        if (be <= sentenceStart || !Be.Contains(t[be].Lower) || doc.Quoted[be])
        {
            return null;
        }

        var group = be;
        if (t[be].Lower is "been" or "being")
        {
            if (t[be - 1].Lower is not ("has" or "have" or "had" or "is" or "was" or "are" or "were") || be - 1 <= sentenceStart)
            {
                return null;
            }

            group = be - 1;
        }

        // "He also was backed by ...": the adverb before the verb group belongs to the cue, not the subject.
        if (group - 1 > sentenceStart && t[group - 1].Lower == "also")
        {
            group--;
        }

        // "by" after the participle, past at most three words of time ("last week", "on Tuesday" is not read).
        var by = k + 1;
        while (by < sentenceEnd && by - k <= 3 && t[by].Lower != "by" && Lexicon.TimeWords.Contains(t[by].Lower))
        {
            by++;
        }

        var agent = by + 1;
        var stance = StanceVerbs.Contains(t[k].Lower);
        if (by >= sentenceEnd || t[by].Lower != "by" || agent >= sentenceEnd || doc.Quoted[agent] || (stance ? !Share(t, agent, sentenceEnd) : !Agent(t, agent)))
        {
            return null;
        }

        var last = agent;
        for (var j = agent + 1; j < sentenceEnd && j - agent < MaximumAgentWords; j++)
        {
            if (!doc.Quoted[j] && Stops.Contains(t[j].Value)
                || t[j].Lower is "and" or "but" && j + 1 < sentenceEnd && (Lexicon.Auxiliaries.Contains(t[j + 1].Lower) || Be.Contains(t[j + 1].Lower)))
            {
                break;
            }

            if (t[j].IsWord || doc.Quoted[j])
            {
                last = j;
            }
        }

        if (Subject(doc, group, sentenceStart) is not { } content)
        {
            return null;
        }

        var cue = new Span(t[group].Span.Start, t[by].Span.End);
        var cueText = string.Join(" ", Enumerable.Range(group, by - group + 1).Select(j => t[j].Lower));
        return (content, cue, cueText, new Span(t[agent].Span.Start, t[last].Span.End));
    }

    // The subject before the verb group at token `group`: a "which" after a comma alone, or the words from the sentence's first word
    // (opening punctuation passed over), none of them quoted, in NotInSubject or a verb of saying ("Ruiz said the merger was ..."), at
    // most MaximumSubjectWords.
    private static Span? Subject(TokenizedDocument doc, int group, int sentenceStart)
    {
        var t = doc.Tokens;
        if (t[group - 1].Lower == "which")
        {
            return group - 2 >= sentenceStart && t[group - 2].Value == "," ? t[group - 1].Span : null;
        }

        var first = sentenceStart;
        while (first < group && !t[first].IsWord)
        {
            first++;
        }

        if (first >= group || group - first > MaximumSubjectWords)
        {
            return null;
        }

        for (var j = first; j < group; j++)
        {
            if (!t[j].IsWord || doc.Quoted[j] || NotInSubject.Contains(t[j].Lower) || Lexicon.CueVerbs.ContainsKey(t[j].Lower))
            {
                return null;
            }
        }

        return new Span(t[first].Span.Start, t[group - 1].Span.End);
    }

    // Whether token `agent` opens a share of people: a number or a share word among its first three words, with no punctuation before
    // it ("42 percent of ...", "nearly 6 in 10 ...", "overwhelming majorities of ...").
    private static bool Share(List<Token> t, int agent, int sentenceEnd)
    {
        for (var j = agent; j < sentenceEnd && j < agent + 3 && (t[j].IsWord || t[j].Value == "%"); j++)
        {
            if (char.IsDigit(t[j].Value[0]) || ShareWords.Contains(t[j].Lower))
            {
                return true;
            }
        }

        return false;
    }

    // Whether token `agent` opens an agent: a capitalised word or a determiner, not a word of time, nor a determiner before one ("the time").
    private static bool Agent(List<Token> t, int agent) =>
        (t[agent].IsCapitalized || Lexicon.Determiners.Contains(t[agent].Lower))
        && !NotAgent.Contains(t[agent].Lower)
        && !(Lexicon.Determiners.Contains(t[agent].Lower) && agent + 1 < t.Count && NotAgent.Contains(t[agent + 1].Lower));
}
