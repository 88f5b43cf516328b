using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers73, on texts written for these tests. The object of a light verb ("gave", "has", "used", "toned down") chosen right
/// before a noun or preposition cue gives way to the verb's subject; so does the verb itself when it was chosen
/// (<see cref="SpeakerRanker.ObjectOfALightVerb"/>).
/// </summary>
public class LightVerbObjectTests
{
    // "SUBJECT gave OBJECT CUE-NOUN of", "has toned down OBJECT", "have used OBJECT about", "also includes OBJECT NOUN of", the
    // chosen word the verb itself ("SUBJECT offers NOUN about").
    [TestCase("She also gave a few hints of her plans for the farm.", "hints of", "a few", "her plans for the farm", "She")]
    [TestCase("The coach has toned down the harsh criticism of the referees.", "criticism of", "the harsh", "the referees", "The coach")]
    [TestCase("The two mayors have used the sharpest words about the new toll.", "about", "the sharpest words", "the new toll", "The two mayors")]
    [TestCase("It even includes video footage of a storm on the coast.", "footage of", "video", "a storm on the coast", "It")]
    [TestCase("Mayor Ruiz offers words about patience in the new year.", "words about", "offers", "patience in the new year", "Mayor Ruiz")]
    public void LightVerb_TakesItsSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.ObjectOfALightVerb(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Does.StartWith(expected));
        Assert.That(result.Referent, Is.Null);
    }

    // The rule runs in the chain after the ranker (outermost).
    [TestCase("She also gave a few hints of her plans for the farm.", "hints of", "a few", "her plans for the farm", "She")]
    [TestCase("Mayor Ruiz offers words about patience in the new year.", "words about", "offers", "patience in the new year", "Mayor Ruiz")]
    public void Chain_AppliesTheRule(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Does.StartWith(expected));
    }

    // Left alone: a possessive pronoun of a noun cue ("including his recent call"), a finite cue verb ("registered voters say"), an -ing
    // cue ("include one last week saying"), a "to" between the object and the cue, a capitalised object, a speaker that is the subject.
    [TestCase("The ads, including his recent call for a new dam, upset the farmers.", "call for", "his", "a new dam")]
    [TestCase("Most registered voters say the bridge should stay free.", "say", "voters", "the bridge should stay free")]
    [TestCase("Her posts about the storm include one last week saying the roads were closed.", "saying", "one last week", "the roads were closed")]
    [TestCase("The club has made a large ad buy to respond to the mayor's attack.", "respond to", "a large ad", "the mayor's attack")]
    [TestCase("The council gave Ana Ruiz praise for her work on the budget.", "praise for", "Ana Ruiz", "her work on the budget")]
    [TestCase("Tom Hale spoke about the dam at the meeting.", "spoke about", "Tom Hale", "the dam")]
    public void LightVerb_LeavesTheSpeaker(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.ObjectOfALightVerb(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }
}
