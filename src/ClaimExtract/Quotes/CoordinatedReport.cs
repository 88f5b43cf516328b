using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A reported content that runs on over a second report joined to it: "[most voters said [they fear the levy], and one in five said
/// [it is fair]]", "[they were worried]; [most said they would vote]". The second clause has its own subject and saying verb
/// ("said", "say", "says"); PolNeAR annotates it as an attribution of its own, and the first content ends before the joiner. The
/// first statement's content is cut before the joiner ("while", "but", a semicolon, or "and" after a comma), and the second clause becomes a
/// statement (cue, the subject as speaker, the rest of the first content as its content) unless one already holds that cue.
/// docs/quotes.md, "recall60". Run last, on the final attributions: no learned model reads its output.
/// </summary>
internal static class CoordinatedReport
{
    /// <summary>The most tokens of the second clause's subject ("more than 4 in 10", "43 percent of the voters").</summary>
    public const int MaximumSubjectTokens = 8;

    private static readonly System.Collections.Frozen.FrozenSet<string> Cues = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["said", "say", "says"], StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> Joiners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["and", "while", "but", ";"], StringComparer.Ordinal);

    // Words before the verb that make it no finite report of a subject ("to say", "did not say", "would say").
    private static readonly System.Collections.Frozen.FrozenSet<string> NotFinite = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["to", "not", "never", "did", "do", "does", "would", "will", "could", "can", "should", "may", "might", "must"], StringComparer.Ordinal);

    /// <summary>The attributions with each second report split out of the content before it (see the class); the list itself when none is.</summary>
    public static List<Attribution> Split(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        List<Attribution>? result = null;
        List<Attribution>? added = null;
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.Type != QuoteType.Indirect || a.PartCount != 1 || a.Cue is not { } cue || cue.End > a.Content.Start)
            {
                continue;
            }

            var first = doc.IndexAtOrAfter(a.Content.Start);
            for (var k = first + 4; k < t.Count && t[k].Span.End < a.Content.End; k++)
            {
                if (!Cues.Contains(t[k].Lower) || doc.Quoted[k] || doc.SentenceOf[k] != doc.SentenceOf[first] || NotFinite.Contains(t[k - 1].Lower))
                {
                    continue;
                }

                // The joiner before the subject: at most MaximumSubjectTokens words, none of them punctuation or quoted.
                var joiner = k - 1;
                while (joiner > first && k - joiner <= MaximumSubjectTokens + 1 && !Joiners.Contains(t[joiner].Lower)
                    && !doc.Quoted[joiner] && (t[joiner].IsWord || t[joiner].Value is "%"))
                {
                    joiner--;
                }

                // "and" joins clauses after a comma only ("Trump and Lewandowski said" is one subject).
                if (joiner <= first + 1 || joiner == k - 1 || !Joiners.Contains(t[joiner].Lower) || doc.Quoted[joiner]
                    || t[joiner].Lower == "and" && t[joiner - 1].Value != ",")
                {
                    continue;
                }

                var end = joiner - 1;
                while (end > first && !t[end].IsWord && !doc.Quoted[end])
                {
                    end--;
                }

                var rest = doc.IndexAtOrAfter(t[k].Span.End);
                if (end <= first || rest >= t.Count || !t[rest].IsWord && !doc.Quoted[rest])
                {
                    continue;
                }

                result ??= [.. attributions];
                var kept = new Span(a.Content.Start, t[end].Span.End);
                result[i] = a with { Content = kept, Parts = [kept] };
                var cueSpan = t[k].Span;
                if (!attributions.Any(x => x.Cue is { } c && c.Overlaps(cueSpan)))
                {
                    added ??= [];
                    added.Add(new Attribution(new Span(t[rest].Span.Start, a.Content.End), QuoteType.Indirect, cueSpan, t[k].Lower,
                        new Span(t[joiner + 1].Span.Start, t[k - 1].Span.End), null));
                }

                break;
            }
        }

        return result is null ? attributions : Attribution.WithAdded(result, added);
    }
}
