
namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names28. A role of a place or an organisation ("New York's chief medical examiner", "NATO's secretary general") and a man or a
/// woman the article does not introduce ("the man said") took the recent subject or the most salient person; a person's name ending an
/// organisation's name or a role in one capitalised run ("Radio Delmar Nora Pike", "City Hall Counsel W. Ben Vale") was typed an
/// organisation named by the whole run; so was a person whose given name is a place word ("actress America Ferrera"). Guards: a relative
/// clause that goes on describing a man named before, a place's role whose holder the article names, runs and names of organisations
/// whose words the article also writes in lower case or after no role. A nationality before a person's noun ("a Syrian refugee who
/// ...", "Ukrainian politicians and officials") was an organisation named by the nationality; it is someone the article does not name
/// (or the person the indefinite is apposed to), or a group. "who" after an organisation that ends an apposition to a person's name
/// ("Ana Ruiz, a senior editor at Radio Delmar, who") was the organisation; it is the person. On texts written for these tests, through
/// the pipeline.
/// </summary>
public class UnnamedHoldersAndRunNamesTests
{
    private static Statement Quotation(string text) =>
        PipelineStatements.Of(text)
            .Single(s => s.Text.TrimStart('“').StartsWith("the harbour", StringComparison.OrdinalIgnoreCase));

    private const string Quote = "\n\n“The harbour will reopen before the summer,” ";

    [TestCase("Tom Lind, the port director, spoke to reporters on Monday about the works." + Quote + "said New Mexico's chief medical examiner.")]
    [TestCase("Tom Lind, the port director, spoke to reporters on Monday about the works. Before New Mexico's chief medical examiner said the harbour would reopen, the works stopped.")]
    [TestCase("Tom Lind, the port director, spoke to reporters on Monday about the works." + Quote + "NATO's chief told reporters.")]
    [TestCase("Tom Lind, the port director, spoke to reporters on Monday about the works." + Quote + "the man said.")]
    [TestCase("Tom Lind, the port director, spoke to reporters on Monday about the works." + Quote + "the man told reporters.")]
    [TestCase("Tom Lind, the port director, spoke to reporters on Monday about the works." + Quote + "the young woman said.")]
    [TestCase("Tom Lind, the port director, spoke to reporters on Monday about the works." + Quote + "said the woman, who asked not to be named.")]
    public void RoleOfAPlaceOrAManNotIntroduced_NamesNobody(string text)
    {
        var quotation = Quotation(text);

        Assert.That((quotation.Speaker, quotation.SpeakerKind), Is.EqualTo(((string?)null, (string?)"person")));
    }

    [TestCase("Tom Lind, the port director, spoke to reporters on Monday about the works." + Quote + "said the man who built the port.", "Tom Lind")]
    [TestCase("Ohio Gov. Tom Lind visited the port on Monday with his staff." + Quote + "Ohio's governor told reporters.", "Tom Lind")]
    public void ManDescribedByARelativeOrARoleHolderNamed_KeepsTheName(string text, string name)
    {
        var quotation = Quotation(text);

        Assert.That((quotation.Speaker, quotation.SpeakerKind), Is.EqualTo(((string?)name, (string?)"person")));
    }

    [TestCase("At the forum, Fox News Tom Lind asked the mayor about the port." + Quote + "Lind told reporters.", "Tom Lind")]
    [TestCase("At CPAC, the harbour was all Fox News Tom Lind asked the mayor about." + Quote + "Fox News Tom Lind told reporters.", "Tom Lind")]
    [TestCase("The board sent City Council Counsel J. Marla Dent to the hearing on Monday." + Quote + "Dent told reporters.", "J. Marla Dent")]
    [TestCase("The film stars actress India Varga, who grew up by the port." + Quote + "Varga told reporters.", "India Varga")]
    public void PersonNamedAfterAnOrganisationOrWithAPlaceGivenName_IsThatPerson(string text, string name)
    {
        var quotation = Quotation(text);

        Assert.That((quotation.Speaker, quotation.SpeakerKind), Is.EqualTo(((string?)name, (string?)"person")));
    }

    [TestCase("India Rising, a conservative group, paid for the ads on Monday." + Quote + "India Rising told reporters.", "India Rising")]
    [TestCase("The works were paid by the Ocean Trust Grant Harbour fund, and a grant was given." + Quote + "Harbour told reporters.", "Ocean Trust Grant Harbour")]
    public void OrganisationWrittenSo_StaysAnOrganisation(string text, string name)
    {
        var quotation = Quotation(text);

        Assert.That((quotation.Speaker, quotation.SpeakerKind), Is.EqualTo(((string?)name, (string?)"organization")));
    }

    // The statement of the report itself: the shortest that holds it ("accused of [spying, who said the harbour ...]" holds it too,
    // beside the "who said" statement of its own, NestedReport).
    private static Statement Reopening(string text) =>
        PipelineStatements.Of(text)
            .Where(s => s.Text.Contains("harbour will reopen", StringComparison.Ordinal)).MinBy(s => s.Text.Length)!;

    [TestCase("The reporter's source inside the port, a Syrian trader who feared reprisals, said the harbour will reopen before the summer.", null, "person")]
    [TestCase("Ukraine's ports are busy. The harbour will reopen before the summer, according to Ukrainian lawmakers and aides who dealt with him.", null, "group")]
    [TestCase("Cuba also freed Tom Lind, an American engineer charged with theft, who said the harbour will reopen before the summer.", "Tom Lind", "person")]
    public void NationalityBeforeAPersonsNoun_IsThatPersonOrGroup(string text, string? name, string kind)
    {
        var statement = Reopening(text);

        Assert.That((statement.Speaker, statement.SpeakerKind), Is.EqualTo((name, (string?)kind)));
    }

    // "terrorist" modifies "groups": no person's noun heads the phrase.
    [TestCase("Others who back a harder line against Islamic terrorist groups said the harbour will reopen before the summer.")]
    public void NationalityBeforeAModifier_IsNoPerson(string text)
    {
        var statement = Reopening(text);

        Assert.That(statement.SpeakerKind, Is.Not.EqualTo("person"));
    }

    [TestCase("The port board met on Monday. Voters were watching Tom Lind, a senior analyst at Harbour Capital, who said the harbour will reopen before the summer.", "Tom Lind")]
    [TestCase("The port board met on Monday. Voters were watching Tom Lind, a senior analyst at Harbour Capital who said the harbour will reopen before the summer.", "Tom Lind")]
    [TestCase("The port board met on Monday. It came to the defense of Ana Roe, the embattled head of the city's port authority, PortCo, who said the harbour will reopen before the summer.", "Ana Roe")]
    [TestCase("The port board met on Monday. Sales rose at Harbour Capital, which hired Tom Lind, who said the harbour will reopen before the summer.", "Tom Lind")]
    public void WhoAfterAnOrganisationEndingAnApposition_IsThePerson(string text, string name)
    {
        var statement = Reopening(text);

        Assert.That((statement.Speaker, statement.SpeakerKind), Is.EqualTo(((string?)name, (string?)"person")));
    }

    // No apposition to a person's name: the rule leaves the organisation.
    [TestCase("The port board met on Monday. Voters were angry at the editors of Harbour Capital, who said the harbour will reopen before the summer.")]
    public void WhoAfterAnOrganisationWithNoApposition_IsNoPerson(string text)
    {
        var statement = Reopening(text);

        Assert.That(statement.SpeakerKind, Is.Not.EqualTo("person"));
    }
}
