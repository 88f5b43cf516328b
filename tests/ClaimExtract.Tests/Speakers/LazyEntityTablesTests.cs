using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speed95lazy: what the entity index and the pipeline now work out only when asked gives the answers they gave when it was made
/// for every article. Texts written for these tests.
/// </summary>
public class LazyEntityTablesTests
{
    private static readonly string[] Texts =
    [
        // A headline in title case, then body text with names.
        "Mayor Vows To Rebuild The Old Pier\n\nCity manager Ida Brandt said the work would start in May. Brandt added that the owners agreed.",
        // Capitalised runs that are no headline: no function word, a long lower-case word, a short one.
        "Big Red Barn Sale Today\n\nAnn Roe And Tom Lind Met\n\nFour Big Red Carts of the Town arrived. New Harbor Mayor Ann Roe spoke.",
        // A closing line in title case after quotations.
        "“It will pass,” said Owen Marsh. Marsh, a critic, spoke on Monday.\n\nWhat Comes Next For The Ferry Line",
        "",
    ];

    private static TokenizedDocument Tokens(string text)
    {
        var document = TextDocument.Create(text);
        return new TokenizedDocument(document, QuoteScanner.Scan(document).Select(q => q.Inner));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void TitleCaseOnDemand_AgreesWithTheWholeArticlesAnswer_ForEveryToken(int text)
    {
        var tokens = Tokens(Texts[text]);
        var whole = EntityIndex.TitleCaseSentences(tokens.Words, tokens.SentenceOf);
        var onDemand = EntityIndex.TitleCaseOnDemand.Of(tokens.Words, tokens.SentenceOf);

        // Asked from the last token back, so that a sentence is first asked at a token other than its first.
        for (var i = tokens.Tokens.Count - 1; i >= 0; i--)
        {
            Assert.That(onDemand.Contains(i), Is.EqualTo(whole is not null && whole.Contains(tokens.SentenceOf[i])), $"token {i} ({tokens.Tokens[i].Value})");
        }
    }

    [Test]
    public void TitleCaseOnDemand_HeadlineAndBody_AreToldApart()
    {
        var tokens = Tokens(Texts[0]);
        var onDemand = EntityIndex.TitleCaseOnDemand.Of(tokens.Words, tokens.SentenceOf);

        Assert.That(onDemand.Contains(0), Is.True);
        Assert.That(onDemand.Contains(tokens.Tokens.Count - 1), Is.False);
    }

    // A sentence whose tokens are not all together (never so from the tokenizer): every sentence is worked out at once, as before.
    [Test]
    public void TitleCaseOnDemand_SentenceInTwoRuns_AgreesWithTheWholeArticlesAnswer()
    {
        var tokens = Tokens(Texts[0]);
        var sentences = (int[])tokens.SentenceOf.Clone();
        var headlineEnd = Array.IndexOf(sentences, 1);
        // The headline's sentence number given to the body's last token too: a second run of sentence 0.
        sentences[^1] = 0;
        var whole = EntityIndex.TitleCaseSentences(tokens.Words, sentences);
        var onDemand = EntityIndex.TitleCaseOnDemand.Of(tokens.Words, sentences);

        Assert.That(headlineEnd, Is.GreaterThan(0));
        for (var i = sentences.Length - 1; i >= 0; i--)
        {
            Assert.That(onDemand.Contains(i), Is.EqualTo(whole is not null && whole.Contains(sentences[i])), $"token {i}");
        }
    }

    // The tables made when first asked answer as before: roles (WithRole, HasRole), salience (MostSalientBefore), a given name apposed to a
    // person noun (a pronoun of that gender).
    [TestCase("Gov. Ann Roe spoke first. Tom Lind, the mayor, said the port would grow. The governor said it would not.", "governor", "Ann Roe")]
    [TestCase("Gov. Ann Roe spoke first. Tom Lind, the mayor, said the port would grow. The mayor said it would.", "mayor", "Tom Lind")]
    public void WithRole_ReadsTheRolesWhenFirstAsked(string text, string role, string holder)
    {
        var index = Index(text);

        Assert.That(index.WithRole(role, text.LastIndexOf("The ", StringComparison.Ordinal), []), Is.EqualTo(holder));
        Assert.That(index.HasRole(holder, role), Is.True);
    }

    [Test]
    public void MostSalientBefore_CountsTheMentionsBefore()
    {
        const string text = "Ann Roe spoke first. Roe said the port would grow. Tom Lind agreed. The official left.";
        var index = Index(text);

        Assert.That(index.MostSalientBefore(text.IndexOf("The official", StringComparison.Ordinal)), Is.EqualTo("Ann Roe"));
        Assert.That(index.MostSalientBefore(0), Is.Null);
    }

    [Test]
    public void ResolvePronoun_TakesTheApposedGivenName()
    {
        const string text = "Tom Vale met the press on Monday. His wife, Maria, 39, stood beside him. She said they would stay.";
        var document = TextDocument.Create(text);
        var index = Index(text);
        var at = text.IndexOf("She", StringComparison.Ordinal);

        Assert.That(index.ResolvePronoun(at, document.SentenceAt(at), male: false), Is.EqualTo("Maria"));
    }

    // The writer of a closing line, read without a resolver, is the one a resolver of the same text reads (its spaces made plain).
    [TestCase("The ferry sank.\n\nAnn\u00A0Roe is a senior editor at the Courier.", "Ann Roe")]
    [TestCase("The ferry sank.\n\nTom Lind is expected to appear in court.\u00A0", null)]
    [TestCase("The ferry sank.\n\nRep. Ann Roe, D-Ore.,\u2009was an early backer of the bill.\n\u3000", "Ann Roe")]
    public void WriterOfClosingLine_WithoutAResolver_IsTheResolversAnswer(string text, string? writer)
    {
        var document = TextDocument.Create(text);
        var resolver = new SpeakerResolver(text, Index(text), p => document.SentenceAt(p));

        Assert.That(SpeakerResolver.WriterOfClosingLine(text), Is.EqualTo(writer));
        Assert.That(resolver.WriterOfClosingLine(), Is.EqualTo(writer));
    }

    private static EntityIndex Index(string text)
    {
        var document = TextDocument.Create(text);
        var tokens = Tokens(text);
        return EntityIndex.Build(document, tokens.Tokens, tokens.SentenceOf, tokens.Quoted, tokens.Words);
    }
}
