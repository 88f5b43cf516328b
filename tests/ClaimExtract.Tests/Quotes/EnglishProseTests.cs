using ClaimExtract.Quotes;
using ClaimExtract.Sources;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The quote stage reads English prose only (audit 13: on pages in other languages and on tables of results, capitalised words
/// became speakers). Texts written for these tests, each repeated to a page's length.
/// </summary>
public class EnglishProseTests
{
    private static string Page(string paragraph, int times = 8) => string.Join("\n\n", Enumerable.Repeat(paragraph, times));

    private static bool IsEnglishProse(string text)
    {
        var doc = TextDocument.Create(text);
        return Lexicon.IsEnglishProse(new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner)).Tokens);
    }

    private const string English =
        "Marta Silva opened the bakery on the square in March. “We will open on Sundays too,” she told the neighbours. " +
        "She said the new oven burns less wood and that the bread is ready earlier than it was. ";

    private const string Portuguese =
        "Marta Silva abriu a padaria na praça em março. «Vamos abrir também aos domingos», disse Marta aos vizinhos. " +
        "Ela explicou que o forno novo gasta menos lenha e que os pães ficam prontos mais cedo. " +
        "Carlos: Nós queremos uma feira maior na praça no próximo verão. ";

    private static IEnumerable<TestCaseData> Texts()
    {
        TestCaseData Case(string name, string text, bool english) => new TestCaseData(text, english).SetName($"IsEnglishProse_{name}");

        yield return Case("EnglishArticle", Page(English), true);
        yield return Case("PortugueseArticle", Page(Portuguese), false);
        yield return Case("GermanArticle", Page("Die Messe bringt Fachleute aus Handel und Technik nach Köln. Sie zeigen neue Geräte für Küche und Büro, und viele Firmen stellen zum ersten Mal aus. "), false);
        yield return Case("RussianArticle", Page("Марта открыла пекарню на площади в марте. «Мы будем работать и по воскресеньям», — сказала она соседям. ", 16), false);
        yield return Case("TableOfResults", Page("1\n\nAna Ruiz\n\n5040\n\n5\n\n2\n\nTom Okafor\n\n5035\n\n7\n\n3\n\nLena Park\n\n5033\n\n4", 16), false);
        yield return Case("ShortTextInAnotherLanguage", Portuguese, true);
    }

    [TestCaseSource(nameof(Texts))]
    public void IsEnglishProse_ByItsCommonestWords(string text, bool english) =>
        Assert.That(IsEnglishProse(text), Is.EqualTo(english));

    private static readonly ClaimPipeline Pipeline = new();

    [Test]
    [Category("Model")]
    public void PageInAnotherLanguage_HasNoStatements_AndSaysWhy()
    {
        var article = Pipeline.Process(new InputDocument("t", "t", new DocumentContent.PlainText(Page(Portuguese))));

        Assert.That(article.Statements, Is.Empty);
        Assert.That(article.Problems.Select(p => p.Code), Does.Contain("CE3002"));
    }

    [Test]
    [Category("Model")]
    public void EnglishPage_HasItsStatements()
    {
        var article = Pipeline.Process(new InputDocument("t", "t", new DocumentContent.PlainText(Page(English, 3))));

        Assert.That(article.Statements, Is.Not.Empty);
        Assert.That(article.Problems.Select(p => p.Code), Does.Not.Contain("CE3002"));
    }
}
