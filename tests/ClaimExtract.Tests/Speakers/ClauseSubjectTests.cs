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
    [TestCase("She praised Fields for pursuing charges but stopped short of calling for a vote.", "calling for", "She")]
    [TestCase("The faction projected its own worldview onto Obama, believing he would pursue their agenda.", "believing", "The faction")]
    [TestCase("He gave a defiant speech in West Virginia, predicting he would win the state.", "predicting", "He")]
    [TestCase("Forbes shot back on Monday, stating that New York was the capital.", "stating", "Forbes")]
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
    [TestCase("She praised Fields for pursuing charges but stopped short of calling for a vote.", "calling for", "Fields")]
    [TestCase("Despite spending four days in Arizona over the past week, touting the endorsement of a senator.", "touting", "Arizona")]
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
    [TestCase("Marco Rubio, whose hometown, Miami, is projected to be largely underwater within the not too distant future as ice caps shrink and the sea level rises, argues that the plan would destroy the economy.", "argues", "Marco Rubio")]
    [TestCase("Senator Ted Cruz of Texas, who is running second to the front-runner in many states and who stuck to policy for most of the long night, gradually turned tougher, eventually saying he would be a disaster.", "saying", "Senator Ted Cruz")]
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
