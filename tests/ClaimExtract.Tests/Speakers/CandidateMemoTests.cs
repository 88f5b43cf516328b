using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// The candidate at a token found once per article (speed110, <see cref="SpeakerCandidates.CandidateAt"/>) answers as finding it anew in
/// each window did (<see cref="SpeakerCandidates.Find"/>): for every token and every window end after it, asked in an order that fills the
/// memo from far ends and from near ones; and the candidates of attributions whose windows overlap are those of a fresh article for each.
/// On texts written for these tests: names that run to a window's end, descriptions, counts before a cue, pronouns with a contraction.
/// </summary>
public class CandidateMemoTests
{
    private static readonly string[] Texts =
    [
        "Ana Ruiz, the county clerk, told the Daily Ledger that the vote was fair. The mayor of Dayton said the count would go on. "
        + "43 said they backed it, and 26% say the plan is bad, according to a poll. Tomas Lind, who’d previously endorsed the mayor, "
        + "spoke on Monday. He’s poised to argue that the race is open, said Lind.",
        "“We will not stop,” said Mary Ellen Van Der Berg of the New York Port Authority Workers Union Local Branch. Some warned "
        + "that the state would lose. A spokesman for the Ohio Farm Bureau declined to comment. Adding that the plan was late, Berg "
        + "said 40 states have voted for it. The group, which says it speaks for farmers, said in 1995 that prices fell.",
        "Critics say the new rules in Cedar Falls are too strict. Theresa May and George Will wrote that the deal was dead. "
        + "Officials at the ministry said nothing. They're worried, she said. Many of the workers, all of whom have already pledged, "
        + "would be asking the board of the Lakeside Water Company for a new vote.",
    ];

    // Every (token, window end) pair, from far ends to near ones and from near ends to far ones, each on a fresh article's memo.
    [Test]
    public void CandidateAt_AnswersAsFindDoes_ForEveryTokenAndWindowEnd([Values(0, 1, 2)] int text, [Values(false, true)] bool nearFirst)
    {
        var doc = new TokenizedDocument(TextDocument.Create(Texts[text]), []);
        var memo = new TokenTraits(doc);
        var fresh = new TokenTraits(doc);
        var count = doc.Tokens.Count;
        for (var i = 0; i < count; i++)
        {
            for (var step = 1; step <= count - i; step++)
            {
                var to = nearFirst ? i + step : count + 1 - step;
                Assert.That(SpeakerCandidates.CandidateAt(memo, i, to), Is.EqualTo(SpeakerCandidates.Find(fresh, i, to)), $"token {i} ({doc.Tokens[i].Value}), window end {to}");
            }
        }
    }

    // An attribution at every cue verb of a text, their candidates made in turn with one article's traits (as the ranker makes them, the
    // memo filled by the windows before) and each with traits of its own (within one window each token is asked once: nothing is reused).
    [Test]
    public void Generate_WithOneArticlesMemo_GivesEachAttributionsFreshCandidates([Values(0, 1, 2)] int text)
    {
        var document = TextDocument.Create(Texts[text]);
        var doc = new TokenizedDocument(document, []);
        var shared = new TokenTraits(doc);
        var tokens = doc.Tokens;
        var attributions = 0;
        for (var c = 0; c + 1 < tokens.Count; c++)
        {
            if (!tokens[c].IsWord || !Lexicon.CueVerbs.ContainsKey(tokens[c].Lower))
            {
                continue;
            }

            // The content: the rest of the cue's sentence; the rules' speaker, when one is given, the token before the cue.
            var sentenceEnd = c + 1;
            while (sentenceEnd + 1 < tokens.Count && doc.SentenceOf[sentenceEnd + 1] == doc.SentenceOf[c])
            {
                sentenceEnd++;
            }

            var cue = tokens[c].Span;
            var content = new Span(tokens[c + 1].Span.Start, tokens[sentenceEnd].Span.End);
            Span? speaker = c > 0 && tokens[c - 1].IsWord ? tokens[c - 1].Span : null;
            var a = new Attribution(content, QuoteType.Indirect, cue, tokens[c].Value, speaker, null);
            Assert.That(SpeakerCandidates.Generate(shared, a), Is.EqualTo(SpeakerCandidates.Generate(new TokenTraits(doc), a)), tokens[c].Value);
            attributions++;
        }

        Assert.That(attributions, Is.GreaterThanOrEqualTo(5));
    }
}
