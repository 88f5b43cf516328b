using ClaimExtract.Quotes;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// A title in quotation marks in the addressee or medium of a cue, named after a possessive or right after "told", "on", "to" or "with" (branch
/// addressee113, docs/quotes.md): "Ana Ruiz told the Ledger’s “Morning Desk” that the ferry would run" is Ruiz's statement, cue
/// "told", content from "that"; the title is no quotation (issue 4: titles in quotation marks are not statements), and "that she
/// agrees" after it is no speaker and cue of it. Sentences written for these tests, through the whole pipeline; the guards keep a
/// real quotation after "told X:" and before "told X’s “Title”" a quotation, and a quoted phrase or a pronoun's "’s" as they were.
/// </summary>
public class QuotedTitleInAddresseeTests
{
    private static IEnumerable<TestCaseData> FixedCases()
    {
        yield return new TestCaseData("The board met on Monday. Ana Ruiz told the Ledger’s “Morning Desk” that the ferry would run.",
            "Ana Ruiz", "told", "that the ferry would run", "the Ledger’s “Morning Desk”").SetName("TitleInAddressee_ToldThat");
        yield return new TestCaseData("The board met on Monday. Tom Hale told CBS’s “Face the Nation” on Sunday that the budget would pass.",
            "Tom Hale", "told", "that the budget would pass", null).SetName("TitleInAddressee_ToldOnSundayThat");
        yield return new TestCaseData("The board met on Monday. Ana Ruiz said on Fox’s “Sunday Morning Futures” that the ferry would run.",
            "Ana Ruiz", "said", "that the ferry would run", null).SetName("TitleInMedium_SaidOnThat");
        yield return new TestCaseData("The board met on Monday. But she told the Ledger’s “Morning Desk” that she agrees the plan is sound.",
            "she", "told", "that she agrees the plan is sound", "the Ledger’s “Morning Desk”").SetName("TitleInAddressee_InnerCueAfterThat");
        yield return new TestCaseData("The board met on Monday. Ana Ruiz told “Morning Desk” that the ferry would run.",
            "Ana Ruiz", "told", "that the ferry would run", "“Morning Desk”").SetName("TitleInAddressee_RightAfterTold");
        yield return new TestCaseData("The board met on Monday. Ana Ruiz said on “Morning Desk” that the ferry would run.",
            "Ana Ruiz", "said", "that the ferry would run", null).SetName("TitleInMedium_RightAfterOn");
        yield return new TestCaseData("The board met on Monday. In an interview with “Morning Desk,” Ana Ruiz pointed to the ferry as the harbour's lifeline, adding that the pier would reopen in May.",
            "Ana Ruiz", "pointed to", "the ferry as the harbour's lifeline", null).SetName("TitleInMedium_InterviewWith");
    }

    [TestCaseSource(nameof(FixedCases))]
    public void TitleInAddressee_ContentOpensAfterIt(string text, string speaker, string cue, string content, string? addressee)
    {
        var statements = PipelineStatements.Of(text);
        var told = statements.SingleOrDefault(s => s.Cue == cue);
        Assert.That(told, Is.Not.Null, string.Join(" | ", statements.Select(s => $"{s.SpeakerMention}/{s.Cue}: {s.Text}")));
        Assert.Multiple(() =>
        {
            Assert.That(told!.SpeakerMention, Is.EqualTo(speaker));
            Assert.That(told.Text, Is.EqualTo(content));
            if (addressee is not null)
            {
                Assert.That(told.Addressee, Is.EqualTo(addressee));
            }

            // No statement's content opens before its own speaker when the speaker stands before the cue.
            Assert.That(statements.Where(s => s.SpeakerStart < s.CueStart && s.Start < s.SpeakerStart), Is.Empty);
        });
    }

    private static IEnumerable<TestCaseData> QuotationCases()
    {
        yield return new TestCaseData("The board met on Monday. Ana Ruiz told the Ledger: “The ferry will run on time.”",
            "“The ferry will run on time.”").SetName("Guard_QuotationAfterToldColon");
        yield return new TestCaseData("The board met on Monday. Ana Ruiz told the Ledger’s harbour desk: “The ferry will run on time.”",
            "“The ferry will run on time.”").SetName("Guard_QuotationAfterPossessiveAddressee");
        yield return new TestCaseData("The board met on Monday. “The ferry will run on time,” Ana Ruiz told the Ledger’s “Morning Desk” on Monday.",
            "“The ferry will run on time,”").SetName("Guard_QuotationBeforeTitleInAddressee");
    }

    [TestCaseSource(nameof(QuotationCases))]
    public void RealQuotation_StaysRuizsQuotation(string text, string quotation)
    {
        var statements = PipelineStatements.Of(text);
        Assert.That(statements.Where(s => s.Text.StartsWith(quotation, StringComparison.Ordinal) && s.SpeakerMention == "Ana Ruiz" && s.Cue == "told"),
            Is.Not.Empty, string.Join(" | ", statements.Select(s => $"{s.SpeakerMention}/{s.Cue}: {s.Text}")));
    }

