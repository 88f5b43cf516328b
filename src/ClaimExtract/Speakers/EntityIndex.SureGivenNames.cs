namespace ClaimExtract.Speakers;

/// <summary>
/// A person whose given name is one sex's almost always (<see cref="FirstNameGender.SurelyOf(string)"/>: "Paul", "Nora") is of that sex for
/// a pronoun, whatever the article's pronoun votes say (branch persons119). The votes (<see cref="Genders"/>) go to whoever was named last
/// before a pronoun, alone in its sentence and the one before, and a man named as the owner of a thing beside the woman the sentence is
/// about collects her pronouns: "Her grief over Paul Grant's death still leaves her angry. “...,” she said" gave Paul Grant three votes
/// "she" against his name's one and a half, and then her "she". A borderline name ("Robin", 87 % girls) still yields to two pronouns or
/// an honorific, as before.
/// </summary>
internal sealed partial class EntityIndex
{
    // The sure sex of each person asked about (SureSex), looked up once per article.
    private Dictionary<string, int>? _sureSexes;

    /// <summary>
    /// +1 when <paramref name="fullName"/>'s given name is surely a man's, -1 a woman's, 0 otherwise; <paramref name="prior"/> is the
    /// name's clear-majority sex (<see cref="Prior"/>, 0 for a name written surname first), which a sure name must agree with.
    /// </summary>
    private int SureSex(string fullName, int prior)
    {
        if (prior == 0)
        {
            return 0;
        }

        _sureSexes ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (!_sureSexes.TryGetValue(fullName, out var sure))
        {
            _sureSexes[fullName] = sure = FirstNameGender.SurelyOf(fullName) == prior ? prior : 0;
        }

        return sure;
    }
}
