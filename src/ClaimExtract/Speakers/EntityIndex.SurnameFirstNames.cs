namespace ClaimExtract.Speakers;

/// <summary>
/// Names written surname first (branch names110). "The trade minister, Bao Zhenwei, ... Mr. Bao said ... But he said": an honorific or a
/// title before a single word is that word's person, and the index took "Mr. Bao" for a person named "Bao" alone, since its forms map a
/// word to the full names it ends ("Mr. Obama" → "Barack Obama"), not to one it opens. The resolver named the mention "Mr. Bao" in full
/// (branch names52: <c>SpeakerResolver.NameWrittenAround</c>), but a pronoun takes the index's person, so "he" came out "Bao".
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// The one full name of two words the article gives (<paramref name="fullNames"/>' values) that opens with <paramref name="word"/> and
    /// whose second word is no given name (<see cref="FirstNameGender.IsGivenName(string)"/>): a name written surname first, as a title
    /// or an honorific before its first word shows ("Mr. Lou" of "Lou Jiwei"; not "Mr. Tom" of "Tom Lind"). Null when there is none or
    /// more than one.
    /// </summary>
    private static string? SurnameFirst(Dictionary<string, string> fullNames, string word)
    {
        var key = Key(StripPossessive(word));
        string? found = null;
        foreach (var full in fullNames.Values)
        {
            var space = full.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0 || full.IndexOf(' ', space + 1) >= 0 || Key(full[..space]) != key || FirstNameGender.IsGivenName(full[(space + 1)..]))
            {
                continue;
            }

            if (found is not null && found != full)
            {
                return null;
            }

            found = full;
        }

        return found;
    }
}
