using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4 speed (docs/quotes.md, "qspeed50"): <see cref="TrailingReport.Add"/> asks <see cref="TrailingReport.Find"/> only of the
/// tokens whose form <see cref="TrailingReport.CueForms"/> marks, each form asked once through a hash filter. Each token's mark must
/// be what Find's own opening test answers for it: "according" or a verb of showing in any case, or a form of a bare speaker's cue verb as the cue
/// dictionary reads it (ignoring case, for letters outside ASCII too: "SAİD", "saıd"). Sentences written for these tests.
/// </summary>
public class TrailingReportCueFormsTests
{
    [TestCase("Heating costs will rise again this year, analyst says.")]
    [TestCase("Ferry fares will double by spring, FORMER MAYOR SAYS.")]
    [TestCase("Says who? The mayor Said so, and the clerk wrote it down; the critic Warns, argues, claims and predicts.")]
    [TestCase("In 2019, the town had 40 burglaries — according to the police. ACCORDING TO THE POLICE, According to them.")]
    [TestCase("The pier was accorded a grant, the accordion player said, saying nothing of what he’d told or noted.")]
    [TestCase("Turkish-style letters: SAİD, saıd, WARNİNG, accordıng, ACCORDİNG, İnsists, tells.")]
    [TestCase("The barge was insured for $3 million, harbor records show; the logs INDICATE, filings Suggested, polls showed it.")]
    [TestCase("Quoted: “the levy will pass,” she insisted, insisting that the “rules say so.”")]
    [TestCase("Marks only — , . ; : ! ? “ ” ‘ ’ … and numbers 1,200 and 3.5 and says' and write's.")]
    public void CueForm_IsFindsOpeningTestOfEachToken(string text)
    {
        var doc = new TokenizedDocument(TextDocument.Create(text), []);
        var cues = TrailingReport.CueForms(doc.Words);
        var t = doc.Tokens;
        for (var k = 0; k < t.Count; k++)
        {
            var expected = t[k].Lower == "according" || TrailingReport.ShowingVerbs.Contains(t[k].Lower)
                           || t[k].IsWord && Lexicon.CueVerbs.TryGetValue(t[k].Value, out var lemma) && TrailingReport.BareCueLemmas.Contains(lemma);
            Assert.That(cues[doc.Words.FormOf[k]], Is.EqualTo(expected), $"token {k} “{t[k].Value}”");
        }
    }
}
