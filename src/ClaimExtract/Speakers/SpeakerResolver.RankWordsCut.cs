namespace ClaimExtract.Speakers;

/// <summary>
/// Military ranks written without a full stop, British style, are no part of a name (branch descr123): "Lt Col Ann Roe" is Ann Roe, as
/// "Lt. Col. Ann Roe" is (the title lexicon holds the ranks with their full stops). Only ranks before a name of two words or more, the
/// first of them a given name the table knows: "Gen Nakatani" (a given name "Gen") is left whole.
/// </summary>
internal sealed partial class SpeakerResolver
{
    private static readonly HashSet<string> RanksWithoutStop = new(StringComparer.Ordinal)
    {
        "Lt", "Col", "Gen", "Maj", "Capt", "Sgt", "Cpl", "Pte", "Pvt", "Adm", "Cdr", "Cmdr", "Brig", "Lieut",
    };

    /// <summary>A person's name without the ranks of <see cref="RanksWithoutStop"/> that open it (see the type's summary); the name as it is otherwise.</summary>
    private static ResolvedSpeaker WithoutRanks(ResolvedSpeaker resolved)
    {
        if (resolved.Kind != SpeakerKind.Person || resolved.Name is not { } name || name.Length < 4 || !RanksWithoutStop.Contains(name[..Math.Max(0, name.IndexOf(' '))]))
        {
            return resolved;
        }

        var words = name.Split(' ');
        var k = 0;
        while (k < words.Length && RanksWithoutStop.Contains(words[k]))
        {
            k++;
        }

        return words.Length - k >= 2 && FirstNameGender.IsGivenName(words[k]) && Array.IndexOf(words, "and", k) < 0
            ? new ResolvedSpeaker(string.Join(' ', words[k..]), resolved.Kind)
            : resolved;
    }
}
