using ClaimExtract.Quotes;
using ClaimExtract.Sources;
using ClaimExtract.Speakers;
using ClaimExtract.Text;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers42, on texts written for these tests. A stance inside someone else's report ("the league's claim that Ruiz wanted
/// ...", "Lee argued that they oppose ...") takes the reporter as its source, as PolNeAR annotates the outer report there: after the
/// ranker (<see cref="SpeakerRanker.ReporterOfAStanceAfterThat"/>) and in the stances <see cref="StanceReport"/> adds itself.
/// </summary>
public class ReporterOfAStanceTests
{
    // The reporter: the possessive before a noun of saying (over at most two modifiers), or the subject of a finite verb of saying.
    [TestCase("The flyer repeated the league's earlier claim that Ruiz wanted to close the clinic.", "wanted", "Ruiz", "to close the clinic", "league's")]
    [TestCase("It echoed Hale's recommendation that the board endorse the levy in March.", "endorse", "the board", "the levy in March", "Hale's")]
    [TestCase("The memo revived the union's old false allegation that the mayor opposed the plan.", "opposed", "the mayor", "the plan", "union's")]
    [TestCase("Omar Haddad argued that they oppose the new levy on farmers.", "oppose", "they", "the new levy", "Omar Haddad")]
    [TestCase("She has said that Ana Ruiz plans to run for the council.", "plans", "Ana Ruiz", "to run for the council", "She")]
    [TestCase("Harbour chief Tom Hale insisted that pilots really want a later ferry.", "want", "pilots", "a later ferry", "Tom Hale")]
    [TestCase("Lee claimed that the council still believes the tax is fair.", "believes", "the council", "the tax is fair", "Lee")]
    public void ReporterOfAStanceAfterThat_IsTheSource(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.ReporterOfAStanceAfterThat(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Does.EndWith(expected));
    }

    // The speaker stays: "that" opens a relative clause ("an agenda that he plans"), the verb of saying is a participle or an infinitive
    // whose subject stands elsewhere ("seeking to show that"), a noun of saying has no possessive ("reports that"), the cue is no stance
    // verb ("said"), no "that" stands before the subject, or the report's subject is no name or pronoun ("the memo argued").
    [TestCase("Ana Ruiz is drafting a program that he plans to unveil in May.", "plans", "he", "to unveil in May")]
    [TestCase("She doubled down, seeking to show that Hale had opposed the levy in 2009.", "opposed", "Hale", "the levy in 2009")]
    [TestCase("Haddad responded on Friday to reports that Ruiz planned to endorse his rival.", "planned", "Ruiz", "to endorse his rival")]
    [TestCase("Omar Haddad argued that Ruiz said the levy is fair.", "said", "Ruiz", "the levy is fair")]
    [TestCase("Omar Haddad argued the council wants the levy repealed.", "wants", "the council", "the levy repealed")]
    [TestCase("It is so thin that many bankers believe it will fail.", "believe", "many bankers", "it will fail")]
    [TestCase("The memo argued that pilots want a later ferry.", "want", "pilots", "a later ferry")]
    public void SpeakerWithNoReporterRead_Stays(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.ReporterOfAStanceAfterThat(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(chosen));
    }

    // StanceReport reads the same reporter for a stance it adds.
    [TestCase("The flyer repeated the league's earlier claim that Ruiz wanted to close the clinic.", "wanted", "league's")]
    [TestCase("Ana Ruiz is drafting a program that he plans to unveil in May.", "plans", "he")]
    public void StanceReport_ReadsTheReporter(string text, string verb, string speaker)
    {
        var tokens = new TokenizedDocument(TextDocument.Create(text), []);

        var found = StanceReport.Find(tokens, tokens.Tokens.FindIndex(x => x.Value == verb));

        Assert.That(found, Is.Not.Null);
        Assert.That(text[found!.Value.Speaker.Start..found.Value.Speaker.End], Is.EqualTo(speaker));
    }

    // The rule runs inside the chain after the ranker.
    [Test]
    public void AfterRanker_AppliesTheRule()
    {
        const string text = "The flyer repeated the league's earlier claim that Ruiz wanted to close the clinic.";
        var (traits, a) = Attributed(text, "wanted", "Ruiz", "to close the clinic");

        var result = SpeakerRanker.AfterRanker(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo("league's"));
    }
}
