using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// outer108 (docs/quotes.md): an inner statement (SPEAKER CUE CONTENT) right after a finite verb of saying that no statement holds gets
/// the outer report added over it: its cue that verb, its speaker the verb's subject, its content the inner report whole. On sentences
/// written for these tests; the inner statement is made by hand as the rules would read it.
/// </summary>
public class OuterReportTests
{
    // The inner statement: speaker, cue and content given by their text (each the first whole-word occurrence after the one before).
    private static List<Attribution> Add(string text, string speaker, string cue, string content, string? heldCue = null)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var s = Word(text, speaker, 0);
        var c = Word(text, cue, s + speaker.Length);
        var b = Word(text, content, c + cue.Length);
        List<Attribution> list = [new Attribution(new Span(b, b + content.Length), QuoteType.Indirect, new Span(c, c + cue.Length), cue, new Span(s, s + speaker.Length), null)];
        if (heldCue is not null)
        {
            // Another statement already holds the outer verb as its cue.
            var h = text.IndexOf(heldCue, StringComparison.Ordinal);
            list.Insert(0, new Attribution(new Span(h + heldCue.Length + 1, text.Length - 1), QuoteType.Indirect, new Span(h, h + heldCue.Length), heldCue, new Span(0, h - 1), null));
        }

        return OuterReport.Add(tokens, list);
    }

    // The first occurrence of whole words at or after `from`.
    private static int Word(string text, string words, int from) =>
        System.Text.RegularExpressions.Regex.Match(text[from..], $@"\b{System.Text.RegularExpressions.Regex.Escape(words)}\b").Index + from;

    private static (string Cue, string? Speaker, string Content)? Outer(string text, List<Attribution> after, int before) =>
        after.Count == before ? null
            : after.Where(a => a.CueText is not null && (OuterReport.Verbs.Contains(a.CueText) || OuterReport.MoreVerbs.Contains(a.CueText) || a.CueText == "according to"
                || OuterReport.ProgressiveVerbs.Contains(a.CueText.Split(' ')[^1]))).Select(a => (text[a.Cue!.Value.Start..a.Cue.Value.End],
                a.Speaker is { } s ? text[s.Start..s.End] : null, text[a.Content.Start..a.Content.End])).Single();

    [TestCase("The magazine said the harbour board has approved the new quay.", "the harbour board", "has approved", "the new quay",
        "said", "The magazine", "the harbour board has approved the new quay")]
    [TestCase("Ana Ruiz said Wednesday she backs the levy.", "she", "backs", "the levy", "said", "Ana Ruiz", "she backs the levy")]
    [TestCase("He announced that he supports the plan to close the pier.", "he", "supports", "the plan to close the pier",
        "announced", "He", "that he supports the plan to close the pier")]
    [TestCase("Tom Hale told the crowd he wants a new quay by spring.", "he", "wants", "a new quay by spring", "told", "Tom Hale",
        "he wants a new quay by spring")]
    [TestCase("Councillor Ana Ruiz, who on Monday backed the levy, said she expects the vote to pass.", "she", "expects", "the vote to pass",
        "said", "Councillor Ana Ruiz", "she expects the vote to pass")]
    // The name as StanceReport.SubjectBefore reads it, without its article.
    [TestCase("As the Ledger reported, the harbour board has approved the new quay.", "the harbour board", "has approved", "the new quay",
        "reported", "Ledger", "the harbour board has approved the new quay")]
    [TestCase("The minutes of the meeting show that the mayor asked the board to delay the vote.", "the mayor", "asked", "the board to delay the vote",
        "show", "The minutes of the meeting", "that the mayor asked the board to delay the vote")]
    // outer109: a phrase of place or time after the verb, "last week", a verb coordinated with a first verb of saying, an opening
    // "according to SOURCE,", an adverb of time before the verb, and an opening subject with a relative clause of its own.
    [TestCase("Tom Hale wrote in his letter he wants a new quay by spring.", "he", "wants", "a new quay by spring", "wrote", "Tom Hale",
        "he wants a new quay by spring")]
    [TestCase("The Ledger reported last week the harbour board has approved the new quay.", "the harbour board", "has approved", "the new quay",
        "reported", "Ledger", "the harbour board has approved the new quay")]
    [TestCase("Ana Ruiz says the pier is old and tells the crowd she wants a new quay.", "she", "wants", "a new quay", "tells", "Ana Ruiz",
        "she wants a new quay")]
    [TestCase("But according to two of her aides, she wants a new quay.", "she", "wants", "a new quay", "according to", "two of her aides",
        "she wants a new quay")]
    [TestCase("As the Ledger first reported, the harbour board has approved the new quay.", "the harbour board", "has approved", "the new quay",
        "reported", "Ledger", "the harbour board has approved the new quay")]
    [TestCase("But local groups that have endorsed her say they expect the vote to pass.", "they", "expect", "the vote to pass", "say",
        "local groups", "they expect the vote to pass")]
    // outer110: an aside ", according to SOURCE," between the outer verb and the inner speaker.
    [TestCase("The Ledger reported, according to two of her aides, Ana Ruiz wants a new quay by spring.", "Ana Ruiz", "wants",
        "a new quay by spring", "reported", "Ledger", "according to two of her aides, Ana Ruiz wants a new quay by spring")]
    [TestCase("Tom Hale said, according to people at the meeting, the harbour board has approved the new quay.", "the harbour board",
        "has approved", "the new quay", "said", "Tom Hale", "according to people at the meeting, the harbour board has approved the new quay")]
    // speakers111: a subject with a place set off by commas ("a woman in Salem, Oregon, told ..."), and a name with an apposition set off
    // by commas ("Tom Hale, the harbour master, said ...").
    [TestCase("The mayor said after a woman in Salem, Oregon, told him she wants a new quay by spring.", "she", "wants", "a new quay by spring",
        "told", "a woman in Salem, Oregon", "she wants a new quay by spring")]
    [TestCase("Ana Ruiz of Salem, Oregon, said the harbour board has approved the new quay.", "the harbour board", "has approved", "the new quay",
        "said", "Ana Ruiz of Salem, Oregon", "the harbour board has approved the new quay")]
    [TestCase("Tom Hale, the harbour master, told the crowd he wants a new quay by spring.", "he", "wants", "a new quay by spring", "told",
        "Tom Hale", "he wants a new quay by spring")]
    // speakers111: a comma after the outer verb whose subject opens the sentence, names and a possessive before it.
    [TestCase("Tom Hale reported, the harbour board has approved the new quay.", "the harbour board", "has approved", "the new quay",
        "reported", "Tom Hale", "the harbour board has approved the new quay")]
    [TestCase("Harbour News’ Tom Hale previously reported, the harbour board has approved the new quay.", "the harbour board", "has approved",
        "the new quay", "reported", "Tom Hale", "the harbour board has approved the new quay")]
    // speakers111: more verbs of saying in the wider reading ("repeated", "swore", "clarified").
    [TestCase("Tom Hale repeated that the harbour board backs the levy.", "the harbour board", "backs", "the levy", "repeated", "Tom Hale",
        "that the harbour board backs the levy")]
    [TestCase("At the end the members swore that they would back the levy.", "they", "would back", "the levy", "swore", "members",
        "that they would back the levy")]
    // speakers112: "just"/"earlier" before a day word after the verb, the words after an opening "As" as the subject where no name is read
    // before the verb, and a progressive verb ("are showing that"), its subject before "are".
    [TestCase("As the Ledger’s harbour desk reported just today, the harbour board has approved the new quay.", "the harbour board", "has approved",
        "the new quay", "reported", "the Ledger’s harbour desk", "the harbour board has approved the new quay")]
    [TestCase("As the Ledger’s harbour desk reported, the harbour board has approved the new quay.", "the harbour board", "has approved",
        "the new quay", "reported", "the Ledger’s harbour desk", "the harbour board has approved the new quay")]
    [TestCase("Tom Hale said earlier today he wants a new quay by spring.", "he", "wants", "a new quay by spring", "said", "Tom Hale",
        "he wants a new quay by spring")]
    [TestCase("First counts of the harbour survey are showing that about half back the new levy.", "about half", "back", "the new levy",
        "are showing", "First counts of the harbour survey", "that about half back the new levy")]
    [TestCase("Tom Hale is saying that the harbour board backs the levy.", "the harbour board", "backs", "the levy", "is saying", "Tom Hale",
        "that the harbour board backs the levy")]
    // speakers112: an opening subject ends before "later".
    [TestCase("A staffer later clarified that Ana Ruiz misspoke about the levy.", "Ana Ruiz", "misspoke", "about the levy", "clarified", "A staffer",
        "that Ana Ruiz misspoke about the levy")]
    public void OuterReport_IsAdded(string text, string speaker, string cue, string content, string outerCue, string outerSpeaker, string outerContent)
    {
        var after = Add(text, speaker, cue, content);
        Assert.That(after, Has.Count.EqualTo(2));
        Assert.That(Outer(text, after, 1), Is.EqualTo((outerCue, outerSpeaker, outerContent)));
        Assert.That(after.Count(a => a.CueText == cue), Is.EqualTo(1), "the inner statement stays");
    }

    // outer110: outer109's readings are tried only where outer108's reads no outer report, so none of them takes one away. "told
    // reporters last week" is read as outer108 read it, "told" and an addressee of three words (outer109's "last week" read first left
    // "reporters" before it, no verb, and the outer report was lost).
    [TestCase("Tom Hale told reporters last week he wants a new quay by spring.", "he", "wants", "a new quay by spring", "told", "Tom Hale",
        "he wants a new quay by spring")]
    [TestCase("Tom Hale told reporters last week that he wants a new quay by spring.", "he", "wants", "a new quay by spring", "told", "Tom Hale",
        "that he wants a new quay by spring")]
    [TestCase("Ana Ruiz tells voters this year she backs the levy.", "she", "backs", "the levy", "tells", "Ana Ruiz", "she backs the levy")]
    // The opening words hold no cue verb, so outer108 reads them whole as the subject; its reading stands (outer109's relative-clause
    // subject is read only where outer108 reads none: "that have endorsed her", above).
    [TestCase("But local groups that have backed her say they expect the vote to pass.", "they", "expect", "the vote to pass", "say",
        "But local groups that have backed her", "they expect the vote to pass")]
    public void OuterReport_ReadByOuter108_IsKept(string text, string speaker, string cue, string content, string outerCue, string outerSpeaker, string outerContent) =>
        OuterReport_IsAdded(text, speaker, cue, content, outerCue, outerSpeaker, outerContent);

    // Guards: a verb before the inner speaker that is no verb of saying, an infinitive ("to say"), a negation or a modal before the
    // verb, the inner report in another sentence, a comma after no "as" clause ("That said,", "the Sunday shows,"), and a statement that
    // already holds the outer verb.
    [TestCase("Ana Ruiz hopes the harbour board backs the levy.", "the harbour board", "backs", "the levy", null)]
    [TestCase("Ana Ruiz wants to say the harbour board backs the levy.", "the harbour board", "backs", "the levy", null)]
    [TestCase("Ana Ruiz did not say the harbour board backs the levy.", "the harbour board", "backs", "the levy", null)]
    [TestCase("Ana Ruiz would never say the harbour board backs the levy.", "the harbour board", "backs", "the levy", null)]
    [TestCase("Ana Ruiz said. The harbour board backs the levy.", "The harbour board", "backs", "the levy", null)]
    [TestCase("That said, the harbour board backs the levy.", "the harbour board", "backs", "the levy", null)]
    [TestCase("After the Sunday shows, the harbour board backs the levy.", "the harbour board", "backs", "the levy", null)]
    [TestCase("Ana Ruiz said the harbour board backs the levy.", "the harbour board", "backs", "the levy", "said")]
    // outer109's guards: a phrase longer than OuterReport.MaximumPhraseWords, a coordinated verb in another tense than the first verb
    // of saying, an "according to" that does not open the sentence, a relative clause longer than OuterReport.MaximumRelativeTokens.
    [TestCase("Tom Hale wrote in the margin of the old letter he wants a new quay.", "he", "wants", "a new quay", null)]
    [TestCase("Ana Ruiz said the pier is old and tells the crowd she wants a new quay.", "she", "wants", "a new quay", null)]
    [TestCase("Ana Ruiz spoke according to the plan, she wants a new quay.", "she", "wants", "a new quay", null)]
    [TestCase("The groups that have met the mayor at the old town hall say they expect the vote to pass.", "they", "expect", "the vote to pass", null)]
    // outer110's guards: an "according to" aside after a word that is no verb of saying (also after an addressee: "told the crowd
    // afterward"), and after a negated verb.
    [TestCase("The vote was close, according to two of her aides, Ana Ruiz wants a new quay by spring.", "Ana Ruiz", "wants", "a new quay by spring", null)]
    [TestCase("Tom Hale told the crowd afterward, according to two of her aides, Ana Ruiz wants a new quay by spring.", "Ana Ruiz", "wants", "a new quay by spring", null)]
    [TestCase("The Ledger did not say, according to two of her aides, Ana Ruiz wants a new quay by spring.", "Ana Ruiz", "wants", "a new quay by spring", null)]
    // speakers111's guards: a comma-set aside that is neither a place nor an apposition ("after the vote"), and a place after a phrase of
    // time with no subject before it.
    [TestCase("Tom Hale, after the vote, told the crowd he wants a new quay by spring.", "he", "wants", "a new quay by spring", null)]
    [TestCase("Last year in Salem, Oregon, told him she wants a new quay by spring.", "she", "wants", "a new quay by spring", null)]
    // A comma after a verb whose subject does not open the sentence: a clause opened by "When", a phrase before the subject.
    [TestCase("When Tom Hale reported, the harbour board has approved the new quay.", "the harbour board", "has approved", "the new quay", null)]
    [TestCase("In the end Tom Hale reported, the harbour board has approved the new quay.", "the harbour board", "has approved", "the new quay", null)]
    // A past form that often stands as an adjective is not among the added verbs ("alleged"), and an added verb after a negation.
    [TestCase("Tom Hale alleged the harbour board backs the levy.", "the harbour board", "backs", "the levy", null)]
    [TestCase("Tom Hale never confirmed that the harbour board backs the levy.", "the harbour board", "backs", "the levy", null)]
    // speakers112's guards: "just" with no day word after it, an "-ing" form with no "is"/"are" before it (or a negation between), and an
    // "As" clause longer than OuterReport.MaximumOpeningSubjectTokens before its verb.
    [TestCase("Tom Hale said just he backs the levy.", "he", "backs", "the levy", null)]
    [TestCase("The notes showing that the harbour board backs the levy were lost.", "the harbour board", "backs", "the levy", null)]
    [TestCase("Tom Hale is not saying that the harbour board backs the levy.", "the harbour board", "backs", "the levy", null)]
    [TestCase("As the old harbour desk of the Ledger on the third floor of the hall reported, the harbour board backs the levy.", "the harbour board",
        "backs", "the levy", null)]
    public void NoOuterReport_IsAdded(string text, string speaker, string cue, string content, string? heldCue)
    {
        var before = heldCue is null ? 1 : 2;
        Assert.That(Add(text, speaker, cue, content, heldCue), Has.Count.EqualTo(before));
    }

    // speakers112: a passive "As reported by SOURCE," that the inner statement's content opens with, its inner speaker and cue inside it
    // (as the rules read such a sentence): the outer report is the source's, its content from the inner speaker; the inner statement's
    // content opens after its cue. The inner statement is made by hand, its content from the sentence's first word.
    [TestCase("As reported by the Harbour Ledger, inspectors found rust under the old pier.", "inspectors", "found", "reported", "the Harbour Ledger",
        "inspectors found rust under the old pier", "rust under the old pier")]
    [TestCase("As first reported by Harbour News, the board approved a new quay on Monday.", "the board", "approved", "reported", "Harbour News",
        "the board approved a new quay on Monday", "a new quay on Monday")]
    [TestCase("As expected by the harbour board, inspectors found rust under the old pier.", "inspectors", "found", null, null, null, null)]
    [TestCase("As reported by the Ledger inspectors found rust under the old pier.", "inspectors", "found", null, null, null, null)]
    public void AsReportedBy_OpeningTheInnerContent(string text, string speaker, string cue, string? outerCue, string? outerSpeaker, string? outerContent, string? innerContent)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var s = Word(text, speaker, 0);
        var c = Word(text, cue, s + speaker.Length);
        var inner = new Attribution(new Span(0, text.Length - 1), QuoteType.Indirect, new Span(c, c + cue.Length), cue, new Span(s, s + speaker.Length), null);
        var after = OuterReport.Add(tokens, [inner]);
        if (outerCue is null)
        {
            Assert.That(after, Is.EqualTo(new[] { inner }));
            return;
        }

        Assert.That(after, Has.Count.EqualTo(2));
        var outer = after.Single(a => a.CueText == outerCue);
        Assert.That((text[outer.Cue!.Value.Start..outer.Cue.Value.End], text[outer.Speaker!.Value.Start..outer.Speaker.Value.End], text[outer.Content.Start..outer.Content.End]),
            Is.EqualTo((outerCue, outerSpeaker, outerContent)));
        var trimmed = after.Single(a => a.CueText == cue);
        Assert.That(text[trimmed.Content.Start..trimmed.Content.End], Is.EqualTo(innerContent));
    }
}
