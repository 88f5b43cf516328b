using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// A belief, wish or stance stated of a subject where no statement stands (<see cref="StanceReport"/>): "they want to ...",
/// "Voters want ...", "Priya Nair understands ...". PolNeAR annotates them as it annotates speech; the rules and the cue tagger leave
/// these out. On sentences written for these tests, through the whole pipeline and by hand.
/// </summary>
public class StanceReportTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    // text, the cue, the content, the speaker mention as written (each one fails without the rule: no statement has the cue)
    [TestCase("The ferry was late again, and they want to return to a four-day week.", "want", "to return to a four-day week", "they")]
    [TestCase("Omar Haddad does not support the plan to widen the coast road.", "support", "the plan to widen the coast road", "Omar Haddad")]
    [TestCase("The council met on Monday. Voters want the clinic to stay open on Sundays.", "want", "the clinic to stay open on Sundays", "Voters")]
    [TestCase("Priya Nair understands the risks of opening a second bakery.", "understands", "the risks of opening a second bakery", "Priya Nair")]
    [TestCase("Residents saw the new car park as a threat to the old market.", "saw", "the new car park as a threat to the old market", "Residents")]
    [TestCase("We know the ferry will be late again this winter.", "know", "the ferry will be late again this winter", "We")]
    [TestCase("Tomas Okafor loves to sail the old ferry across the bay.", "loves", "to sail the old ferry across the bay", "Tomas Okafor")]
    public void Stance_WhereNoStatementStands_IsAStatement(string text, string cue, string content, string speaker)
    {
        var statements = Statements(text);
        var stance = statements.Where(s => s.Cue == cue).ToList();
        Assert.That(stance, Has.Count.EqualTo(1), string.Join(" | ", statements.Select(s => s.Cue + ": " + s.Text)));
        Assert.That(stance[0].Text, Is.EqualTo(content));
        Assert.That(stance[0].SpeakerMention, Is.EqualTo(speaker));
    }

    // No statement with the verb as its cue: a condition, a question, a noun after a possessive, the reader's "you", a discourse
    // "you know", a stance inside another statement's content, one inside a quotation; of the adjectives, a passive's agent ("determined
    // by"), "sure to" (what will happen), a condition.
    [TestCase("If you support the tax, write to your council before Friday.", "support")]
    [TestCase("Do you think the ferry will run on time this winter?", "think")]
    [TestCase("The council dropped Omar Haddad's plan to widen the coast road in May.", "plan")]
    [TestCase("You want to book the ferry early in the summer.", "want")]
    [TestCase("You know, the ferry has been late all week.", "know")]
    [TestCase("Lena Marsh said she wants to sell the farm before the winter.", "wants")]
    [TestCase("“I think the ferry will run on time,” Lena Marsh said.", "think")]
    [TestCase("The crews are determined by a lottery held every spring.", "determined")]
    [TestCase("The ferry is sure to be late again this winter.", "sure")]
    [TestCase("If they are worried about the levy, the council will listen.", "worried")]
    public void NoStance(string text, string cue)
    {
        Assert.That(Statements(text).Select(s => s.Cue), Does.Not.Contain(cue));
    }

    // Made by hand on one sentence: the form Find reads (subject, words between, the word after the verb; for an adjective the copula
    // before it and the preposition after it, left out of the content). Content null: none.
    [TestCase("Critics fear that the levy will stay.", "fear", "Critics", "that the levy will stay")]
    [TestCase("Ana Ruiz has firmly opposed the new bridge.", "opposed", "Ana Ruiz", "the new bridge")]
    [TestCase("They'd prefer the old hall.", "prefer", "They'd", "the old hall")]
    [TestCase("Many expect a late spring.", "expect", "Many", "a late spring")]
    [TestCase("She’s expected to open the bakery.", "expected", null, null)]
    [TestCase("The board was expected to meet.", "expected", null, null)]
    [TestCase("Lena Marsh believes so.", "believes", null, null)]
    [TestCase("Ana Ruiz wants, more than anything, a quiet week.", "wants", null, null)]
    [TestCase("The plans we support are cheap.", "support", null, null)]
    [TestCase("Ana Ruiz was firmly opposed to the new bridge.", "opposed", "Ana Ruiz", "to the new bridge")]
    [TestCase("They remain unsure whether the hall will open.", "unsure", "They", "whether the hall will open")]
    [TestCase("I’m glad the bakery stayed open.", "glad", "I’m", "the bakery stayed open")]
    [TestCase("Critics were deeply worried about the levy on boats.", "worried", "Critics", "the levy on boats")]
    [TestCase("Many have been skeptical that the hall will open.", "skeptical", "Many", "that the hall will open")]
    [TestCase("They are certain to close the old hall.", "certain", null, null)]
    [TestCase("Ana Ruiz is sure.", "sure", null, null)]
    [TestCase("The bakery is happy to help.", "happy", null, null)]
    [TestCase("The harbour pilots will all support the new pier.", "support", "pilots", "the new pier")]
    [TestCase("They all want a later ferry.", "want", "They", "a later ferry")]
    [TestCase("The mayor, who has both praised the levy and doubted its use, spoke first.", "praised", "who", "the levy and doubted its use, spoke first")]
    [TestCase("Ana Ruiz and Omar Haddad both fear the worst.", "fear", "Omar Haddad", "the worst")]
    [TestCase("Both want a later ferry.", "want", "Both", "a later ferry")]
    [TestCase("The vote went ahead and all want a recount.", "want", "all", "a recount")]
    public void Find_Forms(string text, string verb, string? speaker, string? content)
        => StanceCases.AssertFinds(text, verb, speaker, content);
}
