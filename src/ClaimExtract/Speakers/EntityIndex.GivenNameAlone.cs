using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// A person the article names only by a given name ("the night porter known as Ben", "Ben said", "Ben agreed": a source whose surname is
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
        // The one-word names written before a verb of saying, counted by key, the next token tested first: most one-word names stand before
        // no such verb, and for them neither the first-name table nor the set of excluded words is read (speed108: the set of every word of
        // the article's longer names was made for each article, for the one or two keys that reach two counts).
        Dictionary<string, int>? speaking = null;
        foreach (var (first, last, _) in sequences)
        {
            if (first != last || quoted[first])
            {
                continue;
            }

            // "a local resident named Caroline." gives the name once, and enough: a one-word name the article introduces by a noun's
            // naming words is a person as surely as one written twice before "said" (EntityIndex.NamedByNoun.cs).
            var introduced = !BeforeSayingVerb(tokens, first);
            if (introduced && !NamedByNoun(tokens, sentenceOfToken, first))
            {
                continue;
            }

            var word = tokens[first].Value;
            if (word.Length < 2 || FirstNameGender.OfGivenName(word) == 0 || ExcludedAlone(tokens, sentenceOfToken, first, word, places))
            {
                continue;
            }

            var key = WordKey(tokens[first]);
            speaking ??= new Dictionary<string, int>(StringComparer.Ordinal);
            speaking[key] = speaking.GetValueOrDefault(key) + (introduced ? 2 : 1);
        }

        HashSet<string>? result = null;
        foreach (var (key, count) in speaking ?? [])
        {
            if (count >= 2 && !Excluded(tokens, sentenceOfToken, quoted, sequences, places, key))
            {
                (result ??= new HashSet<string>(StringComparer.Ordinal)).Add(key);
            }
        }

        return result;
    }

    /// <summary>Whether the one-word name at token <paramref name="first"/>, no possessive, stands right before a lower-case verb of saying ("Bob said").</summary>
    private static bool BeforeSayingVerb(List<Token> tokens, int first) =>
        first + 1 < tokens.Count && !EndsPossessive(tokens[first].Value) && tokens[first + 1].IsWord && !tokens[first + 1].IsCapitalized
        && Lexicon.SayingVerbForms.Contains(tokens[first + 1].Value);

    /// <summary>
    /// Whether the one-word name <paramref name="word"/> at token <paramref name="first"/> is no person there: after a place preposition or an
    /// article ("in Georgia"), after a capitalised word inside its sentence ("said Will Doyle"), or a place of the article.
    /// </summary>
    private static bool ExcludedAlone(List<Token> tokens, int[] sentenceOfToken, int first, string word, HashSet<string> places) =>
        first > 0 && tokens[first - 1].IsWord && (NotPersonBefore.Contains(tokens[first - 1].Lower)
            || tokens[first - 1].IsCapitalized && PreviousWord(tokens, sentenceOfToken, first - 1) >= 0)
        || places.Contains(word);

    /// <summary>
    /// Whether the article excludes the given name of key <paramref name="key"/> from standing alone: a word of one of its longer names
    /// ("Bob Corker"), or a one-word name of that key, outside quotations and a given name, that <see cref="ExcludedAlone"/> says is no person.
    /// Asked only of the keys counted twice before a verb of saying.
    /// </summary>
    private static bool Excluded(List<Token> tokens, int[] sentenceOfToken, bool[] quoted, List<(int First, int Last, bool Titled)> sequences, HashSet<string> places, string key)
    {
        foreach (var (first, last, _) in sequences)
        {
            if (first != last)
            {
                for (var k = first; k <= last; k++)
                {
                    if (tokens[k].IsWord && WordKey(tokens[k]) == key)
                    {
                        return true;
                    }
                }

                continue;
            }

            var word = StripPossessive(tokens[first].Value);
            if (!quoted[first] && word.Length >= 2 && WordKey(tokens[first]) == key && FirstNameGender.OfGivenName(word) != 0
                && ExcludedAlone(tokens, sentenceOfToken, first, word, places))
            {
                return true;
            }
        }

        return false;
    }
}
