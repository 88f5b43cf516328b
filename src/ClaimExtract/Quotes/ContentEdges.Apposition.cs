using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch exact53 (docs/quotes.md, "exact53"): content after its cue ends before an indefinite apposition
/// that sums up the clause before it and runs to the content's end ("Okafor said [the new levy was unfair], a swipe at the
/// harbour board": <see cref="EndBeforeSummaryApposition"/>). PolNeAR leaves such a comment on the content out of it.
/// </summary>
internal static partial class ContentEdges
{
    /// <summary>
    /// The attributions with <see cref="SummaryApposition"/> applied: each indirect or mixed content in one piece after its cue
    /// that ends with a summing-up apposition ends before the apposition's comma. On PolNeAR train (simulated on main's output):
    /// 17 spans made exact, 5 unmade, no match lost (docs/quotes.md, "exact53").
    /// </summary>
    public static List<Attribution> EndBeforeSummaryApposition(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (SummaryApposition(doc, a) is { } end && end > a.Content.Start)
            {
                var content = new Span(a.Content.Start, end);
                attributions[i] = a with { Content = content, Parts = [content] };
            }
        }

        return attributions;
    }

    /// <summary>
    /// Where the content of <paramref name="a"/> (indirect or mixed, in one piece, after its cue) ends when its first comma outside
    /// quotation marks opens an apposition with "a" or "an" that runs to the content's end, after words that read as a clause
    /// (<see cref="IsClause"/>): the start of that comma. The comma
    /// must follow a word inside the content and have a space after it (a number's comma is not one). Left whole: a first comma
    /// within four words of a content that opens with "that", "whether" or "if", or right after one of them (an adverbial clause
    /// inside the complement, as <see cref="CommaBeforeReport"/> reads it); a word before the comma that is capitalised (a name,
    /// whose apposition describes it: "Ruiz, a geologist at the institute") or a noun of a person or a group
    /// (<see cref="Lexicon.PersonNouns"/>, <see cref="Lexicon.GroupNouns"/>: "her daughter, a student at the college"); an
    /// apposition with a comma of its own (the content runs on after it: "the mayor's plan, a costly one, to rebuild the pier");
    /// an apposition with a closing quotation mark that opened before the comma.
    /// Null when it does not apply.
    /// </summary>
    internal static int? SummaryApposition(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (FirstContentComma(doc, a) is not { } j)
        {
            return null;
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        return t[j + 1].Lower is "a" or "an" && IsClause(t, first, j) && CommentRunsToTheEnd(doc, a, j, namesTooFirst: false) ? t[j].Span.Start : null;
    }

    /// <summary>
    /// The token index of the first comma outside quotation marks in the content of <paramref name="a"/> (indirect or mixed, in
    /// one piece, after its cue), the comma that <see cref="SummaryApposition"/> and <see cref="ClauseComment"/> read. The comma
    /// must follow a word inside the content and have a space after it (a number's comma is not one). Null when there is none,
    /// or when it lies within four words of a content that opens with "that", "whether" or "if", or right after one of them
    /// (an adverbial clause inside the complement, as <see cref="CommaBeforeReport"/> reads it: the rules give up there rather
    /// than pass it over).
    /// </summary>
    private static int? FirstContentComma(TokenizedDocument doc, Attribution a)
    {
        if (ReportedAfterCue(a) is null)
        {
            return null;
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        var firstWord = first < t.Count && t[first].IsWord ? t[first].Lower : "";
        var words = 0;
        for (var j = first; j + 1 < t.Count && t[j + 1].Span.End <= a.Content.End; j++)
        {
            if (t[j].IsWord)
            {
                words++;
                continue;
            }

            if (t[j].Value != "," || doc.Quoted[j] || words == 0 || j == first || t[j + 1].Span.Start == t[j].Span.End)
            {
                continue;
            }

            // The first comma decides: a summing-up apposition is the content's last piece, and a comma in a complement's first
            // words parts off an adverbial clause whose main clause may open with "a" ("that, even if ..., a recount could ...").
            return CommaComplementOpeners.Contains(t[j - 1].Lower) || CommaComplementOpeners.Contains(firstWord) && words <= 4 ? null : j;
        }

        return null;
    }

    // Finite auxiliaries and modals, with their contracted negatives, that mark the words before the comma as a clause.
    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseAuxiliaries = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "did",
         "does", "do", "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", "couldn't",
         "shouldn't", "didn't", "doesn't", "don't", "isn\u2019t", "wasn\u2019t", "aren\u2019t", "weren\u2019t", "hasn\u2019t", "haven\u2019t",
         "hadn\u2019t", "won\u2019t", "wouldn\u2019t", "can\u2019t", "couldn\u2019t", "shouldn\u2019t", "didn\u2019t", "doesn\u2019t", "don\u2019t"],
        StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> SubjectPronouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["he", "she", "they", "it", "we", "i", "you"], StringComparer.Ordinal);

    // Whether the content's words from token `first` to the comma at token `comma` read as a clause (a "that" complement, a
    // finite auxiliary or modal, or a subject pronoun in the first three words: "[they expect lower fares], a ..."), whose
    // apposition sums it up, rather than a noun phrase, whose apposition as often describes it and stays in PolNeAR's content
    // ("the backing of Ben Vale, a former head of ..."): on train the noun phrases give 10 spans made, 2 unmade and one
    // match lost; the clauses 17 made, 5 unmade, none lost (docs/quotes.md, "exact53").
    private static bool IsClause(List<Token> t, int first, int comma)
    {
        var words = 0;
        for (var k = first; k < comma; k++)
        {
            if (!t[k].IsWord)
            {
                continue;
            }

            var w = t[k].Lower;
            if (words == 0 && w == "that" || ClauseAuxiliaries.Contains(w) || words < 3 && SubjectPronouns.Contains(w))
            {
                return true;
            }

            words++;
        }

        return false;
    }

    // Whether the comment after the comma at token `comma` follows a word that names no person or group (nor, unless
    // `namesTooFirst`, any capitalised word), and runs to the content's end without a comma or a closing quotation mark of a
    // quotation opened before it.
    private static bool CommentRunsToTheEnd(TokenizedDocument doc, Attribution a, int comma, bool namesTooFirst)
    {
        var t = doc.Tokens;
        var before = comma - 1;
        while (before >= 0 && !t[before].IsWord)
        {
            before--;
        }

        if (before < 0 || t[before].Span.Start < a.Content.Start || t[before].IsCapitalized && !namesTooFirst
            || Lexicon.PersonNouns.Contains(t[before].Lower) || Lexicon.GroupNouns.Contains(t[before].Lower))
        {
            return false;
        }

        int opening = 0, closing = 0, straight = 0;
        for (var k = comma + 1; k < t.Count && t[k].Span.End <= a.Content.End; k++)
        {
            switch (t[k].Value)
            {
                case ",":
                    return false;
                case "\u201c":
                    opening++;
                    break;
                case "\u201d":
                    closing++;
                    break;
                case "\"":
                    straight++;
                    break;
            }
        }

        return closing <= opening && straight % 2 == 0;
    }
}
