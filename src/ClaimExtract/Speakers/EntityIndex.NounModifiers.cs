using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// A name written as a noun's modifier inside a noun phrase ("worked on the Vexo Bank loan desk", "said one was a loyal Ruiz
/// supporter") names a kind of desk or supporter, not a person who acts in the sentence: "she" or "he" after it does not take it as the
/// latest person named (<see cref="ResolvePronoun(int, int, bool?)"/>), and goes on to the person named before it.
/// </summary>
internal sealed partial class EntityIndex
{
    // For each mention, whether it modifies the noun after it (ModifiesNoun); null until a pronoun first asks.
    private bool[]? _nounModifiers;

    /// <summary>Whether mention <paramref name="mention"/> is written as the modifier of a noun (<see cref="ModifiesNoun"/>).</summary>
    private bool IsNounModifier(int mention) => MentionFlag(ref _nounModifiers, mention, ModifiesNoun);

    // A test of each mention's tokens, made for all the article's mentions the first time one is asked (EntityIndex.NoPronounReferents.cs too).
    private bool MentionFlag(ref bool[]? flags, int mention, Func<List<Token>, int[], int, int, bool> test)
    {
        if (flags is null)
        {
            var d = _deferred;
            var made = new bool[d.MentionFirst.Count];
            for (var i = 0; i < made.Length; i++)
            {
                made[i] = test(d.Tokens, d.SentenceOfToken, d.MentionFirst[i], d.MentionLast[i]);
            }

            flags = made;
        }

        return mention < flags.Length && flags[mention];
    }

    /// <summary>
    /// Whether the name of tokens <paramref name="first"/>..<paramref name="last"/> stands between "a", "an" or "the" (right before it, or
    /// with one lower-case word between that is no role noun: "an avowed Trump supporter") and a lower-case noun of its sentence
    /// (<see cref="ReadsAsNoun"/>): not "A dejected Ann Roe knew", "the late Ann Roe wrote". A possessive ("the Roe's") modifies nothing here.
    /// </summary>
    internal static bool ModifiesNoun(List<Token> tokens, int[] sentenceOfToken, int first, int last)
    {
        if (last + 1 >= tokens.Count || EndsPossessive(tokens[last].Value) || !tokens[last + 1].IsWord || tokens[last + 1].IsCapitalized
            || sentenceOfToken[last + 1] != sentenceOfToken[last] || !ReadsAsNoun(tokens[last + 1].Lower))
        {
            return false;
        }

        var before = first - 1;
        if (before >= 0 && tokens[before].IsWord && !tokens[before].IsCapitalized && tokens[before].Lower is not ("a" or "an" or "the")
            && !IsSubjectRoleNoun(tokens[before].Lower))
        {
            before--;
        }

        return before >= 0 && tokens[before].IsWord && tokens[before].Lower is "a" or "an" or "the" && sentenceOfToken[before] == sentenceOfToken[first];
    }

    /// <summary>
    /// A lower-case word that is a noun by the lexicon (a person, group, organisation or document noun, a role noun: "supporter",
    /// "campaign", "administration") or by its ending ("-ing", "-tion", "-sion", "-ment", "-ship": "trading", "operation"); a verb after a
    /// name ("knew", "faces") is none of these.
    /// </summary>
    private static bool ReadsAsNoun(string lower) =>
        Lexicon.PersonNouns.Contains(lower) || Lexicon.GroupNouns.Contains(lower) || Lexicon.OrganizationNouns.Contains(lower)
        || Lexicon.DocumentNouns.Contains(lower) || IsSubjectRoleNoun(lower)
        || lower.Length >= 6 && (lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("tion", StringComparison.Ordinal)
                                 || lower.EndsWith("sion", StringComparison.Ordinal) || lower.EndsWith("ment", StringComparison.Ordinal)
                                 || lower.EndsWith("ship", StringComparison.Ordinal));
}
