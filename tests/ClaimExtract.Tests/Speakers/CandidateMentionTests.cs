using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Which mentions become speaker candidates (branch speakers14): a pronoun with a verb contracted onto it is a pronoun candidate, and a
/// word capitalised only because it opens the sentence (a subordinator, a sentence adverb, a participle) starts no name. On sentences
/// written for these tests; each attribution is built by hand, so only the candidate code is tested.
/// </summary>
public class CandidateMentionTests
{
    private static List<(MentionType Type, string Text)> Candidates(string text, string cue)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var cueStart = text.IndexOf(cue, StringComparison.Ordinal);
        Assert.That(cueStart, Is.GreaterThanOrEqualTo(0), "the cue is not in the text");
        var contentStart = cueStart + cue.Length + 1;
        var contentEnd = text.IndexOf('.', contentStart);
        var a = new Attribution(new Span(contentStart, contentEnd), QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue, null, null);
        return [.. SpeakerCandidates.Generate(new TokenTraits(tokens), a).Where(c => c.Type != MentionType.None).Select(c => (c.Type, c.Span.Of(text)))];
    }

    [TestCase("After the count in Ohio, he’s poised to argue that the race is open.", "poised to argue", "he’s", "PersonPronoun")]
    [TestCase("In Nevada, she's worked to win voters with new promises.", "worked to win", "she's", "PersonPronoun")]
    [TestCase("Yet they’re mostly proposing ideas the council already backs.", "proposing", "they’re", "OtherPronoun")]
    [TestCase("If it fails, we'll be talking about other firms next year.", "talking about", "we'll", "OtherPronoun")]
    [TestCase("Tomas Lind, who’d previously endorsed the mayor, spoke on Monday.", "endorsed", "who’d", "Relative")]
    [TestCase("The delegates who've already said they back Berg met today.", "said", "who've", "Relative")]
    public void PronounWithAContraction_IsAPronounCandidate(string text, string cue, string mention, string type)
    {
        Assert.That(Candidates(text, cue), Does.Contain((Enum.Parse<MentionType>(type), mention)));
    }

    // "it’s", "that’s", "there’s" open clauses; they are no pronoun candidates (as before, a capitalised one may still start a name).
    [TestCase("it’s")]
    [TestCase("that's")]
    [TestCase("there’s")]
    [TestCase("he")]
    [TestCase("o'brien")]
    [TestCase("he’sx")]
    [TestCase("’he’s")]
    [TestCase("'s")]
    [TestCase("whoever's")]
    public void OtherContractions_AreNoPronouns(string lower)
    {
        Assert.That(SpeakerCandidates.ContractedPronoun(lower), Is.Null);
    }

    [TestCase("he’s", "PersonPronoun")]
    [TestCase("she'll", "PersonPronoun")]
    [TestCase("i’m", "OtherPronoun")]
    [TestCase("you've", "OtherPronoun")]
    [TestCase("who's", "Relative")]
    [TestCase("they’re", "OtherPronoun")]
    [TestCase("we'd", "OtherPronoun")]
    public void ContractedPronoun_IsItsPronounsType(string lower, string type)
    {
        Assert.That(SpeakerCandidates.ContractedPronoun(lower), Is.EqualTo(Enum.Parse<MentionType>(type)));
    }

    // A word capitalised by its place starts no name; the name after it still does.
    [TestCase("Despite his doubts about the deal, Anna Berg praised the plan.", "praised", "Despite", "Anna Berg")]
    [TestCase("Since announcing the run, Tomas Lind has attacked the plan.", "attacked", "Since", "Tomas Lind")]
    [TestCase("Ultimately, Mr. Lind rejected the offer.", "rejected", "Ultimately", "Mr. Lind")]
    [TestCase("Whatever his quarrels with Berg may be, mocking her is wrong.", "mocking", "Whatever", "Berg")]
    [TestCase("Adding that the vote was close, Berg thanked her staff.", "thanked", "Adding", "Berg")]
    [TestCase("Continuing to explain the plan, Lind said it would pass.", "said", "Continuing", "Lind")]
    [TestCase("Angered by the ruling, Lind vowed to appeal.", "vowed", "Angered", "Lind")]
    public void SentenceOpeningWord_StartsNoName(string text, string cue, string opener, string name)
    {
        var names = Candidates(text, cue).Where(c => c.Type == MentionType.Name).Select(c => c.Text).ToList();

        Assert.That(names.Any(n => n.StartsWith(opener, StringComparison.Ordinal)), Is.False, string.Join(" | ", names));
        Assert.That(names, Does.Contain(name));
    }

    // A count before a cue is a candidate, with its noun ("40 states have voted for").
    [TestCase("On the economy, 42% say they are worried about prices.", "say", "42%")]
    [TestCase("Of the members polled, 43 said the plan was too costly.", "said", "43")]
    [TestCase("Over five elections, 30 towns have voted for one party.", "voted for", "30 towns")]
    public void CountBeforeACue_IsACandidate(string text, string cue, string count)
    {
        Assert.That(Candidates(text, cue), Does.Contain((MentionType.BareNoun, count)));
    }

    [TestCase("In 2012 the vote was close, the mayor said.", "said", "2012")]
    [TestCase("He signed a photo taken in 1986 that showed the old mill.", "showed", "1986 that")]
    [TestCase("The paper combed through filings from 2015 and found gaps.", "found", "2015 and")]
    public void CountNotBeforeACue_IsNoCandidate(string text, string cue, string count)
    {
        Assert.That(Candidates(text, cue).Select(c => c.Text), Does.Not.Contain(count));
    }

    // An -ing or -ed name before a cue, an auxiliary or a capitalised word, and a hyphenated adjective, are still names.
    [TestCase("Manning said the plan would pass.", "said", "Manning")]
    [TestCase("Fielding has argued that the plan would pass.", "argued", "Fielding")]
    [TestCase("Reading Mayor Tom Lind said the plan would pass.", "said", "Reading Mayor Tom Lind")]
    [TestCase("Right-wing parties fear the plan would pass.", "fear", "Right-wing")]
    public void NameWithAParticiplesEnding_StaysAName(string text, string cue, string name)
    {
        Assert.That(Candidates(text, cue), Does.Contain((MentionType.Name, name)));
    }

    // A lower-case word before a cue verb that is no noun is a bare-noun candidate the ranker may not choose (branch speakers18); a noun is.
    [TestCase("The mayor has not yet responded to the letter.", "responded to", "yet", false)]
    [TestCase("Party chiefs are clearly so worried about the vote.", "worried about", "so", false)]
    [TestCase("The senator made no mention of the deal.", "mention of", "no", false)]
    [TestCase("The council says it would be asking about the fees.", "asking about", "be", false)]
    [TestCase("The judge earlier in the day issued an order.", "issued", "day", false)]
    [TestCase("The mayor was not directly blaming the council.", "blaming", "directly", false)]
    [TestCase("Even the critics of the plan said it would work.", "said", "critics", true)]
    [TestCase("In the end, sources said the plan would fail.", "said", "sources", true)]
    [TestCase("Few members spend the alliance's recommended share on defense.", "recommended", "alliance's", true)]
    [TestCase("The mayor's office doesn’t mention the fee.", "mention", "doesn’t", false)]
    public void BareNounBeforeACue_IsChoosableOnlyWhenANoun(string text, string cue, string word, bool choosable)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);
        var cueStart = text.IndexOf(cue, StringComparison.Ordinal);
        var contentStart = cueStart + cue.Length + 1;
        var a = new Attribution(new Span(contentStart, text.IndexOf('.', contentStart)), QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue, null, null);
        var candidates = SpeakerCandidates.Generate(new TokenTraits(tokens), a).Where(c => c.Type == MentionType.BareNoun && c.Span.Of(text) == word).ToList();

        Assert.That(candidates, Has.Count.EqualTo(1), "the word is a bare-noun candidate");
        Assert.That(SpeakerRanker.Choosable(tokens, candidates[0]), Is.EqualTo(choosable));
    }
}
