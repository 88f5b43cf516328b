using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>One rule of name resolution each, on short texts written for these tests: the resolver is given the mention directly, so speaker choice plays no part.</summary>
public class NameResolutionRulesTests
{
    /// <summary>Resolves the n-th whole-word occurrence of a mention in a text, with the resolver built as the pipeline builds it.</summary>
    internal static ResolvedSpeaker Resolve(string text, string mention, int occurrence = 1)
    {
        var document = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(document);
        var tokens = new TokenizedDocument(document, quotes.Select(q => q.Inner));
        var resolver = new SpeakerResolver(text, EntityIndex.Build(document, tokens.Tokens, tokens.SentenceOf, tokens.Quoted), p => document.SentenceAt(p));
        var at = -1;
        for (var n = 0; n < occurrence; n++)
        {
            // Whole words only: "he" is not the end of "The".
            do
            {
                at = text.IndexOf(mention, at + 1, StringComparison.Ordinal);
            }
            while (at > 0 && char.IsLetter(text[at - 1]));
        }

        Assert.That(at, Is.GreaterThanOrEqualTo(0), "the mention is not in the text");
        return resolver.Resolve(new Span(at, at + mention.Length));
    }

    [Test]
    public void Surname_TakesTheFullestFormTheArticleGives_WithTheMiddleInitial()
    {
        var text = "A lesson from Maria Tolland.\n\nAttorney General Maria K. Tolland spoke on Monday. Tolland said the case was closed.";

        Assert.That(Resolve(text, "Tolland", 3).Name, Is.EqualTo("Maria K. Tolland"));
        Assert.That(Resolve(text, "Maria Tolland").Name, Is.EqualTo("Maria K. Tolland"));
    }

    [Test]
    public void Surname_IsNotTakenFromACapitalisedHeadlineWord()
    {
        var text = "Steady Okafor gains ground.\n\nThe agency is led by Secretary Daniel Okafor. Okafor said the rule would stand.";

        Assert.That(Resolve(text, "Okafor", 3).Name, Is.EqualTo("Daniel Okafor"));
    }

    [Test]
    public void SurnameEndingInS_IsAPerson_NotAGroup()
    {
        var text = "Senator Walter Flanders spoke in Ohio. Flanders said the bill would pass.";

        var resolved = Resolve(text, "Flanders", 2);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)"Walter Flanders", SpeakerKind.Person)));
    }

    [Test]
    public void PartyLabel_IsNotPartOfTheName()
    {
        var text = "Voters in Ohio back Democrat Rosa Delgado. She said the race was close.";

        Assert.That(Resolve(text, "She").Name, Is.EqualTo("Rosa Delgado"));
    }

    [Test]
    public void RoleBeforeTheName_AndPlaceAdjective_AreNotPartOfTheName()
    {
        var text = "Rosa Delgado's campaign manager Tim Arkwright spoke first. Ohio-based Lena Marsh spoke next. Army Capt. Omar Reyes spoke last.";

        Assert.That(Resolve(text, "Rosa Delgado's campaign manager Tim Arkwright").Name, Is.EqualTo("Tim Arkwright"));
        Assert.That(Resolve(text, "Ohio-based Lena Marsh").Name, Is.EqualTo("Lena Marsh"));
        Assert.That(Resolve(text, "Army Capt. Omar Reyes").Name, Is.EqualTo("Omar Reyes"));
    }

    [Test]
    public void NameWithApposition_OrPartyStateTag_IsTheNamedPart()
    {
        var text = "Jean-Luc Moreau met Paul Hadley on Monday.\n\nThe vote, said Jean-Luc Moreau, the foreign minister of France, was a test. "
                   + "The deal, said House Speaker Paul Hadley, R-Wis., was fair.";

        Assert.That(Resolve(text, "Jean-Luc Moreau, the foreign minister of France,").Name, Is.EqualTo("Jean-Luc Moreau"));
        Assert.That(Resolve(text, "House Speaker Paul Hadley, R-Wis.,").Name, Is.EqualTo("Paul Hadley"));
    }

    [Test]
    public void ShortForms_ExpandToTheNameTheArticleGives()
    {
        var text = "Mayor Anna de Vries and Commissioner James O’Brien met Douglas Holtz-Baker and Chandler Van Dorn on Monday. "
                   + "De Vries said the city was safe. O'Brien said the same. Mr. Holtz-Baker disagreed. Mr. Van Dorn said nothing.";

        Assert.That(Resolve(text, "De Vries").Name, Is.EqualTo("Anna de Vries"));
        Assert.That(Resolve(text, "O'Brien").Name, Is.EqualTo("James O’Brien"));
        Assert.That(Resolve(text, "Mr. Holtz-Baker").Name, Is.EqualTo("Douglas Holtz-Baker"));
        Assert.That(Resolve(text, "Mr. Van Dorn").Name, Is.EqualTo("Chandler Van Dorn"));
    }

    [Test]
    public void Organisation_ShortForm_ExpandsAndLosesItsArticle()
    {
        var text = "Miners at Greystone Coal walked out. Greystone said the mine would reopen. The Vatican said it would pray for them.";

        Assert.That(Resolve(text, "Greystone", 2).Name, Is.EqualTo("Greystone Coal"));
        Assert.That(Resolve(text, "The Vatican").Name, Is.EqualTo("Vatican"));
    }

    [Test]
    public void Pronoun_IsNeverResolvedToAPlace()
    {
        var text = "Governor Tom Hale toured the mines. The tour was long. It rained.\n\nHe spoke for an hour in West Virginia. In West Virginia, he said, coal still matters.";

        Assert.That(Resolve(text, "he").Name, Is.EqualTo("Tom Hale"));
    }

    [Test]
    public void MentionOfOnlyATagOrAPlace_ResolvesToTheNameBesideIt()
    {
        var text = "The deal was fair, said House Speaker Paul Hadley, R-Wis., on Monday. Democratic front-runner Rosa Delgado agreed. "
                   + "The vote, said Jean-Luc Moreau, the foreign minister of France, was a test.";

        Assert.That(Resolve(text, "R-Wis.").Name, Is.EqualTo("Paul Hadley"));
        Assert.That(Resolve(text, "Democratic").Name, Is.EqualTo("Rosa Delgado"));
        Assert.That(Resolve(text, "France").Name, Is.EqualTo("Jean-Luc Moreau"));
    }

    [Test]
    public void TitledNameOpeningASentence_IsItsSubject_ForPronouns()
    {
        var text = "Speaker Paul Hadley met Rosa Delgado on Monday. He said the race was close.";

        Assert.That(Resolve(text, "He").Name, Is.EqualTo("Paul Hadley"));
    }

    [Test]
    public void Description_ResolvesToTheSubjectOfThePreviousSentence_BeforeTheMostSalientPerson()
    {
        var text = "Rosa Delgado won the primary. Delgado thanked voters. Delgado said she would campaign hard.\n\n"
                   + "Speaker Paul Hadley says the race is close. In an interview, the lawmaker said the party was united.";

        Assert.That(Resolve(text, "the lawmaker").Name, Is.EqualTo("Paul Hadley"));
    }
}
