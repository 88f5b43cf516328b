using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// A person the article names only by a given name ("the base chief known as Bob", "Bob said", "Bob agreed": a source whose surname is
/// withheld, a child, a first-name-only interviewee). The index keeps no mention of one word that no full name ends in, so "he" after
/// "Bob said" went to the last person named in full before him; a given name the article uses alone as a speaker is a person of its own.
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>Words before a capitalised word that make it a place or a thing, not a person ("in Georgia", "the Jordan"); not "of" or "to",
    /// which stand before persons as often ("dismissive of Bob", "spoke to Bob").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> NotPersonBefore = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["in", "into", "across", "near", "throughout", "the", "a", "an"], StringComparer.Ordinal);

    /// <summary>
    /// The keys (<see cref="WordKey"/>) of the given names the article writes alone as a person: a one-word name outside quotations whose
    /// word the first-name table gives clearly to boys or to girls (<see cref="FirstNameGender.OfGivenName"/>), written right before a verb
    /// of saying ("Bob said", "Bob told") at least twice; never inside a longer name of the article ("Bob Corker": the given name of a
    /// person named in full, <see cref="ByGivenName"/>), never after a place preposition or an article ("in Georgia", "the Jordan") nor after a capitalised word inside a sentence ("said
    /// Will Doyle", where the index reads no name in "Will"), never
    /// a place of the article. Null when there is none.
    /// </summary>
    private static HashSet<string>? GivenNamesAlone(List<Token> tokens, int[] sentenceOfToken, bool[] quoted, List<(int First, int Last, bool Titled)> sequences, HashSet<string> places)
    {
        Dictionary<string, int>? speaking = null;
        HashSet<string>? excluded = null;
        foreach (var (first, last, _) in sequences)
        {
            if (first != last)
            {
                for (var k = first; k <= last; k++)
                {
                    if (tokens[k].IsWord)
                    {
                        (excluded ??= new HashSet<string>(StringComparer.Ordinal)).Add(WordKey(tokens[k]));
                    }
                }

                continue;
            }

            var word = StripPossessive(tokens[first].Value);
            if (quoted[first] || word.Length < 2 || FirstNameGender.OfGivenName(word) == 0)
            {
                continue;
            }

            var key = WordKey(tokens[first]);
            // "said Will Doyle" where "Will" is read as no name: a capitalised word before it, not a sentence's opening, may be its given name.
            if (first > 0 && tokens[first - 1].IsWord && (NotPersonBefore.Contains(tokens[first - 1].Lower)
                    || tokens[first - 1].IsCapitalized && PreviousWord(tokens, sentenceOfToken, first - 1) >= 0)
                || places.Contains(word))
            {
                (excluded ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
                continue;
            }

            if (first + 1 < tokens.Count && !EndsPossessive(tokens[first].Value) && tokens[first + 1].IsWord && !tokens[first + 1].IsCapitalized
                && Lexicon.SayingVerbForms.Contains(tokens[first + 1].Value))
            {
                speaking ??= new Dictionary<string, int>(StringComparer.Ordinal);
                speaking[key] = speaking.GetValueOrDefault(key) + 1;
            }
        }

        HashSet<string>? result = null;
        foreach (var (key, count) in speaking ?? [])
        {
            if (count >= 2 && excluded?.Contains(key) != true)
            {
                (result ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
            }
        }

        return result;
    }
}
