using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// An organisation's name is not run on into a product or unit written after it (branch runon119, after orgnouns117's
/// TailWrittenAlone): "Google Stadia launches tomorrow ... Google promised" is Google, because the article also writes "Stadia" alone.
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// Whether the words after an organisation's name in a longer sequence are a capitalised sequence of their own elsewhere in the
    /// article: a product or a thing of its own written after the name, not the rest of the name ("The Korvex Zephyr ... the Zephyr
    /// is ... Korvex says": `Korvex`, not "Korvex Zephyr"; "Korvex Holdings", whose "Holdings" is never written alone, stays). Not a group of
    /// the organisation's members ("House Democrats" after "Democrats" alone: a name of its own for them, not a product), nor a person's
    /// surname after a given name ("Dale Ford ... Ford said": the expansion asked of "Dale" is the person, whose surname is written alone).
    /// <paramref name="head"/> is where the name's words end in <paramref name="sequence"/> (the space before the rest).
    /// </summary>
    private static bool TailWrittenAlone(List<string> sequences, string sequence, int head)
    {
        var rest = sequence[(head + 1)..];
        if (Lexicon.IsGroupNoun(rest) || FirstNameGender.IsGivenName(sequence[..sequence.IndexOf(' ')]))
        {
            return false;
        }

        foreach (var written in sequences)
        {
            if (string.Equals(written, rest, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
