namespace ClaimExtract.Speakers;

/// <summary>
/// A name written with a middle initial ("Anna R. Kell") and the same name with a middle name of that letter ("Anna Rose Kell") are one
/// person, named by the form that writes the middle name out (data/names/GUIDE.md: the article's fullest form; branch persons119). The
/// index took the longer of two forms with the same first and last word, and of two forms of three words kept the first written: a
/// profile that calls its subject "Anna R. Kell" throughout and gives "Anna Rose Kell" once, at the birth, named every mention by the
/// initial.
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// Whether <paramref name="other"/> is <paramref name="form"/> with one or more middle initials written out: as many words, the same
    /// first and last word, each middle word the same but for at least one initial ("R.") whose letter opens a capitalised word of
    /// <paramref name="other"/> ("Rose"); not "Anna B. Kell" for "Anna Rose Kell", nor "J. Milo Ford" for "John Milo Ford" (a first word
    /// differs).
    /// </summary>
    private static bool WritesInitialsOut(NameForm form, NameForm other)
    {
        // (Two forms of one key write the same words, each as long as the other's: no initial is written out. The words are split out
        // only past these tests: most forms compared are the form itself.)
        if (other.Count != form.Count || form.Count < 3 || !other.SameFirstKey(form) || other.LastKey != form.LastKey || other.Key == form.Key)
        {
            return false;
        }

        var writtenOut = false;
        var (formWords, otherWords) = (form.Name.Split(' '), other.Name.Split(' '));
        for (var w = 1; w < form.Count - 1; w++)
        {
            var (mine, theirs) = (formWords[w], otherWords[w]);
            if (string.Equals(mine, theirs, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (mine.Length == 2 && mine[1] == '.' && char.IsUpper(mine[0]) && theirs.Length > 2 && theirs[0] == mine[0] && LowerCaseAfterFirst(theirs))
            {
                writtenOut = true;
                continue;
            }

            return false;
        }

        return writtenOut;
    }

    // Whether every letter after the first is a lower-case one ("Rose", "José"; not "R.", "McKell", "ROSE").
    private static bool LowerCaseAfterFirst(string word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (!char.IsLower(word[i]))
            {
                return false;
            }
        }

        return true;
    }
}
