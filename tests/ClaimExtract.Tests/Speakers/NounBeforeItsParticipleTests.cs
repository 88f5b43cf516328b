using ClaimExtract.Speakers;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speakers80, on texts written for these tests. A determiner's noun phrase right before an -ing cue, with no comma between,
/// is the cue's source when the speaker chosen stands further left (<see cref="SpeakerRanker.NounBeforeItsParticiple"/>).
/// </summary>
public class NounBeforeItsParticipleTests
{
    // "SUBJECT verb ... a NOUN saying": the phrase before the participle speaks.
    [TestCase("Marta Olsen held up a banner saying that the mill must stay open.", "saying", "Marta Olsen", "the mill must stay open", "a banner")]
    [TestCase("The farmers cheered a young engineer suggesting that the bridge was closed.", "suggesting", "The farmers", "the bridge was closed", "a young engineer")]
    [TestCase("The council hired the two clerks saying that residents could vote early.", "saying", "The council", "residents could vote early", "the two clerks")]
    [TestCase("Commuters passed the big road sign announcing that the toll would rise.", "announcing", "Commuters", "the toll would rise", "the big road sign")]
    public void Participle_NounPhraseBeforeItSpeaks(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.NounBeforeItsParticiple(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
        Assert.That(SpeakerRanker.AfterRanker(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: a comma before the participle, a place or time phrase ("on the radio", "last week"), a document or a medium whose
    // sender speaks ("a press release", "an interview"), a phrase opening with a possessive determiner, an adverb before the cue, a
    // speaker already right before the cue, no speaker at all, a cue that is no -ing form.
    [TestCase("Marta Olsen held up a banner, saying that the mill must stay open.", "saying", "Marta Olsen", "the mill must stay open")]
    [TestCase("Marta Olsen spoke on the radio saying that the mill must stay open.", "saying", "Marta Olsen", "the mill must stay open")]
    [TestCase("Marta Olsen spoke last week saying that the mill must stay open.", "saying", "Marta Olsen", "the mill must stay open")]
    [TestCase("Marta Olsen sent out a press release saying that the mill must stay open.", "saying", "Marta Olsen", "the mill must stay open")]
    [TestCase("Marta Olsen gave an interview saying that the mill must stay open.", "saying", "Marta Olsen", "the mill must stay open")]
    [TestCase("Marta Olsen gave her usual speech praising the mill workers.", "praising", "Marta Olsen", "the mill workers")]
    [TestCase("Marta Olsen held up a banner proudly saying that the mill must stay open.", "saying", "Marta Olsen", "the mill must stay open")]
    [TestCase("Marta Olsen and the old workers saying that the mill must stay open marched.", "saying", "the old workers", "the mill must stay open")]
    [TestCase("Marta Olsen held up a banner and said that the mill must stay open.", "said", "Marta Olsen", "the mill must stay open")]
    public void Participle_LeavesTheChoice(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.NounBeforeItsParticiple(new(traits, a), a);

        Assert.That(result.Speaker, Is.EqualTo(a.Speaker));
    }

    // Branch speakers102: a bare plural noun before the participle, no determiner, speaks too; the word before it leaves it a noun.
    [TestCase("Marta Olsen set out to recruit farmers backing the new mill.", "backing", "Marta Olsen", "the new mill", "farmers")]
    [TestCase("The mayor invited all-female panels discussing the river plan.", "discussing", "The mayor", "the river plan", "panels")]
    [TestCase("The council passed a large number of rules limiting the toll.", "limiting", "The council", "the toll", "rules")]
    [TestCase("Marta Olsen kept the mill open. Despite polls showing her behind, she stayed.", "showing", "Marta Olsen", "her behind", "polls")]
    public void Participle_BarePluralBeforeItSpeaks(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.NounBeforeItsParticiple(new(traits, a), a).Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Left alone: an -s word after a name or a pronoun is a verb ("Olsen avoids discussing", "it means admitting"), after a past verb
    // it ends an idiom ("took turns"), the object of "to" or "before" is whom the subject speaks to, pictures and ads speak for their
    // maker, a singular noun after no determiner, a time.
    [TestCase("Marta Olsen said Olsen avoids discussing the mill.", "discussing", "Marta Olsen", "the mill")]
    [TestCase("Marta Olsen said it means admitting the mill failed.", "admitting", "Marta Olsen", "the mill failed")]
    [TestCase("Marta Olsen and her aides took turns urging the crowd to vote.", "urging", "Marta Olsen", "the crowd to vote")]
    [TestCase("Marta Olsen sent a note to farmers saying that the mill must stay open.", "saying", "Marta Olsen", "the mill must stay open")]
    [TestCase("Marta Olsen showed five old photos telling the story of the mill.", "telling", "Marta Olsen", "the story of the mill")]
    [TestCase("Marta Olsen ran radio ads praising the mill workers.", "praising", "Marta Olsen", "the mill workers")]
    [TestCase("Marta Olsen hired staff backing the new mill.", "backing", "Marta Olsen", "the new mill")]
    [TestCase("Marta Olsen spoke before lawmakers defending the new mill.", "defending", "Marta Olsen", "the new mill")]
    [TestCase("Marta Olsen spent 45 seconds explaining why the mill closed.", "explaining", "Marta Olsen", "why the mill closed")]
    public void Participle_BarePluralLeavesTheChoice(string text, string cue, string chosen, string content)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        Assert.That(SpeakerRanker.NounBeforeItsParticiple(new(traits, a), a).Speaker, Is.EqualTo(a.Speaker));
    }

    [Test]
    public void Participle_NoSpeakerStaysNone()
    {
        const string text = "Marta Olsen held up a banner saying that the mill must stay open.";
        var (traits, a) = Attributed(text, "saying", "Marta Olsen", "the mill must stay open");
        a = a with { Speaker = null };

        Assert.That(SpeakerRanker.NounBeforeItsParticiple(new(traits, a), a).Speaker, Is.Null);
    }
}
