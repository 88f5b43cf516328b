using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// The content edge of branch exact52 (docs/quotes.md, "exact52"): after a light verb of expressing, the noun of an attitude and
/// its preposition belong to the cue ("voiced concern about [the levy]"). Hand-built attributions on sentences written for
/// these tests (the content runs from right after the cue to the end of the sentence); the table holds rows the old code gets
/// wrong and rows that pin what is kept.
/// </summary>
public class ContentEdgesLightVerbAttitudeNounTests
{
    private static IEnumerable<TestCaseData> AttitudeNounCases()
    {
        TestCaseData Case(string name, string text, string cue, string content, string? speaker = null) =>
            new TestCaseData(text, cue, content, speaker).SetName($"ContentEdgesExact52_AttitudeNoun_{name}");

        // The noun of an attitude and its preposition after a light verb of expressing are the cue's.
        yield return Case("VoicedConcernAbout", "Okafor voiced concern about the cost of the new levy.", "voiced", "the cost of the new levy.");
        yield return Case("ExpressedItsSupportFor", "The dockers' union expressed its support for the strike.", "expressed", "the strike.");
        yield return Case("ShowedNoInterestIn", "Delgado has shown no interest in running for the harbour board again.", "shown", "running for the harbour board again.");
        yield return Case("SignaledPossessiveOppositionTo", "The council signaled the mayor's opposition to a second pier.", "signaled", "a second pier.");
        yield return Case("ExtendedCondolencesOver", "The governor extended his condolences over the ferry accident.", "extended", "the ferry accident.");
        yield return Case("IssuedCriticismOf", "The auditors issued a sharp criticism of the port's accounts.", "issued", "the port's accounts.");
        yield return Case("ClaimedCreditFor", "Both candidates claimed credit for the new ferry route.", "claimed", "the new ferry route.");
        yield return Case("PersonSpeaker", "The harbour master showed little enthusiasm for the plan.", "showed", "the plan.", "The harbour master");

        // Kept: a clause after the verb ("indicated that ..."); "of" after a noun that does not take it for its object ("the
        // frustration of many sailors" names whose frustration); a cue that is no light verb ("praised", "delivered", "offer"); more
        // than three words before the noun; a noun with no preposition after it; a preposition with nothing after it.
        yield return Case("Clause", "The report indicated that concerns about the pier were growing.", "indicated", "that concerns about the pier were growing.");
        yield return Case("OfNamesTheHolder", "Berg voiced the frustration of many sailors who lost their moorings.", "voiced", "the frustration of many sailors who lost their moorings.");
        yield return Case("NotALightVerb", "The mayor praised support for the levy among the fishermen.", "praised", "support for the levy among the fishermen.");
        yield return Case("Delivered", "Okafor delivered a spirited defense of the harbour plan.", "delivered", "a spirited defense of the harbour plan.");
        yield return Case("Offer", "The new radios offer support for the harbour channel.", "offer", "support for the harbour channel.");
        yield return Case("FourWordsBefore", "The board expressed its deep and lasting concern about the silt.", "expressed", "its deep and lasting concern about the silt.");
        yield return Case("NoPreposition", "Several captains expressed concern as the storm approached.", "expressed", "concern as the storm approached.");
        yield return Case("NothingAfter", "It was the support they pledged support for", "pledged", "support for");

        // Kept: a poll, a study or records that show an attitude report other people's (the guard reads the speaker's last word).
        yield return Case("PollSpeaker", "A new harbour survey shows broad support for the levy.", "shows", "broad support for the levy.", "A new harbour survey");
    }

    [TestCaseSource(nameof(AttitudeNounCases))]
    public void Content_AfterALightVerbOfExpressing_StartsAfterTheAttitudeAndItsPreposition(string text, string cue, string content, string? speaker)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        var start = cueStart + cue.Length + 1;
        Span? speakerSpan = speaker is null ? null : new Span(text.IndexOf(speaker, StringComparison.Ordinal), text.IndexOf(speaker, StringComparison.Ordinal) + speaker.Length);
        var attribution = new Attribution(new Span(start, text.Length), QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue, speakerSpan, null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(content));
    }
}
