using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A sentence that opens with the person or the reckoning whose view it gives, in a stretch no statement holds: "[To] [Okafor],
/// [the levy is a tax on renters].", "But [to] [others], [she is a reformer].", "[By] [the Ledger's tally], [Ruiz has 412 delegates]."
/// PolNeAR annotates these with the preposition for the cue, the phrase after it for the source and the rest of the sentence for the
/// content (docs/quotes.md, "recall62"). "To" (the sentence's first word, or after "But" / "And" / "Yet") takes a pronoun of people
/// alone before its comma ("them", "him", "many", "others", "some", "most") or a name of at most <see cref="MaxSourceWords"/> words
/// with a capitalised word that is no sentence word ("To Ms. Gil,", "To Florida consultant Wilson,"), optionally with a ", who ..."
/// clause after it; "By" takes a phrase of at most <see cref="MaxSourceWords"/> words that ends in a noun of reckoning ("tally",
/// "count", "measures", "reckoning", "argument", ...). On train the opening "To" with such a source is annotated 9 times in 10
/// ("To White House officials, ..." the one not); "For" the same way is annotated about once in six, so it is not read; a comma
/// aside (", to them,") is not annotated. None inside quotation marks, none where a statement's content or cue touches the
/// stretch. Runs after <see cref="PollReport"/>.
/// </summary>
internal static class PerspectiveReport
{
    /// <summary>The most word tokens of the source phrase before its comma.</summary>
    public const int MaxSourceWords = 6;

    /// <summary>The fewest words of a content.</summary>
    public const int MinimumWords = 3;

    private static readonly FrozenSet<string> Openers = FrozenSet.ToFrozenSet(["but", "and", "yet"], StringComparer.Ordinal);

    // Pronouns of people that stand alone after "To" ("To many, ...").
    private static readonly FrozenSet<string> People = FrozenSet.ToFrozenSet(["them", "him", "many", "others", "some", "most"], StringComparer.Ordinal);

    // Titles that may open a name though Lexicon.NotNames lists them.
    private static readonly FrozenSet<string> Titles = FrozenSet.ToFrozenSet(["mr.", "mrs.", "ms.", "dr."], StringComparer.Ordinal);

    // Nouns of reckoning that end the phrase after "By" ("By the Ledger's tally", "By some measures", "By her own argument").
    private static readonly FrozenSet<string> Reckonings = FrozenSet.ToFrozenSet(
        ["tally", "count", "estimate", "estimates", "measure", "measures", "reckoning", "argument", "calculation", "calculations", "account"],
        StringComparer.Ordinal);

    /// <summary>The attributions with a statement added for each opening found (see the class), in text order.</summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        List<Attribution>? added = null;
        foreach (var k in TriggerTokens.Of(doc).Tokens(TriggerTokens.Rule.Perspective))
        {
            if (k + 3 >= t.Count || Find(doc, k) is not { } found || StanceReport.Touches(attributions, found.Touched))
            {
                continue;
            }

            added ??= [];
            added.Add(new Attribution(found.Content, doc.Quoted[doc.IndexAtOrAfter(found.Content.Start)] ? QuoteType.Mixed : QuoteType.Indirect,
                t[k].Span, t[k].Lower, found.Speaker, null));
        }

        return Attribution.WithAdded(attributions, added);
    }

    /// <summary>The opening whose "To" or "By" is token <paramref name="k"/>: its source, the content, and the stretch of both; null when the form does not fit.</summary>
    internal static (Span Speaker, Span Content, Span Touched)? Find(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var start = doc.SentenceStartToken(k);
        var end = doc.SentenceEndToken(k);
        var by = t[k].Lower == "by";
        if (doc.Quoted[k] || !(k == start || k - 1 == start && Openers.Contains(t[k - 1].Lower)) || k + 1 >= end || !t[k + 1].IsWord)
        {
            return null;
        }

        var comma = k + 1;
        while (comma < end && t[comma].Value != ",")
        {
            if (!t[comma].IsWord && t[comma].Value is not ("’s" or "'s" or "’" or "'") || comma - k > MaxSourceWords)
            {
                return null;
            }

            comma++;
        }

        if (comma >= end || !(by ? Reckonings.Contains(t[comma - 1].Lower) : Person(t, k + 1, comma)))
        {
            return null;
        }

        var speakerEnd = comma - 1;
        var first = comma + 1;
        if (!by && first < end && t[first].Lower == "who")
        {
            // "To Okafor, who ran the count, the result was clear": the clause describes the source.
            while (first < end && t[first].Value != ",")
            {
                first++;
            }

            speakerEnd = first - 1;
            first++;
        }

        if (first >= end || !t[first].IsWord)
        {
            return null;
        }

        var last = PollReport.LastWord(t, first, end - 1);
        if (last < first || PollReport.Words(t, first, last) < MinimumWords)
        {
            return null;
        }

        var content = new Span(t[first].Span.Start, t[last].Span.End);
        return (new Span(t[k + 1].Span.Start, t[speakerEnd].Span.End), content, new Span(t[k].Span.Start, content.End));
    }

    // Whether the words from first to comma (exclusive) after "To" name people: a pronoun of people alone, or a name.
    private static bool Person(List<Token> t, int first, int comma)
    {
        if (comma - first == 1 && People.Contains(t[first].Lower))
        {
            return true;
        }

        if (!t[first].IsCapitalized || Lexicon.NotNames.Contains(t[first].Value) && !Titles.Contains(t[first].Lower))
        {
            return false;
        }

        for (var i = first; i < comma; i++)
        {
            if (t[i].IsCapitalized && !Lexicon.IsNotNameAt(t, i))
            {
                return true;
            }
        }

        return false;
    }
}
