using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>Attribution patterns on short texts written for these tests.</summary>
public class AttributionFinderTests
{
    private sealed record Found(string Content, QuoteType Type, string? Cue, string? Speaker, string? Addressee);

    private static List<Found> Find(string text)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        return AttributionFinder.Find(tokens, quotes)
            .Select(a => new Found(a.Content.Of(text), a.Type, a.CueText, a.Speaker?.Of(text), a.Addressee?.Of(text)))
            .ToList();
    }

    [Test]
    public void DirectQuote_WithSpeakerAndCueAfter()
    {
        var found = Find("“We will rebuild the bridge by spring,” Mayor Ana Ruiz said on Monday.");

        Assert.That(found, Is.EqualTo(new[] { new Found("“We will rebuild the bridge by spring,”", QuoteType.Direct, "said", "Mayor Ana Ruiz", null) }));
    }

    [Test]
    public void DirectQuote_WithInvertedCue()
    {
        var found = Find("“The numbers do not add up,” said Tom Okafor, a budget analyst.");

        Assert.That(found.Single().Speaker, Is.EqualTo("Tom Okafor"));
        Assert.That(found.Single().Cue, Is.EqualTo("said"));
    }

    [Test]
    public void DirectQuote_WithCueBefore()
    {
        var found = Find("The minister told reporters: “Nothing has been decided about the plant.”");

        Assert.That(found.Single(), Is.EqualTo(new Found("“Nothing has been decided about the plant.”", QuoteType.Direct, "told", "The minister", "reporters")));
    }

    [Test]
    public void QuoteSplitByItsAttribution_IsOneStatement()
    {
        var text = "“We tried everything,” she told the council. “It was not enough.”";

        var found = Find(text);

        Assert.That(found.Single().Content, Is.EqualTo("“We tried everything,” she told the council. “It was not enough.”"));
        Assert.That(found.Single().Addressee, Is.EqualTo("the council"));
    }

    [Test]
    public void IndirectSpeech_WithAddresseeAndThatClause()
    {
        var found = Find("Lena Park told the board on Friday that the factory would close in March.");

        Assert.That(found.Single(), Is.EqualTo(new Found("that the factory would close in March", QuoteType.Indirect, "told", "Lena Park", "the board")));
    }

    // A preposition, an adverb of degree or a complementiser after the cue opens no addressee ("told about his father").
    [TestCase("“We never gave up,” Lena Park told about her father on Friday.")]
    [TestCase("“It is a lie,” Lena Park told so many voters.")]
    [TestCase("Lena Park has promised that the factory would stay open.")]
    [TestCase("“It will stay open,” Lena Park promised in a letter.")]
    public void WordAfterTheCueThatOpensNoNounPhrase_IsNoAddressee(string text)
    {
        var found = Find(text);

        Assert.That(found, Is.Not.Empty);
        Assert.That(found.Select(f => f.Addressee), Is.All.Null);
    }

    [Test]
    public void IndirectSpeech_WithoutThat()
    {
        var found = Find("Park said the plan was never approved by the city.");

        Assert.That(found.Single().Content, Is.EqualTo("the plan was never approved by the city"));
    }

    [Test]
    public void IndirectSpeech_StopsBeforeACoordinatedPredicate()
    {
        var found = Find("The senator said she would vote for the bill, but changed her mind a week later.");

        Assert.That(found.Single().Content, Is.EqualTo("she would vote for the bill"));
        Assert.That(found.Single().Speaker, Is.EqualTo("The senator"));
    }

    [Test]
    public void IndirectSpeech_SpeakerBeforeARelativeClause()
    {
        var found = Find("Lee, who announced that he will retire next year, also told staff that the merger is off.");

        Assert.That(found.Select(f => (f.Content, f.Speaker)), Is.EqualTo(new[]
        {
            ("that he will retire next year", "Lee"),
            ("that the merger is off", "Lee"),
        }));
    }

    [Test]
    public void AccordingTo_AndAsSourceExplained()
    {
        var found = Find("The bridge will reopen in May, according to city engineers. As a state audit once explained, the repairs were underfunded for years.");

        Assert.That(found.Select(f => (f.Content, f.Cue, f.Speaker)), Is.EqualTo(new[]
        {
            ("The bridge will reopen in May", "according to", "city engineers"),
            ("the repairs were underfunded for years", "explained", "a state audit"),
        }));
    }

    [Test]
    public void ReportedContentThatQuotesSomeWords_IsMixed()
    {
        var found = Find("Ruiz told voters that the city will “never again ignore the river.”");

        Assert.That(found.Single().Type, Is.EqualTo(QuoteType.Mixed));
        Assert.That(found.Single().Content, Is.EqualTo("that the city will “never again ignore the river.”"));
    }

    [Test]
    public void PartialQuote_ReferredToAs()
    {
        var found = Find("Ruiz referred to the budget talks as “a circus” on Tuesday.");

        Assert.That(found.Single(), Is.EqualTo(new Found("“a circus”", QuoteType.Mixed, "referred to ... as", "Ruiz", null)));
    }

    [Test]
    public void ParentheticalAttribution_AroundReportedContent()
    {
        var found = Find("The plant was a giant, Mr. Hale said, until it ran out of cash in 1999. The trust was underfunded, said Mr. Barrett, the state’s lawyer.");

        Assert.That(found.Select(f => (f.Content, f.Cue, f.Speaker)), Is.EqualTo(new[]
        {
            ("The plant was a giant, Mr. Hale said, until it ran out of cash in 1999", "said", "Mr. Hale"),
            ("The trust was underfunded", "said", "Mr. Barrett"),
        }));
    }

    [Test]
    public void CoordinatedPredicate_TakesTheClauseSubject()
    {
        var found = Find("Governor Lena Park met the union leaders on Monday and said the strike would end soon.");

        Assert.That(found.Single().Speaker, Is.EqualTo("Governor Lena Park"));
    }

    [Test]
    public void ToldWithoutThat_BeforeAPronounClause()
    {
        var found = Find("The mayor told residents this week she would not raise the water rates.");

        Assert.That(found.Single(), Is.EqualTo(new Found("she would not raise the water rates", QuoteType.Indirect, "told", "The mayor", "residents")));
    }

    [Test]
    public void QuotationSignedWithADash()
    {
        var found = Find("“The river took everything we had left.” ― Mara Quint");

        Assert.That((found.Single().Speaker, found.Single().Cue), Is.EqualTo(("Mara Quint", (string?)null)));
    }

    [Test]
    public void Initials_StayInTheName()
    {
        var found = Find("“Fees are a choice,” Tom J. Hale said last week.");

        Assert.That(found.Single().Speaker, Is.EqualTo("Tom J. Hale"));
    }

    [Test]
    public void DemandsAndIntentions_AreAttributed()
    {
        var found = Find("The union called for a new vote on the contract. Park pledged to cut the fare by half.");

        Assert.That(found.Select(f => (f.Content, f.Cue, f.Speaker)), Is.EqualTo(new[]
        {
            ("a new vote on the contract", "called for", "The union"),
            ("to cut the fare by half", "pledged", "Park"),
        }));
    }

    [Test]
    public void SpeakerAndColon_BeforeAQuotation()
    {
        var found = Find("Mayor Ana Ruiz: “The bridge will reopen in May, whatever the council decides.”");

        Assert.That((found.Single().Speaker, found.Single().Cue), Is.EqualTo(((string?)"Mayor Ana Ruiz", (string?)":")));
    }

    [Test]
    public void DoubledApostrophes_AreQuotationMarks()
    {
        var found = Find("''The lack of fairness is shameful,'' said Elena Brook, the director.");

        Assert.That(found.Single(), Is.EqualTo(new Found("''The lack of fairness is shameful,''", QuoteType.Direct, "said", "Elena Brook", null)));
    }

    [Test]
    public void ScareQuotes_AndTitles_AreNotStatements()
    {
        Assert.That(Find("The so-called “reform” passed. She reads “War and Peace” every year."), Is.Empty);
    }

    [Test]
    public void UnattributedQuotation_TakesTheSpeakerOfTheStatementBefore()
    {
        // (A quotation that is the whole next paragraph continues the statement instead: see HardPatternTests.)
        var text = "“We will appeal the ruling,” the company said.\n\n“Our customers deserve better than this decision.” The appeal is due in May.";

        var found = Find(text);

        Assert.That(found.Select(f => f.Speaker), Is.EqualTo(new[] { "the company", "the company" }));
    }
}
