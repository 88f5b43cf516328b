using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// A surname of two words whose first word is also a given name ("Hawk Sawyer" after "Director Kathleen Hawk Sawyer said", "Kent Ross"
/// after "Laura Kent Ross"): the rule for surnames of two words (a first word no one is given: "Wasserman Schultz") left it a person of its
/// own, because "Hawk" opens names too, and the Zyte names set's jail article gave eight statements to "Hawk Sawyer" (branch orgnames117).
/// Only where the given names' table gives the two first words to different sexes: a woman's middle word that is a boy's name is part of
/// her surname, while "Tom Oduya" after "Ray Tom Oduya" (two boys' names) may be a relative, "Tom" the senator's middle name.
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// The index in <paramref name="forms"/> of the one name of three words written before the two-word form <paramref name="f"/> that ends
    /// with it and opens with a given name the article never writes in lower case ("Kathleen Hawk Sawyer" for "Hawk Sawyer"; not "Will Rose
    /// Keller" opening a question, where "will" is the verb) of the other sex than the form's first word (<see cref="FirstNameGender.OfGivenName"/>),
    /// written outside quotation marks; -1 when there is none or there are two ("Ana Dean Tanaka" and "Mia Dean Tanaka" leave "Dean Tanaka"
    /// as written), or the form is no two words opening with a given name of one sex.
    /// </summary>
    private static int TwoWordSurnameHolder(
        List<NameForm> forms, Dictionary<string, (int First, int Last)> firstByLast, List<int> nextByLast, int f, HashSet<string> outside, LowerCaseWordSet lowerWords)
    {
        var form = forms[f];
        var sex = form.Count == 2 ? FirstNameGender.OfGivenName(StripPossessive(form.First)) : 0;
        if (sex == 0)
        {
            return -1;
        }

        var found = -1;
        // The forms sharing the last word in order of first appearance: those before this one, at most 64.
        var o = firstByLast[form.LastKey].First;
        for (var taken = 0; o >= 0 && o < f && taken < 64; o = nextByLast[o], taken++)
        {
            var other = forms[o];
            if (other.Count != 3 || !outside.Contains(other.Key) || other.Key.Length <= form.Key.Length + 1
                || !other.Key.EndsWith(form.Key, StringComparison.Ordinal) || other.Key[^(form.Key.Length + 1)] != ' ')
            {
                continue;
            }

            var given = StripPossessive(other.First);
            if (FirstNameGender.OfGivenName(given) != -sex || lowerWords.Contains(Token.LowerInvariant(given)))
            {
                continue;
            }

            if (found >= 0)
            {
                return -1;
            }

            found = o;
        }

        return found;
    }
}
