using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>The token traits of the speaker candidates: the combined look-up tables against one look-up per word list.</summary>
public class TokenTraitsTests
{
    private static IEnumerable<string> Words()
    {
        var lists = new IEnumerable<string>[]
        {
            Lexicon.CueVerbs.Keys, Lexicon.Auxiliaries, Lexicon.Adverbs, Lexicon.PersonNouns, Lexicon.OrganizationNouns, Lexicon.DocumentNouns,
            Lexicon.GroupNouns, Lexicon.Prepositions, Lexicon.Titles, Lexicon.OrganizationWords, Lexicon.Determiners, Lexicon.NotNames,
            ["he", "she", "they", "who", "which", "some", "others", "by", "the", "ceo", "Ceos", "reporters", "analysts", "bus", "yes", "ı", "İ", "K", "Straße", "'s", "’s", "Analysts’s", "BOSS'S", "Said", "IN", "spokesmen’s"],
        };
        foreach (var w in lists.SelectMany(l => l).Distinct())
        {
            yield return w;
            yield return w.ToUpperInvariant();
            yield return char.ToUpperInvariant(w[0]) + w[1..];
            yield return w + "s";
            yield return w + "’s";
            yield return w + "'s";
            yield return w.Length > 2 ? w[..^1] : w + "x";
        }
    }

    [Test]
    public void Tables_GiveTheTraitsOfTheWordLists()
    {
        var checkedWords = 0;
        foreach (var w in Words().Concat([",", ":", "“", "\"", "‘", "—", "."]))
        {
            var token = new Token(new Span(0, w.Length), w, w.Any(char.IsLetterOrDigit));
            Assert.That(TokenTraits.Compute(token), Is.EqualTo(TokenTraits.ComputeByLists(token)), w);
            Assert.That(TokenTraits.ComputeHead(token), Is.EqualTo(TokenTraits.ComputeHeadByLists(token)), w);
            checkedWords++;
        }

        Assert.That(checkedWords, Is.GreaterThan(3000));
    }
}
