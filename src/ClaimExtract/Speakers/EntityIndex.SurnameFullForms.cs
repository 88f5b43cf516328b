using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// Which longer names lend a one-word name its full form. "Twitter" is not "Realm Twitter" where the article writes that only inside
/// quotation marks (''Realm Twitter,'' or ''the realm of Twitter''), and "Carrier" is not "Outside Carrier" where a sentence opens with
/// "Outside Carrier's plant": a run of capitals whose first word no one is given and that is either never written outside quotation marks
/// or a common word or a preposition opening a sentence is no person's name, so it names no one by its last word; nor is a run that
/// opens with a quantifier ("Several Twitter executives" after a colon is not "Several Twitter": branch names113).
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>Quantifiers that open a capitalised run only as its determiner ("Several Vexo Tech executives", "Another Hale").</summary>
    private static readonly HashSet<string> Quantifiers = new(["Several", "Another", "Few", "Numerous", "Various"], StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="form"/> may give its last word's one-word mentions their full name: yes when its first word is a given name
    /// (<see cref="FirstNameGender.IsGivenName(string)"/>: "Barack Obama" opening a sentence, "Tom" in a quoted "Tom Smith"); else only when the
    /// article writes it outside quotation marks (<paramref name="outside"/>, by key) and, opening a sentence, its first word is no common
    /// word of the article (<see cref="IsCommonWord"/>) and no preposition ("Outside", "Inside": <see cref="Quotes.Lexicon.Prepositions"/>).
    /// </summary>
    private static bool LendsItsLastWord(NameForm form, HashSet<string> outside, LowerCaseWordSet lowerWords)
    {
        var firstWord = StripPossessive(form.First);
        if (FirstNameGender.IsGivenName(firstWord))
        {
            return true;
        }

        // "Several Vexo Tech executives" after a colon: a quantifier opens no one's name, wherever the run stands (branch names113).
        if (Quantifiers.Contains(firstWord))
        {
            return false;
        }

        return outside.Contains(form.Key)
               && !(form.Initial && (IsCommonWord(firstWord, lowerWords) || Quotes.Lexicon.Prepositions.Contains(Token.LowerInvariant(firstWord))));
    }
}
