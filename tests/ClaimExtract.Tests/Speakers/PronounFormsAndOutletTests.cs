using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// What a user found in the output (audit12): contracted pronouns and a relative pronoun with nothing before it were given as names,
/// and an outlet whose name ends like a plural ("Reuters") was a nameless group. Short texts written for these tests.
/// </summary>
public class PronounFormsAndOutletTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    // A pronoun with a contracted verb is the pronoun: never a name of its own.
    [TestCase("Anna Lind spoke on Monday. “You’re wrong,” you’re told by the board.", "you’re", SpeakerKind.Unknown)]
    [TestCase("Anna Lind spoke on Monday. They'll say it works, they'll insist.", "they'll", SpeakerKind.Group)]
    [TestCase("The board met. We've said it works, we've insisted.", "we've", SpeakerKind.Unknown)]
    public void ContractedPronoun_IsNoName(string text, string mention, SpeakerKind kind)
    {
        var resolved = Resolve(text, mention);
        Assert.Multiple(() =>
        {
            Assert.That(resolved.Name, Is.Null);
            Assert.That(resolved.Kind, Is.EqualTo(kind));
        });
    }

    // "She's" still reads as "she": the person named before.
    [TestCase("Anna Lind met the board. She's said the plan works.", "She's", "Anna Lind")]
    public void ContractedPersonPronoun_ResolvesAsThePronoun(string text, string mention, string name)
    {
        Assert.That(Resolve(text, mention).Name, Is.EqualTo(name));
    }

    // A closing quotation mark at the very start of the text, right before the pronoun, has no quotation to read back over (it threw
    // ArgumentOutOfRangeException, found by the property tests).
    [TestCase("”, she said.", "she")]
    [TestCase("\", he said.", "he")]
    [TestCase("”he said.", "he")]
    public void ClosingMarkOpeningTheText_BeforeAPronoun_IsNoQuotation(string text, string mention)
    {
        Assert.That(Resolve(text, mention).Name, Is.Null);
    }

    // A relative pronoun with no noun phrase before it names nobody.
    [TestCase("Who said the plan works? Nobody knows.", "Who")]
    public void RelativePronounWithoutAntecedent_IsNoName(string text, string mention)
    {
        var resolved = Resolve(text, mention);
        Assert.Multiple(() =>
        {
            Assert.That(resolved.Name, Is.Null);
            Assert.That(resolved.Kind, Is.EqualTo(SpeakerKind.Unknown));
        });
    }

    // A capitalised word inside its sentence that only ends like a plural (-ers, -ists) is a name: the outlet, named as written.
    [TestCase("The talks stalled on Monday, Reuters reported, citing two sources.", "Reuters", "Reuters", SpeakerKind.Organization)]
    [TestCase("The fare will rise in May, according to Reuters.", "Reuters", "Reuters", SpeakerKind.Organization)]
    public void CapitalisedWordEndingLikeAPlural_IsAName(string text, string mention, string name, SpeakerKind kind)
    {
        var resolved = Resolve(text, mention);
        Assert.Multiple(() =>
        {
            Assert.That(resolved.Name, Is.EqualTo(name));
            Assert.That(resolved.Kind, Is.EqualTo(kind));
        });
    }

    // Group nouns stay groups: capitalised by the sentence's opening, or a group noun whatever its case.
    [TestCase("Reporters said the plan works.", "Reporters")]
    [TestCase("The vote failed, Democrats said.", "Democrats")]
    [TestCase("The vote failed, Officials said on Monday.", "Officials")]
    public void GroupNoun_StaysAGroup(string text, string mention)
    {
        var resolved = Resolve(text, mention);
        Assert.Multiple(() =>
        {
            Assert.That(resolved.Name, Is.Null);
            Assert.That(resolved.Kind, Is.EqualTo(SpeakerKind.Group));
        });
    }
}
