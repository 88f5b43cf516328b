using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Audit 14: an organisation named by one word was expanded to the longest capitalised sequence that begins or ends with it,
/// wherever it stood ("Google" → "Google Stadia Founder" from "the Stadia Founder's Edition", "Vietnam" → "Vietnam War"). News names
/// in full first: only a sequence written before the short name stood alone is its full name. Short texts written for these tests.
/// </summary>
public class OrganisationExpansionOrderTests
{
    private static ResolvedSpeaker Resolve(string text, string mention, int occurrence) => NameResolutionRulesTests.Resolve(text, mention, occurrence);

    [TestCase("Harbourline runs the night ferry. Riders can buy the Harbourline Gold Card at the pier. Harbourline said fares would rise.", "Harbourline", 3, "Harbourline")]
    [TestCase("Norway protested on Monday. The talks recalled the Norway Fisheries Dispute of 1990. Norway said it would not sign.", "Norway", 3, "Norway")]
    [TestCase("Patriot Coal closed two mines in May. Patriot said the third would stay open.", "Patriot", 1, "Patriot Coal")]
    [TestCase("The Tidewater Ferry Company opened in 1990. Tidewater said the new boat would arrive in June.", "Tidewater", 1, "Tidewater Ferry Company")]
    public void OneWordOrganisation_ExpandsOnlyToAFullNameWrittenBeforeIt(string text, string mention, int occurrence, string name) =>
        Assert.That(Resolve(text, mention, occurrence), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Organization)));

    // The longest of the full names written before ("Tidewater Ferry Company Board" over "Tidewater Ferry Company"); a possessive
    // standing alone ("Harbourline's") is the short name standing alone; a short name of two words expands from the end of a longer one.
    [TestCase("The Tidewater Ferry Company opened in 1990. The Tidewater Ferry Company Board met in May. Tidewater said the boat was late.", "Tidewater", 1, "Tidewater Ferry Company Board")]
    [TestCase("Harbourline's boats are old. Riders like the Harbourline Gold Card. Harbourline said fares would rise.", "Harbourline", 3, "Harbourline")]
    [TestCase("Riders like the Harbourline Gold Card. Harbourline said fares would rise.", "Harbourline", 2, "Harbourline Gold Card")]
    public void OneWordOrganisation_TakesTheLongestFullNameBeforeItStoodAlone(string text, string mention, int occurrence, string name) =>
        Assert.That(Resolve(text, mention, occurrence), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Organization)));
}
