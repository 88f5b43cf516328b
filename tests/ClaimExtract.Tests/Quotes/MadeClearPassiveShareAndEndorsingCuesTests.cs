using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4, recall (docs/quotes.md, "cues57"): three forms of the census's cue groups that train's gold labels consistently and no rule
/// read on main: "made (it) clear" with its subject (<see cref="StanceReport"/>), a passive verb of stance whose agent is a share of
/// voters ("The levy was rejected by 58 percent of the voters"; <see cref="PassiveReport"/>), and a verb of endorsing whose subject
/// stands before an apposition ("Dottie Deans, the chair of the party, is backing ..."; <see cref="EndorsementReport"/>). Sentences
/// written for these tests.
/// </summary>
public class MadeClearPassiveShareAndEndorsingCuesTests
{
    // text, speaker, content (null: none read); the cue word is "clear".
    [TestCase("Ana Ruiz made it clear that the pier will reopen in May.", "Ana Ruiz", "that the pier will reopen in May")]
    [TestCase("She made clear to the council on Tuesday that she would not resign.", "She", "that she would not resign")]
    [TestCase("They have made clear they will strike in March.", "They", "they will strike in March")]
    [TestCase("Okafor made clear Monday night that the vote would slip.", "Okafor", "that the vote would slip")]
    [TestCase("He made clear his plan to cut the levy.", "He", "his plan to cut the levy")]
    // guards: "make" and "making", a passive, a subject that names no speaker, "is clear", no clause after it, a question.
    [TestCase("We need to make it clear that the pier stays open.", null, null)]
    [TestCase("Ruiz is making it clear that she will run.", null, null)]
    [TestCase("The risks were made clear to the board.", null, null)]
    [TestCase("The report made clear the scale of the loss.", null, null)]
    [TestCase("It is clear that the vote will slip.", null, null)]
    [TestCase("Ana Ruiz made it clear.", null, null)]
    [TestCase("Ana Ruiz made it clear to the council before the vote in May.", null, null)]
    [TestCase("Did they make it clear that the pier would close?", null, null)]
    public void MadeClear(string text, string? speaker, string? content) => StanceCases.AssertFinds(text, "clear", speaker, content);

