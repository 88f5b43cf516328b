using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// The speed-ups of branches qspeed38 and speed94res leave what they compute as it was: the entity index reads the article's lower-case words and name
/// tokens from the word table's forms (once per form) instead of from every token, and the resolver finds the space characters other
/// than ' ' with one vectorised search instead of a category look-up per character. Texts written for these tests.
/// </summary>
public class EntityIndexWordTableTests
{
    private static readonly string[] Texts =
    [
        // A common word written in lower case elsewhere ("admiral") before a surname: cut off the name's opening.
        "Admiral Pell said the fleet was ready. The admiral's staff agreed.\n\nNora Pell, who leads the fleet, spoke on Monday. Pell said more ships would come.",
        // "New" before a name, a possessive in lower case, a place after a preposition, an honorific.
        "Officials in New Harbor met on Friday. The company's chief, Carlos Reyes Vidal, told reporters the plan was sound. Mr. Reyes later said it would wait.",
        // A headline in title case over the article, a name after a role and an acronym that is no name.
        "Mayor Vows To Rebuild The Old Pier\n\nCity manager Ida Brandt said the NATO summit would not delay the work. Brandt added that the pier’s owners agreed.",
        // Names inside quotation marks only, a given name after common words, a hyphenated word.
        "“Lena Frost is wrong,” said Owen Marsh. Spokeswoman Ann Kerr declined to comment on the follow-up. Marsh, a long-time critic, said Frost would reply.",
    ];

    private static EntityIndex Build(string text, bool withWords)
    {
        var document = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(document);
        var tokens = new TokenizedDocument(document, quotes.Select(q => q.Inner));
        return EntityIndex.Build(document, tokens.Tokens, tokens.SentenceOf, tokens.Quoted, withWords ? tokens.Words : null);
    }

    [TestCase(0, "Pell", "Nora Pell")]
    [TestCase(0, "Admiral Pell", "Nora Pell")]
    [TestCase(1, "Vidal", "Carlos Reyes Vidal")]
    [TestCase(2, "Brandt", "Ida Brandt")]
    [TestCase(3, "Marsh", "Owen Marsh")]
    [TestCase(3, "Kerr", "Ann Kerr")]
    public void ResolveName_TheSameWithTheWordTableAsWithTheTokens(int text, string written, string expected)
    {
        var withWords = Build(Texts[text], withWords: true);
        var withTokens = Build(Texts[text], withWords: false);

        Assert.That(withWords.ResolveName(written), Is.EqualTo(expected));
        Assert.That(withTokens.ResolveName(written), Is.EqualTo(expected));
    }

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    [TestCase(3)]
    public void Mentions_TheSameWithTheWordTableAsWithTheTokens(int text)
    {
        var withWords = Build(Texts[text], withWords: true).Mentions;
        var withTokens = Build(Texts[text], withWords: false).Mentions;

        Assert.That(withWords, Is.Not.Empty);
        Assert.That(withWords, Is.EqualTo(withTokens));
    }

    // Branch speed94res: the pronouns' gender votes (Genders), the given names between commas after a person noun (ApposedGivenNames) and
    // a name after "New" read the tokens by their forms' numbers when the word table is given.
    private static readonly string[] PronounTexts =
    [
        // First names the gender table does not know, made a woman's and a man's by the pronouns after them.
        "Kesto Hale spoke first on Monday. She said the plan was sound. Ravel Dunn, a lawyer, said he disagreed.",
        // A given name alone between commas after a person noun ("His wife, Maria, 39,").
        "Tom Vale met the press on Monday. His wife, Maria, 39, said she would stay in the city.",
        // A name after "New" opening the sentence, and the pronoun after it.
        "New Mayor Lisa Orme took office on Friday. She said the budget would come first.",
    ];

    [TestCase(0, "Kesto Hale", false, true)]
    [TestCase(0, "Kesto Hale", true, false)]
    [TestCase(0, "Ravel Dunn", true, true)]
    [TestCase(0, "Ravel Dunn", false, false)]
    [TestCase(2, "Lisa Orme", false, true)]
    public void MayBe_TheSameWithTheWordTableAsWithTheTokens(int text, string fullName, bool male, bool expected)
    {
        Assert.That(Build(PronounTexts[text], withWords: true).MayBe(fullName, male), Is.EqualTo(expected));
        Assert.That(Build(PronounTexts[text], withWords: false).MayBe(fullName, male), Is.EqualTo(expected));
    }

    [TestCase(0, "She")]
    [TestCase(0, "he")]
    [TestCase(1, "she")]
    [TestCase(2, "She")]
    public void Pronoun_ResolvesTheSameWithTheWordTableAsWithTheTokens(int text, string pronoun)
    {
        var written = PronounTexts[text];
        var at = System.Text.RegularExpressions.Regex.Match(written, $@"\b{pronoun}\b").Index;
        string? Resolved(bool withWords)
        {
            var index = Build(written, withWords);
            var document = TextDocument.Create(written);
            return new SpeakerResolver(written, index, document.SentenceAt).Resolve(new Span(at, at + pronoun.Length)).Name;
        }

        Assert.That(Resolved(withWords: true), Is.Not.Null);
        Assert.That(Resolved(withWords: true), Is.EqualTo(Resolved(withWords: false)));
    }

    [TestCase("a\u00A0Univision host", "a Univision host")]
    [TestCase("FBI Director James\u2009Lund", "FBI Director James Lund")]
    [TestCase("\u1680one\u3000two\u202Fthree\u205F", " one two three ")]
    [TestCase("en\u2002em\u2003hair\u200A.", "en em hair .")]
    [TestCase("zero\u200Bwidth", "zero\u200Bwidth")]
    [TestCase("tab\tand\nline", "tab\tand\nline")]
    public void WithPlainSpaces_WritesEveryOtherSpaceSeparatorAsASpace(string text, string expected)
    {
        Assert.That(SpeakerResolver.WithPlainSpaces(text), Is.EqualTo(expected));
    }

    [Test]
    public void WithPlainSpaces_AgreesWithTheUnicodeCategoryForEveryCharacter()
    {
        var wrong = new List<string>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var expected = ch != ' ' && char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.SpaceSeparator ? "x x" : $"x{ch}x";
            if (SpeakerResolver.WithPlainSpaces($"x{ch}x") != expected)
            {
                wrong.Add($"U+{c:X4}");
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void WithPlainSpaces_ReturnsTheSameStringWhenItHasNoOtherSpace()
    {
        const string text = "Nora Pell said the fleet was ready.";

        Assert.That(SpeakerResolver.WithPlainSpaces(text), Is.SameAs(text));
    }
}
