using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names52, on texts written for these tests; the resolver is given the mention directly (NameResolutionRulesTests.Resolve), so
/// speaker choice plays no part.
/// </summary>
public class NameWordsAppositionsAndWriterLineTests
{
    // A word the article writes only as the first word of one person's two-word name (written surname first: "Ban Ki-moon", "Lou Jiwei"),
    // or only as the last word after a given name the index does not take for one ("Will", "April"), written after a role or before an
    // apposed role, is that person; with a title or an honorific before it too.
    [TestCase("Pak Jin-soo, the head of the harbour authority, spoke on Monday. “The port will stay open,” Pak said.", "Pak", 2, "Pak Jin-soo")]
    [TestCase("The finance minister, Wu Jianmin, said exports would grow. Mr. Wu said the toll would fall.", "Mr. Wu", 1, "Wu Jianmin")]
    [TestCase("Tan Jinhua, a lawyer from the southern province, filed the case. Ms. Tan said the court would hear it.", "Ms. Tan", 1, "Tan Jinhua")]
    [TestCase("Ferry fares rose again.\n\n“It's a costly model,” said Will Dorne, a professor of economics at the state college. Dorne said fares would rise.", "Dorne", 2, "Will Dorne")]
    [TestCase("Ferry fares rose again.\n\nApril Kessel, a spokeswoman for the harbour board, declined to comment. Kessel said the board would meet.", "Kessel", 2, "April Kessel")]
    [TestCase("The vote was close. Rep. J.R. Holtby (D-Maine) voted no. Holtby said the toll was unfair.", "Holtby", 2, "J.R. Holtby")]
    public void OneWordOfATwoWordName_IsThatPerson(string text, string mention, int occurrence, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, occurrence);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Person)));
    }

    // Guards: two people open their names with the word; no role beside the name; a capitalised word after the two (a show's name); a
    // name the article follows with ", which" (a publisher).
    [TestCase("The finance minister, Wu Jianmin, met the trade official, Wu Lanfei, on Monday. Mr. Wu said the toll would fall.", "Mr. Wu", 1, "Wu Jianmin", "Wu Lanfei")]
    [TestCase("Pak Jin-soo wrote a book about the harbour. “The port will stay open,” Pak said.", "Pak", 2, "Pak Jin-soo", "")]
    [TestCase("The claim was aired on Aaron Vell Investigative Radio, a weekly show. Vell said two other women had called.", "Vell", 2, "Aaron Vell", "")]
    [TestCase("He returned to his first printer, W.W. Stroud, this spring. Stroud, which declined to comment, gave back the rights.", "Stroud", 2, "W.W. Stroud", "")]
    public void OneWordOfATwoWordName_WithoutOnePersonBehindIt_IsNotThatName(string text, string mention, int occurrence, string notName, string notOther)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, occurrence);

        Assert.That(resolved.Name, Is.Not.EqualTo(notName).And.Not.EqualTo(notOther));
    }

    // A capitalised name right after the comma of the person opening the sentence is the clause's own subject ("Roe, Vale wrote, ..."),
    // not the end of an apposition to that person.
    [TestCase("Sen. Ann Roe backed the bill. Activist Morton Vale, a founder of the group, praised her.\n\nRoe, Vale wrote, “has been steady on the port.”", "Vale", 2, "Morton Vale")]
    [TestCase("Vice President Tom Lind spoke first. Sen. Marco Ruiz said little.\nLind, Ruiz said, had sat on the council for years.", "Ruiz", 2, "Marco Ruiz")]
    [TestCase("Ann Roe won the primary. Jared Saxon, a professor of history, watched her rise.\n\nRoe, Saxon said, has created a strange mood.", "Saxon", 2, "Jared Saxon")]
    [TestCase("Tom Lind praised Sen. Claire Moss on Monday.\n\nOf Lind, Moss said a lot of voters liked him.", "Moss", 2, "Claire Moss")]
    [TestCase("Sen. Bob Carr and Sen. Robert Mendel wrote the bill.\n\nLike Carr, Mendel also rejected the notion that the port should close.", "Mendel", 2, "Robert Mendel")]
    public void NameAfterTheOpeningPersonsComma_IsItsOwnPerson(string text, string mention, int occurrence, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention, occurrence);

        Assert.That((resolved.Name, resolved.Kind), Is.EqualTo(((string?)name, SpeakerKind.Person)));
    }

    // Guards: a mention that ends a real apposition (an organisation inside it, a party tag) still names the person it is apposed to.
    [TestCase("The march went on.\n\nBut Asa Kemp, an organizer with the Harbour Coalition for Fair Fares, said the crowd wanted change.", "Harbour Coalition", "Asa Kemp")]
    [TestCase("Democrats objected.\n\nSen. Lindsey Gray, R-S.C., an outside contender, said the plan was weak.", "R-S.C.", "Lindsey Gray")]
    [TestCase("Tom Lind spoke. Attorney General Ann Roe (D), Lind's rival in the race, said the toll was unfair.", "Lind's", "Ann Roe")]
    public void MentionEndingAnApposition_IsTheApposedPerson(string text, string mention, string name)
    {
        var resolved = NameResolutionRulesTests.Resolve(text, mention);

        Assert.That(resolved.Name, Is.EqualTo(name));
    }

    // The writer an opinion piece names in its closing line about them.
    [TestCase("I found that out slowly as a boy.\n\nVote for the bill.\n\nTom Lind is Senior Editor at the Harbour Courier. His new book is out.", "Tom Lind")]
    [TestCase("I back him since I trust him to keep his word.\n\nRep. Ann Roe, D-Ore., was an early backer of the bill.", "Ann Roe")]
    [TestCase("I predict this will not end well.\n\nGlen Harlan Vance, a law professor, is a member of the Courier's board of contributors.", "Glen Harlan Vance")]
    public void ClosingLineAboutTheWriter_NamesTheWriter(string text, string writer)
    {
        Assert.That(ResolverFor(text).WriterOfClosingLine(), Is.EqualTo(writer));
    }

    // Guards: a closing line that describes no writer, one with a quotation, one that opens with no given name.
    [TestCase("The ferry sank on Monday. I was there.\n\nTom Lind is expected to appear in court on Friday.")]
    [TestCase("The ferry sank on Monday.\n\nTom Lind is a pilot. “I saw it go down,” he said.")]
    [TestCase("I think the port will grow.\n\nThe Courier is a weekly paper in Dover.")]
    public void ClosingLineAboutNoWriter_NamesNobody(string text)
    {
        Assert.That(ResolverFor(text).WriterOfClosingLine(), Is.Null);
    }

    private static SpeakerResolver ResolverFor(string text)
    {
        var document = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(document);
        var tokens = new TokenizedDocument(document, quotes.Select(q => q.Inner));
        return new SpeakerResolver(text, EntityIndex.Build(document, tokens.Tokens, tokens.SentenceOf, tokens.Quoted), p => document.SentenceAt(p));
    }
}
