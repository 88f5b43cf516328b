using System.Text;
using System.Text.Json;
using ClaimExtract.Quotes;
using ClaimExtract.Quotes.Training;
using ClaimExtract.Text;
using ClaimExtract.Speakers.Training;

namespace ClaimExtract.Tests.Quotes;

/// <summary>The learned cue tagger: the embedded model, stance and nominal cues the rules' lexicon lacks on sentences written for these tests, and deterministic training.</summary>
[Category("Model")]
public class CueTaggerTests : TempFolderTest
{
    private static List<(string? Cue, string? Speaker, string Text)> Statements(string text) =>
        PipelineStatements.Of(text).Select(s => (s.Cue, s.SpeakerMention, s.Text)).ToList();

    [Test]
    public void TheModel_IsEmbedded()
    {
        Assert.That(CueTagger.Default, Is.Not.Null, "src/ClaimExtract/Quotes/cue-tagger.zip or cue-priors.tsv is not embedded; run 'claimextract train cues'");
    }

    // "expressed concern about": the attitude and its preposition are the cue's (ContentEdges.StartAfterAttitudeNoun, exact52).
    [TestCase("Union leaders expressed concern about the new rules for night shifts.", "expressed", "leaders", "the new rules for night shifts")]
    [TestCase("Many economists doubt that the tax cut will pay for itself.", "doubt", "economists", "that the tax cut will pay for itself")]
    [TestCase("She opposes the plan to close the rural hospitals.", "opposes", "She", "the plan to close the rural hospitals")]
    public void StanceCue_StartsAReportedStatement(string text, string cue, string speaker, string content)
    {
        Assert.That(Statements(text), Is.EqualTo(new[] { ((string?)cue, (string?)speaker, content) }));
    }

    // A sentence the rules attributed already: the tagger reads the words outside that attribution, and its content
    // stops where the rules' attribution starts.
    [TestCase("“We will not sign,” Anna Berg said, and union leaders expressed concern about the new rules for night shifts.", "expressed", "the new rules for night shifts")]
    [TestCase("“The vote was fair,” Berg said on Monday, while the nurses opposed the plan to close the rural hospitals.", "opposed", "the plan to close the rural hospitals")]
    public void StanceCue_BesideTheRulesAttribution_StopsAtIt(string text, string cue, string content)
    {
        var statements = Statements(text);
        Assert.That(statements.Select(s => (s.Cue, s.Text)), Does.Contain(((string?)cue, content)));
        Assert.That(statements, Has.Count.EqualTo(2));
    }

    // A quotation the rules found no cue for, after a cue the tagger knows: one mixed statement from the cue on.
    [TestCase("Union leaders expressed concern that the rules are “a disaster for every nurse on the night shift.”", "expressed", "that the rules are “a disaster for every nurse on the night shift.”")]
    public void StanceCue_BeforeAQuotationWithoutCue_TakesItIn(string text, string cue, string content)
    {
        Assert.That(Statements(text).Select(s => (s.Cue, s.Text)), Is.EqualTo(new[] { ((string?)cue, content) }));
    }

