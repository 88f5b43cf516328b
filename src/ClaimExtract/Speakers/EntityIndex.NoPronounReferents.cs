using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// Names the entity index holds that "he" or "she" never stands for (branch pronouns122):
/// a name written right after a possessive determiner as the modifier of the owner's thing ("in his first Vexo dispatches, Roe
/// wears", "her Zorbix channel"), a brand or place the owner has, whatever the sentence's subject reading says; and a description
/// written as a capitalised run that ends in a party noun ("the Ohio Democrat’s biggest worry", "the Utah Republican"), which names a
/// person only through someone else's name, never as one; and, for "she", a surname the article never writes with a given name and
/// gives no sign of a woman (no "Ms.", no "she" or "her" it writes for it: "when Roe was still Lind's deputy. She has spoken" is not
/// "Lind"). A woman the article quotes is introduced with her given name or an honorific; a man the news knows well is often written by
/// surname alone. Names of two words with no sex by the first-name table stay ("Pat Roe", or a given name the table lacks: those are
/// mostly women's when a "she" follows them). Passing over them leaves the pronoun to the person named before them.
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>Possessive determiners before an owner's thing.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PossessiveDeterminers =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["his", "her", "its", "their", "our", "my", "your"], StringComparer.Ordinal);

    /// <summary>Party nouns that end a capitalised description ("Ohio Democrat"): the affiliation words that are nouns.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PartyNounEndings =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(["democrat", "republican"], StringComparer.Ordinal);

    // By mention, made when a gendered pronoun first asks: whether the mention is an owner's thing.
    private bool[]? _possessedNames;

    /// <summary>Whether "he" or "she" (<paramref name="male"/> not null) cannot stand for mention <paramref name="mention"/> (see the type's summary).</summary>
    private bool NoPronounReferent(int mention, bool? male) =>
        male is not null && (IsPossessedName(mention) || IsPartyDescription(_mentions[mention].FullName))
        || male == false && NoSignOfAWoman(_mentions[mention].FullName);

    /// <summary>Whether <paramref name="fullName"/> is one word that neither the first-name table nor the article's pronouns and honorifics give any sex.</summary>
    private bool NoSignOfAWoman(string fullName)
    {
        if (fullName.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var prior = Prior(fullName);
        return prior == 0 && SureSex(fullName, prior) == 0 && _genderVotes.Value.GetValueOrDefault(fullName) >= 0;
    }

    private bool IsPossessedName(int mention) => MentionFlag(ref _possessedNames, mention, PossessedName);

    /// <summary>
    /// Whether the name of tokens <paramref name="first"/>..<paramref name="last"/>, opening with no given name, stands between a possessive
    /// determiner (right before it, or with one lower-case word between that is no role noun: "his first Vexo dispatches", not "his wife
    /// Ann said") and a lower-case word of its sentence, not in the possessive itself ("his Zorbix account", not "her Ann’s").
    /// </summary>
    internal static bool PossessedName(List<Token> tokens, int[] sentenceOfToken, int first, int last)
    {
        if (last + 1 >= tokens.Count || EndsPossessive(tokens[last].Value) || !tokens[last + 1].IsWord || tokens[last + 1].IsCapitalized
            || sentenceOfToken[last + 1] != sentenceOfToken[last] || FirstNameGender.IsGivenName(tokens[first].Value))
        {
            return false;
        }

        var before = first - 1;
        if (before >= 0 && tokens[before].IsWord && !tokens[before].IsCapitalized && !PossessiveDeterminers.Contains(tokens[before].Lower)
            && !IsSubjectRoleNoun(tokens[before].Lower))
        {
            before--;
        }

        return before >= 0 && tokens[before].IsWord && PossessiveDeterminers.Contains(tokens[before].Lower) && sentenceOfToken[before] == sentenceOfToken[first];
    }

    /// <summary>
    /// Whether <paramref name="fullName"/> is two words or more ending in a party noun ("Ohio Democrat"). Its first word may be in the
    /// given-name table ("Nevada", "Georgia"): no one's surname is a party's.
    /// </summary>
    internal static bool IsPartyDescription(string fullName)
    {
        var space = fullName.LastIndexOf(' ');
        return space > 0 && PartyNounEndings.Contains(fullName[(space + 1)..].ToLowerInvariant());
    }
}
