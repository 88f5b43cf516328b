using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content side of branch recall58 (docs/quotes.md, "recall58"): a statement whose content is the phrase that opens its
/// sentence ahead of the source and cue ("[Asked if the plan would pass], Okafor said no."; "[In an interview with the
/// Ledger,] the mayor defended the cuts.") reports what follows the cue, not the setting before it
/// (<see cref="AfterFrontedPhrase"/>). PolNeAR marks such a sentence's content after the cue (train: 108 of 110 gold items
/// whose cue follows an "Asked ...", "Speaking ...", "In an interview ..." opening; an "Asked ..." opening's question is a report of
/// its own there, with no source).
/// </summary>
internal static partial class ContentEdges
{
    // Words that open a sentence's fronted setting phrase or clause (capitalised, the sentence's first word).
    private static readonly System.Collections.Frozen.FrozenSet<string> FrontedOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["In", "At", "On", "During", "When", "While", "As", "Asked", "Speaking", "Earlier", "Later", "After", "Before", "Responding",
         "Appearing", "Writing", "Addressing", "Interviewed", "Told"], StringComparer.Ordinal);

    // Words that may open a later comma-separated piece of the fronted phrase ("Late last week, during a visit to ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> FrontedContinuations = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["during", "in", "at", "on", "with", "about", "after", "before", "while", "when", "as", "for"], StringComparer.Ordinal);

    /// <summary>
    /// The attributions with <see cref="FrontedContent"/> applied: the content moves from the fronted phrase to the rest of the
    /// sentence after the cue, and an "Asked ..." phrase's question becomes a statement of its own (<see cref="AskedQuestion"/>). On
    /// PolNeAR train (main a5a01f8): 14 statements moved and 4 questions added, 14,915 to 14,924 matches (docs/quotes.md, "recall58").
    /// </summary>
    public static List<Attribution> AfterFrontedPhrase(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        List<Attribution>? questions = null;
        var text = doc.Document.Text;
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (FrontedContent(doc, a) is { } content)
            {
                attributions[i] = a with { Content = content, Type = TypeOf(text, content), Parts = [content] };
                if (AskedQuestion(doc, a.Content) is var (cue, question, asker))
                {
                    (questions ??= []).Add(new Attribution(question, TypeOf(text, question), cue, text[cue.Start..cue.End], asker, null));
                }
            }
        }

        if (questions is not null)
        {
            attributions.AddRange(questions);
            attributions.Sort((x, y) => x.Content.Start.CompareTo(y.Content.Start));
        }

        return attributions;
    }

    /// <summary>
    /// The content of <paramref name="a"/> after its cue when its present content (indirect or mixed, in one piece, before the
    /// cue, at most 100 characters) is the phrase that opens the sentence: its first word one of <see cref="FrontedOpeners"/>,
    /// each later comma-separated piece opening with a preposition or subordinator (<see cref="FrontedContinuations"/>) or a
    /// quotation mark (so "In Ohio, the mayor was ..." is a clause, left alone), followed by a comma or a space and the source
    /// (2 to 80 characters, no line break or full stop) before the cue. Not "according to" (its content is the clause, wherever
    /// it stands). The new content runs from the cue's end (past commas, colons and a "that") to the sentence's end (or a full stop between a lowercase
    /// and a capitalised word), before its closing punctuation, and is at least two characters long. Null when it does not apply.
    /// </summary>
    internal static Span? FrontedContent(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (a.Type is not (QuoteType.Indirect or QuoteType.Mixed) || a.PartCount != 1 || a.Cue is not { } cue
            || a.Content.End > cue.Start || a.Content.Length > 100)
        {
            return null;
        }

        var text = doc.Document.Text;
        var cueText = text.AsSpan(cue.Start, cue.Length);
        if (cueText.StartsWith("according", StringComparison.OrdinalIgnoreCase) || cueText.Equals("in", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var gap = text.AsSpan(a.Content.End, cue.Start - a.Content.End);
        var source = gap.Trim(" ,");
        if (gap.Length > 80 || gap.Length == 0 || !(gap[0] is ',' or ' ') || source.Length < 2 || gap.IndexOfAny('\n', '.') >= 0)
        {
            return null;
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        if (first >= t.Count || t[first].Span.Start != a.Content.Start || doc.SentenceStartToken(first) != first
            || !FrontedOpeners.Contains(t[first].Value) || !FrontedPieces(text.AsSpan(a.Content.Start, a.Content.Length)))
        {
            return null;
        }

        // The sentence after the cue: from the cue's end past commas, colons and a "that", to the sentence's last word or
        // quotation mark before its closing punctuation.
        var after = doc.IndexAtOrAfter(cue.End);
        if (after >= t.Count || doc.SentenceOf[after] != doc.SentenceOf[first])
        {
            return null;
        }

        var end = doc.SentenceEndToken(after);
        while (after < end && (t[after].Value is "," or ":" || t[after].Lower == "that"))
        {
            after++;
        }

        // A full stop after a lowercase word before a capitalised one ends the sentence even where the splitter read an
        // abbreviation ("said no. But he ...").
        for (var j = after + 1; j + 1 < end; j++)
        {
            if (t[j].Value == "." && t[j - 1].IsWord && char.IsLower(t[j - 1].Value[0]) && t[j + 1].IsWord && char.IsUpper(t[j + 1].Value[0]))
            {
                end = j;
                break;
            }
        }

        var last = end - 1;
        while (last >= after && !t[last].IsWord && t[last].Value is "." or "?" or "!" or "\"" or "”" or "''" or "’" or "'")
        {
            last--;
        }

        if (last < after || t[last].Span.End - t[after].Span.Start < 2)
        {
            return null;
        }

        return new Span(t[after].Span.Start, t[last].Span.End);
    }

    private static QuoteType TypeOf(string text, Span content) =>
        text.AsSpan(content.Start, content.Length).IndexOfAny("\"“”") >= 0 ? QuoteType.Mixed : QuoteType.Indirect;

    // Question words that open what an "Asked ..." phrase asks ("Asked by the host whether ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> QuestionOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["if", "whether", "who", "what", "why", "how", "when", "where", "which", "about", "to"], StringComparer.Ordinal);

    /// <summary>
    /// The cue, content and asker of the question in a fronted "Asked ..." or "When asked ..." phrase (<paramref name="fronted"/>):
    /// the cue "asked", the content from the word after it (past a "by ..." asker, up to a question word within six words) to the
    /// phrase's end before its comma. PolNeAR marks these as reports of their own, with no source, but for the asker a "by" phrase
    /// names, which is the question's source ("Asked by Tom Hale whether the pier stays open, Ana Ruiz said ...": Hale asks;
    /// branch speakers119). Null when the phrase does not open so or asks nothing.
    /// </summary>
    private static (Span Cue, Span Question, Span? Asker)? AskedQuestion(TokenizedDocument doc, Span fronted)
    {
        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(fronted.Start);
        var asked = t[first].Value == "Asked" ? first : t[first].Value == "When" && first + 1 < t.Count && t[first + 1].Lower == "asked" ? first + 1 : -1;
        if (asked < 0 || asked + 1 >= t.Count)
        {
            return null;
        }

        var start = asked + 1;
        Span? asker = null;
        if (t[start].Lower == "by")
        {
            var j = start + 1;
            while (j < t.Count && j <= start + 6 && t[j].Span.End <= fronted.End && !QuestionOpeners.Contains(t[j].Lower))
            {
                j++;
            }

            if (j >= t.Count || j > start + 6 || t[j].Span.End > fronted.End)
            {
                return null;
            }

            // The words between "by" and the question word, before a comma that sets off the question ("by reporters, whether").
            var askerLast = j - 1;
            while (askerLast > start && !t[askerLast].IsWord)
            {
                askerLast--;
            }

            if (askerLast > start && !doc.Quoted[start + 1])
            {
                asker = new Span(t[start + 1].Span.Start, t[askerLast].Span.End);
            }

            start = j;
        }

        var end = fronted.End;
        var text = doc.Document.Text;
        while (end > t[start].Span.Start && text[end - 1] is ',' or ' ')
        {
            end--;
        }

        return end - t[start].Span.Start < 2 ? null : (t[asked].Span, new Span(t[start].Span.Start, end), asker);
    }

    // Whether every comma-separated piece of a fronted phrase after its first opens with a preposition, a subordinator or a
    // quotation mark (trailing commas and quotation marks set aside).
    private static bool FrontedPieces(ReadOnlySpan<char> phrase)
    {
        var pieces = phrase.TrimEnd(" ,\"”'’").ToString().Split(", ", StringSplitOptions.None);
        for (var p = 1; p < pieces.Length; p++)
        {
            var piece = pieces[p].TrimStart();
            if (piece.Length == 0)
            {
                continue;
            }

            var word = piece.Split(' ')[0];
            if (!(piece[0] is '"' or '“' or '\'' || FrontedOpeners.Contains(word) || FrontedContinuations.Contains(word)))
            {
                return false;
            }
        }

        return true;
    }
}
