using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// Content edges of branch content34 (docs/quotes.md, "content34"): the content of a verb of endorsing or opposing is its
/// object noun phrase (<see cref="EndAfterEndorsedObject"/>).
/// </summary>
internal static partial class ContentEdges
{
    // Verbs whose content is the noun phrase they take as object ("endorsed [Okafor]", "opposes [the levy]"), in every form.
    private static readonly System.Collections.Frozen.FrozenSet<string> EndorsingVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["endorse", "endorsed", "endorses", "endorsing", "support", "supported", "supports", "supporting", "oppose", "opposed", "opposes",
         "opposing", "back", "backed", "backs", "backing"], StringComparer.Ordinal);

    // Words before a bare "back" that make it the verb ("to back", "will back", "did not back"); elsewhere "back" is mostly an
    // adverb or a particle ("fired back", "came back").
    private static readonly System.Collections.Frozen.FrozenSet<string> BeforeVerbBack = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["to", "will", "would", "could", "should", "might", "may", "must", "can", "not", "did", "didn’t", "didn't", "won’t", "won't",
         "never", "also", "i", "we", "they", "you"], StringComparer.Ordinal);

    // First words of content that is no noun phrase: a clause ("that", a subject pronoun, a wh-word), an infinitive, a
    // particle or a preposition ("backed [down]", "supported [by] ..."), "as" ("opposed [as] ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> NotObjectStarts = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["that", "he", "she", "they", "we", "i", "you", "there", "what", "whether", "how", "why", "who", "when", "if", "where", "which",
         "up", "off", "out", "down", "away", "aside", "as"], StringComparer.Ordinal);

    // Words that end the object: a subordinator or preposition that opens an adverbial ("endorsed [Okafor] because ...",
    // "supported [the bill] when it ...", "backed [her] by a wide margin", "opposed [it] during ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> AfterObject = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["because", "when", "after", "before", "while", "but", "since", "although", "though", "until", "unless", "whereas", "by", "during",
         "amid", "despite", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight"],
        StringComparer.Ordinal);

    // Words after "and" or "or" that make it join a second verb phrase, not a second noun ("endorsed [Okafor] and said ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> SecondPredicate = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["said", "says", "to", "as", "then", "later", "also", "once", "now", "still", "called", "has", "have", "had", "is", "was", "will", "would",
         "did", "does", "not"], StringComparer.Ordinal);

    // Words before an -ing cue that make it a verb or a gerund, not a participle after a noun ("groups backing Okafor").
    private static readonly System.Collections.Frozen.FrozenSet<string> GerundBefore = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "be", "been", "am", "in", "for", "from", "on", "about", "to", "not", "also", "still", "publicly",
         "openly", "strongly"], StringComparer.Ordinal);

    // Months, after "in" ("endorsed [Okafor] in March").
    private static readonly System.Collections.Frozen.FrozenSet<string> Months = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "early",
         "late", "mid"], StringComparer.Ordinal);

    /// <summary>
    /// Where the content of a verb of endorsing or opposing (endorse, support, oppose, back, in any form) ends: the content is
    /// the object noun phrase, so it ends before the first comma (followed by a space) or dash outside quotation
    /// marks and a paired dash's aside, the first subordinator or adverbial preposition ("because", "when", "since", "during",
    /// ...; "by" right after a one-word object: "supported [her] by a wide margin"), a day ("Tuesday", "on Tuesday"), a time
    /// phrase ("last week", "in March", "in early June"), a finite verb or auxiliary, or "and"/"or" before a second verb phrase
    /// ("and said", "and called", "and once again did"). "Okafor endorsed [Delgado] last week, saying ...", "The union opposed
    /// [the levy] because it ...". The content must start right after the cue (white space only) with a word that opens a noun
    /// phrase, not a clause, a particle, "as" or a preposition (<see cref="NotObjectStarts"/>, <see cref="Lexicon.Prepositions"/>);
    /// not after a passive ("was supported by"); a bare "back" only after "to", a modal or "not" ("fired back" is no cue of
    /// endorsing); no "that" before the end ("supports the idea that ..."); a comma that goes on with a list or an example (a
    /// later ", and", "including") leaves the content whole, as does one after a gerund object before another -ing word
    /// ("supports [raising the levy, cutting the fees ...]"), whose object ends at punctuation only; so does a comma before a
    /// list of names (", and Tomas Berg") or a parenthetical attribution (", the mayor often says,"), and a cut that would end
    /// on a paired dash's closing mark. A semicolon is left to <see cref="EndBeforeSemicolon"/> and its guards. A cue in a relative clause
    /// or a participle after a noun whose content runs on over a comma into the main clause's verb ("The union, which endorsed
    /// Okafor in May, is ...") is left as it is (another attribution's content often lies there), and so is a participle's
    /// object before a finite verb ("The group backing Okafor is ...") and a gerund after a preposition that opens the sentence.
    /// On PolNeAR train, 57 spans made exact, 3 unmade, 3 matches lost (lucky overlaps of a long content with a neighbouring
    /// attribution: docs/quotes.md, "content34"). Null when it does not apply or nothing is cut.
    /// </summary>
    internal static int? EndAfterEndorsedObject(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (ReportedRightAfterCue(doc, a) is not { } cue)
        {
            return null;
        }

        var t = doc.Tokens;
        var verb = doc.IndexAtOrAfter(cue.End) - 1;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        if (verb < 0 || first >= t.Count || !t[first].IsWord || !EndorsingVerbs.Contains(t[verb].Lower))
        {
            return null;
        }

        var before = verb > 0 ? t[verb - 1].Lower : "";
        if (t[verb].Lower.EndsWith("ed", StringComparison.Ordinal) && BeForms.Contains(before)
            || t[verb].Lower == "back" && !BeforeVerbBack.Contains(before)
            || NotObjectStarts.Contains(t[first].Lower) || Lexicon.Prepositions.Contains(t[first].Lower))
        {
            return null;
        }

        // The cue in a relative clause ("The union, which endorsed Okafor in May, is ...") or a participle after a noun ("The
        // group backing Okafor, the Harbour Fund, has ...") whose content ran on over a comma into the sentence's main clause,
        // where another attribution's content often lies: left as it is.
        var relative = false;
        for (var k = verb - 1; k >= Math.Max(0, verb - 3); k--)
        {
            relative |= t[k].Lower is "who" or "which" or "that" or "whom";
        }

        var participle = t[verb].Lower.EndsWith("ing", StringComparison.Ordinal) && verb > 0 && t[verb - 1].IsWord && !GerundBefore.Contains(before);
        if ((relative || participle) && MainClauseAfter(doc, first, a.Content.End))
        {
            return null;
        }

        // A gerund after a preposition that opens its sentence or follows a comma ("Instead of backing Okafor, the voters
        // ..."): an adverbial whose content ran on into the main clause.
        if (participle && verb > 1 && Lexicon.Prepositions.Contains(before)
            && (t[verb - 2].Value == "," || doc.SentenceStartToken(verb) >= verb - 2))
        {
            return null;
        }

        // A gerund's object holds a clause of its own ("supports [raising the wage to $15 by 2020]"): only punctuation ends it.
        var gerund = t[first].Lower.EndsWith("ing", StringComparison.Ordinal);
        var dashes = 0;
        for (var k = first; k < t.Count && t[k].Span.End <= a.Content.End; k++)
        {
            dashes += IsDash(t[k].Value) ? 1 : 0;
        }

        var aside = false;
        for (var j = first + 1; j < t.Count && t[j].Span.End <= a.Content.End; j++)
        {
            // Words inside quotation marks or a paired dash's aside ("Okafor — the harbour's director — and Berg") do not end it.
            if (dashes >= 2 && IsDash(t[j].Value))
            {
                aside = !aside;
                continue;
            }

            if (doc.Quoted[j] || aside)
            {
                continue;
            }

            var lower = t[j].Lower;
            if (lower == "that")
            {
                return null;
            }

            var next = j + 1 < t.Count && t[j + 1].Span.End <= a.Content.End ? t[j + 1].Lower : "";
            var ends = t[j].IsWord
                ? !gerund && (lower == "by" ? j == first + 1 : AfterObject.Contains(lower) || FiniteVerbs.Contains(lower))
                  || lower is "and" or "or" && (SecondPredicate.Contains(next) || next.EndsWith("ed", StringComparison.Ordinal))
                  || lower is "last" or "earlier" && TimeNouns.Contains(next)
                  || lower is "in" or "on" && (Months.Contains(next) || AfterObject.Contains(next))
                : t[j].Value is "," && j + 1 < t.Count && t[j + 1].Span.Start > t[j].Span.End || IsDash(t[j].Value);
            if (ends && t[j].Value == "," && (ListGoesOn(doc, j, a.Content.End, gerund) || ParentheticalAfter(doc, j, a.Content.End)))
            {
                return null;
            }

            // A participle's object before the main clause's verb ("The group backing Okafor is ..."): the content ran on.
            if (ends && participle && FiniteVerbs.Contains(lower))
            {
                return null;
            }

            if (ends)
            {
                // "and" before a comma is the comma's ("backed [Okafor] and, she said, ..."): not the object's.
                var last = t[j - 1].Lower is "and" or "or" && j - 1 > first ? j - 2 : j - 1;

                // Not after a paired dash's closing mark ("Okafor — the director — is ..."): the aside is no end of the object.
                return IsDash(t[last].Value) ? null : t[last].Span.End;
            }
        }

        return null;
    }

    // Whether the content from token <paramref name="first"/> holds a comma (outside quotation marks) followed by a finite
    // verb, an auxiliary or a lower-case past form: the predicate of a main clause ("..., is widely seen as ...", "..., spent").
    private static bool MainClauseAfter(TokenizedDocument doc, int first, int end)
    {
        var t = doc.Tokens;
        for (var k = first; k + 1 < t.Count && t[k + 1].Span.End <= end; k++)
        {
            var next = t[k + 1];
            if (t[k].Value == "," && !doc.Quoted[k] && next.IsWord && !next.IsCapitalized
                && (FiniteVerbs.Contains(next.Lower) || next.Lower.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(next.Lower)))
            {
                return true;
            }
        }

        return false;
    }

    // Past forms without -ed that open a main clause's predicate after a comma ("..., spent $300,000 on ads").
    private static readonly System.Collections.Frozen.FrozenSet<string> IrregularPast = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["spent", "said", "says", "led", "began", "became", "gave", "made", "took", "won", "lost", "told", "wrote", "put", "set", "ran"],
        StringComparer.Ordinal);

    // Whether the comma at token <paramref name="comma"/> opens a parenthetical attribution: one to three words and a verb of
    // saying after it ("..., the mayor often says, ...", "... and, he argued, ..."). The comma is the parenthetical's.
    private static bool ParentheticalAfter(TokenizedDocument doc, int comma, int end)
    {
        var t = doc.Tokens;
        for (var k = comma + 2; k <= comma + 4 && k < t.Count && t[k].Span.End <= end; k++)
        {
            if (!t[k - 1].IsWord)
            {
                return false;
            }

            if (t[k].Lower is "said" or "says" or "argued" or "argues" or "added" or "adds" or "noted" or "notes" or "wrote" or "writes")
            {
                return true;
            }
        }

        return false;
    }

    // Whether the comma at token <paramref name="comma"/> goes on with a list or an example ("Ana Okafor, 52, and Tomas
    // Berg", "a ban on cloning, including ..."): the next word is "including", "such", "especially", "and" or "or", or a
    // comma and "and"/"or" follow before the content's end.
    private static bool ListGoesOn(TokenizedDocument doc, int comma, int end, bool gerund)
    {
        var t = doc.Tokens;
        var next = t[comma + 1].Lower;
        if (next is "and" or "or" && comma + 2 < t.Count && t[comma + 2].IsCapitalized)
        {
            // A list of names ("Ana Okafor of the union, and Tomas Berg, ...").
            return true;
        }

        if (next is "including" or "such" or "especially" or "particularly"
            || gerund && (next.EndsWith("ing", StringComparison.Ordinal) || comma + 2 < t.Count && t[comma + 2].Lower.EndsWith("ing", StringComparison.Ordinal)))
        {
            return true;
        }

        for (var k = comma + 2; k + 1 < t.Count && t[k + 1].Span.End <= end; k++)
        {
            if (t[k].Value == "," && t[k + 1].Lower is "and" or "or")
            {
                return true;
            }
        }

        return false;
    }
}
