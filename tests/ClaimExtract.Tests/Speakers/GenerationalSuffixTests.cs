namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names107, on texts written for these tests: a speaker resolved to a full name the article writes with "Jr." or "Sr." after it
/// ("Martin T. Kowalski Jr.", "Martin T. Kowalski, Jr.,") is given that name with its suffix, as "III" is kept; the whole pipeline is run
/// (PipelineStatements), so each case asks for the speaker of every statement.
/// </summary>
public class GenerationalSuffixTests
{
    // Fail with the rule switched off (the suffix is dropped: "Martin T. Kowalski").
    [TestCase("Senator Martin T. Kowalski Jr. spoke on Tuesday. \"We will not back down,\" Mr. Kowalski said.", "Martin T. Kowalski Jr.")]
    [TestCase("Senator Martin T. Kowalski, Jr., spoke on Tuesday. \"We will not back down,\" Mr. Kowalski said.", "Martin T. Kowalski Jr.")]
    [TestCase("Judge Dana Reed Sr. spoke on Tuesday. \"The ruling stands,\" Reed said.", "Dana Reed Sr.")]
    [TestCase("Senator Martin T. Kowalski Jr. spoke on Tuesday. \"We will not back down,\" he said.", "Martin T. Kowalski Jr.")]
    public void FullNameWrittenWithASuffix_KeepsIt(string text, string speaker) =>
        Assert.That(PipelineStatements.MentionsAndSpeakers(text).Select(s => s.Speaker), Is.Not.Empty.And.All.EqualTo(speaker));

    // Guards, the same with the rule off: a suffix already in the name is not written twice; "III" stays as it was; a name written once
    // with "Jr." and once with "Sr.", or bare and with "Sr." (father and son), gets neither; a name with no suffix is left alone.
    [TestCase("\"We will not back down,\" said Martin T. Kowalski Jr., the senator from Ohio.", "Martin T. Kowalski Jr.")]
    [TestCase("Senator Martin T. Kowalski III spoke on Tuesday. \"We will not back down,\" Mr. Kowalski said.", "Martin T. Kowalski III")]
    [TestCase("Martin Kowalski Sr. founded the firm. Martin Kowalski Jr. runs it. \"We will not sell,\" Martin Kowalski said.", "Martin Kowalski")]
    [TestCase("Rep. Martin Kowalski backed the bill. \"We will not sell,\" Kowalski said. His father, Martin Kowalski Sr., once held the seat.", "Martin Kowalski")]
    [TestCase("Senator Martin T. Kowalski spoke on Tuesday with Jr. Reed. \"We will not back down,\" Mr. Kowalski said.", "Martin T. Kowalski")]
    public void NameWithoutAnAddedSuffix_IsLeftAlone(string text, string speaker) =>
        Assert.That(PipelineStatements.MentionsAndSpeakers(text).Select(s => s.Speaker), Is.Not.Empty.And.All.EqualTo(speaker));
}
