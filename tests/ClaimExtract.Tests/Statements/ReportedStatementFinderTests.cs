using ClaimExtract.Evaluation;
using ClaimExtract.Statements;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Statements;

/// <summary>The writer's own sentences that report a promise or a retraction. Sentences written for the tests.</summary>
public class ReportedStatementFinderTests
{
    private static List<(string Cue, string Subject)> Find(string text, params (int Start, int End)[] quoted)
    {
        var document = TextDocument.Create(text);
        return ReportedStatementFinder.Find(document, quoted.Select(q => new Span(q.Start, q.End)).ToList())
            .Select(r => (r.CueText, r.Subject.Of(text))).ToList();
    }

    [TestCase("Jack Ma, the founder of Alibaba, is backing down on his promise to create jobs.", "backing down on", "Jack Ma")]
    [TestCase("The governor walked back her remarks on Friday.", "walked back", "The governor")]
    [TestCase("Smith pledged to cut taxes for small firms.", "pledged", "Smith")]
    [TestCase("The mayor has reneged on a pledge to build a library.", "reneged on", "The mayor")]
    [TestCase("Labour previously promised to scrap tuition fees.", "promised", "Labour")]
    [TestCase("Acme’s Rita Berg takes back promise to voters to build 500 homes", "takes back", "Acme’s Rita Berg")]
    [TestCase("City scraps plan for a second runway", "scraps", "City")]
    public void Finds_TheCueAndItsSubject(string text, string cue, string subject)
    {
        Assert.That(Find(text), Is.EqualTo(new[] { (cue, subject) }));
    }

    [TestCase("The debate promised a lively night.")]
    [TestCase("Prices were reversed by the court last week.")]
    [TestCase("The old factory was abandoned in 1990.")]
    [TestCase("When the long and winding committee meeting ended in the late afternoon, it pledged to act.")]
    public void Ignores_SentencesThatReportNoCommitment(string text)
    {
        Assert.That(Find(text), Is.Empty);
    }

    [Test]
    public void Ignores_SentencesAQuoteCovers()
    {
        const string text = "Smith pledged to cut taxes for small firms.";

        Assert.That(Find(text, (6, 20)), Is.Empty);
    }

    // Every verb form and every commitment word the pattern names, in upper, lower and mixed case: the pattern matches
    // each sentence, and the prefilter lets each through.
    private static readonly string[] CommitVerbs = ["pledged", "pledges", "pledging", "promised", "promises", "promise", "vowed", "vows", "committed himself", "committed itself"];

    private static readonly string[] RetractVerbs =
        ["backed down on", "backing away from", "walked back", "walks back", "recanted", "reneged on", "took back", "takes back", "went back on", "going back on",
         "abandoned", "broke", "broken", "reversed", "withdrew", "withdrawn", "scrapped", "drops", "dropped"];

    private static readonly string[] CommitmentWords =
        ["promise", "pledge", "vow", "commitment", "remark", "remarks", "comment", "comments", "statement", "claim", "plan", "sentiment", "sentiments"];

    private static IEnumerable<string> PatternSentences()
    {
        foreach (var verb in CommitVerbs)
        {
            yield return $"Jack Ma {verb} to create jobs.";
        }

        foreach (var verb in RetractVerbs)
        {
            foreach (var word in CommitmentWords)
            {
                yield return $"The governor has {verb} her earlier {word} on taxes.";
            }
        }
    }

    [Test]
    public void Prefilter_LetsThroughEverySentenceThePatternMatches()
    {
        var sentences = PatternSentences().SelectMany(s => new[] { s, s.ToUpperInvariant(), s.ToLowerInvariant() }).ToList();

        Assert.Multiple(() =>
        {
            foreach (var s in sentences)
            {
                Assert.That(ReportedStatementFinder.PatternMatches(s), Is.True, s);
                Assert.That(ReportedStatementFinder.MayMatch(s), Is.True, s);
            }
        });
    }

    [TestCase("The company said it would hire more staff next year.")]
    [TestCase("Prices were reversed by the court last week.")]
    public void Prefilter_SkipsSentencesWithoutACommitmentWord(string text)
    {
        Assert.That(ReportedStatementFinder.MayMatch(text), Is.False);
    }

    [TestCase("Smith PROM\u0130SED to cut taxes.")]
    [TestCase("Smith ple\u017Fged to cut taxes.")]
    public void Prefilter_LetsThroughLettersThePatternMayTakeForASCII(string text)
    {
        Assert.That(ReportedStatementFinder.MayMatch(text), Is.True);
    }

    [Test]
    public void Prefilter_LetsThroughEveryPolNeARSentenceThePatternMatches()
    {
        var shared = RepositoryPaths.SharedData ?? throw new InconclusiveException("../shared/data is not beside the repository");
        var matched = 0;
        var missed = new List<string>();
        foreach (var split in new[] { "dev", "train" })
        {
            foreach (var article in QuoteScorer.ReadJsonLines(Path.Combine(shared, "polnear", split + ".jsonl.gz")))
            {
                var document = TextDocument.Create(article.GetProperty("text").GetString()!);
                foreach (var sentence in document.Sentences)
                {
                    var text = sentence.Span.Of(document.Text);
                    if (ReportedStatementFinder.PatternMatches(text))
                    {
                        matched++;
                        if (!ReportedStatementFinder.MayMatch(text))
                        {
                            missed.Add(text);
                        }
                    }
                }
            }
        }

        Assert.That(matched, Is.GreaterThan(0));
        Assert.That(missed, Is.Empty);
    }
}