    // The tagger's content after a cue that takes an addressee starts at "that" or a subject pronoun within five words,
    // with only words between (PolNeAR leaves the addressee out); otherwise right after the cue.
    [TestCase("Ruiz tells reporters that the mill will close.", "tells", "that the mill will close.")]
    [TestCase("Pate told Breitbart News he’d support the bill.", "told", "he’d support the bill.")]
    [TestCase("The mayor told her staff they would be paid in May.", "told", "they would be paid in May.")]
    [TestCase("Park has assured the lenders that the loan is safe.", "assured", "that the loan is safe.")]
    [TestCase("She tells the story of how he won the seat.", "tells", "the story of how he won the seat.")]
    [TestCase("He told his advisers as he wrote the speech.", "told", "his advisers as he wrote the speech.")]
    [TestCase("Ruiz told reporters “that is final for us.”", "told", "reporters “that is final for us.”")]
    [TestCase("The union urged members that they should strike.", "urged", "members that they should strike.")]
    [TestCase("Ruiz told the board of the county and the state that it must vote.", "told", "the board of the county and the state that it must vote.")]
    public void AddresseeCue_ContentStartsAfterTheAddressee(string text, string cue, string content)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        var k = Enumerable.Range(0, tokens.Tokens.Count).First(i => tokens.Tokens[i].Value == cue);
        var first = CueTagger.AfterAddressee(tokens, k, k + 1, tokens.SentenceEndToken(k) - 1);
        Assert.That(text[tokens.Tokens[first].Span.Start..], Is.EqualTo(content));
    }

    // The content the tagger's cue starts, from the cue's word on (the model is not asked): punctuation right after the cue is left out.
    [TestCase("Hale says, win or lose in Delmar, he is staying on the board.", "says", "win or lose in Delmar, he is staying on the board")]
    [TestCase("At the bottom the flyer reads: you can support the cause with a gift.", "reads", "you can support the cause with a gift")]
    [TestCase("Ruiz tells reporters that the mill will close in May.", "tells", "that the mill will close in May")]
    [TestCase("Union leaders expressed concern about the new rules for night shifts.", "expressed", "concern about the new rules for night shifts")]
    public void Build_ContentStart(string text, string cue, string content)
    {
        Assert.That(BuiltContent(text, cue), Is.EqualTo(content));
    }

    // The content ends before a comma that opens a clause of contrast ("..., but", "..., while"), unless fewer than four
    // words would be left; other commas do not end it.
    [TestCase("The senator opposed the new pipeline through the valley, but he has focused on other states.", "opposed", "the new pipeline through the valley")]
    [TestCase("Union leaders praised the deal for night nurses, while others have called it a trap.", "praised", "the deal for night nurses")]
    [TestCase("Voters opposed it, but turnout was low across the county.", "opposed", "it, but turnout was low across the county")]
    [TestCase("The mayor opposed the plan to close the library, which the council passed.", "opposed", "the plan to close the library, which the council passed")]
    [TestCase("She backed the bill, and the committee passed it on Monday.", "backed", "the bill, and the committee passed it on Monday")]
    public void Build_ContentEnd(string text, string cue, string content)
    {
        Assert.That(BuiltContent(text, cue), Is.EqualTo(content));
    }

    // The classes of the words beside a candidate that Find keeps per form of the article (features 3..29) are the ones each token's own
    // word gives, as training reads them (a guard for any shortcut in working them out once per form).
    [TestCase("He said to them that it was over, and Ana’s aides quickly agreed with the mayor.")]
    [TestCase("“We will see,” she told reporters; the Zoë campaign has been naïve about it for years.")]
    [TestCase("THE COUNCIL VOTED. Officials who must decide also wrote to their voters, but Berg's office would not comment.")]
    public void NeighbourClasses_KeptPerForm_AreEachTokensOwn(string text)
    {
        var document = TextDocument.Create(text);
        var doc = new TokenizedDocument(document, QuoteScanner.Scan(document).Select(q => q.Inner));
        var priors = CueTagger.Default!.Priors;
        var blocked = new int[doc.Tokens.Count];
        Array.Fill(blocked, -1);
        var classes = new byte[2 * doc.Words.Count];
        var (kept, own) = (new float[CueTagger.FeatureCount], new float[CueTagger.FeatureCount]);
        for (var k = 0; k < doc.Tokens.Count; k++)
        {
            CueTagger.Features(doc, k, priors, CueTagger.SentenceContext.Of(doc, doc.SentenceOf[k], blocked), kept, classes);
            CueTagger.Features(doc, k, priors, blocked, own);
            Assert.That(kept, Is.EqualTo(own), $"token {k}, {doc.Tokens[k].Value}");
        }
    }

    // The content of the statement the tagger builds at the word `cue`, with nothing found before it.
    private static string? BuiltContent(string text, string cue)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        var k = Enumerable.Range(0, tokens.Tokens.Count).First(i => tokens.Tokens[i].Value == cue);
        var blocked = new int[tokens.Tokens.Count];
        Array.Fill(blocked, -1);
        return CueTagger.Build(tokens, k, blocked, [])?.Content.Of(text);
    }

    // A quotation with no cue right after the tagger's cue: the statement takes it in from its opening mark (the comma
    // or colon before it is not content), and "put it" is the cue of "As X put it, “...”".
    [TestCase("At the bottom the flyer reads, “You can support the cause with a gift.”", "reads", "reads", "“You can support the cause with a gift.”")]
    [TestCase("At the bottom the flyer reads: “You can support the cause with a gift.”", "reads", "reads", "“You can support the cause with a gift.”")]
    [TestCase("As one aide put it, “The wolves are already inside the fence.”", "put", "put it", "“The wolves are already inside the fence.”")]
    [TestCase("The memo put the cost at “far more than anyone had planned for.”", "put", "put", "the cost at “far more than anyone had planned for.”")]
    public void Build_TakesInACuelessQuotation(string text, string word, string cue, string content)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        List<Attribution> found = [.. quotes.Select(q => new Attribution(q.Outer, QuoteType.Direct, null, null, null, null))];
        var k = Enumerable.Range(0, tokens.Tokens.Count).First(i => tokens.Tokens[i].Value == word);
        var a = CueTagger.Build(tokens, k, CueTagger.Blocked(tokens, found), found);
        Assert.That((a?.CueText, a?.Content.Of(text), a?.Absorbs is not null), Is.EqualTo(((string?)cue, (string?)content, true)));
    }

    [TestCase("The company sold 300 cars in May.")]
    [TestCase("The bridge was built in 1932 and repaired twice.")]
    [TestCase("Snow fell on the pass for three days in a row.")]
    public void PlainNarration_HasNoStatement(string text)
    {
        Assert.That(Statements(text), Is.Empty);
    }

    [Test]
    public void Training_IsDeterministic_AndGivesALoadableModel()
    {
        var gold = WriteFile("gold.jsonl", Encoding.UTF8.GetBytes(TinyCorpus()));
        CueTrainingReport Train(string name) => CueTaggerTrainer.Train(
            new SpeakerTrainingOptions(gold, Path.Combine(Folder, name, "cue-tagger.zip"), Seed: 3, Folds: 2) { Trees = 5, Leaves = 4 }, TextWriter.Null);

        var first = Train("a");
        var second = Train("b");

        Assert.That(first.Candidates, Is.GreaterThan(10));
        Assert.That(File.ReadAllBytes(second.ModelPath), Is.EqualTo(File.ReadAllBytes(first.ModelPath)));
        Assert.That(File.ReadAllText(CueTaggerTrainer.PriorsPath(second.ModelPath)), Is.EqualTo(File.ReadAllText(CueTaggerTrainer.PriorsPath(first.ModelPath))));
        using var model = File.OpenRead(first.ModelPath);
        using var priors = File.OpenRead(CueTaggerTrainer.PriorsPath(first.ModelPath));
        Assert.That(CueTagger.Load(model, priors).Priors.Contains("voiced"), Is.True);
    }

    [Test]
    public void Stability_TrainsAsTrainDoes_AndFlipsNothingAgainstItself()
    {
        var gold = WriteFile("gold.jsonl", Encoding.UTF8.GetBytes(TinyCorpus()));
        var options = new SpeakerTrainingOptions(gold, Path.Combine(Folder, "m", "cue-tagger.zip"), Seed: 3, Folds: 2) { Trees = 5, Leaves = 4, MinimumExamplesPerLeaf = 2 };
        var report = CueTaggerTrainer.Train(options, TextWriter.Null);
        var log = new StringWriter();

        // Two subsets, each leaving out half of the ten articles, and the recipe Train used.
        CueTaggerTrainer.Stability(options, [new VerifierTrainer.StabilityRecipe("r", options, false)], 2, 0.5, log);

        var lines = log.ToString().Split('\n').Where(l => l.StartsWith("STABILITY r ", StringComparison.Ordinal)).ToList();
        Assert.That(lines.Select(l => l.Split(':')[0]), Is.EqualTo(new[] { "STABILITY r Best", "STABILITY r HalfF1", "STABILITY r HalfF1Near", "STABILITY r trees (flips at the all-articles cut)" }));

        // The training on all the articles is Train's: its cut, and no flip against itself.
        Assert.That(lines[0], Does.Contain(FormattableString.Invariant($": [t {report.Threshold:F3} ")).And.Contain(" flip 0]"));
        Assert.That(lines[3].Split(": ")[1].Split(' ')[0], Is.EqualTo("0"));
        Assert.That(lines[0].Split('[').Length - 1, Is.EqualTo(3));
    }

    [Test]
    public void HalfF1Cut_IsWrittenWithTheModel_AndGivesNoMoreThanTheBestCutsF1()
    {
        var gold = WriteFile("gold.jsonl", Encoding.UTF8.GetBytes(TinyCorpus()));
        CueTrainingReport Train(string name, CueCut cut) => CueTaggerTrainer.Train(
            new SpeakerTrainingOptions(gold, Path.Combine(Folder, name, "cue-tagger.zip"), Seed: 3, Folds: 2) { Trees = 5, Leaves = 4 }, TextWriter.Null, cut);

        var best = Train("best", CueCut.Best);
        var half = Train("half", CueCut.HalfF1);

        using var priors = File.OpenRead(CueTaggerTrainer.PriorsPath(half.ModelPath));
        using var model = File.OpenRead(half.ModelPath);
        Assert.That(CueTagger.Load(model, priors).Priors.Threshold, Is.EqualTo(half.Threshold));
        Assert.That(half.CrossValidatedF1, Is.LessThanOrEqualTo(best.CrossValidatedF1));
    }

    // Articles in PolNeAR's format, written for this test: "X voiced doubts about ..." is an attribution; "voiced" in
    // narration ("The choir voiced ...") and other sentences are not.
    private static string TinyCorpus()
    {
        string[] speakers = ["Anna Berg", "The mayor", "Officials", "Tomas Lind"];
        var lines = new StringBuilder();
        for (var article = 0; article < 10; article++)
        {
            var text = new StringBuilder();
            var attributions = new List<object>();
            for (var k = 0; k < 5; k++)
            {
                var speaker = speakers[(article + k) % speakers.Length];
                var start = text.Length;
                if ((article + k) % 3 == 0)
                {
                    text.Append($"The choir voiced the old hymn number {article * 10 + k} at the service. ");
                    continue;
                }

                var content = $"the plan number {article * 10 + k} for the harbour";
                var sentence = $"{speaker} voiced doubts about {content}. ";
                var cueStart = start + speaker.Length + 1;
                var contentStart = cueStart + "voiced doubts about ".Length;
                attributions.Add(new
                {
                    source = new[] { new { start, end = start + speaker.Length, text = speaker } },
                    cue = new[] { new { start = cueStart, end = cueStart + 6, text = "voiced" } },
                    content = new[] { new { start = contentStart, end = contentStart + content.Length, text = content } },
                });
                text.Append(sentence);
            }

            lines.AppendLine(JsonSerializer.Serialize(new { id = $"a{article}", text = text.ToString(), attributions }));
        }

        return lines.ToString();
    }
}
