using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// "According to SOURCE" that the rules' form did not parse (a source with a parenthesis, "the Centre for Disease Control (CDC) in
/// the US", or a long one, "early results of exit polls conducted for the Associated Press and television networks", or the phrase in
/// the middle of its sentence, "He had, according to Alex Horton of the Washington Post, killed ..."), which the cue tagger then reads
/// as the cue "according" with the content "to SOURCE, ...": a speaker chosen from elsewhere in the sentence ("That’s", "it",
/// "DON'T MISS") and the source inside the content. Rewritten as PolNeAR writes the form: the cue "according to", the source what
/// follows "to" up to the next comma of the sentence, and the content the rest of the sentence: after the comma when the phrase opens
/// the sentence, the whole sentence around the phrase when it stands inside it ("His criticism, according to an interview, is that
/// ..."), and the words before it when it ends the sentence ("That's bad, according to Rubio."). Runs after the learned models.
/// </summary>
internal static class AccordingTo
{
    // A source runs to the next comma within this many tokens; a longer stretch is no source phrase.
    private const int MaximumSourceTokens = 30;

    public static void Apply(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            if (Rewritten(doc, attributions[i]) is { } rewritten)
            {
                attributions[i] = rewritten;
            }
        }
    }

    /// <summary>
    /// Where the source's mention ends for the resolver: before a parenthesis ("the Centre for Disease Control (CDC) in the US"), and
    /// after a person's name of two words or more that its affiliation follows ("Alex Horton of the Washington Post").
    /// </summary>
    private static int SourceHeadLast(List<Token> t, int first, int last)
    {
        for (var j = first + 1; j <= last; j++)
        {
            if (t[j].Value == "(")
            {
                return j - 1;
            }
        }

        var name = first;
        while (name + 1 <= last && t[name + 1].IsWord && t[name + 1].IsCapitalized)
        {
            name++;
        }

        return t[first].IsCapitalized && name > first && name < last && t[name + 1].Lower is "of" or "at" or "from" && FirstNameGender.IsGivenName(t[first].Value)
            ? name
            : last;
    }

    private static Attribution? Rewritten(TokenizedDocument doc, Attribution a)
    {
        var t = doc.Tokens;
        if (a.Cue is not { } cue || !"according".Equals(a.CueText, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var k = doc.IndexAtOrAfter(cue.Start);
        if (k + 2 >= t.Count || t[k].Span != cue || t[k + 1].Lower != "to" || a.Content.Start > t[k + 1].Span.Start)
        {
            return null;
        }

        var first = doc.SentenceStartToken(k);
        var end = doc.SentenceEndToken(k);
        var last = end - 1;
        while (last > k && !t[last].IsWord && t[last].Value is "." or "!" or "?" or "”" or "\"" or "’")
        {
            last--;
        }

        // The source: from the word after "to" to the next comma outside parentheses, or to the sentence's end.
        var depth = 0;
        var comma = -1;
        for (var j = k + 2; j <= last && j < k + 2 + MaximumSourceTokens; j++)
        {
            depth += t[j].Value == "(" ? 1 : t[j].Value == ")" ? -1 : 0;
            if (depth == 0 && t[j].Value == ",")
            {
                comma = j;
                break;
            }
        }

        var sourceLast = comma > 0 ? comma - 1 : last;
        if (comma < 0 && last - (k + 2) >= MaximumSourceTokens || sourceLast < k + 2)
        {
            return null;
        }

        var opens = first == k;
        Span content;
        if (opens)
        {
            // "According to X, CONTENT."
            if (comma < 0 || comma + 1 > last)
            {
                return null;
            }

            content = new Span(t[comma + 1].Span.Start, t[last].Span.End);
        }
        else if (comma < 0 || comma + 1 > last)
        {
            // "CONTENT, according to X."
            var before = k - 1;
            while (before > first && !t[before].IsWord)
            {
                before--;
            }

            content = new Span(t[first].Span.Start, t[before].Span.End);
        }
        else
        {
            // "CONTENT, according to X, CONTENT."
            content = new Span(t[first].Span.Start, t[last].Span.End);
        }

        if (content.Length <= 0)
        {
            return null;
        }

        var source = new Span(t[k + 2].Span.Start, t[SourceHeadLast(t, k + 2, sourceLast)].Span.End);
        return a with
        {
            Content = content, Parts = [content], Type = a.Type == QuoteType.Direct ? QuoteType.Mixed : a.Type,
            Cue = new Span(cue.Start, t[k + 1].Span.End), CueText = "according to", Speaker = source, Addressee = null, Referent = null,
            InheritedFrom = null, Conjuncts = null,
        };
    }
}
