using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4 speed (docs/quotes.md, "speed60"): <see cref="NounReport.Add"/>, <see cref="PassiveReport.Add"/> and <see cref="NamingReport.Add"/>
/// ask their word sets once per form of the article (<see cref="WordTable.LowerFormsWhere"/>, <see cref="WordTable.FormsWhere"/>) instead of
/// once per token. Each token's form answer must be what the per-token test answered: a set of lower-case words matched against the token's
/// lower case (any case as written), or as written (lower case only). Sentences written for these tests.
/// </summary>
public class LowerFormsWhereTests
{
    private static readonly string[] Words = ["support", "argument", "reported", "backed", "referring", "called"];

    [TestCase("Their ARGUMENT: the levy backs the pier. Support for it Grew, as the clerk Reported and the mayor BACKED it.")]
    [TestCase("The levy was backed by the council, reported by the Ledger, called a bargain, referring to the pier; “supported” in marks.")]
    [TestCase("Turkish-style letters: SUPPORİ, argumenť, reportéd, Backed, CALLED, Referring, calls, describes.")]
    [TestCase("Marks only — , . ; : ! ? “ ” ‘ ’ … and numbers 1,200 and 3.5 and support's and argument’s.")]
    public void FormAnswer_IsThePerTokenAnswer(string text)
    {
        var doc = new TokenizedDocument(TextDocument.Create(text), []);
        var set = new HashSet<string>(Words, StringComparer.Ordinal);
        var filter = new WordTable.HashFilter(Words);
        var lower = doc.Words.LowerFormsWhere(filter, set.Contains);
        var written = doc.Words.FormsWhere(filter, set.Contains);
        var t = doc.Tokens;
        Assert.That(doc.Words.FormOf, Has.Count.EqualTo(t.Count));
        for (var k = 0; k < t.Count; k++)
        {
            Assert.That(lower[doc.Words.FormOf[k]], Is.EqualTo(set.Contains(t[k].Lower)), $"lower case of token {k} “{t[k].Value}”");
            Assert.That(written[doc.Words.FormOf[k]], Is.EqualTo(set.Contains(t[k].Value)), $"token {k} “{t[k].Value}” as written");
        }
    }
}
