using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names112, on texts written for these tests: a speaker that is an account, a recording or figures given to or released by
/// someone ("according to an account she gave to The Carson Beacon", "according to audio provided to The Vexo Ledger") is a document,
/// named as written, not the outlet or the person inside it: its head is the noun before the clause that modifies it. The resolver is
/// given the mention directly (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class AccountGivenTests
{
    [TestCase("Rep. Ann Lind met the mayor at the harbour party. The mayor told her that the ferry plan was dead, according to an account she gave to The Carson Beacon.",
        "an account she gave to The Carson Beacon", "account she gave to The Carson Beacon")]
    [TestCase("“We will not pay the levy,” Tom Hale said at the closed meeting, according to audio provided to The Vexo Ledger.",
        "audio provided to The Vexo Ledger", "audio provided to The Vexo Ledger")]
    [TestCase("Donors in the port gave a total of $4,000 to the campaign, according to figures that were released Friday by Harbour Analytics.",
        "figures that were released Friday by Harbour Analytics", "figures that were released Friday by Harbour Analytics")]
    public void AccountGivenToOrBySomeone_IsADocumentNamedAsWritten(string text, string mention, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);
        Assert.Multiple(() =>
        {
            Assert.That(resolved.Kind, Is.EqualTo(SpeakerKind.Document));
            Assert.That(resolved.Name, Is.EqualTo(name));
        });
    }

    // Guards: a person noun heading the mention before the document noun ("the author of the report"), an account noun modifying
    // another noun ("the audio engineer she hired"): no document.
    [TestCase("The levy was unfair, said the author of the report published by Harbour Analytics.", "the author of the report published by Harbour Analytics")]
    [TestCase("Tom Hale praised the crew. The sound was poor, said the audio engineer she hired from Delmar.", "the audio engineer she hired from Delmar")]
    public void OtherMentionsWithADocumentNoun_AreNoDocument(string text, string mention) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Kind, Is.Not.EqualTo(SpeakerKind.Document));
}
