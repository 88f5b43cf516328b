namespace ClaimExtract.Speakers;

/// <summary>
/// A name whose given name is a clipped form of another name's with the same surname ("Tom Vale" in a headline, "Thomasina Vale" in the
/// body; "Ken" for "Kenneth") is one person, named by the form that writes the given name out (data/names/GUIDE.md: the article's fullest
/// form; branch quirks123). The index read the two as two people sharing a surname: a lone surname went to the first written (often the
/// headline's clipped form), or to whichever was the subject nearby, so one article's mentions of one person split between two names.
/// As <see cref="WritesInitialsOut"/> does for a middle initial, this is a test of two forms, read where the index picks a form's fullest.
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// Whether <paramref name="other"/> writes out the given name <paramref name="form"/> clips: at least as many words, the same last
    /// word, a first word of three letters or more that is a given name and that opens <paramref name="other"/>'s first word, at least two
    /// letters longer and itself a given name written in lower case after its capital, of no clearly other sex ("Ken" → "Kenneth",
    /// "Chris" → "Christopher"); not "Jo" for "Joan" (two letters), "Ann" for "Anna" or "Eric" for "Erica" (one letter more: names of
    /// their own), "Max" for "Maxine" (the other sex), "Ken" for "Kensington" (no given name), nor two forms of one first word.
    /// </summary>
    private static bool WritesGivenNameOut(NameForm form, NameForm other)
    {
        if (other.Count < form.Count || form.Count < 2 || other.LastKey != form.LastKey || other.FirstLength < form.FirstLength + 2 || form.FirstLength < 3
            || !other.Key.AsSpan(0, other.FirstLength).StartsWith(form.Key.AsSpan(0, form.FirstLength), StringComparison.Ordinal))
        {
            return false;
        }

        var (mine, theirs) = (StripPossessive(form.First), StripPossessive(other.First));
        return char.IsUpper(mine[0]) && char.IsUpper(theirs[0]) && LowerCaseAfterFirst(mine) && LowerCaseAfterFirst(theirs)
               && FirstNameGender.IsGivenName(mine) && FirstNameGender.IsGivenName(theirs)
               && FirstNameGender.OfGivenName(mine) * FirstNameGender.OfGivenName(theirs) >= 0;
    }
}
