using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// Two cues in a row read as two statements of one report: "the campaign issued [a statement saying [that ...]]", "Ruiz
/// announced [plans [to hand over ...]]", "Hale said [he hopes [members ...]]", "an aide declined [to say [whether ...]]", "Vale
/// called for [denying [entry to ...]]". The rules find an attribution for each cue, the second one's content nested at the end of the
/// first's; a reader reads one report, and PolNeAR annotates one: on train, 160 of the 195 inner attributions dropped here match no
/// gold attribution (the outer one takes the gold of most of the others; train F1 79.07 → 79.32). The inner one is dropped when the
/// outer content opens with its cue: at most <see cref="MaxWordsBeforeCue"/> words ("a statement", "that he") stand before the cue
/// inside the outer content, and the outer cue comes before the outer content (an outer cue inside its content, "[officials said
/// the ferry would run, it appears]", reports nothing of the inner). The outer attribution, whose speaker is the one reported,
/// stays. A direct quotation is never dropped: its words are its speaker's own. Run after the verifier (the learned models are
/// trained on the rules' output without this step, which is unchanged).
/// </summary>
internal static class CueChain
{
    /// <summary>The most words of the outer content before the inner cue: a subject ("he", "the senator") or an article and noun ("a statement"), with "that".</summary>
    public const int MaxWordsBeforeCue = 3;

    /// <summary>The attributions without those nested at the start of another's content (see the class); <paramref name="attributions"/> itself when none is.</summary>
    public static List<Attribution> Apply(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        return AttributionFilter.Without(attributions, i => IsInner(doc, attributions, i));
    }

    /// <summary>Whether attribution <paramref name="index"/> of <paramref name="all"/> (in text order) is the inner one of a chain of cues.</summary>
    public static bool IsInner(TokenizedDocument doc, List<Attribution> all, int index)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(all);
        var a = all[index];
        if (a.Type == QuoteType.Direct || a.Cue is not { } cue || cue.Start >= a.Content.Start)
        {
            return false;
        }

        // The outer attribution's content starts at or before the inner cue; the list is in text order (by content start).
        for (var j = 0; j < all.Count && all[j].Content.Start <= cue.Start; j++)
        {
            var outer = all[j];
            if (outer.Cue is { } outerCue && outerCue.End <= outer.Content.Start
                && outer.Content.Contains(a.Content) && outer.Content.Length > a.Content.Length && outer.Content.Contains(cue)
                && WordsBetween(doc, outer.Content.Start, cue.Start) <= MaxWordsBeforeCue)
            {
                return true;
            }
        }

        return false;
    }

    private static int WordsBetween(TokenizedDocument doc, int start, int end)
    {
        var t = doc.Tokens;
        var words = 0;
        for (var i = doc.IndexAtOrAfter(start); i < t.Count && t[i].Span.Start < end; i++)
        {
            if (t[i].IsWord && ++words > MaxWordsBeforeCue)
            {
                break;
            }
        }

        return words;
    }
}
