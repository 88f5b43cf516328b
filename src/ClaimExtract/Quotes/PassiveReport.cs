using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A passive verb of reporting whose subject is what was reported and whose agent after "by" reported it: "[The merger] [was first
/// reported by] [the Ledger].", "[Her resignation] [was confirmed by] [the council]", "..., [which] [was first disclosed on Monday by]
/// [the Courier]". PolNeAR annotates each as an attribution whose content is the subject (a relative "which" alone), whose cue is the
/// verb group with "by", and whose source is the agent (docs/quotes.md, "recall56"). The subject opens its sentence (or is a "which"
/// after a comma) and has at most <see cref="MaximumSubjectWords"/> words, no verb of saying among them; the verb follows a form of "be" ("was", "were", "is", "are",
/// "has been", ...) with at most two adverbs between ("first", "jointly"); "by" follows it, after at most three words of time
/// ("last week"); the agent opens with a capitalised word or a determiner ("the", "several"), not with a word of time ("by now",
/// "by the time", "by Friday"), and runs to the first comma, other stop or the sentence's end. None inside quotation marks, none where a
/// statement's content or cue touches the stretch. A verb of viewing or naming (<see cref="AsVerbs"/>) is read only with "as" after its
/// agent, its content then the whole clause ("[the change was viewed by many as a snub]"). Runs last in <see cref="ClaimPipeline"/>'s chain of rules.
/// </summary>
internal static class PassiveReport
{
    /// <summary>The passive participles read; not "written", whose agent is a work's author ("The column is written by Ana Ruiz", a Zyte page).</summary>
    public static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
        ["reported", "confirmed", "claimed", "tweeted", "revealed", "disclosed"], StringComparer.Ordinal);

    /// <summary>
    /// Passive participles of stance, read as <see cref="Verbs"/> only when the agent is a share of voters as polls give it ("[Ana Ruiz]
    /// [was backed by] [42 percent of those asked]", "[The levy] [was opposed by] [58 percent of the town's voters]"; docs/quotes.md,
    /// "cues57"): with another agent ("was backed by liberals", "is backed by the military") train's gold has no attribution as often as one.
    /// </summary>
    public static readonly FrozenSet<string> StanceVerbs = FrozenSet.ToFrozenSet(
        ["backed", "supported", "rejected", "favored", "endorsed", "opposed"], StringComparer.Ordinal);

    /// <summary>
    /// Passive participles of viewing and naming, read only with an agent after "by" and an "as" after the agent ("[The change was viewed
    /// by many as a snub]", "[the fire was first described by City Hall as an accident]"): PolNeAR's content is then the
    /// clause from its subject to the end of the "as" phrase, the agent its source (docs/quotes.md, "recall84": 8 of the 9 such clauses
    /// outside quotations in train are annotated).
    /// </summary>
    public static readonly FrozenSet<string> AsVerbs = FrozenSet.ToFrozenSet(
        ["seen", "viewed", "regarded", "considered", "interpreted", "perceived", "portrayed", "described", "characterized", "depicted",
         "known", "remembered", "dismissed", "branded", "labeled", "labelled", "painted", "hailed", "derided", "mocked"], StringComparer.Ordinal);

    // The verbs of the three sets by hash (WordTable.HashFilter), after them (static fields are made in the order written).
    internal static readonly WordTable.HashFilter VerbWords = new([.. Verbs, .. StanceVerbs, .. AsVerbs]);

    /// <summary>Whether the form's lower case can open this rule (asked of the forms whose lower case's hash <see cref="VerbWords"/> may hold; see <see cref="TriggerTokens"/>).</summary>
    internal static bool IsVerb(string w) => Verbs.Contains(w) || StanceVerbs.Contains(w) || AsVerbs.Contains(w);

    // Words before an "as" report's subject that open its clause ("but", "how", "after"); punctuation opens one too.
    private static readonly FrozenSet<string> SubjectOpeners = FrozenSet.ToFrozenSet(
        ["but", "how", "that", "because", "while", "when", "after", "before", "since", "although", "though", "if", "so",
         "as", "where", "whether", "why", "which", "who", "than", "until", "once"], StringComparer.Ordinal);

    /// <summary>The most words of an "as" report's subject read as part of its content.</summary>
    public const int MaximumClauseSubjectWords = 12;

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
        // Only the tokens of the verbs' forms (TriggerTokens).
        foreach (var k in TriggerTokens.Of(doc).Tokens(TriggerTokens.Rule.Passive))
        {
            if (k < 2 || k + 2 >= doc.Tokens.Count || doc.Quoted[k] || Find(doc, k) is not { } found
                || StanceReport.Touches(attributions, Stretch(found))
                || added is not null && StanceReport.Touches(added, Stretch(found)))
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

    // What a found report spans: its content through its agent (an "as" report's content holds them both).
    private static Span Stretch((Span Content, Span Cue, string CueText, Span Speaker) found) =>
        new(Math.Min(found.Content.Start, found.Cue.Start), Math.Max(found.Content.End, found.Speaker.End));

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
        if (AsVerbs.Contains(t[k].Lower))
        {
            return by < sentenceEnd && t[by].Lower == "by" ? FindAs(doc, group, by, sentenceStart, sentenceEnd) : null;
        }

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

    // An "as" report ("the change was viewed by many as a snub"): the agent from the word after "by" up to an "as" within
    // MaximumAgentWords, no stop or quotation between; the content from the clause's subject (ClauseSubject) to the end of the "as"
    // phrase (the first stop outside quotation marks or the sentence's end).
    private static (Span Content, Span Cue, string CueText, Span Speaker)? FindAs(TokenizedDocument doc, int group, int by, int sentenceStart, int sentenceEnd)
    {
        var t = doc.Tokens;
        var agent = by + 1;
        if (agent >= sentenceEnd || !t[agent].IsWord || doc.Quoted[agent] || NotAgent.Contains(t[agent].Lower) || Lexicon.TimeWords.Contains(t[agent].Lower))
        {
            return null;
        }

        var asAt = -1;
        for (var j = agent + 1; j < sentenceEnd && j - agent <= MaximumAgentWords; j++)
        {
            if (doc.Quoted[j] || !t[j].IsWord)
            {
                return null;
            }

            if (t[j].Lower == "as")
            {
                asAt = j;
                break;
            }
        }

        if (asAt < 0)
        {
            return null;
        }

        var end = asAt;
        for (var j = asAt + 1; j < sentenceEnd; j++)
        {
            if (!doc.Quoted[j] && Stops.Contains(t[j].Value))
            {
                break;
            }

            if (t[j].IsWord || doc.Quoted[j])
            {
                end = j;
            }
        }

        if (end == asAt)
        {
            return null;
        }

        var first = ClauseSubject(doc, group, sentenceStart);
        var content = new Span(t[first].Span.Start, t[end].Span.End);
        var cue = new Span(t[group].Span.Start, t[by].Span.End);
        var cueText = string.Join(" ", Enumerable.Range(group, by - group + 1).Select(j => t[j].Lower));
        return (content, cue, cueText, new Span(t[agent].Span.Start, t[asAt - 1].Span.End));
    }

    // The first token of an "as" report's subject: the words before the verb group at token `group` back to the sentence's start, a
    // punctuation mark, a word of SubjectOpeners or a verb of saying ("Ruiz said the move was seen ..."), at most
    // MaximumClauseSubjectWords; none quoted. The verb group itself when no such words stand there (", was seen by ...").
    private static int ClauseSubject(TokenizedDocument doc, int group, int sentenceStart)
    {
        var t = doc.Tokens;
        for (var j = group - 1; j >= sentenceStart; j--)
        {
            if (!t[j].IsWord || doc.Quoted[j] || SubjectOpeners.Contains(t[j].Lower) || Lexicon.CueVerbs.ContainsKey(t[j].Lower))
            {
                return j + 1;
            }

            if (group - j > MaximumClauseSubjectWords)
            {
                return group;
            }
        }

        return sentenceStart;
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
