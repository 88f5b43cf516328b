using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names110, on texts written for these tests: a title or honorific before the first word of a name written surname first ("The
/// trade minister, Bao Zhenwei, ... Mr. Bao said") is that person for the entity index too, so a pronoun after it ("But he said") is named
/// in full, as the mention "Mr. Bao" itself already was (branch names52), not "Bao". The resolver is given the mention directly
/// (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class SurnameFirstAfterHonorificTests
{
    [TestCase("The trade minister, Bao Zhenwei, suggested that officials should tone down their grumbling. Mr. Bao said the talks were going well. But he said the plants would shut gradually.", "he", "Bao Zhenwei", 1)]
    [TestCase("The port director, Ying Xiaoduo, opened the new pier. Ms. Ying said the pier would double the trade. She said the work had taken two years.", "She", "Ying Xiaoduo", 1)]
    public void PronounAfterAnHonorificBeforeASurnameFirstName_IsThePersonInFull(string text, string mention, string name, int occurrence) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Guards: a name written given name first ("Mr. Pruitt" is the surname's), an honorific before a one-word name no one has in full.
    [TestCase("The coach, Gerald Pruitt, praised the team. Mr. Pruitt said the season was long. But he said the players would rest.", "he", "Gerald Pruitt", 1)]
    [TestCase("The port board met on Monday. Mr. Bao said the pier would double the trade. But he said the work had taken two years.", "he", "Bao", 1)]
    public void OtherNamesAfterAnHonorific_AreUnchanged(string text, string mention, string name, int occurrence) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
}
