namespace ClaimExtract.Speakers;

/// <summary>
/// An organisation's name is not run on into a title-case headline's next word: "Why Does Corvania Refuse to Sign the Accord?" above a
/// body where "Corvania refuses ..." makes `Corvania`, not "Corvania Refuse", which no sentence writes (a train article's headline gave a
/// state's name its verb). names72 cuts a headline's run to the person's name the body writes inside it; this is the same for an
/// organisation or a state the body writes alone (branch orgnames120).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// <paramref name="resolved"/> named by its mention as written (without an article and a possessive) when it is an organisation whose
    /// name is the mention and more words, the name is written only in title-case lines (<see cref="InTitleCaseLine"/>), and the first
    /// word after the mention's words is written in lower case outside such lines ("refuse", "refuses", "refused"): a headline's verb, not
    /// a word of the name. Unchanged otherwise ("Korvex Holdings", written in a sentence; "Korvex Research Centre Finds ...", whose
    /// "research" the body may write, keeps its name only if no sentence writes the word in lower case).
    /// </summary>
    private ResolvedSpeaker WithoutHeadlineRunOn(Span mention, ResolvedSpeaker resolved)
    {
        if (resolved.Kind != SpeakerKind.Organization || resolved.Name is not { } name || !MayRunOnPastMention(mention, name))
        {
            return resolved;
        }

        var written = EntityIndex.StripPossessive(WrittenWithoutArticle(mention));
        if (written.Length < 2 || !char.IsUpper(written[0]) || !name.StartsWith(written + " ", StringComparison.Ordinal))
        {
            return resolved;
        }

        for (var at = _text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            if (!InTitleCaseLine(at))
            {
                return resolved;
            }
        }

        var next = name[(written.Length + 1)..].Split(' ')[0];
        return next.Length > 2 && WrittenInLowerCaseInABody(next.ToLowerInvariant()) ? new ResolvedSpeaker(written, SpeakerKind.Organization) : resolved;
    }

    /// <summary>
    /// Whether the article writes <paramref name="lower"/>, or it with "s", "d", "ed" or "ing" after it, as a lower-case word in a line
    /// that is not in title case.
    /// </summary>
    private bool WrittenInLowerCaseInABody(string lower)
    {
        for (var at = _text.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            if (at > 0 && char.IsLetter(_text[at - 1]))
            {
                continue;
            }

            var end = at + lower.Length;
            var rest = 0;
            while (end + rest < _text.Length && char.IsLetter(_text[end + rest]))
            {
                rest++;
            }

            if (_text.AsSpan(end, rest) is "" or "s" or "d" or "ed" or "ing" && !InTitleCaseLine(at))
            {
                return true;
            }
        }

        return false;
    }
}
