using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// <see cref="NamingReport.Add"/> and <see cref="NounReport.Add"/> walk every token of an article; on tokens where they find
/// nothing they allocate nothing (qspeed43: a lambda over a variable of the loop's body made a closure object at every token,
/// about 21 MB a round of the Zyte pages). Allocated bytes are deterministic, so this is a plain bound, not a timing. On
/// sentences written for these tests, each repeated to make an article; none holds a naming or an attitude noun the rules take
/// (two hold a noun that NounReport.Find reads and turns down: its few bytes per noun are under the bound).
/// </summary>
public class ReportLoopAllocationTests
{
    [TestCase("The ferry left the harbour at dawn and the gulls followed it out to sea.")]
    [TestCase("Rain fell on the old pier for three days, and nobody came to fish.")]
    [TestCase("“We will open the bridge in May,” the engineer said on Tuesday.")]
    [TestCase("Lena Marsh, the mayor of Port Ellis, spoke to reporters after the vote.")]
    [TestCase("Tomas Okafor defended his support for the ferry levy.")]
    [TestCase("The support for the ferry levy grew over the summer.")]
    [TestCase("Prices at the market rose by 4.5% in the U.S. last year, officials said.")]
    [TestCase("Reporters asked about her decision to leave the board.")]
    public void Add_WhereNothingIsFound_AllocatesNothingPerToken(string sentence)
    {
        var text = string.Join(" ", Enumerable.Repeat(sentence, 40));
        var doc = new TokenizedDocument(TextDocument.Create(text), []);
        var attributions = new List<Attribution>();

        // Once first, so that nothing made once (the rules' tables, the JIT's first calls) is counted.
        Assert.That(NamingReport.Add(doc, attributions), Is.SameAs(attributions));
        Assert.That(NounReport.Add(doc, attributions), Is.SameAs(attributions));

        var before = GC.GetAllocatedBytesForCurrentThread();
        var naming = NamingReport.Add(doc, attributions);
        var namingBytes = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        var noun = NounReport.Add(doc, attributions);
        var nounBytes = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(naming, Is.SameAs(attributions));
        Assert.That(noun, Is.SameAs(attributions));
        // Without the change: a closure object of more than 8 bytes at every token (the found tuple it held alone is larger).
        var bound = 8 * doc.Tokens.Count;
        Assert.That(namingBytes, Is.LessThan(bound), "NamingReport.Add");
        Assert.That(nounBytes, Is.LessThan(bound), "NounReport.Add");
    }
}
