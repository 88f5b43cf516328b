using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// The ranker's shallow reading of the cue's clause (features 61..64 of <see cref="SpeakerCandidates"/>) and the sentence-start
/// candidate, on sentences written for these tests: each attribution is built by hand (cue and content), so only the speaker code is tested.
/// </summary>
public class ClauseSubjectTests
{
    private static (TokenTraits Traits, Attribution Attribution, List<SpeakerCandidate> Candidates, float[][] Features) Read(string text, string cue)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var traits = new TokenTraits(tokens);
        var cueStart = text.IndexOf(cue, StringComparison.Ordinal);
        Assert.That(cueStart, Is.GreaterThanOrEqualTo(0), "the cue is not in the text");
        var contentStart = cueStart + cue.Length + 1;
        var contentEnd = text.IndexOf('.', contentStart);
        var a = new Attribution(new Span(contentStart, contentEnd), QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue, null, null);
        var candidates = SpeakerCandidates.Generate(traits, a);
        var features = candidates.Select(_ => new float[SpeakerCandidates.FeatureCount]).ToArray();
        for (var i = 0; i < candidates.Count; i++)
        {
            SpeakerCandidates.Features(traits, a, candidates[i], null, features[i]);
        }

        SpeakerCandidates.RankFeatures(traits, a, candidates, features);
        return (traits, a, candidates, features);
    }

    private static List<string> WithFeature(string text, string cue, int feature)
    {
        var (_, _, candidates, features) = Read(text, cue);
        return [.. candidates.Where((c, i) => c.Type != MentionType.None && features[i][feature] == 1).Select(c => c.Span.Of(text)).Distinct()];
    }

    // The participle's speaker is the subject of the clause it attaches to, which a verb follows.
    [TestCase("She thanked Marel for filing the claim but stopped short of calling for a vote.", "calling for", "She")]
    [TestCase("The faction projected its own values onto Hale, believing he would back their plan.", "believing", "The faction")]
    [TestCase("He gave a bold speech in North Delmar, predicting he would carry the county.", "predicting", "He")]
    [TestCase("Marel hit back on Monday, stating that Delmar was the capital.", "stating", "Marel")]
    [TestCase("Tom Lind has repeatedly criticized the plan, saying it would fail.", "saying", "Tom Lind")]
    [TestCase("Anna Berg said Tom Lind would leave the race, echoing a memo from the party.", "echoing", "Tom Lind")]
    public void NearestClauseSubject_IsTheMentionAVerbFollows(string text, string cue, string subject)
    {
        Assert.That(WithFeature(text, cue, 62), Does.Contain(subject));
    }

    [TestCase("Anna Berg said Tom Lind would leave the race, echoing a memo from the party.", "echoing", "Anna Berg", "Tom Lind")]
    [TestCase("Anna Berg praised the plan, and Tom Lind welcomed it, calling it a start.", "calling", "Anna Berg", "Tom Lind")]
    public void FirstClauseSubject_IsTheSentencesFirstSubject(string text, string cue, string first, string other)
    {
        var firsts = WithFeature(text, cue, 63);

        Assert.That(firsts, Does.Contain(first));
        Assert.That(firsts, Does.Not.Contain(other));
        Assert.That(WithFeature(text, cue, 61), Does.Contain(other), "both are clause subjects");
    }

    // A mention that no verb follows is no clause subject: an object, a prepositional phrase, a possessive.
    [TestCase("She thanked Marel for filing the claim but stopped short of calling for a vote.", "calling for", "Marel")]
    [TestCase("Despite spending three days in Arizona over the last month, touting the backing of a mayor.", "touting", "Arizona")]
    [TestCase("The union met the mayor on Monday, asking for a meeting.", "asking for", "the mayor")]
    public void ObjectOrPrepositionalMention_IsNoClauseSubject(string text, string cue, string mention)
    {
        Assert.That(WithFeature(text, cue, 61), Does.Not.Contain(mention));
    }

    [TestCase("She praised the plan, calling for a vote.", "calling", true)]
    [TestCase("He stopped short of demanding that the mayor resign.", "demanding", true)]
    [TestCase("The group published a report detailing the costs.", "detailing", true)]
    [TestCase("Officials are saying that the border will stay closed.", "saying", false)]
    [TestCase("She was still insisting that the vote be held.", "insisting", false)]
    [TestCase("Prices will rise, according to the bank.", "according to", false)]
    [TestCase("Anna Berg said the strike would go on.", "said", false)]
    public void ParticipleCue_IsAnIngWordWithoutAFormOfBe(string text, string cue, bool participle)
    {
        var (_, _, _, features) = Read(text, cue);

        Assert.That(features.Select(f => f[64]).Distinct(), Is.EqualTo(new[] { participle ? 1f : 0f }));
    }

    // The subject of a long sentence before the 25-token window is still a candidate.
    [TestCase("Ana Ruiz, whose hometown, Delmar, is expected to be mostly flooded within the next few decades as the glaciers melt and the river level rises, argues that the plan would ruin the farms.", "argues", "Ana Ruiz")]
    [TestCase("Senator Ben Vale of Delmar, who is trailing the leader in many towns and who kept to budgets for most of the long debate, slowly grew sharper, finally saying she would be a failure.", "saying", "Senator Ben Vale")]
    public void SentenceStartSubject_BeforeTheWindow_IsACandidate(string text, string cue, string subject)
    {
        var (_, _, candidates, _) = Read(text, cue);

        Assert.That(candidates.Select(c => c.Span.Of(text)), Does.Contain(subject));
    }

    [Test]
    public void SentenceStartSubject_IsOnlyAddedOnce_WhenInsideTheWindow()
    {
        var text = "Marco Rubio argues that the plan would destroy the economy.";
        var (_, _, candidates, _) = Read(text, "argues");

        Assert.That(candidates.Count(c => c.Span.Of(text) == "Marco Rubio"), Is.EqualTo(1));
    }
}
