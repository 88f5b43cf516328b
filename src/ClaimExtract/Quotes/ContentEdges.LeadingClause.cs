using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch exact57 (docs/quotes.md, "exact57"): content reported inside an adverbial clause that opens its
/// sentence ends where that clause does, before the sentence's main clause ("When Okafor said [the pier would close], the union
/// called a strike": <see cref="EndAtLeadingClauseComma"/>). The main clause is the writer's, not the report's.
/// </summary>
internal static partial class ContentEdges
{
    // Subordinators that open an adverbial clause ahead of its sentence's main clause ("When ...", "After ...", "Although ...").
    // Not "as": "As Okafor noted, ..." frames the main clause as the report's content.
    private static readonly System.Collections.Frozen.FrozenSet<string> LeadingSubordinators = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["after", "when", "although", "though", "while", "since", "because", "before", "if", "once", "until", "whereas"],
        StringComparer.Ordinal);

    // Words that open an adverbial clause or phrase of the content's own: a comma after them may close it, not the sentence's
    // leading clause ("said [that even if ..., he would ...]").
    private static readonly System.Collections.Frozen.FrozenSet<string> InnerSubordinators = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["if", "when", "whether", "although", "though", "because", "while", "unless", "since", "after", "before", "once", "until", "even"],
        StringComparer.Ordinal);

    // Words that can open a main clause's subject besides a capitalised word.
    private static readonly System.Collections.Frozen.FrozenSet<string> MainClauseSubjects = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["he", "she", "it", "they", "we", "i", "you", "there", "the", "his", "her", "their", "its", "this", "these", "those", "many",
         "some", "most"], StringComparer.Ordinal);

    // Words that end the search for the main clause's verb: a coordinated or relative phrase of the subject ("the party leaders
    // and elected officials who ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> SubjectStops = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["and", "or", "but", "who", "which", "that", "whose", "whom"], StringComparer.Ordinal);

    // Verbs of saying whose presence in the main clause makes it a report of its own (PolNeAR's content there is another
    // attribution's, which ours may overlap).
    private static readonly System.Collections.Frozen.FrozenSet<string> MainClauseSaying = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["said", "says", "say", "told", "tells", "reported", "according", "added", "wrote", "argued", "noted", "asked"],
        StringComparer.Ordinal);

    /// <summary>
    /// The attributions with <see cref="LeadingClauseComma"/> applied: each indirect or mixed content in one piece after its cue,
    /// inside an adverbial clause that opens the sentence, ends before the main clause. On PolNeAR train (simulated on main's
    /// output): 16 spans made exact, none unmade, no match lost (docs/quotes.md, "exact57").
    /// </summary>
    public static List<Attribution> EndAtLeadingClauseComma(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (LeadingClauseComma(doc, a, attributions) is { } end && end > a.Content.Start)
            {
                var content = new Span(a.Content.Start, end);
                attributions[i] = a with { Content = content, Parts = [content] };
            }
        }

        return attributions;
    }

    /// <summary>
    /// Where the content of <paramref name="a"/> (indirect or mixed, in one piece, after its cue) ends when its cue stands in an
    /// adverbial clause that opens the sentence (<see cref="LeadingSubordinators"/> among the sentence's first four words, no comma
    /// between it and the cue: "But when Okafor said ...") and the content runs on over the comma that closes that clause into the
    /// main clause: the start of the first comma outside quotation marks in the content, with a space after it, three words or
    /// more before it, when what follows reads as a main clause (a subject pronoun, a determiner or a capitalised word, not a
    /// quotation mark, and a finite verb within six words before any "and", "who", "that" or comma). Left whole: a content whose
    /// words before the comma open an adverbial clause of their own (<see cref="InnerSubordinators"/> among its first three words:
    /// "that even if ..., he would ...") or a passive's agent ("by ..."), that holds a sentence's end before the comma, a list of
    /// names ("El Salvador, Guatemala"), and a main clause with a verb of saying or another attribution's cue (a report of its own,
    /// whose content PolNeAR annotates). Null when it does not apply.
    /// </summary>
    internal static int? LeadingClauseComma(TokenizedDocument doc, Attribution a, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        if (ReportedAfterCue(a) is not { } cue)
        {
            return null;
        }

        var t = doc.Tokens;
        var cueFirst = doc.IndexAtOrAfter(cue.Start);
        var first = doc.IndexAtOrAfter(a.Content.Start);
        if (cueFirst >= t.Count || first >= t.Count || !OpensWithSubordinateClause(doc, cueFirst))
        {
            return null;
        }

        // The first comma outside quotation marks, followed by a space, in the content's sentence.
        var comma = -1;
        var words = 0;
        for (var j = first; j + 1 < t.Count && t[j + 1].Span.End <= a.Content.End; j++)
        {
            if (t[j].IsWord)
            {
                words++;
            }
            else if (t[j].Value == "," && !doc.Quoted[j] && t[j + 1].Span.Start > t[j].Span.End)
            {
                comma = j;
                break;
            }
        }

        if (comma < 0 || words < 3 || doc.SentenceOf[comma] != doc.SentenceOf[first] || !InnerClauseFree(t, first, comma))
        {
            return null;
        }

        return ReadsAsMainClause(doc, a, comma, attributions) ? t[comma].Span.Start : null;
    }

    // Whether a subordinator stands among the first four words of the sentence of the cue at token `cueFirst`, with no comma
    // between it and the cue (the adverbial clause is still open at the cue).
    private static bool OpensWithSubordinateClause(TokenizedDocument doc, int cueFirst)
    {
        var t = doc.Tokens;
        var words = 0;
        for (var k = doc.SentenceStartToken(cueFirst); k < cueFirst && words < 4; k++)
        {
            if (!t[k].IsWord)
            {
                continue;
            }

            words++;
            if (LeadingSubordinators.Contains(t[k].Lower))
            {
                for (var m = k + 1; m < cueFirst; m++)
                {
                    if (t[m].Value == ",")
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    // Whether the content's words before the comma open no adverbial clause or phrase of their own: the first is not "even" or "by"
    // and neither the second nor the third is a subordinator.
    private static bool InnerClauseFree(List<Token> t, int first, int comma)
    {
        var words = 0;
        for (var k = first; k < comma && words < 3; k++)
        {
            if (!t[k].IsWord)
            {
                continue;
            }

            var w = t[k].Lower;
            if (words == 0 ? w is "even" or "by" : InnerSubordinators.Contains(w))
            {
                return false;
            }

            words++;
        }

        return true;
    }

    // Whether the content's words after the comma at token `comma` read as the sentence's main clause, with no report of its own.
    private static bool ReadsAsMainClause(TokenizedDocument doc, Attribution a, int comma, List<Attribution> attributions)
    {
        var t = doc.Tokens;
        var subject = comma + 1;
        if (subject + 1 >= t.Count || !t[subject].IsWord || t[subject + 1].Span.End > a.Content.End)
        {
            return false;
        }

        var before = comma - 1;
        if (t[subject].IsCapitalized ? t[subject].Lower is "and" or "or" or "but" || t[before].IsCapitalized
            : !MainClauseSubjects.Contains(t[subject].Lower))
        {
            return false;
        }

        var verb = false;
        for (int k = subject + 1, words = 0; k < t.Count && words < 6 && t[k].Span.End <= a.Content.End; k++)
        {
            if (t[k].Value == "," || SubjectStops.Contains(t[k].Lower))
            {
                break;
            }

            if (!t[k].IsWord)
            {
                continue;
            }

            words++;
            var w = t[k].Lower;
            if (ClauseAuxiliaries.Contains(w) || IrregularPast.Contains(w) || w is "leads" or "tells" || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal))
            {
                verb = true;
                break;
            }
        }

        if (!verb)
        {
            return false;
        }

        for (var k = subject; k < t.Count && t[k].Span.End <= a.Content.End; k++)
        {
            if (t[k].IsWord && MainClauseSaying.Contains(t[k].Lower))
            {
                return false;
            }
        }

        var from = t[comma].Span.End;
        foreach (var b in attributions)
        {
            if (b.Cue is { } c && c.Start > from && c.Start < a.Content.End)
            {
                return false;
            }
        }

        return true;
    }
}
