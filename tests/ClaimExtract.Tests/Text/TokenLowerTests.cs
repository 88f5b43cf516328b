using ClaimExtract.Text;

namespace ClaimExtract.Tests.Text;

/// <summary><see cref="Token.Lower"/> takes a short way for ASCII and punctuation; it must give what <see cref="string.ToLowerInvariant"/> gives.</summary>
public class TokenLowerTests
{
    // ASCII, the General Punctuation marks the short way lets through, and characters it must hand to the full call
    // (accented and Greek capitals, dotted I, Kelvin sign, Roman numeral, circled letter, letters just past the block).
    private const string Palette = "aAzZmM09'.-&_ ’‘“”—–…‹›′ÀÉÖŞßİIıΣσ\u212A\u2160\u24B6\u1E9E\u2070\u2071\u207F\u1FFF\u2C00µÿ";

    [TestCase(0)]
    [TestCase(1)]
    [TestCase(2)]
    public void LowerInvariant_AgreesWithToLowerInvariant_OnSeededRandomWords(int seed)
    {
        var random = new Random(seed);
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 12)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = random.Next(4) == 0 ? (char)random.Next(0x20, 0x2100) : Palette[random.Next(Palette.Length)];
            }

            var word = new string(chars);
            Assert.That(Token.LowerInvariant(word), Is.EqualTo(word.ToLowerInvariant()), word);
        }
    }

    [TestCase("Said", "said")]
    [TestCase("U.S.", "u.s.")]
    [TestCase("it’s", "it’s")]
    [TestCase("Ma’s", "ma’s")]
    [TestCase("ÉLYSÉE", "élysée")]
    public void Lower_LowersWords(string value, string expected)
    {
        Assert.That(new Token(new Span(0, value.Length), value, true).Lower, Is.EqualTo(expected));
    }

    // Common words in lower case, capitalised, in capitals and inside longer words, and other words.
    [TestCase("The president said He and I had told THE Board that the Theory of it Is theirs; Mr Trump’s aides say so.")]
    [TestCase("A an AN Of of off Ofer I i Isa S s T t Mr MR mr. Said SAID said’s")]
    public void Tokenize_GivesEachWordItsTextAndItsLowerCase(string text)
    {
        var tokens = Tokenizer.Tokenize(text, new Span(0, text.Length));

        Assert.That(tokens, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            foreach (var token in tokens)
            {
                Assert.That(token.Value, Is.EqualTo(text[token.Span.Start..token.Span.End]));
                Assert.That(token.Lower, Is.EqualTo(token.Value.ToLowerInvariant()), token.Value);
            }
        });
    }
}
