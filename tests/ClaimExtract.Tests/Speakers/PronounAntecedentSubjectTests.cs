using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names84, on sentences written for these tests: the antecedent a later "he" or "she" takes (<see cref="EntityIndex.ResolvePronoun(int, int, bool?)"/>).
/// A name in apposition to a preposition's object ("criticism from the leading candidate, Tom Lind, over") is no subject of its
/// sentence; a name right before a closing cue ("..., Tom Lind said") is the subject of its report clause; and a pronoun after sentences
/// that each open with the same pronoun goes back along them to the subject before the first.
/// </summary>
public class PronounAntecedentSubjectTests
{
    private static List<(string? Mention, string? Speaker)> Speakers(string text) => PipelineStatements.MentionsAndSpeakers(text);

    private static PersonMention MentionOf(string text, string name)
    {
        var document = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(document);
        var tokens = new TokenizedDocument(document, quotes.Select(q => q.Inner));
        var index = EntityIndex.Build(document, tokens.Tokens, tokens.SentenceOf, tokens.Quoted);
        var start = text.IndexOf(name, StringComparison.Ordinal);
        return index.Mentions.Single(m => m.Span.Start == start);
    }

    // The name's flags: (IsSubject, ReportSubject).
    [TestCase("The meeting followed criticism from the leading opposition candidate, Tom Lind, over the budget.", "Tom Lind", false, false)]
    [TestCase("The mayor wrote to her lawyer, Tom Lind.", "Tom Lind", false, false)]
    [TestCase("The budget will fail in the spring, Tom Lind said.", "Tom Lind", true, false)]
    [TestCase("Paul Reed will struggle in the spring, Tom Lind said.", "Tom Lind", false, true)]
    [TestCase("“The vote is close,” Paul Reed told reporters.", "Paul Reed", true, false)]
    // Guards: an opening phrase's comma before the subject, a role that is a noun's complement, a name before a verb, a name that no cue follows.
    [TestCase("In a letter to the governor, Tom Lind said the plan failed.", "Tom Lind", true, false)]
    [TestCase("The candidate for mayor, Tom Lind, met voters on Monday.", "Tom Lind", true, false)]
    [TestCase("After the vote, Tom Lind left the hall.", "Tom Lind", true, false)]
    [TestCase("Paul Reed met Tom Lind on Monday.", "Tom Lind", false, false)]
    [TestCase("Paul Reed will struggle in the spring, and Tom Lind agrees.", "Tom Lind", false, false)]
    public void NameFlags(string text, string name, bool subject, bool report)
    {
        var mention = MentionOf(text, name);
        Assert.That((mention.IsSubject || mention.SubjectAfterRole, mention.ReportSubject), Is.EqualTo((subject, report)));
    }

    // The pronoun's person (the last statement's speaker).
    [TestCase("Paul Reed met the board on Monday. The meeting followed criticism from the leading opposition candidate, Tom Lind, over the budget. “We will win this vote,” he said.", "Paul Reed")]
    [TestCase("Paul Reed will struggle in the general election, Tom Lind said. “It is an open question whether his plan works,” he said.", "Tom Lind")]
    [TestCase("Paul Reed spoke in the town on Monday. At the rally he thanked his supporters. He attacked the budget written by Governor Tom Lind. He promised to cut taxes. “We will cut them this year,” he said.", "Paul Reed")]
    // Guards: a subject after an opening phrase keeps the pronoun; a sentence that names its subject stops the way back.
    [TestCase("Paul Reed met the board on Monday. In a letter to the governor, Tom Lind said the plan failed. “It will cost jobs,” he said.", "Tom Lind")]
    [TestCase("Paul Reed met the board on Monday. The candidate for mayor, Tom Lind, met voters too. “We will win this vote,” he said.", "Tom Lind")]
    [TestCase("Paul Reed spoke in the town on Monday. He thanked his supporters. Tom Lind spoke next. “We will win this vote,” he said.", "Tom Lind")]
    public void PronounTakesTheSubject(string text, string person) =>
        Assert.That(Speakers(text)[^1], Is.EqualTo(((string?)"he", (string?)person)));
}
