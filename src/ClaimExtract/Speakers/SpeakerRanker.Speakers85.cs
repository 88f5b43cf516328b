using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers85 (see docs/quotes.md, "speakers85").</summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// No speaker that begins with its own cue: a speaker span that opens at (or inside) the cue and reaches at least to the cue's end
    /// is the cue word read as a name (a capitalised headline verb or noun: "Ana Ruiz Says We Need ...", "Recall Tad Hale ...").
    /// It gives way to the candidate ending right before the cue (over adverbs: "Ana Ruiz Just Announced"), in the cue's sentence
    /// and outside quotation marks; with none, to no speaker. On train gold's source lies outside that span for 8 of the 9 matched
    /// statements of this shape (docs/quotes.md, "speakers85"); a speaker that ends before the cue, or lies inside it, stays.
    /// </summary>
    internal static Attribution NoSpeakerAtItsOwnCue(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue || speaker.Start < cue.Start || speaker.Start >= cue.End
            || speaker.End < cue.End)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var (cueFirst, _) = context.CueTokens(cue);
        if (cueFirst <= 0 || cueFirst >= t.Count)
        {
            return chosen.WithSpeaker(null);
        }

        var sentence = doc.SentenceOf[cueFirst];
        var last = cueFirst - 1;
        while (last > 0 && cueFirst - last <= 2 && (traits.Has(last, TokenTraits.Adverb) || IsLyAdverb(t[last].Value))
               && doc.SentenceOf[last] == sentence)
        {
            last--;
        }

        var found = WidestCandidateEndingIn(context, sentence, last, last);

        return found is { } f
            ? chosen.WithSpeaker(f.Span)
            : chosen.WithSpeaker(null);
    }
}
