namespace ClaimExtract.Speakers;

/// <summary>
/// A person's full name written as the last conjunct of a list that opens its sentence is that person, not the end of an apposition to
/// the list's first name (branch quirks123): in "Roe, Vale, Ohio Gov. Tom Lusk and Sen. Ann Lind of Kentucky all appeared", the mention
/// "Sen. Ann Lind" is Ann Lind. <see cref="AppositionHead"/> reads a mention after the sentence's opening name and a comma as that
/// name's apposition ("Ann Roe, an organizer with the Harbour Coalition, said"); it already leaves alone a full name opening a part
/// after a comma, and this leaves alone one opening after "and" or "or" (over titles), which joins a list rather than closing an
/// apposition.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// Whether <paramref name="mention"/> opens right after "and" or "or" (titles aside) and writes the full name of a person other than
    /// <paramref name="head"/>: its own name by the index, of two words or more, a person's by its given name.
    /// </summary>
    private bool IsListsLastNamedConjunct(Span mention, string head)
    {
        var (at, wordStart) = BeforeSpacesAndTitles(mention.Start);
        if (_text[wordStart..at] is not ("and" or "or"))
        {
            return false;
        }

        var written = Written(mention).Trim();
        return written.Length > 0 && char.IsUpper(written[0]) && !EntityIndex.EndsPossessive(written)
               && _entities.ResolveName(written) is { } own && own != head && own.Contains(' ', StringComparison.Ordinal) && FirstNameGender.IsPersonName(own);
    }
}
