using System.Collections.Frozen;

namespace ClaimExtract.Speakers;

/// <summary>
/// A state's people standing for the state: "Russia moved ships into the strait. The Russians have warned they could close it",
/// "the Saudis have said they would sell the bonds". data/names/GUIDE.md names such a speaker by the state (`Russia`, `Saudi Arabia`), as
/// it names "Moscow" speaking as a state (SpeakerResolver.CapitalForItsState.cs); the resolver wrote the people's word ("Russians"), typed
/// an organisation. Only "the" and the people read so: "Russians say the war feels far away" is people asked, not the state (branch orgs121).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// Peoples in the plural that news writes for their states, each with the names of its state, fullest first. Left out: peoples that
    /// stand for more than one state, a team or an ethnic group as often as for a state ("Americans", "British", "French", "Indians",
    /// "Koreans", "Palestinians", "Kurds").
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> PeoplesStates = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Russians"] = ["Russia"],
        ["Saudis"] = ["Saudi Arabia"],
        ["Iranians"] = ["Iran"],
        ["Israelis"] = ["Israel"],
        ["Syrians"] = ["Syria"],
        ["Iraqis"] = ["Iraq"],
        ["Turks"] = ["Turkey"],
        ["Egyptians"] = ["Egypt"],
        ["Ukrainians"] = ["Ukraine"],
        ["Germans"] = ["Germany"],
        ["Italians"] = ["Italy"],
        ["Greeks"] = ["Greece"],
        ["Chinese"] = ["China"],
        ["Japanese"] = ["Japan"],
        ["North Koreans"] = ["North Korea"],
        ["South Koreans"] = ["South Korea"],
        ["Qataris"] = ["Qatar"],
        ["Emiratis"] = ["United Arab Emirates"],
        ["Pakistanis"] = ["Pakistan"],
        ["Afghans"] = ["Afghanistan"],
        ["Cubans"] = ["Cuba"],
        ["Venezuelans"] = ["Venezuela"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The state of a people, for a mention that is "the" and the people ("The Russians", "the Saudis’"), or the people right after
    /// "the", that the resolver named as the people, an organisation: the first of the state's names (<see cref="PeoplesStates"/>) the article writes as a whole word. Null
    /// otherwise: the people without "the", a people not in the table, and an article that never names the state ("Only what the article
    /// says").
    /// </summary>
    private string? StateOfItsPeople(Span mention, ResolvedSpeaker resolved)
    {
        // Most mentions name no people of the table: ask the resolved name first, before the mention's words are split.
        if (resolved.Kind != SpeakerKind.Organization || resolved.Name is null || !PeoplesStates.TryGetValue(resolved.Name, out var states))
        {
            return null;
        }

        // "The" inside the mention, or right before a mention cut after it ("The |Russians| have used").
        var words = Written(mention).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? 1
            : WordBefore(mention.Start).Equals("the", StringComparison.OrdinalIgnoreCase) ? 0 : -1;
        if (first < 0 || words.Length == 0)
        {
            return null;
        }

        var people = EntityIndex.StripPossessive(string.Join(' ', words[first..]).TrimEnd('’', '\''));
        return resolved.Name == people ? states.FirstOrDefault(WrittenAsWord) : null;
    }
}
