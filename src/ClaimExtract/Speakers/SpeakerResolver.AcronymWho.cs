namespace ClaimExtract.Speakers;

/// <summary>
/// "WHO" written in capitals inside lower-case prose ("Cases are rare. According to WHO, there were 120 cases last year.") is the
/// health body's acronym, not the relative pronoun "who": read as the pronoun it had no antecedent and was nobody's name (zyte4's
/// "According to WHO" row, labelled `WHO`). It is named as any acronym is, by the name the article spells it out with when it does
/// ("the World Health Organization (WHO)"), else as written. A "who" or "Who" and a line written all in capitals ("WHO SAID IT
/// FIRST?", a shouted headline) keep the pronoun's reading (branch orgs120b).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The organisation a one-word mention "WHO" (a possessive "WHO's" too) names when the words on either side of it in its line,
    /// up to two each, hold no all-capital word and at least one lower-case one; null for any other mention.
    /// </summary>
    private ResolvedSpeaker? AcronymWho(Span mention, string head)
    {
        if (head != "WHO")
        {
            return null;
        }

        var lineStart = _text.LastIndexOf('\n', Math.Max(0, mention.Start - 1)) + 1;
        var lineEnd = _text.IndexOf('\n', mention.End);
        var before = _text[lineStart..mention.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(2);
        var after = _text[mention.End..(lineEnd < 0 ? _text.Length : lineEnd)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2);
        var beside = before.Concat(after).Select(w => new string(w.Where(char.IsLetter).ToArray())).Where(w => w.Length > 0).ToList();
        if (beside.Count == 0 || beside.Any(w => w.Length > 1 && w.All(char.IsUpper)) || !beside.Any(w => w.Any(char.IsLower)))
        {
            return null;
        }

        return new ResolvedSpeaker(CachedAcronymExpansion(head) ?? head, SpeakerKind.Organization);
    }
}
