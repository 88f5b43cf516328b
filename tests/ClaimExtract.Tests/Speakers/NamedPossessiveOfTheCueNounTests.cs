using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers59, on texts written for these tests. A named possessive before a cue that is a noun of saying or of a stance is
/// its source (<see cref="SpeakerRanker.NamedPossessiveOfTheCueNoun"/>), as "his"/"her"/"its" are for
/// <see cref="SpeakerRanker.PossessiveOfTheCueNoun"/>.
/// </summary>
public class NamedPossessiveOfTheCueNounTests
{
    // After a preposition, a verb, "and", "be"; over lower-case modifiers; a title in the name; a plural with a lone apostrophe.
    [TestCase("The mayor won in 2019 partly because of Mr. Hale's blunt suggestion that the bridge be rebuilt.", "suggestion", "The mayor", "that the bridge be rebuilt", "Mr. Hale's")]
    [TestCase("Other council members joined Ana Ruiz's call for a recount of the ballots.", "call for", "Other council members", "a recount of the ballots", "Ana Ruiz's")]
    [TestCase("Both banks will be targets for Tom Hale's false claims that they cheated.", "claims", "Both banks", "that they cheated", "Tom Hale's")]
    [TestCase("It was a wide expansion of Hale’s familiar argument that the levy failed.", "argument", "It", "that the levy failed", "Hale’s")]
    [TestCase("The vote could blunt the Republicans' demands for change in Salem.", "demands for", "The vote", "change in Salem", "Republicans'")]
    [TestCase("The board met, and Ana Ruiz's refusal to sign the deal ended it.", "refusal", "The board", "to sign the deal", "Ana Ruiz's")]
    [TestCase("The mayor read the letter. It was Ana Ruiz's rejection of the plan.", "rejection", "The mayor", "of the plan", "Ana Ruiz's")]
    public void NamedPossessive_IsTheSource(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.NamedPossessiveOfTheCueNoun(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
        Assert.That(result.Referent, Is.Null);
    }

    // Left alone: a possessive opening the sentence, a noun that is a verb before its object ("calls the"), a noun outside the lists,
    // "his" (PossessiveOfTheCueNoun's), a contracted "is" ("There's"), a lower-case owner ("the city's"),
    // and the possessive already chosen.
    [TestCase("Tom Hale's call for a recount drew cheers, the mayor said.", "call for", "the mayor", "a recount")]
    [TestCase("The report is out, and Tom Hale's office calls the whole thing false.", "calls", "office", "the whole thing false")]
    [TestCase("The council heard from Tom Hale's lawyer that the vote was fair.", "lawyer", "The council", "that the vote was fair")]
    [TestCase("The council backed his call for a recount of the ballots.", "call for", "The council", "a recount of the ballots")]
    [TestCase("The mayor lost, and There's growing support for a recount of the ballots.", "support for", "The mayor", "a recount of the ballots")]
    [TestCase("The council rejected the city's call for a recount of the ballots.", "call for", "The council", "a recount of the ballots")]
    [TestCase("Other council members joined Ana Ruiz's call for a recount of the ballots.", "call for", "Ana Ruiz's", "a recount of the ballots")]
    public void NamedPossessive_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.NamedPossessiveOfTheCueNoun(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // The rule runs inside the chain after the ranker.
    [TestCase("Other council members joined Ana Ruiz's call for a recount of the ballots.", "call for", "Other council members", "a recount of the ballots", "Ana Ruiz's")]
    public void AfterRanker_AppliesTheRule(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }
}
