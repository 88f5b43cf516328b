using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// Criticism told by a light verb and a noun with a preposition, in a stretch no statement holds: "Ana Ruiz [took issue with] [the
/// levy]", "he [took aim at] [the mayor]", "she [took a swipe at] [the council]", "Ruiz [has made no secret of] [her dislike for the
/// plan]", "Ruiz [has been critical of] [the deal]". PolNeAR annotates these as it annotates "criticized" (the phrase the cue, its
/// object the content; docs/quotes.md, "recall63"); the cue tagger knows the words only one by one. The subject and the object are read
/// as <see cref="EndorsementReport"/> reads them. None inside quotation marks, none where a statement's content or cue touches the
/// words. Runs after <see cref="EndorsementReport"/>.
/// </summary>
internal static class PhraseReport
{
    private static readonly FrozenSet<string> Take = FrozenSet.ToFrozenSet(["take", "takes", "took", "taken", "taking"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Make = FrozenSet.ToFrozenSet(["make", "makes", "made", "making"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(["is", "are", "was", "were", "been", "be"], StringComparer.Ordinal);

    // The nouns of a blow that "take ... at" turns into criticism ("took a swipe at", "took some shots at").
    private static readonly FrozenSet<string> Blows = FrozenSet.ToFrozenSet(
        ["shot", "shots", "swipe", "swipes", "jab", "jabs", "potshot", "potshots", "dig", "digs"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Quantities = FrozenSet.ToFrozenSet(["a", "some", "several", "another", "repeated", "more"], StringComparer.Ordinal);

    private static readonly WordTable.HashFilter FirstWords = new([.. Take, .. Make, .. Copulas]);

    /// <summary>The attributions with a statement added for each criticism phrase found (see the class), in text order.</summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        var firsts = doc.Words.LowerFormsWhere(FirstWords, w => Take.Contains(w) || Make.Contains(w) || Copulas.Contains(w));
        var formOf = doc.Words.FormOf;
        List<Attribution>? added = null;
        for (var k = 1; k + 3 < t.Count; k++)
        {
            if (!firsts[formOf[k]] || t[k].IsCapitalized || Object(doc, k) is not { } first || EndorsementReport.Find(doc, k, first) is not { } found
                || StanceReport.Touches(attributions, found.Touched) || added is not null && StanceReport.Touches(added, found.Touched))
            {
                continue;
            }

            added ??= [];
            var cueText = string.Join(' ', Enumerable.Range(k, first - k).Select(i => t[i].Lower));
            added.Add(new Attribution(found.Content, QuoteType.Indirect, found.Cue, cueText, found.Speaker, null));
        }

        return Attribution.WithAdded(attributions, added);
    }

    /// <summary>The object's first token when token <paramref name="k"/> opens a criticism phrase, else null.</summary>
    private static int? Object(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var w = t[k].Lower;
        var n = t.Count;
        if (Take.Contains(w))
        {
            if (t[k + 1].Lower == "issue" && t[k + 2].Lower == "with" || t[k + 1].Lower == "aim" && t[k + 2].Lower == "at")
            {
                return k + 3;
            }

            var j = k + 1;
            if (Quantities.Contains(t[j].Lower))
            {
                j++;
            }

            if (j + 1 < n && !Blows.Contains(t[j].Lower) && t[j].IsWord && !t[j].IsCapitalized)
            {
                j++; // one modifier: "took a parting shot at"
            }

            return j + 1 < n && j > k + 1 && Blows.Contains(t[j].Lower) && t[j + 1].Lower == "at" ? j + 2 : null;
        }

        if (Make.Contains(w))
        {
            return k + 3 < n && t[k + 1].Lower == "no" && t[k + 2].Lower == "secret" && t[k + 3].Lower == "of" ? k + 4 : null;
        }

        return t[k + 1].Lower == "critical" && t[k + 2].Lower == "of" ? k + 3 : null;
    }
}
