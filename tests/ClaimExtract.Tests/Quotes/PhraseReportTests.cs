
namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Criticism told by a light verb and a noun with a preposition (<see cref="ClaimExtract.Quotes.PhraseReport"/>): "took issue with",
/// "took aim at", "took a swipe at", "has made no secret of", "has been critical of"; the phrase is the cue, its object the content.
/// On sentences written for these tests.
/// </summary>
public class PhraseReportTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    // text, the cue, the content, the speaker mention as written (each fails without the rule: no statement at all)
    [TestCase("Tomas Okafor took issue with the harbour levy.", "took issue with", "the harbour levy", "Tomas Okafor")]
    [TestCase("At the pier on Sunday, she took aim at the ferry operators.", "took aim at", "the ferry operators", "she")]
    [TestCase("Lena Marsh took a parting shot at the fishing board.", "took a parting shot at", "the fishing board", "Lena Marsh")]
    [TestCase("Omar Haddad has made no secret of his plans for the old cannery.", "made no secret of", "his plans for the old cannery", "Omar Haddad")]
    [TestCase("Priya Nair has been critical of the new toll.", "been critical of", "the new toll", "Priya Nair")]
    public void Phrase_WhereNoStatementStands_IsAStatement(string text, string cue, string content, string speaker)
    {
        var statements = Statements(text);
        var found = statements.Where(s => s.Cue == cue).ToList();
        Assert.That(found, Has.Count.EqualTo(1), string.Join(" | ", statements.Select(s => s.Cue + ": " + s.Text)));
        Assert.That(found[0].Text, Is.EqualTo(content));
        Assert.That(found[0].SpeakerMention, Is.EqualTo(speaker));
    }

    // recall70: a verb and its particle on a noun phrase; text, the cue, the content, the speaker mention as written (each fails without the rule).
    [TestCase("Tomas Okafor points to the rising ferry fares.", "points to", "the rising ferry fares", "Tomas Okafor")]
    [TestCase("Lena Marsh points to figures that show a deficit.", "points to", "figures that show a deficit", "Lena Marsh")]
    [TestCase("On Friday she went after the fishing board over its quotas.", "went after", "the fishing board over its quotas", "she")]
    [TestCase("Omar Haddad still believes in a smaller town council.", "believes in", "a smaller town council", "Omar Haddad")]
    [TestCase("Priya Nair weighed in on the cannery dispute.", "weighed in on", "the cannery dispute", "Priya Nair")]
    [TestCase("Ana Ruiz played down the quarrel with the mayor.", "played down", "the quarrel with the mayor", "Ana Ruiz")]
    public void Particle_WhereNoStatementStands_IsAStatement(string text, string cue, string content, string speaker)
    {
        Phrase_WhereNoStatementStands_IsAStatement(text, cue, content, speaker);
    }

    // recall70 guards: no statement whose cue is the particle verb where its subject is no person, inside a quotation, or for a verb not in the table ("count on").
    [TestCase("All the signs point to a wet summer on the coast.")]
    [TestCase("The new ferry focused on the island routes.")]
    [TestCase("“We went after the board,” Ana Ruiz said.")]
    [TestCase("Tomas Okafor counted on the late ferry.")]
    [TestCase("The harbour report points to a wet summer.")]
    public void NoParticleStatement(string text)
    {
        Assert.That(Statements(text).Select(s => s.Cue), Has.None.Matches<string?>(c => c is "point to" or "points to" or "focused on" or "went after" or "counted on"));
    }

    // Guards: no statement from this rule (its cue opens with the light verb or the copula) inside a quotation, with no person for a subject, or for a blow that is not criticism.
    [TestCase("“We took issue with the toll,” Ana Ruiz said.")]
    [TestCase("The storm took aim at the coast on Tuesday.")]
    [TestCase("The striker took a shot at goal in the last minute.")]
    [TestCase("The report is critical of the ferry schedule.")]
    [TestCase("Ana Ruiz made a secret of nothing.")]
    public void NoPhraseStatement(string text)
    {
        Assert.That(Statements(text).Select(s => s.Cue), Has.None.Matches<string?>(c => c is not null && c.Split(' ')[0] is "took" or "made" or "is"));
    }

    // recall72: a light verb with a noun of attitude and its preposition, an adjective of attitude with its preposition, and more
    // particle verbs; text, the cue, the content, the speaker mention as written (each fails without the rule).
    [TestCase("Tomas Okafor lent his support to the ferry plan.", "lent his support to", "the ferry plan", "Tomas Okafor")]
    [TestCase("Lena Marsh threw her full support behind the ferry plan.", "threw her full support behind", "the ferry plan", "Lena Marsh")]
    [TestCase("Omar Haddad made the case for a smaller town council.", "made the case for", "a smaller town council", "Omar Haddad")]
    [TestCase("Ana Ruiz was deeply dismissive of the toll figures.", "was deeply dismissive of", "the toll figures", "Ana Ruiz")]
    [TestCase("Tomas Okafor apologizes for the ferry delays.", "apologizes for", "the ferry delays", "Tomas Okafor")]
    [TestCase("Lena Marsh has called out the harbour board.", "called out", "the harbour board", "Lena Marsh")]
    [TestCase("Priya Nair spelled out the ferry plan.", "spelled out", "the ferry plan", "Priya Nair")]
    public void Attitude_WhereNoStatementStands_IsAStatement(string text, string cue, string content, string speaker)
    {
        Phrase_WhereNoStatementStands_IsAStatement(text, cue, content, speaker);
    }

    // recall72 guards: no such statement with no person for a subject, inside a quotation, for a noun or preposition not in the
    // table ("raised funds for", "made the case to"), or for an adjective with another preposition ("angry in").
    [TestCase("The storm raised questions about the old sea wall.")]
    [TestCase("“We voiced concerns about the levy,” Ana Ruiz said.")]
    [TestCase("Tomas Okafor raised funds for the ferry plan.")]
    [TestCase("Lena Marsh made the case to the board on Monday.")]
    [TestCase("The harbour office is upbeat about the season.")]
    [TestCase("Omar Haddad was angry in the morning.")]
    public void NoAttitudeStatement(string text)
    {
        Assert.That(Statements(text).Select(s => s.Cue), Has.None.Matches<string?>(c => c is not null
            && (c.Contains(" about", StringComparison.Ordinal) || c.Contains(" for", StringComparison.Ordinal)
                || c.Contains(" to", StringComparison.Ordinal) || c.EndsWith(" in", StringComparison.Ordinal))
            && c.Split(' ')[0] is "raised" or "voiced" or "made" or "is" or "was" or "angry"));
    }

    // recall73: an adjective of attitude after two words of degree, "pleased by", an adjective in an aside after the people it describes,
    // and "casts" / "characterized" with "as" after the object; text, the cue, the content, the speaker mention as written (each fails
    // without the rule).
    [TestCase("Omar Haddad was so dismissive of the ferry plan.", "was so dismissive of", "the ferry plan", "Omar Haddad")]
    [TestCase("Omar Haddad is less pleased by the ferry timetable.", "is less pleased by", "the ferry timetable", "Omar Haddad")]
    [TestCase("Ana Ruiz, while still confident in the ferry plan, left the hall early.", "confident in", "the ferry plan", "Ana Ruiz")]
    [TestCase("The harbour voters, disappointed in the ferry timetable, stayed home.", "disappointed in", "the ferry timetable", "voters")]
    [TestCase("Lena Marsh casts her rival as a newcomer to the harbour.", "casts", "her rival as a newcomer to the harbour", "Lena Marsh")]
    [TestCase("Priya Nair characterized the levy as a burden on the harbour.", "characterized", "the levy as a burden on the harbour", "Priya Nair")]
    [TestCase("Tomas Okafor characterizes himself as a builder of piers.", "characterizes", "himself as a builder of piers", "Tomas Okafor")]
    public void Aside_WhereNoStatementStands_IsAStatement(string text, string cue, string content, string speaker)
    {
        Phrase_WhereNoStatementStands_IsAStatement(text, cue, content, speaker);
    }

    // recall73 guards: no aside statement where the word before the comma names no people, and no "cast" statement whose content
    // opens with "as" (the passive "was cast as").
    [TestCase("The storm, angry at nothing, hit the coast.")]
    [TestCase("The ferry report, critical of the toll, came out on Monday.")]
    [TestCase("Lena Marsh was cast as the lead in the harbour play.")]
    public void NoAsideStatement(string text)
    {
        Assert.That(Statements(text).Select(s => s.Cue + "|" + s.Text), Has.None.Matches<string?>(c => c is not null
            && (c.StartsWith("angry at|", StringComparison.Ordinal) || c.StartsWith("critical of|", StringComparison.Ordinal)
                || c.StartsWith("cast|as ", StringComparison.Ordinal))));
    }
}
