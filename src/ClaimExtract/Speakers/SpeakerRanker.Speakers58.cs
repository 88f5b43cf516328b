using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers58 (see docs/quotes.md, "speakers58").</summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// Two cues in the writer's voice that hold no speaker of their own. A gerund cue right after "means"/"mean" or "worth" ("It means
    /// admitting that", "it's worth pointing out that"): the gerund is a nominal complement, the mention before it is the subject of
    /// "means"/"is", not of the cue. A noun cue with its preposition ("calls for", "questions about") whose chosen speaker is only the
    /// determiner right before it ("These calls for", "few calls for"): the determiner belongs to the noun and names no one. Both give no
    /// speaker. Not for a determiner before a verb cue ("Few believe that", "Those backing"), nor for a gerund after any other word
    /// ("by arguing", "is acknowledging").
    /// </summary>
    internal static Attribution WriterVoiceCue(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue || !context.CueOutsideQuotes(cue, out var cueFirst, out var cueLast)
            || cueFirst <= 0)
        {
            return chosen;
        }

        var doc = context.Traits.Doc;
        var t = doc.Tokens;
        var head = t[cueFirst].Lower;
        var before = t[cueFirst - 1].Lower;
        if (head.Length > 5 && head.EndsWith("ing", StringComparison.Ordinal) && doc.SentenceOf[cueFirst - 1] == doc.SentenceOf[cueFirst]
            && before is "means" or "mean" or "worth")
        {
            return chosen.WithSpeaker(null);
        }

        var (first, last) = context.SpeakerTokens(speaker);
        if (first == last && last + 1 == cueFirst && cueLast == cueFirst + 1 && t[first].Lower is "these" or "those" or "few"
            && head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal)
            && t[cueLast].Lower is "about" or "of" or "for" or "on" or "over")
        {
            return chosen.WithSpeaker(null);
        }

        return chosen;
    }
}
