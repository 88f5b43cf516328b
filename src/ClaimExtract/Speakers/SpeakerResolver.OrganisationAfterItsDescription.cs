namespace ClaimExtract.Speakers;

/// <summary>
/// A name apposed to a description of an organisation that opens its sentence (branch orgwe120): "The firm that owns her songs, Iron
/// Meadow, says she may sing them. ... But the company says she never needed leave." The entity index reads "Iron Meadow" and the like
/// as a person's name (two capitalised words), so "the company" found no organisation as a subject before it; the opening description
/// shows whose name it is, as "NAME, a ... firm" does after the name (<see cref="ApposedOrganisationNoun"/>).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// Whether the article writes <paramref name="fullName"/> right after a description that opens its sentence, "The|the [one lower-case
    /// word] NOUN[ that|which|of ...], NAME," with NOUN an organisation noun ("The firm that owns her songs, Iron Meadow, says"), no
    /// comma, quotation mark or capitalised word between the noun and the name. Not "The company's founder, Ann Roe," (a possessive, and
    /// "founder" no organisation noun) nor "The head of the company, Ann Roe," (the noun not the description's head).
    /// </summary>
    private bool DescribedAsOrganisationBefore(string fullName)
    {
        for (var at = WholeWordIndex(fullName, 0); at >= 0; at = WholeWordIndex(fullName, at + 1))
        {
            var end = at + fullName.Length;
            if (at < 2 || _text[at - 1] != ' ' || _text[at - 2] != ',' || end >= _text.Length || _text[end] != ',')
            {
                continue;
            }

            var start = SentenceStart(at, 0);
            while (start < at && !char.IsLetter(_text[start]))
            {
                start++;
            }

            var description = _text[start..(at - 2)].Split(' ');
            if (description.Length < 2 || description[0] is not ("The" or "the") || description.Skip(1).Any(w => w.Length == 0 || !w.All(c => char.IsLower(c) || c == '-')))
            {
                continue;
            }

            // The noun heads the description: second word, or third after one modifier, then nothing or a clause after "that", "which", "of".
            for (var noun = 1; noun <= 2 && noun < description.Length; noun++)
            {
                if (IsOrganizationNoun(description[noun]) && (noun + 1 == description.Length || description[noun + 1] is "that" or "which" or "of"))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
