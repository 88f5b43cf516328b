
namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names90, on sentences written for these tests: a given name written alone between commas after a person noun ("his first wife,
/// Ann,", "Her father, Brad, 39,") is a person "he" or "she" of its first name's gender may take: as a subject, over an earlier subject;
/// as the latest person named, when the last sentences name no subject of that gender; not as an object further back than the sentence
/// before the pronoun's.
/// </summary>
public class ApposedGivenNameTests
{
    private static List<(string? Mention, string? Speaker)> Speakers(string text) => PipelineStatements.MentionsAndSpeakers(text);

    // An object in the sentence before, no woman as a subject since: not the woman named paragraphs before.
    [TestCase("Ann Vale, who has known Tom Roe for years, said he was loyal. Tom Roe denied the claims through a spokesman. Tom Roe kept his first wife, Greta, who sailed with him, from talking about their voyages. She signed a contract that stopped her from speaking.", "She", "Greta")]
    // A subject, by the one full name the article gives with that first name, after a woman named as a subject before it. (The Ivana,
    // Brad and Melania rows fail with the rule switched off; this one passes both ways: the quotation's speaker continues "his wife",
    // which names her already.)
    [TestCase("Jane Lind met voters in May. Jim Lind spoke at the rally. Ann Dunne introduced him. But his wife, Jane, gave a glimpse of his aims in a radio chat.\n\n\"If he wins, he wants to keep going,\" she said.", "she", "Jane Lind")]
    // A subject with an age after it.
    [TestCase("The day before, Amy Roe hoisted a sign. Her father, Brad, 39, feared that readers skip the papers they buy.\n\n\"People are afraid,\" he said.", "he", "Brad")]
    // A subject after an opening phrase and a possessive owner.
    [TestCase("Ann Dunne spoke on Sunday. On the fair's first evening Friday, Tom Roe's wife, Greta, is due to be among the invited guests. She is often at her husband's side but has talked in public only a few times. At a dinner this winter, she described Roe as \"kind.\"", "she", "Greta")]
    // Guards: the sentence's subject stays over a given name inside its subordinate clause; a given name of the other gender; an object
    // three sentences back.
    [TestCase("Ann Roe, who runs the firm, told reporters that she took time off after her second son, Felix, was born. \"It was hard,\" she said.", "she", "Ann Roe")]
    [TestCase("Spokesman Tom Roe says Jim Lind was accompanied by his wife, Jane, and other family members. He says the family went home to Delmar.", "He", "Tom Roe")]
    [TestCase("Ann Vale praised the firm. Tom Roe hired his daughter, Jane, at the firm. The firm grew fast. It opened offices in three cities. Sales doubled in a year.\n\n\"It was a good year,\" she said.", "she", "Ann Vale")]
    public void PronounAfterAnApposedGivenName(string text, string mention, string speaker) =>
        Assert.That(Speakers(text).Last(s => s.Mention == mention), Is.EqualTo(((string?)mention, (string?)speaker)));
}
