using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Endorsement and opposition with a noun phrase for content (<see cref="EndorsementReport"/>): "Rubio opposes abortion", "a group
/// backing Ana Ruiz", "most members would vote for ...". PolNeAR annotates them as stances; the rules, the cue tagger and
/// <see cref="StanceReport"/> (which wants a clause or a determiner after the verb) leave these out. On sentences written for these tests.
/// </summary>
public class EndorsementReportTests
{
    private static List<Statement> Statements(string text) =>
        PipelineStatements.Of(text);

    // text, the verb, the content, the speaker mention as written (each fails without the rule: no statement has the verb as its cue)
    [TestCase("The levy passed in May, and local farmers support higher quotas for cod.", "support", "higher quotas for cod", "farmers")]
    [TestCase("In the new survey, 41 percent would vote for Tomas Okafor.", "vote", "Tomas Okafor", "percent")]
    [TestCase("Tomas Okafor personally opposes abortion.", "opposes", "abortion", "Tomas Okafor")]
    [TestCase("Among the crowd at the pier were those backing Omar Haddad.", "backing", "Omar Haddad", "those")]
    [TestCase("Harbour Pilots Union Endorses Lena Marsh", "endorses", "Lena Marsh", "Harbour Pilots Union")]
    public void Endorsement_WhereNoStatementStands_IsAStatement(string text, string verb, string content, string speaker)
    {
        var statements = Statements(text);
        var endorsement = statements.Where(s => s.Cue is { } cue && cue.Split(' ').Contains(verb)).ToList();
        Assert.That(endorsement, Has.Count.EqualTo(1), string.Join(" | ", statements.Select(s => s.Cue + ": " + s.Text)));
        Assert.That(endorsement[0].Text, Is.EqualTo(content));
        Assert.That(endorsement[0].SpeakerMention, Is.EqualTo(speaker));
    }

    // Made by hand: the forms Find reads; null where the verb has no subject or no object (a passive, a noun, a particle, a gerund
    // after a preposition, a condition, a share's "support among", a possessive's noun, a relative "which").
    [TestCase("Rubio personally opposes abortion.", "opposes", "Rubio", "opposes", "abortion")]
    [TestCase("Ana Ruiz is backing Lena Marsh, who lives nearby.", "backing", "Ana Ruiz", "backing", "Lena Marsh")]
    [TestCase("Most members would vote for Omar Haddad.", "vote", "members", "vote for", "Omar Haddad")]
    [TestCase("Groups supporting the levy have spent more.", "supporting", "Groups", "supporting", "the levy")]
    [TestCase("The plan was supported by the council.", "supported", null, null, null)]
    [TestCase("The council backed away from the plan.", "backed", null, null, null)]
    [TestCase("She paid a price for supporting Lena Marsh.", "supporting", null, null, null)]
    [TestCase("If they oppose the levy, the bakers will say so.", "oppose", null, null, null)]
    [TestCase("Omar Haddad holds 41 percent support among older voters.", "support", null, null, null)]
    [TestCase("Omar Haddad's support for the levy is firm.", "support", null, null, null)]
    [TestCase("The ferry union, which backs Priya Nair, met again.", "backs", null, null, null)]
    public void Find_Forms(string text, string verb, string? speaker, string? cue, string? content)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var found = EndorsementReport.Find(tokens, tokens.Tokens.FindIndex(x => x.Value == verb));
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Speaker, speaker), (f.Cue, cue), (f.Content, content)] : null);
    }

    // No statement from this rule: one inside a quotation, one inside another statement's content, a capitalised verb in a name.
    [TestCase("“We oppose tolls on the coast road,” Ana Ruiz said.", "oppose")]
    [TestCase("The contract for the pier went to Harbour Ferry Support Services last May.", "support")]
    [TestCase("Lena Marsh said the bakers support longer opening hours.", "support")]
    public void NoEndorsement(string text, string verb)
    {
        Assert.That(Statements(text).Select(s => s.Cue), Has.None.EqualTo(verb));
    }
}
