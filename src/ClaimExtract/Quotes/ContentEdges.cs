using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The last adjustments of reported content to PolNeAR's convention, after the speakers are chosen (so the speaker ranker
/// reads the content it was trained on): a relative clause's content starts at its relative word
/// (<see cref="RelativeClauseContent"/>), and content that ends a parenthesis it did not open ends before it ("(Aides
/// said he wouldn’t make it out of Iowa.)": the content is "he wouldn’t make it out of Iowa").
/// </summary>
internal static class ContentEdges
{
    public static List<Attribution> Apply(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        RelativeClauseContent.Apply(doc, attributions);
        var text = doc.Document.Text;
        for (var i = 0; i < attributions.Count; i++)
        {
            if (EndBeforeParenthesis(text, attributions[i]) is { } end)
            {
                var a = attributions[i];
                var content = new Span(a.Content.Start, end);
                attributions[i] = a with { Content = content, Parts = [content] };
            }
        }

        return attributions;
    }

    /// <summary>Where reported content that ends with a closing parenthesis (and a full stop, "!" or "?" before it) it never opened ends without them; null otherwise.</summary>
    internal static int? EndBeforeParenthesis(string text, Attribution a)
    {
        if (a.Type is not (QuoteType.Indirect or QuoteType.Mixed) || a.Parts.Count != 1)
        {
            return null;
        }

        var end = a.Content.End;
        while (end > a.Content.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= a.Content.Start || text[end - 1] != ')' || text.AsSpan(a.Content.Start, end - a.Content.Start).Contains('('))
        {
            return null;
        }

        end--;
        if (end > a.Content.Start && text[end - 1] is '.' or '!' or '?')
        {
            end--;
        }

        return end - a.Content.Start > 10 ? end : null;
    }
}
