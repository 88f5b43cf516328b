using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// A name that modifies an organisation's role before the person who holds it (branch persons120b): "Lee campaign manager Tom Hale
/// said", "Park administration official Ana Ruiz told". The name ("Lee") is the campaign's, not the sentence's subject: without this it
/// took the sentence's one subject slot, Tom Hale was then no subject, and a "he" a sentence later went back to Ben Lee. As with "Lee aide
/// Tom Hale" (<see cref="ModifiesRole"/>), the person after the role is the subject.
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// Whether the name ending at token <paramref name="last"/> modifies a lower-case organisation noun ("campaign", "administration":
    /// <see cref="Lexicon.OrganizationNouns"/>) that a person's role noun ("manager", "Chairman") and then a capitalised word follow in
    /// the same sentence ("Lee| campaign manager Tom Hale"); not a possessive ("Lee's campaign manager Tom Hale"), nor a name before a
    /// verb ("Lee campaigned ...").
    /// </summary>
    private static bool ModifiesOrganisationRole(List<Token> tokens, int[] sentenceOfToken, int last) =>
        last + 3 < tokens.Count && !EndsPossessive(tokens[last].Value)
        && tokens[last + 1].IsWord && !tokens[last + 1].IsCapitalized && Lexicon.OrganizationNouns.Contains(tokens[last + 1].Lower)
        && tokens[last + 2].IsWord && IsSubjectRoleNoun(tokens[last + 2].Lower)
        && tokens[last + 3].IsWord && tokens[last + 3].IsCapitalized && sentenceOfToken[last + 3] == sentenceOfToken[last];

    /// <summary>
    /// Whether token <paramref name="k"/> is a capitalised role noun right after a lower-case organisation noun in its sentence ("Lee campaign
    /// |Chairman| Tom Hale"): the role of a subject after a role, as a lower-case one is ("Lee campaign chairman Tom Hale"); not a
    /// capitalised role after a capitalised word ("House Chairman Tom Hale", part of the subject's title as before).
    /// </summary>
    private static bool CapitalisedRoleOfOrganisation(List<Token> tokens, int[] sentenceOfToken, int k) =>
        k > 0 && tokens[k].IsWord && tokens[k].IsCapitalized && IsSubjectRoleNoun(tokens[k].Lower) && sentenceOfToken[k - 1] == sentenceOfToken[k]
        && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized && Lexicon.OrganizationNouns.Contains(tokens[k - 1].Lower);
}
