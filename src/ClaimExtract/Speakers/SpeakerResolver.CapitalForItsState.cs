using System.Collections.Frozen;

namespace ClaimExtract.Speakers;

/// <summary>
/// A capital city standing for its state: "Beijing wants Rome to lift the tariffs", "Seoul expects the makers to ...". data/names/GUIDE.md
/// names such a speaker by the state ("Berlin's pledge" → `Germany`, "Seoul expects" → `South Korea`, "Beijing wants" → `China`), in the
/// form the article writes, as it names "Russia" or "Japan" speaking as states. Only the capital that is the whole speaker mention and
/// the subject of its clause is read so: a place in a longer phrase ("the Patriarchate of Jerusalem", "groups backed by Ankara", "the Paris
/// attacks") or a person of that surname ("Jeremy Paris" → "Paris, who ..., said") keeps the name it has (branch orgnames119).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// Capitals that news writes for their governments, each with the names of its state, fullest first. Left out: capitals that are
    /// also surnames, states or the seat of more than one government ("Washington", "London", "Brussels", "Jerusalem").
    /// </summary>
    private static readonly FrozenDictionary<string, string[]> CapitalStates = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["Beijing"] = ["China"],
        ["Moscow"] = ["Russia"],
        ["Seoul"] = ["South Korea"],
        ["Pyongyang"] = ["North Korea"],
        ["Tokyo"] = ["Japan"],
        ["Tehran"] = ["Iran"],
        ["Kyiv"] = ["Ukraine"],
        ["Kiev"] = ["Ukraine"],
        ["Berlin"] = ["Germany"],
        ["Paris"] = ["France"],
        ["Ankara"] = ["Turkey"],
        ["Damascus"] = ["Syria"],
        ["Baghdad"] = ["Iraq"],
        ["Riyadh"] = ["Saudi Arabia"],
        ["New Delhi"] = ["India"],
        ["Islamabad"] = ["Pakistan"],
        ["Kabul"] = ["Afghanistan"],
        ["Taipei"] = ["Taiwan"],
        ["Hanoi"] = ["Vietnam"],
        ["Havana"] = ["Cuba"],
        ["Caracas"] = ["Venezuela"],
        ["Ottawa"] = ["Canada"],
        ["Canberra"] = ["Australia"],
        ["Cairo"] = ["Egypt"],
        ["Warsaw"] = ["Poland"],
        ["Budapest"] = ["Hungary"],
        ["Minsk"] = ["Belarus"],
        ["Manila"] = ["Philippines"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words before a capital that make it a place in a phrase ("of Jerusalem", "backed by Ankara", "the Paris attacks"), not a subject.</summary>
    private static readonly FrozenSet<string> WordsBeforeAPlace = FrozenSet.ToFrozenSet(
        ["of", "in", "by", "from", "to", "at", "near", "for", "with", "via", "into", "outside", "inside", "across", "around", "between", "toward",
         "towards", "over", "under", "against", "about", "the", "a", "an"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Capitalised words that may open a sentence before its subject ("But Beijing is balking").</summary>
    private static readonly FrozenSet<string> OpeningConnectives = FrozenSet.ToFrozenSet(
        ["But", "And", "Yet", "So", "Still", "Meanwhile", "However", "Instead", "Now", "Then"], StringComparer.Ordinal);

    /// <summary>
    /// The state a capital stands for, for a mention that is the capital alone ("Beijing", "Berlin's") and that the resolver named as
    /// itself: the first of the state's names (<see cref="CapitalStates"/>) the article writes as a whole word, when the capital is no
    /// place in a phrase (no preposition, article or other capitalised word before it) and opens its clause's predicate (a finite verb,
    /// an adverb, an auxiliary or a verb such as "expects" right after it: "Beijing responded", "Beijing also wants", "Beijing could
    /// declare", "Seoul expects") or owns the noun
    /// after it ("Berlin's pledge"). Null otherwise, and when the article never names the state ("Only what the article says").
    /// </summary>
    private string? StateOfTheCapital(Span mention, ResolvedSpeaker resolved)
    {
        var written = Written(mention).Trim();
        var capital = EntityIndex.StripPossessive(written);
        if (resolved.Name != capital || !CapitalStates.TryGetValue(capital, out var states))
        {
            return null;
        }

        var start = mention.Start + Written(mention).IndexOf(capital, StringComparison.Ordinal);
        var before = WordBefore(start);
        if (before.Length > 0 && (WordsBeforeAPlace.Contains(before) || char.IsUpper(before[0]) && !OpeningConnectives.Contains(before))
            || start > 0 && _text[start - 1] is '-' or '–')
        {
            return null;
        }

        var after = WordAfter(start + written.Length);
        // "expects", "wants", "plans": a verb taking an infinitive, in -s, reads as the predicate too (no plural noun is among them).
        var subject = written.Length > capital.Length || IsFiniteVerb(after) || Quotes.Lexicon.Adverbs.Contains(after) || Quotes.Lexicon.EndsLikeAnAdverb(after)
                      || after.Length > 2 && char.IsLower(after[0]) && after[^1] == 's' && Quotes.Lexicon.InfinitiveVerbs.Contains(after[..^1]);
        return subject ? states.FirstOrDefault(WrittenAsWord) : null;
    }
}
