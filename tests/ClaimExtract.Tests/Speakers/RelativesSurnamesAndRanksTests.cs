namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch descr123, on texts written for these tests: a relative by blood the resolver left unnamed ("his son") is the one other person
/// of the owner's surname and the noun's sex (SpeakerResolver.FamilyMembers.cs); a surname the index left as an organisation's word is
/// the person the article writes it with after a given name or initials (SpeakerResolver.SurnameLeftAnOrganisation.cs); ranks written
/// without a full stop are no part of a name (SpeakerResolver.RankWordsCut.cs).
/// </summary>
public class RelativesSurnamesAndRanksTests
{
    [TestCase("Tom Quarrel ran the ferry for years. Mark Quarrel now keeps its books. At the dock on Friday, Tom Quarrel waved. His son said the fares would stay.", "His son", "Mark Quarrel")]
    [TestCase("Vera Oyelaran sold the bakery in June. Lucia Oyelaran had run its ovens. Vera Oyelaran was sad. Her daughter said the recipes were kept.", "Her daughter", "Lucia Oyelaran")]
    // As before the rule (an earlier path names him): a modifier between the owner and the noun.
    [TestCase("Ben Haldane spoke at the mill. Carl Haldane had built it. Haldane’s late father, the mill owner wrote, never sold a stone.", "Haldane’s late father", "Carl Haldane")]
    // Guards: two such people, or none of the noun's sex, name nobody; the owner is never the relative.
    [TestCase("Tom Quarrel ran the ferry for years. Mark Quarrel and Paul Quarrel keep its books. On Friday, Tom Quarrel waved. His son said the fares would stay.", "His son", null)]
    [TestCase("Tom Quarrel ran the ferry for years. Nora Quarrel now keeps its books. On Friday, Tom Quarrel waved. His son said the fares would stay.", "His son", null)]
    // Guard: a name the article only mentions (the owner's own old name), never as a subject, is no relative.
    [TestCase("As a boy Ted Quarrel dropped his first name, Rafe Quarrel, at school. Ted Quarrel ran the ferry later. His father said the fares would stay.", "His father", null)]
    public void RelativeLeftUnnamed_IsTheOneOtherPersonOfTheSurnameAndSex(string text, string mention, string? name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
    }

    [TestCase("Last week, K.T. Vossberg, editor of a small weekly, wrote that the quay was failing. Vossberg said the town had waited too long.", "Vossberg", "K.T. Vossberg")]
    [TestCase("Ten years before Ruth P.J. Drennock wrote her sea novels, the quay was busy. Drennock said the trade had left.", "Drennock", "Ruth P.J. Drennock")]
    // Guards: a word the article goes on with "which", a word after a sentence's opening word, a single initial after a number.
    [TestCase("The rights went to P.Q. Vantner at first. Vantner, which declined to comment, kept them for a decade.", "Vantner", "Vantner")]
    [TestCase("Will Fentrix grow again? Fentrix said its sales rose in the spring.", "Fentrix", "Fentrix")]
    [TestCase("The console runs its games in 4K. Fentrix said its sales rose in the spring.", "Fentrix", "Fentrix")]
    public void SurnameLeftAnOrganisation_IsThePersonWrittenWithIt(string text, string mention, string? name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
    }

    [TestCase("Lt Col Ann Brevik testified on Tuesday about the harbour contract. Brevik said she had reported the call twice.", "Brevik", "Ann Brevik")]
    [TestCase("Maj Tom Okonjo spoke first. Later, Maj Tom Okonjo said the base would stay open.", "Maj Tom Okonjo", "Tom Okonjo")]
    // Guard: a rank-like word before one word only is a given name ("Gen Okabe"), left whole.
    [TestCase("The defence minister, Gen Okabe, spoke on Monday.", "Gen Okabe", "Gen Okabe")]
    public void RanksWithoutFullStop_AreNoPartOfTheName(string text, string mention, string? name)
    {
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.EqualTo(name));
    }
}
