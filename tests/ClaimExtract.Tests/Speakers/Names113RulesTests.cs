using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names113, on texts written for these tests: an organisation named before the noun of its kind ("the People's Courier newspaper"),
/// "Several" opening a capitalised run ("Several Velmar Tech executives"), and a surname that is an organisation word ("Kristen Day").
/// The resolver is given the mention directly (NameResolutionRulesTests.Resolve), so speaker choice plays no part.
/// </summary>
public class Names113RulesTests
{
    // Fail with the rule switched off (nobody: the organisation noun's branch had no name for it).
    [TestCase("The port opened on Monday.\n\nToday, the People's Courier newspaper calls it the jewel of the coast.", "People's Courier newspaper", "People's Courier")]
    [TestCase("The port opened on Monday. The Velmar Times newspaper said the port would lift trade.", "The Velmar Times newspaper", "Velmar Times")]
    [TestCase("The port opened on Monday. The Harbour Media group said the port would lift trade.", "The Harbour Media group", "Harbour Media")]
    public void OrganisationNamedBeforeItsNoun_IsThatName(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Organization)));

    // Guards, the same with the rule off: a party word ("the Democratic group"), a place ("the Velmar newspaper" after "in Velmar"), words
    // that are not all capitalised ("the KGB planted newspaper"), a capitalised common word alone ("the Local newspaper") and an acronym
    // the article never spells out ("the KVTX network") name no one.
    [TestCase("The party met in Velmar on Monday. The Democratic group said the port would lift trade.", "The Democratic group")]
    [TestCase("The port opened in Velmar on Monday. The Velmar newspaper said the port would lift trade.", "The Velmar newspaper")]
    [TestCase("The port opened on Monday. The Local newspaper said the port would lift trade.", "The Local newspaper")]
    [TestCase("The port opened on Monday. The KGB planted newspaper said the port would lift trade.", "The KGB planted newspaper")]
    [TestCase("The port opened on Monday. The KVTX network reported that trade rose.", "The KVTX network")]
    public void NoProperNameBeforeTheNoun_NamesNoOne(string text, string mention) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention).Name, Is.Null);

    // Fails with the quantifier check out of EntityIndex.LendsItsLastWord: "Several Velmar Tech" lent its last words to "Velmar Tech".
    [TestCase("Velmar Tech reported flat growth in April. Several Velmar Tech executives left in 2012.\n\nIn May, Velmar Tech said it was still losing money.", "Velmar Tech", 3, "Velmar Tech")]
    // Guard: a run that opens with a given name still lends its surname.
    [TestCase("Ann Velmar reported flat growth in April. Velmar said the firm was still losing money.", "Velmar", 2, "Ann Velmar")]
    public void Several_OpensNoName(string text, string mention, int occurrence, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));

    // Fail with the rule switched off: "Kristen Day" was no person's name for the index (Day is an organisation word, as in "Election Day"),
    // so "She" after "Day said" passed over her to the woman named before.
    [TestCase("The plan drew fire.\n\n\"We are glad,\" said Ana Ruiz, president of the Harbor League.\n\n\"This is a bad plan,\" said Kristen Day, director of Port Watch.\n\nDay said the plan was harmful. She added that members had called her.", "She", "Kristen Day")]
    [TestCase("The fund met.\n\n\"We are glad,\" said Tom Hale, a donor.\n\n\"It is too late,\" said Steven Law, who runs the fund.\n\nLaw said the money was gone. He added that donors were angry.", "He", "Steven Law")]
    public void GivenNameBeforeAnOrganisationWord_IsAPersonsName(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Person)));

    // Guards, the same with the rule off: a holiday named with a given name's word ("Victoria Day", after "on"), or a given name's word
    // before another organisation word ("Golden Week"), is no person a pronoun may take.
    [TestCase("Ana Ruiz spoke on Monday. Parades were held on Victoria Day. She said the parade was long.", "She", "Ana Ruiz")]
    [TestCase("Tom Hale spoke on Monday. Sales rose during Golden Week. He said the rise was small.", "He", "Tom Hale")]
    public void HolidayOrOtherOrganisationWord_IsNoPerson(string text, string mention, string name) =>
        Assert.That(NameResolutionRulesTests.Resolve(text, mention), Is.EqualTo(new ResolvedSpeaker(name, SpeakerKind.Person)));
}
