using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Text;

/// <summary>
/// The article's word table: each token's form against the token itself (its string, its lower case, the count of its word),
/// and what the speaker candidates read through it against what they compute per token.
/// </summary>
public class WordTableTests
{
    private const string Mixed =
        "“We will,” he said, “keep going.”\n\nMr. Ma’s U.S. firm — Alibaba — said so.  Twice…   The the THE ThE. İstanbul’s "
        + "mayor and İSTANBUL; Straße, STRASSE, straße. K and k (Kelvin) said: «Non» 😀 𝐀bc a-b A-B a.m. Ma's ma’s MA’S said Said SAID.";

    private static IEnumerable<string> Texts() => [string.Empty, "One.", TestArticles.RiverTown, Mixed, string.Concat(Enumerable.Repeat(TestArticles.RiverTown + "\n\n" + Mixed + "\n\n", 40))];

    [TestCaseSource(nameof(Texts))]
    public void EachToken_ReadsItsOwnFormAndLowerCase(string text)
    {
        var doc = new TokenizedDocument(TextDocument.Create(text), []);
        var words = doc.Words;
        Assert.That(words.FormOf, Has.Count.EqualTo(doc.Tokens.Count));
        var firstOfForm = new Dictionary<int, Token>();
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            var token = doc.Tokens[i];
            var form = words.FormOf[i];
            Assert.That(token.Value, Is.EqualTo(text[token.Span.Start..token.Span.End]), $"token {i}");
            Assert.That(words.Values[form], Is.SameAs(token.Value), $"token {i}");
            Assert.That(token.Lower, Is.EqualTo(token.Value.ToLowerInvariant()), $"token {i}");
            Assert.That(words.Lowers[form], Is.SameAs(token.Lower), $"token {i}");
            if (firstOfForm.TryGetValue(form, out var first))
            {
                Assert.That(first.Value, Is.EqualTo(token.Value), $"token {i}");
            }
            else
            {
                firstOfForm[form] = token;
            }
        }

