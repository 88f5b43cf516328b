using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A reported content that runs on over a second report joined to it: "[most voters said [they fear the levy], and one in five said
/// [it is fair]]", "[they were worried]; [most said they would vote]". The second clause has its own subject and saying verb
/// ("said", "say", "says"); PolNeAR annotates it as an attribution of its own, and the first content ends before the joiner. The
/// first statement's content is cut before the joiner ("while", "but", a semicolon, or "and" after a comma), and the second clause becomes a
/// statement (cue, the subject as speaker, the rest of the first content as its content) unless one already holds that cue. A
/// non-restrictive relative clause with its own report (", who announced ...", ", which he declared ...") is split out the same way
/// (<see cref="RelativeReport"/>; docs/quotes.md, "recall65").
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
        var splits = new ContentSplits(attributions);
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
                if (RelativeReport(doc, first, k, a.Content.End) is { } relative)
                {
                    var comma = relative.Word - 1;
                    var speaker = t[relative.Word].Lower == "who" ? t[relative.Word].Span : new Span(t[relative.Word + 1].Span.Start, t[relative.SubjectEnd].Span.End);
                    var start = t[relative.Word].Lower == "who" ? doc.IndexAtOrAfter(t[k].Span.End) : relative.Word;
                    if (start < t.Count && (t[start].IsWord || doc.Quoted[start]) && Cut(doc, attributions, i, first, comma, k, start, speaker, ref splits))
                    {
                        break;
                    }

                    continue;
                }

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

                var rest = doc.IndexAtOrAfter(t[k].Span.End);
                if (rest >= t.Count || !t[rest].IsWord && !doc.Quoted[rest]
                    || !Cut(doc, attributions, i, first, joiner, k, rest, new Span(t[joiner + 1].Span.Start, t[k - 1].Span.End), ref splits))
                {
                    continue;
                }

                break;
            }
        }

        return splits.Result();
    }

    // Cuts the content of attributions[i] (from token `first`) before token `joiner`, and adds the second report (cue token `k`,
    // its content from token `start` to the first content's end, `speaker`) unless a statement already holds that cue. False when
    // no word of the first content is left before the joiner.
    private static bool Cut(TokenizedDocument doc, List<Attribution> attributions, int i, int first, int joiner, int k, int start, Span speaker,
        ref ContentSplits splits)
    {
        var t = doc.Tokens;
        var a = attributions[i];
        var end = joiner - 1;
        while (end > first && !t[end].IsWord && !doc.Quoted[end])
        {
            end--;
        }

        if (end <= first)
        {
            return false;
        }

        var cueSpan = t[k].Span;
        splits.Cut(i, new Span(a.Content.Start, t[end].Span.End), attributions.Any(x => x.Cue is { } c && c.Overlaps(cueSpan))
            ? null
            : new Attribution(new Span(t[start].Span.Start, a.Content.End), QuoteType.Indirect, cueSpan, t[k].Lower, speaker, null));

        return true;
    }

    /// <summary>The most words between a relative clause's subject (or "who") and its cue ("who has also said", "which he has long argued").</summary>
    public const int MaximumWordsBeforeRelativeCue = 3;

    /// <summary>
    /// A non-restrictive relative clause with a report of its own at token <paramref name="k"/> of a content starting at token
    /// <paramref name="first"/>: ", who [adverbs] CUE" (the relative word the speaker) or ", which SUBJECT [adverbs] CUE" (a subject
    /// pronoun or one to three capitalised words the speaker; the content starts at "which"), the cue a finite form of
    /// <see cref="Lexicon.CueVerbs"/> (no -ing form) outside quotation marks in the content's sentence. docs/quotes.md, "recall65".
    /// </summary>
    private static (int Word, int SubjectEnd)? RelativeReport(TokenizedDocument doc, int first, int k, int end)
    {
        var t = doc.Tokens;
        var cue = t[k].Lower;
        if (doc.Quoted[k] || doc.SentenceOf[k] != doc.SentenceOf[first] || !Lexicon.CueVerbs.ContainsKey(cue)
            || cue.EndsWith("ing", StringComparison.Ordinal))
        {
            return null;
        }

        // A form of "be" before the cue makes the relative clause passive ("who was charged", "which is said"): no report of its subject.
        var j = k - 1;
        while (j > first && k - 1 - j < MaximumWordsBeforeRelativeCue && !ContentEdges.BeForms.Contains(t[j].Lower)
            && (Lexicon.Adverbs.Contains(t[j].Lower) || Lexicon.EndsLikeAnAdverb(t[j].Lower)))
        {
            j--;
        }

        // The relative clause runs to the content's end without a comma, colon or semicolon outside quotation marks: one that does
        // not ("Ana, who asked for it, is ...") lies inside the first content, which goes on after it.
        for (var x = k + 1; x < t.Count && t[x].Span.End <= end; x++)
        {
            if (t[x].Value is "," or ":" or ";" && !doc.Quoted[x])
            {
                return null;
            }
        }

        if (t[j].Lower == "who")
        {
            return j - 2 > first && t[j - 1].Value == "," && !doc.Quoted[j] ? (j, j) : null;
        }

        var subjectEnd = j;
        if (Lexicon.PersonPronouns.Contains(t[j].Lower))
        {
            j--;
        }
        else
        {
            while (j > first && subjectEnd - j < 3 && t[j].IsWord && char.IsUpper(t[j].Value[0]))
            {
                j--;
            }
        }

        return j < subjectEnd && t[j].Lower == "which" && j - 2 > first && t[j - 1].Value == "," && !doc.Quoted[j] ? (j, subjectEnd) : null;
    }
}
