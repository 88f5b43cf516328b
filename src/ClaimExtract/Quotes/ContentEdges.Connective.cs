using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch content37 (docs/quotes.md, "content37"): a connective and its comma that open the content of an
/// "according to" attribution are not content ("However, [the pier will close in May], according to the harbour board.":
/// <see cref="StartAfterConnective"/>).
/// </summary>
internal static partial class ContentEdges
{
    // Connectives that tie a sentence to the one before it (not a time or place that sets its scene, which PolNeAR keeps in the
    // content: "In 2014, ...", "Now, ...", "All told, ..."), each as its lower-case words.
    private static readonly string[][] Connectives =
        [.. new[]
        {
            "however", "still", "meanwhile", "in fact", "even so", "nevertheless", "nonetheless", "moreover", "furthermore", "indeed",
            "instead", "in addition", "additionally", "besides", "therefore", "thus", "consequently", "as a result", "in contrast",
            "by contrast", "on the other hand", "likewise", "similarly", "of course", "after all", "in turn", "in short",
            "in other words", "regardless", "otherwise", "incidentally", "in any case", "at the same time", "then again", "that said",
            "even then", "as such", "in particular", "notably", "overall", "ultimately", "finally",
        }.Select(c => c.Split(' '))];

    /// <summary>
    /// Where the content of an "according to" attribution starts when it opens with a connective (<see cref="Connectives"/>), its
    /// first word capitalised, and a comma: after the comma ("Meanwhile, [her ratings have fallen], according to the poll."). The
    /// content is indirect or mixed, in one piece, and does not start inside a quotation; a word must follow the comma inside the
    /// content and not be the cue's "according" itself. Only "according to": for the cues of saying, PolNeAR keeps the connective
    /// of a parenthetical cue ("Instead, Okafor said, ..."). On PolNeAR train, 4 spans made exact, 0 unmade, no match lost; for
    /// every cue 9 made, 13 unmade (docs/quotes.md, "content37"). Null when it does not apply.
    /// </summary>
    internal static int? StartAfterConnective(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (a.Type is not (QuoteType.Indirect or QuoteType.Mixed) || a.PartCount != 1 || a.Cue is not { } cue)
        {
            return null;
        }

        var t = doc.Tokens;
        var c = doc.IndexAtOrAfter(cue.Start);
        var first = doc.IndexAtOrAfter(a.Content.Start);
        if (c >= t.Count || t[c].Lower != "according" || first >= t.Count || t[first].Span.Start != a.Content.Start
            || doc.Quoted[first] || !char.IsUpper(t[first].Value[0]))
        {
            return null;
        }

        foreach (var words in Connectives)
        {
            var comma = first + words.Length;
            if (comma + 1 >= t.Count || t[comma].Value != "," || t[comma + 1].Span.Start >= a.Content.End || t[comma + 1].Lower == "according")
            {
                continue;
            }

            var k = 0;
            while (k < words.Length && t[first + k].Lower == words[k])
            {
                k++;
            }

            if (k == words.Length)
            {
                return t[comma + 1].Span.Start;
            }
        }

        return null;
    }
}