    // A quotation's trailing attribution whose addressee or medium is a title: the title is no part of the statement, and a
    // quotation after it still continues the first.
    private static IEnumerable<TestCaseData> TrailingTitleCases()
    {
        yield return new TestCaseData("The board met on Monday. “The ferry will run on time,” Ana Ruiz told “Morning Desk,” adding that the pier would reopen.",
            "“The ferry will run on time,”").SetName("TrailingTitle_ToldTitleComma");
        yield return new TestCaseData("The board met on Monday. “The ferry will run on time,” Ana Ruiz said on “Morning Desk.” “The pier will reopen in May.”\n\nThe vote is on Friday.",
            "“The ferry will run on time,” Ana Ruiz said on “Morning Desk.” “The pier will reopen in May.”").SetName("TrailingTitle_QuotationAfterItContinues");
    }

    [TestCaseSource(nameof(TrailingTitleCases))]
    public void TrailingTitle_NotPartOfTheQuotation(string text, string content)
    {
        var statements = PipelineStatements.Of(text);
        Assert.That(statements.Where(s => s.SpeakerMention == "Ana Ruiz" && s.Cue is "told" or "said").Select(s => s.Text), Is.EqualTo(new[] { content }),
            string.Join(" | ", statements.Select(s => $"{s.SpeakerMention}/{s.Cue}: {s.Text}")));
    }

    // A title in the addressee or medium with nothing said around it makes no statement.
    [TestCase("The board met on Monday. The mayor told “Morning Desk” after she was asked about the ferry.")]
    [TestCase("The board met on Monday. Ana Ruiz spoke to “Morning Desk” and said the ferry would run.")]
    [TestCase("The board met on Monday. “The ferry will run on time,” she said during a call to the Ledger’s “Morning Desk.”\n\nThe vote is on Friday.")]
    public void TitleInAddressee_AloneIsNoStatement(string text)
    {
        var statements = PipelineStatements.Of(text);
        Assert.That(statements.Where(s => s.Text.Contains("Morning Desk", StringComparison.Ordinal)), Is.Empty,
            string.Join(" | ", statements.Select(s => $"{s.SpeakerMention}/{s.Cue}: {s.Text}")));
    }

    private static IEnumerable<TestCaseData> LeftAloneCases()
    {
        // A quoted phrase after a possessive is a quotation, not a title: the content keeps it, as before the rule.
        yield return new TestCaseData("The board met on Monday. Ana Ruiz praised the mayor’s “we will rebuild” pledge on Tuesday.",
            "Ana Ruiz", "praised", "the mayor’s “we will rebuild” pledge on Tuesday").SetName("LeftAlone_QuotedPhraseAfterPossessive");
        // "it’s" and "that’s" are a pronoun and "is", not a possessive: the capitalised quotation after them is what was said.
        yield return new TestCaseData("The board met on Monday. Tom Hale said it’s “A Total Disgrace” that the pier was closed.",
            "Tom Hale", "said", "it’s “A Total Disgrace” that the pier was closed").SetName("LeftAlone_ContractionIts");
        yield return new TestCaseData("The board met on Monday. Tom Hale said that’s “Not How We Work” in this town.",
            "Tom Hale", "said", "that’s “Not How We Work” in this town").SetName("LeftAlone_ContractionThats");
    }

    [TestCaseSource(nameof(LeftAloneCases))]
    public void NotATitleInAddressee_ContentKeepsTheQuotation(string text, string speaker, string cue, string content)
    {
        var statements = PipelineStatements.Of(text);
        Assert.That(statements.Where(s => s.SpeakerMention == speaker && s.Cue == cue && s.Text == content), Is.Not.Empty,
            string.Join(" | ", statements.Select(s => $"{s.SpeakerMention}/{s.Cue}: {s.Text}")));
    }

    [TestCase("told the Ledger’s “Morning Desk” that", 18, 32)]
    [TestCase("told CBS’s “Face the Nation” on Sunday", 11, 28)]
    [TestCase("on Fox's \"Sunday Morning Futures\" that", 9, 33)]
    [TestCase("told “Morning Desk” that", 5, 19)]
    [TestCase("said on “Morning Desk” that", 8, 22)]
    [TestCase("On “Morning Desk,” Ruiz said", 3, 18)]
    [TestCase("interview with “Morning Desk,” Ruiz", 15, 30)]
    [TestCase("spoke to “Morning Desk” and", 9, 23)]
    public void EndInAddresseeOrMedium_ATitle(string text, int open, int end)
    {
        Assert.That(QuotedTitle.EndInAddresseeOrMedium(text, open), Is.EqualTo(end));
    }

    // Not a title: lower-case words (a quoted phrase), no possessive, "told", "on", "to" or "with" before the mark, a closing mark past the line, a pronoun's "’s" ("it’s", "that's": a contraction of "is").
    [TestCase("dismissed Hale’s “plan to sink the pier” on Monday", 17)]
    [TestCase("told the Ledger “Morning Desk” that", 16)]
    [TestCase("said “Morning Desk” that", 5)]
    [TestCase("told “the ferry will run” to", 5)]
    [TestCase("told the Ledger’s “Morning\nDesk” that", 18)]
    [TestCase("said it’s “A Total Disgrace” that", 10)]
    [TestCase("said That's \"Not How We Work\" here", 12)]
    public void EndInAddresseeOrMedium_NotATitle(string text, int open)
    {
        Assert.That(QuotedTitle.EndInAddresseeOrMedium(text, open), Is.Null);
    }
}
