using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// "According to SOURCE" that the rules' form did not parse (a source with a parenthesis, "the Office for Harbour Safety (OHS) in
/// Port Elm", or a long one, "first counts of doorstep surveys done for the Vexo Ledger and local radio stations", or the phrase in
/// the middle of its sentence, "He had, according to Dara Quill of the Vexo Ledger, sold ..."), which the cue tagger then reads
/// as the cue "according" with the content "to SOURCE, ...": a speaker chosen from elsewhere in the sentence ("That’s", "it",
/// "DON'T MISS") and the source inside the content. Rewritten as PolNeAR writes the form: the cue "according to", the source what
/// follows "to" up to the next comma of the sentence, and the content the rest of the sentence: after the comma when the phrase opens
/// the sentence, the whole sentence around the phrase when it stands inside it ("Her objection, according to a profile, is that
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

    /// <summary>The most words of a content before "according to" that is a fragment the sentence resumes after the source.</summary>
    public const int MaximumFragmentWords = 6;

    /// <summary>
    /// A short opening that the sentence resumes after the source: "Since last spring, according to the port authority, [the ferry has
    /// carried ...]", "At the heart of the dispute, according to two aides, was ...". The rules' content is the opening alone (at most
    /// <see cref="MaximumFragmentWords"/> words, which no train attribution of the rules with "according to" matched); PolNeAR's
    /// content is the opening and the main clause after the source's comma, so the content runs to its sentence's end (the hull of
    /// both pieces, as the scorer reads a content). Branch recall38: 9 contents on train, 5 more matches, 13 more exact spans. Runs after
    /// the content edges.
    /// </summary>
    public static List<Attribution> Resumed(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.CueText != "according to" || a.Cue is not { } cue || cue.Start < a.Content.End || t.Count == 0)
            {
                continue;
            }

            var first = doc.IndexAtOrAfter(a.Content.Start);
            var comma = doc.IndexAtOrAfter(a.Content.End);
            var cueFirst = doc.IndexAtOrAfter(cue.Start);
            if (first >= t.Count || cueFirst >= t.Count || comma != cueFirst - 1 || t[comma].Value != "," || doc.SentenceOf[first] != doc.SentenceOf[cueFirst])
            {
                continue;
            }

            var words = 0;
            var commas = 0;
            for (var j = first; j < comma; j++)
            {
                words += t[j].IsWord ? 1 : 0;
                commas += t[j].Value == "," ? 1 : 0;
            }

            // A longer opening that is a subordinate clause alone (no comma: "While most were ..., according to an official, [two were ...]") or ends
            // in a subordinator ("... months ago after, according to her, [the board ...]") is no part of the content: PolNeAR's
            // content is the main clause after the source (docs/quotes.md, "recall60").
            var subordinate = words > MaximumFragmentWords
                && (commas == 0 && ContentEdges.Subordinators.Contains(t[first].Lower) || ContentEdges.Subordinators.Contains(t[comma - 1].Lower));
            if (words > MaximumFragmentWords && !subordinate)
            {
                continue;
            }

            // The source runs to the next comma; the main clause after it has three words or more before the sentence's final stop.
            var end = doc.SentenceEndToken(cueFirst);
            var sourceEnd = cueFirst + 2;
            while (sourceEnd < end && sourceEnd < cueFirst + MaximumSourceTokens && t[sourceEnd].Value != ",")
            {
                sourceEnd++;
            }

            var last = end - 1;
            while (last > sourceEnd && !t[last].IsWord && t[last].Value is "." or "!" or "?" or ";" or ":")
            {
                last--;
            }

            var rest = 0;
            for (var j = sourceEnd + 1; j <= last; j++)
            {
                rest += t[j].IsWord ? 1 : 0;
            }

            if (sourceEnd >= end || t[sourceEnd].Value != "," || rest < 3)
            {
                continue;
            }

            var content = new Span(subordinate ? t[sourceEnd + 1].Span.Start : a.Content.Start, t[last].Span.End);
            attributions[i] = a with { Content = content, Parts = [content] };
        }

        return attributions;
    }

    /// <summary>
    /// Where the source's mention ends for the resolver: before a parenthesis ("the Office for Harbour Safety (OHS) in Port Elm"), and
    /// after a person's name of two words or more that its affiliation follows ("Dara Quill of the Vexo Ledger").
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

    /// <summary>
    /// The pronoun of "That’s" / "This’s" before "according to", which PolNeAR marks as the content without the copula ("[That]’s
    /// according to early exit polls."); null for any other token.
    /// </summary>
    internal static Span? Pronoun(Token token) =>
        token.Lower is "that’s" or "that's" or "this’s" or "this's" ? new Span(token.Span.Start, token.Span.Start + 4) : null;

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

            content = before == first && Pronoun(t[first]) is { } pronoun ? pronoun : new Span(t[first].Span.Start, t[before].Span.End);
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
