using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// A second report of the same speaker inside a statement's content (<see cref="NestedReport"/>): "“A,” X said, adding that ...
/// “B.”", "“A,” said X, who noted that ... “B.”", "“A,” X said when asked about ... “B.”". The rules read the two quotations and
/// the attribution between them as one statement, whose content runs over the second cue; the second report becomes a statement of
/// its own. On sentences written for these tests, through the whole pipeline.
/// </summary>
public class NestedReportTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    // text, the second cue, its content's first words, its speaker mention as written (null: none)
    [TestCase("“We will not raise the fares this winter,” Lena Marsh said, adding that the ferry company had saved enough money. “We can wait a year.”",
        "adding", "that the ferry company had saved", "Lena Marsh")]
    [TestCase("“The fares will stay the same,” Lena Marsh said, explaining why the board had met twice. “We wanted to be sure.”",
        "explaining", "why the board had met twice", "Lena Marsh")]
    [TestCase("“The bridge is safe for heavy lorries,” said Omar Haddad, an engineer from Leeds, who noted that the cables had been replaced in April. “Nobody should worry.”",
        "noted", "that the cables had been replaced", "who")]
    [TestCase("“We have no plans to sell the port,” the harbour master said when asked about the rumours of a foreign buyer. “It is not for sale.”",
        "asked about", "the rumours of a foreign buyer", null)]
    [TestCase("“Anyone can learn to sail,” Priya Nair said when asked whether the club would take beginners. “We start in June.”",
        "asked", "whether the club would take beginners", null)]
    public void SecondReport_InsideAStatement_IsAStatementOfItsOwn(string text, string cue, string contentStart, string? speaker)
    {
        var statements = Statements(text);
        var second = statements.Where(s => s.Cue == cue).ToList();
        Assert.That(second, Has.Count.EqualTo(1), string.Join(" | ", statements.Select(s => s.Cue + ": " + s.Text)));
        Assert.That(second[0].Text, Does.StartWith(contentStart));
        Assert.That(second[0].SpeakerMention, Is.EqualTo(speaker));
        Assert.That(statements.Count(s => s.Cue == "said"), Is.EqualTo(1), "the first statement stays");
    }

    [Test]
    public void RelativeClause_TheOuterSpeakerJustBefore_NamesThePronoun()
    {
        var statements = Statements("“The bridge is safe for heavy lorries,” said Omar Haddad, an engineer from Leeds, who noted that the cables had been replaced in April. “Nobody should worry.”");
        Assert.That(statements.Single(s => s.Cue == "noted").Speaker, Is.EqualTo("Omar Haddad"));
    }

    // No second statement: a participle the rule does not read ("saying", "telling": measured on train, mostly no gold), a cue inside
    // the quotation, "when asked" with nothing after it in its sentence.
    [TestCase("“It was a long night,” Lena Marsh said, saying the crew had worked until dawn. “They were tired.”", "saying")]
    [TestCase("“I kept going,” Lena Marsh said, telling the council that the crew had worked until dawn. “They were tired.”", "telling")]
    [TestCase("“I kept going, adding bricks to the wall until dark,” the builder said. “Then I went home.”", "adding")]
    [TestCase("“The fares will stay the same,” Lena Marsh said when asked. “We wanted to be sure.”", "asked")]
    public void NoSecondReport(string text, string cue)
    {
        Assert.That(Statements(text).Select(s => s.Cue), Does.Not.Contain(cue));
    }

    // Made by hand on one sentence: the forms Inner reads, by the words before the cue.
    [TestCase("The board met, adding that the ferry would run.", "adding", "that the ferry would run")]
    [TestCase("The board met Ana Ruiz, who also said that the ferry would run.", "said", "that the ferry would run")]
    [TestCase("The board met when asked about the ferry and its crew.", "asked about", "the ferry and its crew")]
    [TestCase("The board met and said that the ferry would run.", "said", null)]
    [TestCase("The board met, saying that the ferry would run.", "saying", null)]
    [TestCase("The board met, adding more.", "adding", null)]
    [TestCase("The board met when asked to review the ferry timetable.", "asked", null)]
    public void Inner_Forms(string text, string cue, string? content)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, []);
        var k = tokens.Tokens.ToList().FindIndex(x => x.Value == cue.Split(' ')[0]);
        var inner = NestedReport.Inner(tokens, k, text.Length - 1);
        if (content is null)
        {
            Assert.That(inner, Is.Null);
            return;
        }

        Assert.That(inner, Is.Not.Null);
        Assert.That(inner!.Value.CueText, Is.EqualTo(cue));
        Assert.That(text[inner.Value.Content.Start..inner.Value.Content.End], Is.EqualTo(content));
    }

    // "According to" in the middle of a sentence that resumes after the source (AccordingTo.Resumed): the content runs from the
    // short opening to the sentence's end. Through the pipeline, then by hand (the rules' content is the opening alone).
    [TestCase("Since last spring, according to the port authority, the ferry has carried more than two thousand cars.",
        "Since last spring, according to the port authority, the ferry has carried more than two thousand cars")]
    [TestCase("At the centre of the quarrel, according to two aides of the mayor, was a plan to sell the old harbour.",
        "At the centre of the quarrel, according to two aides of the mayor, was a plan to sell the old harbour")]
    [TestCase("The ferry has carried more than two thousand cars since the bridge closed, according to the port authority, a record for the island.",
        "The ferry has carried more than two thousand cars since the bridge closed")]
    [TestCase("While most of the old ferries were repaired within a month, according to the port authority, two of the new ones are still in the dock.",
        "two of the new ones are still in the dock")]
    public void AccordingTo_ResumedAfterTheSource_ThroughThePipeline(string text, string content)
    {
        Assert.That(Statements(text).Single(s => s.Cue == "according to").Text, Is.EqualTo(content));
    }

    // opening, the sentence, the content expected
    [TestCase("Since last spring", "Since last spring, according to the port authority, the ferry has carried more than two thousand cars.", "Since last spring, according to the port authority, the ferry has carried more than two thousand cars")]
    [TestCase("Since last spring", "Since last spring, according to the port authority, it grew.", "Since last spring")]
    [TestCase("Since last spring", "Since last spring, according to the port authority.", "Since last spring")]
    [TestCase("The ferry has carried more than two thousand cars", "The ferry has carried more than two thousand cars, according to the port authority, a record for the island.", "The ferry has carried more than two thousand cars")]
    // recall60: a longer opening that is a subordinate clause alone, or that ends in a subordinator, is no part of the content: the
    // content is the main clause after the source. An opening with a comma of its own holds its main clause: unchanged.
    [TestCase("While most of the old ferries were repaired within a month", "While most of the old ferries were repaired within a month, according to the port authority, two of the new ones are still in the dock.", "two of the new ones are still in the dock")]
    [TestCase("The mayor left the council nine years ago because", "The mayor left the council nine years ago because, according to her aides, the budget talks had collapsed.", "the budget talks had collapsed")]
    [TestCase("Though the levy failed twice, the mayor expects it to pass", "Though the levy failed twice, the mayor expects it to pass, according to two aides, and a vote is set for May.", "Though the levy failed twice, the mayor expects it to pass")]
    [TestCase("The ferry has carried more than two thousand cars since", "The ferry has carried more than two thousand cars since, according to the port authority.", "The ferry has carried more than two thousand cars since")]
    public void AccordingTo_Resumed_ByHand(string opening, string text, string expected)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, []);
        var cue = text.IndexOf("according to", StringComparison.Ordinal);
        var a = new Attribution(new Span(0, opening.Length), QuoteType.Indirect, new Span(cue, cue + "according to".Length), "according to", null, null);
        var result = AccordingTo.Resumed(tokens, [a]).Single();
        Assert.That(text[result.Content.Start..result.Content.End], Is.EqualTo(expected));
    }
}
