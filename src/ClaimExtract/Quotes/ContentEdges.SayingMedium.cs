using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch start55 (docs/quotes.md, "start55"): when the cue is a verb of saying with the preposition of its
/// medium or addressee ("said in", "insisted at", "joked to") and the content right after it holds that medium or addressee
/// before a "that" clause, the content starts at "that" ("said in [an interview Friday that] she ..." becomes "said in an
/// interview Friday [that she ...]": <see cref="StartAtThatAfterSayingMedium"/>).
/// </summary>
internal static partial class ContentEdges
{
    private static readonly System.Collections.Frozen.FrozenSet<string> MediumPrepositions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["in", "on", "at", "to", "with"], StringComparer.Ordinal);

    // Words after "that" that make it a relative pronoun or a determiner ("the poll that shows", "that same day").
    private static readonly System.Collections.Frozen.FrozenSet<string> RelativeThatNext = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["same", "is", "was", "are", "were", "could", "would", "will", "can", "may", "might", "should", "has", "have", "had", "does",
         "did", "do", "seems", "appears", "shows", "kind", "sort", "way", "point", "time", "day", "year", "week", "month", "one",
         "ones", "category", "much", "far", "many", "s"], StringComparer.Ordinal);

    private static readonly string[] SayingStems =
        ["insist", "predict", "proclaim", "announc", "acknowledg", "jok", "reiterat", "agree", "email", "e-mail", "admit", "argu",
         "stat", "writ", "not", "complain", "suggest", "claim", "explain", "declar", "assert", "maintain", "warn", "conced", "confirm",
         "repeat", "reveal", "testif", "speculat", "boast", "brag", "vow", "promis", "pledg", "recall", "report", "indicat", "contend",
         "mus", "remark", "observ", "assur", "signal", "hint"];

    private static readonly System.Collections.Frozen.FrozenSet<string> SayingWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["said", "says", "say", "saying", "told", "tells", "tell", "telling", "wrote", "added", "adds", "add", "adding", "concluded",
         "responded", "replied", "confided"], StringComparer.Ordinal);

    private static bool IsSayingWord(string lower) =>
        SayingWords.Contains(lower) || SayingStems.Any(s => lower.StartsWith(s, StringComparison.Ordinal));

    /// <summary>
    /// The attributions with <see cref="SayingMediumStart"/> applied. On PolNeAR train (simulated on main's output): 26
    /// statements moved, 16 spans made exact, none unmade, no match lost (docs/quotes.md, "start55").
    /// </summary>
    public static List<Attribution> StartAtThatAfterSayingMedium(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (SayingMediumStart(doc, a) is { } start && start < a.Content.End)
            {
                var content = new Span(start, a.Content.End);
                attributions[i] = a with { Content = content, Parts = [content] };
            }
        }

        return attributions;
    }

    /// <summary>
    /// Where the content of <paramref name="a"/> (indirect or mixed, in one piece, right after its cue) starts when the cue
    /// ends with a verb of saying and "in", "on", "at", "to" or "with" ("agree" only with "with"), the content does not open
    /// with "that", and its first "that" comes before any quotation mark but a title's in the medium (<see
    /// cref="QuotedTitle.EndInAddresseeOrMedium"/>: "said on Fox’s “Sunday Morning Futures” that", "said on “Morning Desk” that"), is not followed by an auxiliary, "same" or a
    /// time noun (a relative "that"), and has at least 15 characters of content after it. The start of that "that". Null
    /// when it does not apply.
    /// </summary>
    internal static int? SayingMediumStart(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (!TokensRightAfterCue(doc, a, out var cueLast, out var first) || cueLast < 1)
        {
            return null;
        }

        var t = doc.Tokens;
        var prep = t[cueLast].Lower;
        var verb = t[cueLast - 1];
        if (!MediumPrepositions.Contains(prep) || !verb.IsWord || verb.Span.Start < a.Cue!.Value.Start || !IsSayingWord(verb.Lower)
            || verb.Lower.StartsWith("agree", StringComparison.Ordinal) && prep != "with" || t[first].Lower == "that")
        {
            return null;
        }

        for (var j = first + 1; j + 1 < t.Count && t[j + 1].Span.End <= a.Content.End; j++)
        {
            if (!t[j].IsWord)
            {
                // A title is the medium's name, passed over ("said on Fox’s “Sunday Morning Futures” that", "said on “Morning Desk” that").
                if (QuotedTitle.EndInAddresseeOrMedium(doc.Document.Text, t[j].Span.Start) is { } titleEnd)
                {
                    while (j + 1 < t.Count && t[j + 1].Span.Start < titleEnd)
                    {
                        j++;
                    }

                    continue;
                }

                if (IsQuotationMark(t[j].Value))
                {
                    return null;
                }

                continue;
            }

            if (t[j].Lower != "that")
            {
                continue;
            }

            return RelativeThatNext.Contains(t[j + 1].Lower) || a.Content.End - t[j].Span.Start < 15 ? null : t[j].Span.Start;
        }

        return null;
    }

    private static bool IsQuotationMark(string v) => v is "\"" or "'" or "''" or "`" or "``" or "\u201c" or "\u201d" or "\u2018" or "\u2019";
}
