using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers72 (see docs/quotes.md, "speakers72").</summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// No speaker from inside a quotation for a cue outside it: a speaker chosen within quotation marks (“The dip you see,” said
    /// an aide; “... like we did,” Ana Ruiz said) while the cue stands outside the statement's content (between or after its quoted parts) gives way to the words beside the cue outside the quotation: those after it up to
    /// the sentence's end or a comma ("said an aide."), or, for a cue the sentence's end or a comma follows, those between the closing
    /// quotation mark (and its comma) and the cue ("Ortega said."); at most eight words, else the choice stays.
    /// </summary>
    internal static Attribution SpeakerOutsideTheQuotation(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue || !InAPart(chosen, speaker.Start) || AnyPartOverlaps(chosen, cue))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var (cueFirst, cueLast) = context.CueTokens(cue);
        var (first, _) = context.SpeakerTokens(speaker);
        if (first >= doc.Tokens.Count || !doc.Quoted[first] || cueLast < cueFirst || cueLast >= doc.Tokens.Count)
        {
            return chosen;
        }

        var t = doc.Tokens;
        var sentence = doc.SentenceOf[cueLast];
        Span? replacement = null;
        if (cueLast + 1 < t.Count && !doc.Quoted[cueLast + 1] && !IsQuoteMark(t[cueLast + 1].Value) && !traits.Has(cueLast + 1, TokenTraits.Preposition | TokenTraits.By))
        {
            // The words after the cue up to the end of its sentence, a comma or a quotation mark ("said a person close to the mayor.").
            var k = cueLast + 1;
            while (k < t.Count && k - cueLast <= MaxBesideTheCue && doc.SentenceOf[k] == sentence && !traits.Has(k, TokenTraits.Comma) && !IsQuoteMark(t[k].Value)
                   && t[k].Value != ".")
            {
                k++;
            }

            replacement = k > cueLast + 1 && k - cueLast <= MaxBesideTheCue && (k >= t.Count || doc.SentenceOf[k] != sentence || t[k].Value is "." or ",")
                ? new Span(t[cueLast + 1].Span.Start, t[k - 1].Span.End) : null;
        }
        else if (cueFirst > 0 && cueLast + 1 < t.Count && t[cueLast + 1].Value is "." or ",")
        {
            // The words between the closing quotation mark (and its comma) and the cue ("...,” Ana Ruiz said.").
            var k = cueFirst - 1;
            while (k >= 0 && cueFirst - k <= MaxBesideTheCue && !doc.Quoted[k] && !IsQuoteMark(t[k].Value) && !traits.Has(k, TokenTraits.Comma) && doc.SentenceOf[k] == sentence)
            {
                k--;
            }

            replacement = k >= 0 && k < cueFirst - 1 && IsQuoteMark(t[k].Value) || k >= 1 && k < cueFirst - 1 && traits.Has(k, TokenTraits.Comma) && IsQuoteMark(t[k - 1].Value)
                ? new Span(t[k + 1].Span.Start, t[cueFirst - 1].Span.End) : null;
        }

        return replacement is { } s && !s.Overlaps(speaker) ? chosen.WithSpeaker(BeforeCue(doc.Document.Text, s, chosen.Cue)) : chosen;
    }

    // Words of a speaker written beside a cue between quoted parts.
    private const int MaxBesideTheCue = 8;

    private static bool IsQuoteMark(string value) => value is "“" or "”" or "\"" or "‘" or "’" or "''" or "``";

    // Loops over the parts by index, not Any with a lambda: the lambda's captured cue cost every call an allocation (even one that returned
    // at once), and so did the enumerator and the one-part list that Parts makes for a content in one piece.
    private static bool InAPart(Attribution a, int position)
    {
        for (var i = 0; i < a.PartCount; i++)
        {
            var p = a.PartCount == 1 ? a.FirstPart : a.Parts[i];
            if (p.Start <= position && position < p.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyPartOverlaps(Attribution a, Span span)
    {
        for (var i = 0; i < a.PartCount; i++)
        {
            if ((a.PartCount == 1 ? a.FirstPart : a.Parts[i]).Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }
}

