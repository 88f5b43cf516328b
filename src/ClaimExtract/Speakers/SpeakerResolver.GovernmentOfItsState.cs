using System.Collections.Frozen;

namespace ClaimExtract.Speakers;

/// <summary>
/// A state's government named by its nationality: "Caldonia will hold talks in May. The Caldonian government said it would". data/names/GUIDE.md
/// names a state speaking as a state by the state (`Russia`, `Japan`; the first Zyte block labels "The South Korean government" `South
/// Korea`), as it names "The Russians" and "Moscow" speaking for it (SpeakerResolver.StateOfItsPeople.cs, CapitalForItsState.cs); the
/// resolver gave no name (branch orgs123). Only "[the] NATIONALITY government", and only when the article writes the state's name.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// Nationalities whose word names one state, each with that state's names, fullest first. Left out: "American" (the article may write
    /// the state only as "U.S."), and peoples without a state of their own ("Kurdish", "Palestinian").
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> NationalitiesStates = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Mexican"] = ["Mexico"], ["Canadian"] = ["Canada"], ["Brazilian"] = ["Brazil"], ["Cuban"] = ["Cuba"], ["Venezuelan"] = ["Venezuela"],
        ["British"] = ["United Kingdom", "Britain"], ["French"] = ["France"], ["German"] = ["Germany"], ["Italian"] = ["Italy"],
        ["Spanish"] = ["Spain"], ["Greek"] = ["Greece"], ["Polish"] = ["Poland"], ["Hungarian"] = ["Hungary"], ["Ukrainian"] = ["Ukraine"],
        ["Russian"] = ["Russia"], ["Turkish"] = ["Turkey"], ["Azerbaijani"] = ["Azerbaijan"], ["Syrian"] = ["Syria"], ["Iraqi"] = ["Iraq"],
        ["Iranian"] = ["Iran"], ["Israeli"] = ["Israel"], ["Jordanian"] = ["Jordan"], ["Lebanese"] = ["Lebanon"], ["Saudi"] = ["Saudi Arabia"],
        ["Qatari"] = ["Qatar"], ["Egyptian"] = ["Egypt"], ["Libyan"] = ["Libya"], ["Ethiopian"] = ["Ethiopia"], ["Nigerian"] = ["Nigeria"],
        ["Afghan"] = ["Afghanistan"], ["Pakistani"] = ["Pakistan"], ["Indian"] = ["India"], ["Chinese"] = ["China"], ["Japanese"] = ["Japan"],
        ["South Korean"] = ["South Korea"], ["North Korean"] = ["North Korea"], ["Philippine"] = ["Philippines"], ["Australian"] = ["Australia"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The state for a mention "[the] NATIONALITY government" (no possessive, no other word): the first of the state's names (<see
    /// cref="NationalitiesStates"/>) the article writes as a whole word; null otherwise ("the Mexican federal government", "the
    /// government", a state the article never names).
    /// </summary>
    private string? GovernmentOfItsState(Span mention)
    {
        if (!LastWordIs(mention, "government"))
        {
            return null;
        }

        var words = WrittenWithoutArticle(mention).Split(' ');
        return words.Length is 2 or 3 && NationalitiesStates.TryGetValue(string.Join(' ', words[..^1]), out var states) ? states.FirstOrDefault(WrittenAsWord) : null;
    }
}