        // One form per distinct string, and the tokens of each counted.
        Assert.That(words.Count, Is.EqualTo(doc.Tokens.Select(t => t.Value).Distinct(StringComparer.Ordinal).Count()));
        for (var f = 0; f < words.Count; f++)
        {
            Assert.That(words.Uses[f], Is.EqualTo(doc.Tokens.Count(t => t.Value == words.Values[f])), words.Values[f]);
        }
    }

    [TestCaseSource(nameof(Texts))]
    public void PriorsOfEachForm_AreThePriorsOfEachTokensLowerCase(string text)
    {
        var priors = new ClaimExtract.Quotes.CuePriors(new Dictionary<string, (int Cue, int Total)> { ["said"] = (9, 10), ["the"] = (0, 0), ["ma’s"] = (1, 2), ["straße"] = (3, 4), ["k"] = (5, 6) }, 0f);
        var doc = new TokenizedDocument(TextDocument.Create(text), []);
        var (counts, known) = doc.Words.PriorsOf(priors);
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            var lower = doc.Tokens[i].Lower;
            var form = doc.Words.FormOf[i];
            Assert.That(known[form], Is.EqualTo(priors.Contains(lower)), $"token {i}: {lower}");
            Assert.That(counts[form], Is.EqualTo(priors.Counts(lower)), $"token {i}: {lower}");
        }
    }

    [TestCaseSource(nameof(Texts))]
    public void LowerHashOfEachForm_IsTheHashOfItsLowerCase_AndAFilterOfTheLowerCasesMayHoldEach(string text)
    {
        var words = new TokenizedDocument(TextDocument.Create(text), []).Words;
        var filter = new WordTable.HashFilter(words.Lowers.Take(words.Count));
        for (var f = 0; f < words.Count; f++)
        {
            Assert.That(words.LowerHash(f), Is.EqualTo(WordTable.Hash(words.Lowers[f])), words.Values[f]);
            Assert.That(filter.MayHold(words.LowerHash(f)), Is.True, words.Values[f]);
        }
    }

    [TestCaseSource(nameof(Texts))]
    [TestCase("Critics Support the plan; critics support it and were worried, WORRIED, “worried” or worried’s. She Favors ß.")]
    public void FormsWhere_AreTheFormsOfTheWordsAsWritten_TokenByToken(string text)
    {
        var doc = new TokenizedDocument(TextDocument.Create(text), []);
        string[] words = [.. StanceReport.Verbs, .. StanceReport.Adjectives, .. EndorsementReport.Verbs, "the", "she"];
        var set = words.ToHashSet(StringComparer.Ordinal);
        var forms = doc.Words.FormsWhere(new WordTable.HashFilter(words), set.Contains);
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            Assert.That(forms[doc.Words.FormOf[i]], Is.EqualTo(set.Contains(doc.Tokens[i].Value)), $"token {i}: {doc.Tokens[i].Value}");
        }
    }

    [Test]
    public void HashFilter_PassesFewWordsItDoesNotHold()
    {
        var filter = new WordTable.HashFilter(Enumerable.Range(0, 1000).Select(i => $"word{i}"));
        var passed = Enumerable.Range(0, 10_000).Count(i => filter.MayHold(WordTable.Hash($"other{i}")));
        Assert.That(passed, Is.LessThan(500), "a thousand words set about one bit in 65 of 65,536");
    }

    [TestCaseSource(nameof(Texts))]
    // Words written only with a capital or a possessive ending ("Harbour's", "HARBOUR"), a possessive of a possessive ("x's's"), one-letter
    // words in both cases, a non-ASCII word's cases, a word that is its own form only in capitals ("MAYOR" beside "Mayor's"), a word with
    // a digit.
    [TestCase("Harbour's plan: HARBOUR said the Harbour’s view was x's's, not x's. A man and a woman; I said i. Ünal, ünal’s ÜNAL. MAYOR Mayor's 4th 4TH.")]
    [TestCase("The the THE The's the's they’re They’re. Is it Who's who's? Straße STRASSE straße’s İstanbul istanbul.")]
    public void FormFrequencies_AreTheWordCountsOfEachToken(string text)
    {
        var doc = new TokenizedDocument(TextDocument.Create(text), []);
        var counts = SpeakerCandidates.WordCounts(doc.Tokens);
        var frequencies = TokenTraits.FormFrequencies(doc.Words);
        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            var expected = counts.TryGetValue(EntityIndex.StripPossessive(doc.Tokens[i].Lower), out var count) ? MathF.Log(1 + count) / 4f : 0;
            Assert.That(frequencies[doc.Words.FormOf[i]], Is.EqualTo(expected), $"token {i}: {doc.Tokens[i].Value}");
        }
    }

    // TokenTraits.Frequency reads the thread's kept counts (speed122): asked of articles in turn (a longer one, a shorter one, the first
    // again, each through its own traits), every token answers as the word counts of its own article, never the counts left by another.
    [TestCase("Harbour's plan: HARBOUR said the Harbour’s view was x's's, not x's. A man and a woman; I said i. Ünal, ünal’s ÜNAL. MAYOR Mayor's 4th 4TH.", "Ann said. Ann’s dog said ANN said the dog.")]
    [TestCase("The the THE The's the's they’re They’re. Is it Who's who's? Straße STRASSE straße’s İstanbul istanbul.", "the the the")]
    public void Frequency_AnswersForItsOwnArticleWhenArticlesAreAskedInTurn(string longer, string shorter)
    {
        var docs = new[] { longer, shorter, longer, shorter }.Select(t => new TokenizedDocument(TextDocument.Create(t), [])).ToList();
        var traits = docs.Select(d => new TokenTraits(d)).ToList();
        for (var round = 0; round < 2; round++)
        {
            for (var d = 0; d < docs.Count; d++)
            {
                var counts = SpeakerCandidates.WordCounts(docs[d].Tokens);
                for (var i = 0; i < docs[d].Tokens.Count; i++)
                {
                    var token = docs[d].Tokens[i];
                    var expected = counts.TryGetValue(EntityIndex.StripPossessive(token.Lower), out var count) ? MathF.Log(1 + count) / 4f : 0;
                    Assert.That(traits[d].Frequency(i), Is.EqualTo(expected), $"article {d}, token {i}: {token.Value}");
                }
            }
        }
    }

    // TokenTraits keeps each form's traits with its article's word table (speed123 kept them in the thread's one array, which the
    // ranker paid for in time, and was taken back): asked of articles in turn (a longer one, a shorter one, the first again, each
    // through its own traits and through a second reader of the same table), every token answers as it does when its article is asked
    // alone.
    [TestCase("Harbour's plan: HARBOUR said the Harbour’s view was x's's, not x's. A man and a woman; I said i. Mayor Ann May told the board.", "Ann said. Ann’s dog said ANN said the dog, a spokesman for the mayor.")]
    [TestCase("The the THE The's the's they’re They’re. Is it Who's who's? Straße STRASSE straße’s İstanbul istanbul.", "the the the")]
    public void Traits_AnswerForTheirOwnArticleWhenArticlesAreAskedInTurn(string longer, string shorter)
    {
        // What Of answers besides the token's own traits once its form's head was asked: whether it was worked out, and the head's traits.
        const uint Kept = TokenTraits.KnownBits | TokenTraits.HeadTraitBits;
        var texts = new[] { longer, shorter, longer, shorter };
        // Each article alone first: its answers with no other table asked in between.
        var alone = texts.Select(t =>
        {
            var doc = new TokenizedDocument(TextDocument.Create(t), []);
            var traits = new TokenTraits(doc);
            return Enumerable.Range(0, doc.Tokens.Count).Select(i => (traits.Of(i) & ~Kept, traits.OfHead(i))).ToList();
        }).ToList();
        var docs = texts.Select(t => new TokenizedDocument(TextDocument.Create(t), [])).ToList();
        var readers = docs.Select(d => new[] { new TokenTraits(d), new TokenTraits(d) }).ToList();
        for (var round = 0; round < 2; round++)
        {
            for (var d = 0; d < docs.Count; d++)
            {
                for (var i = 0; i < docs[d].Tokens.Count; i++)
                {
                    var reader = readers[d][(i + round) % 2];
                    // The head asked last in the first round and first in the second (Of then answers with the head's bits kept, which
                    // its readers mask away: Kept).
                    uint of, head;
                    if (round == 0)
                    {
                        (of, head) = (reader.Of(i), reader.OfHead(i));
                    }
                    else
                    {
                        head = reader.OfHead(i);
                        of = reader.Of(i);
                    }

                    Assert.That((of & ~Kept, head), Is.EqualTo(alone[d][i]), $"article {d}, token {i}: {docs[d].Tokens[i].Value}");
                }
            }
        }
    }

    // The cue tagger reads the priors' counts through FillPriors into the thread's tables (speed123), longer than the article's forms and
    // holding another article's answers: each form's answer is PriorsOf's for its own table.
    [TestCase("Ann said the report showed, he added, as they claimed. The mayor told us she denied it.", "He said so. Nobody knew.")]
    public void FillPriors_WritesPriorsOfAnswersOverAnotherArticles(string longer, string shorter)
    {
        var priors = CueTagger.Default?.Priors;
        Assume.That(priors, Is.Not.Null, "no cue tagger model");
        var counts = new (int Cue, int Total)[64];
        var known = new bool[64];
        Array.Fill(counts, (7, 9));
        Array.Fill(known, true);
        foreach (var text in new[] { longer, shorter })
        {
            var words = new TokenizedDocument(TextDocument.Create(text), []).Words;
            var expected = new TokenizedDocument(TextDocument.Create(text), []).Words.PriorsOf(priors!);
            words.FillPriors(priors!, counts, known);
            Assert.That(counts[..words.Count], Is.EqualTo(expected.Counts));
            Assert.That(known[..words.Count], Is.EqualTo(expected.Known));
            Assert.That(expected.Known, Does.Contain(true), "some word the priors hold");
        }
    }

    // EndsPossessive reads the last two characters; it must answer as the two ordinal EndsWith tests it replaced.
    [TestCase("Ruiz's")]
    [TestCase("Ruiz’s")]
    [TestCase("'s")]
    [TestCase("’s")]
    [TestCase("s")]
    [TestCase("")]
    [TestCase("Hales")]
    [TestCase("Hales'")]
    [TestCase("it‘s")]
    [TestCase("x's's")]
    [TestCase("IT'S")]
    public void EndsPossessive_IsEitherApostropheThenS(string word)
    {
        var expected = word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal);
        Assert.That(EntityIndex.EndsPossessive(word), Is.EqualTo(expected));
        Assert.That(EntityIndex.StripPossessive(word), Is.EqualTo(expected ? word[..^2] : word));
    }

    [TestCaseSource(nameof(Texts))]
    public void TraitsThroughTheTable_AreEachTokensOwn(string text)
    {
        var doc = new TokenizedDocument(TextDocument.Create(text), []);
        var traits = new TokenTraits(doc);
        // Asked twice, and heads in between, so that a form's cached traits are read back for its other tokens.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < doc.Tokens.Count; i++)
            {
                var own = TokenTraits.Compute(doc.Tokens[i]);
                Assert.That(traits.Of(i) & ~(TokenTraits.KnownBits | TokenTraits.HeadTraitBits), Is.EqualTo(own), $"token {i}: {doc.Tokens[i].Value}");
                if ((i + pass) % 3 == 0)
                {
                    Assert.That(traits.OfHead(i) & ~TokenTraits.KnownBits, Is.EqualTo(own | TokenTraits.ComputeHead(doc.Tokens[i])), $"token {i}: {doc.Tokens[i].Value}");
                }
            }
        }
    }
}
