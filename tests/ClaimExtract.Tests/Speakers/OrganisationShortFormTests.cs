using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names104, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve): an
/// organisation written in a short form of the name the article gives it in full before ("the Fed" after "the Federal Reserve", "State"
/// after "the State Department", "the BLM group" after "Black Lives Matter") is named by that full name (data/names/GUIDE.md).
/// </summary>
public class OrganisationShortFormTests
{
    // Fail on main (the short form was the name: "Fed", "State", "BLM group").
    [TestCase("Markets rallied after the Federal Reserve held rates steady on Wednesday. The Fed said inflation was easing.", "The Fed", 1, "Federal Reserve")]
    [TestCase("The State Department released another batch of records on Friday. State said the delay was regrettable.", "State", 2, "State Department")]
    [TestCase("In an unusual pact, the mayor and the Black Lives Matter movement share one aim: the BLM group is asking the council to act.", "the BLM group", 1, "Black Lives Matter")]
    public void ShortFormOfANameWrittenBefore_IsTheFullName(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards, the same on main: a clipped word the article writes alone before any longer name, and a longer name written only after
    // the short form stood alone.
    [TestCase("Fed officials met on Tuesday. Later, the Federal Reserve Bank of Ohio published minutes. The Fed said rates would hold.", "The Fed", 1, "Fed")]
    [TestCase("Ardent said on Monday it would open a plant. Ardent Holdings is its parent.", "Ardent", 1, "Ardent")]
    public void ShortFormWithNoFullNameBeforeItStandsAlone_IsUnchanged(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // speed124: the resolver keeps a short form's answer by the word and the place its runs are read up to; one resolver asked every
    // occurrence in turn (the same word before and after it is first written alone, and again) answers as a resolver made for each.
    [TestCase("Markets rallied after the Federal Reserve held rates steady. The Fed said inflation was easing. Fed officials met. The Fed said more.", "Fed")]
    [TestCase("The State Department released records. State said the delay was regrettable. Later, State said more. The Foggy State Office agreed.", "State")]
    [TestCase("Ardent said on Monday it would open a plant. Ardent Holdings is its parent. Ardent said it would hire.", "Ardent")]
    public void ShortFormsAskedInTurnByOneResolver_AnswerAsEachAskedAlone(string text, string word)
    {
        var document = ClaimExtract.Text.TextDocument.Create(text);
        var quotes = ClaimExtract.Quotes.QuoteScanner.Scan(document);
        var tokens = new ClaimExtract.Text.TokenizedDocument(document, quotes.Select(q => q.Inner));
        var resolver = new SpeakerResolver(text, EntityIndex.Build(document, tokens.Tokens, tokens.SentenceOf, tokens.Quoted), p => document.SentenceAt(p));
        var occurrences = 0;
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            // The occurrences as NameResolutionRulesTests.Resolve counts them (none right after a letter).
            if (at > 0 && char.IsLetter(text[at - 1]))
            {
                continue;
            }

            occurrences++;
            var inTurn = resolver.Resolve(new Span(at, at + word.Length));
            Assert.That(inTurn, Is.EqualTo(NameResolutionRulesTests.Resolve(text, word, occurrences)), $"occurrence {occurrences}");
        }

        Assert.That(occurrences, Is.GreaterThanOrEqualTo(3));
    }

    // Guard, the same on main: an acronym before a noun that names a part of the organisation is not the organisation.
    [Test]
    public void AcronymBeforeANounForAPartOfIt_IsNotTheSpeltOutName()
    {
        const string Text = "In a rare truce, the mayor and the National Union of Farmers agree on one thing: the NUF committee is asking the council to act.";

        Assert.That(NameResolutionRulesTests.Resolve(Text, "the NUF committee").Name, Is.Not.EqualTo("National Union of Farmers"));
    }
}
