using ClaimExtract.Speakers;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch speed108, on texts written for these tests: the resolver's capitalised runs (<see cref="SpeakerResolver.CapitalisedRunsOf"/>,
/// read by the acronym and short-form questions) are found by one scan of the text instead of the regular expression
/// <see cref="SpeakerResolver.CapitalisedRun"/>; the scan must find exactly the pattern's matches, at the same places.
/// </summary>
public class CapitalisedRunScanTests
{
    private static List<Span> ByPattern(string text) =>
        SpeakerResolver.CapitalisedRun().Matches(text).Select(m => new Span(m.Index, m.Index + m.Length)).ToList();

    [TestCase("Ann Roe of the Federal Reserve Board said on Monday that the Bank of England would wait.")]
    [TestCase("The State Department and the Department of Justice spoke; Black Lives Matter did not.")]
    [TestCase("National Association for the Advancement of Colored People, Procter & Gamble, Tom’s Diner, Jean-Luc O'Neil.")]
    [TestCase("a Federal Reserve’s chair, an X-Ray Unit, 3Com Systems, Ab-Cd Ef, 'Ann Roe, -Tom Lind, ’Bob Hale")]
    [TestCase("Only One here. TWO Capitals. Ann  Roe (two spaces). Ann of Roe. Ann of the and Roe. Ann of. Ann &Roe. Ann & Roe.")]
    [TestCase("Élise Müller of Zürich met Ørjan Ås and Mc Donald; ǅemal Bijedić spoke to Ǆ Ab.")]
    [TestCase("")]
    [TestCase("A")]
    [TestCase("Ab Cd")]
    [TestCase("Ab Cd ")]
    [TestCase("Ab of")]
    [TestCase("Ab of ")]
    public void Scan_FindsThePatternsMatches(string text) =>
        Assert.That(SpeakerResolver.CapitalisedRunsOf(text), Is.EqualTo(ByPattern(text)));

    /// <summary>Every character in each place of the pattern: before the run, as a capital, as the lower-case letter after it, inside a word, between words.</summary>
    [Test]
    public void Scan_AgreesWithThePatternForEveryCharacter()
    {
        var wrong = new List<string>();
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            foreach (var text in new[] { $"x{ch}Ab Cd", $"{ch}b Cd", $"A{ch} Cd", $"Ab{ch}c Cd", $"Ab Cd{ch} Ef", $"Ab{ch}Cd", $"Ab {ch} Cd", $"Ab of{ch}Cd" })
            {
                if (!SpeakerResolver.CapitalisedRunsOf(text).SequenceEqual(ByPattern(text)))
                {
                    wrong.Add($"U+{c:X4} in \"{text}\"");
                }
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    /// <summary>Strings of pieces that open, join, cut and continue runs, drawn at random (a fixed seed), against the pattern.</summary>
    [Test]
    public void Scan_AgreesWithThePatternOnRandomText()
    {
        string[] pieces = ["Ab", "Cd", "A", "b", "É", "é", "ǅ", "ʰ", "'", "’", "-", " ", "  ", "of ", "and ", "for ", "on ", "the ", "& ", "&", "The ", "OF ", "1", ".", ",", "\n", "x"];
        var random = new Random(108);
        for (var n = 0; n < 20000; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 16)).Select(_ => pieces[random.Next(pieces.Length)]));
            Assert.That(SpeakerResolver.CapitalisedRunsOf(text), Is.EqualTo(ByPattern(text)), text);
        }
    }
}
