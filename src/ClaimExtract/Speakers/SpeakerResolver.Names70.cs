using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>Branch names70: a capitalised word that names both a text and a publication ("Post", "Report") ends a publication's name.</summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "The Post reported", "the Riverside Post noted", "The Drudge Report says": a mention whose words after its article are all
    /// capitalised and whose head is a word that is both a document noun and an organisation word (<see cref="Lexicon.DocumentNouns"/> and
    /// <see cref="Lexicon.OrganizationWords"/>: "Post", "Report", "Review") is a publication, not a document, named as the article names
    /// it in full before ("The Post" after "The Riverside Post" → "Riverside Post"). Null otherwise: a lower-case head ("the post", "a
    /// report"), one word alone (a headline's "Report:" is the document it opens with), a capitalised common word opening the mention
    /// ("Recent Report"), or a head that is a given name ("Bill").
    /// </summary>
    private string? PublicationName(string[] words)
    {
        if (words.Length < 2)
        {
            return null;
        }

        var name = WithoutArticle(words).Split(' ');
        var head = EntityIndex.StripPossessive(name[^1]);
        if (!Lexicon.DocumentNouns.Contains(head) || !Lexicon.OrganizationWords.Contains(head) || FirstNameGender.IsGivenName(head)
            || name.Any(w => !char.IsUpper(w[0])) || name.Length > 1 && !WrittenMidSentence(name[0]))
        {
            return null;
        }

        return _entities.ExpandOrganization(string.Join(' ', name[..^1].Append(head)));
    }
}