    // Through Add: the cue is the verb group; a quotation adds nothing.
    [TestCase("Ana Ruiz made it clear that the pier will reopen in May.", "made it clear")]
    [TestCase("They have made clear they will strike in March.", "made clear")]
    [TestCase("“He made it clear that he would stay,” Ruiz said.", null)]
    public void MadeClear_Cue(string text, string? cue)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var added = StanceReport.Add(tokens, []).Where(a => a.CueText is { } c && c.Contains("clear", StringComparison.Ordinal)).ToList();
        Assert.That(added.Select(a => a.CueText), cue is null ? Is.Empty : Is.EqualTo(new[] { cue }));
    }

    // text, the participle, the content, the speaker, the cue (null: none read).
    [TestCase("The levy was rejected by 58 percent of the voters.", "rejected", "The levy", "58 percent of the voters",
        "was rejected by")]
    [TestCase("Ruiz was supported by nearly 6 in 10 voters under 30.", "supported", "Ruiz", "nearly 6 in 10 voters under 30",
        "was supported by")]
    [TestCase("He also was backed by overwhelming majorities of women.", "backed", "He", "overwhelming majorities of women",
        "also was backed by")]
    [TestCase("Okafor is favored by a majority of the union, the poll found.", "favored", "Okafor", "a majority of the union",
        "is favored by")]
    // guards: an agent that is no share of people; a share inside a clause.
    [TestCase("The plan was backed by the mayor.", "backed", null, null, null)]
    [TestCase("Ruiz was backed by liberals.", "backed", null, null, null)]
    [TestCase("The levy was opposed by the council, 5 to 2.", "opposed", null, null, null)]
    [TestCase("The poll showed that Ruiz was backed by 40 percent of women.", "backed", null, null, null)]
    public void Passive_ByAShare(string text, string verb, string? content, string? speaker, string? cue)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var found = PassiveReport.Find(tokens, tokens.Tokens.FindIndex(x => x.Value == verb));
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Content, content), (f.Speaker, speaker)] : null);
        if (found is { } g)
        {
            Assert.That(g.CueText, Is.EqualTo(cue));
        }
    }

    // text, the verb, the speaker, the content (null: none read).
    [TestCase("Dottie Vance, the chair of the county party, is backing Lena Marsh.", "backing", "Dottie Vance", "Lena Marsh")]
    [TestCase("But Rep. Omar Haddad, who sits on the harbor panel, will support the bill despite some qualms.", "support",
        "Rep. Omar Haddad", "the bill")]
    [TestCase("Tomas Okafor, 53, a guard at the ferry terminal, has endorsed Priya Nair.", "endorsed", "Tomas Okafor", "Priya Nair")]
    // guards: a participle after a comma, a name not at the sentence's start, a lower-case subject, a verb of saying in the apposition,
    // a quotation in it.
    [TestCase("Ana Ruiz spoke at the pier, backing Lena Marsh.", "backing", null, null)]
    [TestCase("In May the council met, and Omar Haddad, the chair, will support the bill.", "support", null, null)]
    [TestCase("The union, the largest in the port, is backing Lena Marsh.", "backing", null, null)]
    [TestCase("Ana Ruiz, who said the fees were too high, will oppose the levy.", "oppose", null, null)]
    public void Endorsement_AfterAnApposition(string text, string verb, string? speaker, string? content)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var found = EndorsementReport.Find(tokens, tokens.Tokens.FindIndex(x => x.Value == verb));
        ReportCases.AssertReads(text, content is null, found is { } f ? [(f.Speaker, speaker), (f.Content, content)] : null);
    }

    // A statement whose content runs on over a "made clear" clause: text, the statement's content (from its first word to the sentence's
    // last), its cue, the content it keeps and the clause's content and speaker (null: nothing split).
    [TestCase("Ana Ruiz backed the levy, although she made it clear that the rates must fall.", "the levy, although she made it clear that the rates must fall",
        "backed", "the levy", "that the rates must fall", "she")]
    [TestCase("Okafor voiced doubts about the plan and made clear that he would vote no.", "doubts about the plan and made clear that he would vote no",
        "voiced", "doubts about the plan", "that he would vote no", null)]
    [TestCase("She praised the crews, Okafor made it clear that the pier would reopen.", "the crews, Okafor made it clear that the pier would reopen",
        "praised", "the crews", "that the pier would reopen", "Okafor")]
    // guards: a quotation between the joiner and "clear"; "make" after "to"; no joiner before the clause ("said she made it clear").
    [TestCase("Ruiz backed the levy, and “we made it clear” that rates must fall.", "the levy, and “we made it clear” that rates must fall",
        "backed", null, null, null)]
    [TestCase("Ruiz backed the levy and wants to make it clear that rates must fall.", "the levy and wants to make it clear that rates must fall",
        "backed", null, null, null)]
    [TestCase("Ruiz said she made it clear that rates must fall.", "she made it clear that rates must fall", "said", null, null, null)]
    public void SplitAtMadeClear(string text, string content, string cueWord, string? kept, string? clause, string? speaker)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var c = text.IndexOf(content, StringComparison.Ordinal);
        var q = text.IndexOf(cueWord, StringComparison.Ordinal);
        var outer = new Attribution(new Span(c, c + content.Length), QuoteType.Indirect, new Span(q, q + cueWord.Length), cueWord, new Span(0, 3), null);
        var result = StanceReport.SplitAtMadeClear(tokens, [outer]);
        if (kept is null)
        {
            Assert.That(result, Is.EqualTo(new List<Attribution> { outer }));
            return;
        }

        Assert.That(result, Has.Count.EqualTo(2));
        Assert.That(text[result[0].Content.Start..result[0].Content.End], Is.EqualTo(kept));
        Assert.That(text[result[1].Content.Start..result[1].Content.End], Is.EqualTo(clause));
        var spk = result[1].Speaker!.Value;
        Assert.That(text[spk.Start..spk.End], Is.EqualTo(speaker ?? text[0..3]));
    }
}
