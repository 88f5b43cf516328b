namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// A "he" or "she" goes on with the person its sentences are about, not with a name those sentences write only as the object of their
/// own "he" or "she" (branch persons120, SpeakerResolver.SubjectChains.cs): "During the visit, he was seen with Cross" does not make
/// Cross the "he" of the next sentence; the subject named a little further back is. Short texts written for these tests; the resolver is
/// given the mention directly.
/// </summary>
public class PronounSubjectChainTests
{
    private static string? Resolve(string text, string mention, int occurrence) =>
        NameResolutionRulesTests.Resolve(text, mention, occurrence).Name;

    // The window's sentences name no subject; the name they give last is the object of their "he"/"she".
    [TestCase("Tom Hale says he went to see Ned Cross to end the deal. The talks took three days. Nobody came out. "
              + "During the visit, he was seen with Cross in the park. Was it a farewell? He told the reporter that the deal was over.",
              "He", 1, "Tom Hale")]
    [TestCase("Ana Ruiz said she had met Lara Diaz twice. The meetings were short. Nobody took notes. "
              + "In the spring, she sent a long letter to Diaz about the plan. Nobody answered. She said the plan would go on.",
              "She", 1, "Ana Ruiz")]
    public void Pronoun_GoesOnWithTheSubject_NotTheObjectOfItsOwnPronoun(string text, string pronoun, int occurrence, string name)
    {
        Assert.That(Resolve(text, pronoun, occurrence), Is.EqualTo(name));
    }

    // Left alone: a name the sentence before writes as an object with no "he" of its own there is still the latest person named; a
    // subject named inside the window keeps the pronoun; a name after a word that opens a clause of its own is no object.
    [TestCase("Tom Hale spoke first. The talks took three days. Nobody came out. Reporters waited for Ned Cross in the rain. "
              + "He said the deal was over.", "He", 1, "Ned Cross")]
    [TestCase("Tom Hale says he went to see Ned Cross to end the deal. Nobody came out. Lee Park spoke later. "
              + "During the visit, he was seen with Cross in the park. He told the reporter that the deal was over.", "He", 1, "Lee Park")]
    [TestCase("Tom Hale says he went to see Ned Cross to end the deal. The talks took three days. Nobody came out. "
              + "In the end, he left and Ned Cross stayed behind. He told the reporter that the deal was over.", "He", 1, "Ned Cross")]
    public void Pronoun_KeepsItsPerson_WhereNoPronounGovernsTheName(string text, string pronoun, int occurrence, string name)
    {
        Assert.That(Resolve(text, pronoun, occurrence), Is.EqualTo(name));
    }
}
