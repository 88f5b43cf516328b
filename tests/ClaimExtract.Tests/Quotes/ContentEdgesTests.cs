using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Reported content that ends a parenthesis it did not open ends before the closing parenthesis and the full stop before
/// it, as PolNeAR marks it; content that holds its own parenthesis keeps it. One table row each, on sentences written for
/// these tests.
/// </summary>
public class ContentEdgesTests
{
    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, string text, string content) => new TestCaseData(text, content).SetName($"ContentEdges_{name}");

        yield return Case("ParenthesisedSentence", "The mayor spoke first. (Aides said she would not run again next year.)", "she would not run again next year");
        yield return Case("ParenthesisNoStop", "The vote passed on Monday (officials said it would cost far more than planned).", "it would cost far more than planned");
        yield return Case("QuestionInParenthesis", "The plan is new. (Reporters asked whether the mill would close in May?)", "whether the mill would close in May");
        yield return Case("OwnParenthesisKept", "Okoro said the levy (a small one) would pay for the new bridge.", "the levy (a small one) would pay for the new bridge");
        yield return Case("NoParenthesis", "Okoro said the levy would pay for the new bridge.", "the levy would pay for the new bridge");
    }

    [TestCaseSource(nameof(Cases))]
    public void Content_EndsBeforeAParenthesisItDidNotOpen(string text, string content)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        var found = ContentEdges.Apply(tokens, AttributionFinder.Find(tokens, quotes));
        Assert.That(found.Select(a => a.Content.Of(text)), Has.Member(content));
    }

    private static IEnumerable<TestCaseData> ContrastCases()
    {
        TestCaseData Case(string name, string text, string content) => new TestCaseData(text, content).SetName($"ContentEdges_Contrast_{name}");

        // The object of a cue that is not a verb of saying ends before ", but" / ", while" / ", though" / ", even".
        yield return Case("PraisedBut", "Okafor praised the new harbour budget, but the port workers called it a gimmick.", "the new harbour budget");
        yield return Case("EndorsedWhile", "The teachers union endorsed Maria Delgado for mayor, while the police union stayed neutral.", "Maria Delgado for mayor");
        yield return Case("PraisedThough", "The board praised the harbour plan of the mayor, though the port workers called it a gimmick.", "the harbour plan of the mayor");
        yield return Case("CitedEven", "Delgado cited the flood of 2019, even as the river stood low all spring.", "the flood of 2019");

        // Kept whole: a verb of saying, content that starts a clause, a comma before another word, a comma inside quotation marks.
        yield return Case("SaidKeepsClause", "Okafor said the budget was too small, but the port would still open in May.", "the budget was too small, but the port would still open in May");
        yield return Case("ToldKeepsClause", "Okafor told reporters the budget was too small, but the port would still open.", "the budget was too small, but the port would still open");
        yield return Case("ClauseStart", "The senator warned that the budget was too small, but the port would still open.", "that the budget was too small, but the port would still open");
        yield return Case("OtherWordAfterComma", "Okafor praised the new harbour budget, a plan the port workers called a gimmick.", "the new harbour budget, a plan the port workers called a gimmick");
        yield return Case("FirstCommaOnly", "Okafor praised the harbour, the budget and the mayor, but the workers left early.", "the harbour, the budget and the mayor, but the workers left early");
    }

    [TestCaseSource(nameof(ContrastCases))]
    public void Content_OfACueNotOfSaying_EndsBeforeACommaOfContrast(string text, string content)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        var found = ContentEdges.Apply(tokens, AttributionFinder.Find(tokens, quotes));
        Assert.That(found.Select(a => a.Content.Of(text)), Has.Member(content));
    }

    private static IEnumerable<TestCaseData> LineBreakCases()
    {
        TestCaseData Case(string name, string text, string cue, QuoteType type, string content) =>
            new TestCaseData(text, cue, type, content).SetName($"ContentEdges_LineBreak_{name}");

        // Indirect content that runs from its cue to the end of the text (as the cue tagger's runs to its sentence's end)
        // ends at a line break, without the ";", "," or ":" before it.
        yield return Case("HeadlineAndSubheading", "Okafor says harbour budget is too small;\nPort workers plan a strike for May.", "says", QuoteType.Indirect, "harbour budget is too small");
        yield return Case("CommaBeforeBreak", "The minister pledged a new bridge by June,\nand the date is not yet set.", "pledged", QuoteType.Indirect, "a new bridge by June");

        // Kept whole: no line break; one word before the break; a mixed statement's quotation across paragraphs.
        yield return Case("NoBreak", "Okafor says harbour budget is too small; port workers plan a strike.", "says", QuoteType.Indirect, "harbour budget is too small; port workers plan a strike.");
        yield return Case("OneWordBeforeBreak", "Okafor backs Delgado;\nPort workers plan a strike.", "backs", QuoteType.Indirect, "Delgado;\nPort workers plan a strike.");
        yield return Case("MixedAcrossParagraphs", "Okafor called the plan \u201ca mess.\n\n\u201cThe port workers will strike.\u201d", "called", QuoteType.Mixed, "the plan \u201ca mess.\n\n\u201cThe port workers will strike.\u201d");
    }

    [TestCaseSource(nameof(LineBreakCases))]
    public void IndirectContent_EndsAtALineBreak(string text, string cue, QuoteType type, string content)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(cue, StringComparison.Ordinal);
        var contentStart = cueStart + cue.Length + 1;
        var attribution = new Attribution(new Span(contentStart, text.Length), type, new Span(cueStart, cueStart + cue.Length), cue, new Span(0, text.IndexOf(' ', StringComparison.Ordinal)), null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(content));
    }

    private static IEnumerable<TestCaseData> TimePhraseCases()
    {
        TestCaseData Case(string name, string text, string cue, string content) => new TestCaseData(text, cue, content).SetName($"ContentEdges_TimePhrase_{name}");

        // Content that runs from right after its cue (as the cue tagger's does) starts after a time phrase there.
        yield return Case("Weekday", "The mayor said Tuesday her budget would pass.", "said", "her budget would pass.");
        yield return Case("OnWeekdayComma", "The council announced on Monday, a new tax on empty homes.", "announced", "a new tax on empty homes.");
        yield return Case("LastWeek", "Okafor conceded last week the harbour was too small.", "conceded", "the harbour was too small.");
        yield return Case("FridayMorning", "Delgado pledged Friday morning to rebuild the pier.", "pledged", "to rebuild the pier.");

        // Kept whole: an adverb that names no time, a possessive, a day that is the content's subject, too few words after.
        yield return Case("AdverbOnly", "The mayor said again her budget would pass.", "said", "again her budget would pass.");
        yield return Case("Possessive", "Okafor praised this week’s vote on the pier.", "praised", "this week’s vote on the pier.");
        yield return Case("DayAsSubject", "Okafor said Tuesday’s vote would be close.", "said", "Tuesday’s vote would be close.");
        yield return Case("TooShort", "Okafor called Tuesday perfect.", "called", "Tuesday perfect.");
    }

    [TestCaseSource(nameof(TimePhraseCases))]
    public void Content_StartsAfterATimePhraseAfterItsCue(string text, string cue, string content)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        var contentStart = cueStart + cue.Length + 1;
        var attribution = new Attribution(new Span(contentStart, text.Length), QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue, new Span(0, text.IndexOf(' ', StringComparison.Ordinal)), null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(content));
    }

    private static IEnumerable<TestCaseData> SemicolonCases()
    {
        TestCaseData Case(string name, string text, string cue, QuoteType type, string content) =>
            new TestCaseData(text, cue, type, content).SetName($"ContentEdges_Semicolon_{name}");

        // The object of a cue that is not a verb of saying, run on to the sentence's end (as the cue tagger's runs), ends
        // before its one semicolon.
        yield return Case("CalledFor", "Delgado called for a new harbour levy; the port workers want a strike.", "called for", QuoteType.Indirect, "a new harbour levy");
        yield return Case("SuggestedGerund", "The board suggested closing the mill early; it clashed with the union over pay.", "suggested", QuoteType.Indirect, "closing the mill early");
        yield return Case("MixedObject", "Okafor praised the \u201cbold\u201d harbour plan; the workers stayed home.", "praised", QuoteType.Mixed, "the \u201cbold\u201d harbour plan");

        // Kept whole: a verb of saying, a list of semicolons, "; and", one word before it, a semicolon inside quotation marks.
        yield return Case("SaidKeepsClause", "Okafor said the levy is too small; the workers want a strike.", "said", QuoteType.Indirect, "the levy is too small; the workers want a strike.");
        yield return Case("List", "The union backed Delgado for mayor; Okoro for the council; Berg for the board.", "backed", QuoteType.Indirect, "Delgado for mayor; Okoro for the council; Berg for the board.");
        yield return Case("SemicolonAnd", "The union backed Delgado for mayor; and the teachers stayed home.", "backed", QuoteType.Indirect, "Delgado for mayor; and the teachers stayed home.");
        yield return Case("OneWordBefore", "The union backed Delgado; the teachers stayed home.", "backed", QuoteType.Indirect, "Delgado; the teachers stayed home.");
        yield return Case("InsideQuotation", "Okafor praised the \u201cbudget; the levy\u201d of the mayor.", "praised", QuoteType.Mixed, "the \u201cbudget; the levy\u201d of the mayor.");
    }

    [TestCaseSource(nameof(SemicolonCases))]
    public void Content_OfACueNotOfSaying_EndsBeforeItsSemicolon(string text, string cue, QuoteType type, string content)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        var contentStart = cueStart + cue.Length + 1;
        var attribution = new Attribution(new Span(contentStart, text.Length), type, new Span(cueStart, cueStart + cue.Length), cue, new Span(0, text.IndexOf(' ', StringComparison.Ordinal)), null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(content));
    }

    private static IEnumerable<TestCaseData> SentenceWordsCases()
    {
        TestCaseData Case(string name, string text, string content, QuoteType type) =>
            new TestCaseData(text, content, type).SetName($"ContentEdges_SentenceWords_{name}");

        // A quotation attributed by a cue after it takes the words of its sentence before it.
        yield return Case("SubjectBefore", "The new harbour budget \u201cwill not calm the workers,\u201d Okafor said.", "The new harbour budget \u201cwill not calm the workers,\u201d", QuoteType.Mixed);
        yield return Case("PhraseBefore", "In past years, \u201cwe could reach every voter by mail,\u201d Delgado said.", "In past years, \u201cwe could reach every voter by mail,\u201d", QuoteType.Mixed);

        // A quotation that stops inside its sentence takes the words after it.
        yield return Case("WordsAfterCueBefore", "Delgado said, \u201cWe have three weeks to go\u201d until the vote.", "\u201cWe have three weeks to go\u201d until the vote", QuoteType.Mixed);
        yield return Case("JoinedQuotation", "\u201cWe are ready,\u201d Delgado said. \u201cWe have three weeks to go\u201d until the vote.", "\u201cWe are ready,\u201d Delgado said. \u201cWe have three weeks to go\u201d until the vote", QuoteType.Mixed);

        // Kept: a quotation that starts its sentence, words ending in a colon, words holding a quotation mark; a quotation
        // ending in punctuation, words after it starting with a capital letter, more than ten words after it.
        yield return Case("StartsSentence", "\u201cWe will open the harbour in May,\u201d Okafor said.", "\u201cWe will open the harbour in May,\u201d", QuoteType.Direct);
        yield return Case("AfterColon", "The plan was simple: \u201cwe build the pier first,\u201d Okafor said.", "\u201cwe build the pier first,\u201d", QuoteType.Direct);
        yield return Case("QuotedWordBefore", "The \u201cbold\u201d plan \u201cwill fail by May,\u201d Okafor said.", "\u201cwill fail by May,\u201d", QuoteType.Direct);
        yield return Case("PunctuationBeforeMark", "Delgado said, \u201cWe have three weeks to go.\u201d The vote is in May.", "\u201cWe have three weeks to go.\u201d", QuoteType.Direct);
        yield return Case("CapitalAfter", "Delgado said, \u201cWe have three weeks to go\u201d Monday.", "\u201cWe have three weeks to go\u201d", QuoteType.Direct);
        yield return Case("TooManyWords", "Delgado said, \u201cWe have three weeks\u201d to finish the pier before the autumn storms come back from the open sea again.", "\u201cWe have three weeks\u201d", QuoteType.Direct);
    }

    [TestCaseSource(nameof(SentenceWordsCases))]
    public void Quotation_TakesTheWordsOfItsSentence(string text, string content, QuoteType type)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        var found = ContentEdges.Apply(tokens, AttributionFinder.Find(tokens, quotes));
        Assert.That(found.Select(a => (a.Content.Of(text), a.Type)), Has.Member((content, type)));
    }

    private static IEnumerable<TestCaseData> ExpletiveItCases()
    {
        TestCaseData Case(string name, string text, string cue, string content) =>
            new TestCaseData(text, cue, content).SetName($"ContentEdges_ExpletiveIt_{name}");

        // Content from an "it" right before its cue starts after the cue.
        yield return Case("Seems", "It seems the council has no plan for the pier.", "seems", "the council has no plan for the pier.");
        yield return Case("Adverb", "It now appears that the pier will close in May.", "appears", "that the pier will close in May.");
        yield return Case("AfterPhrase", "In the end, it seemed likely the levy would pass.", "seemed", "likely the levy would pass.");

        // Kept whole: "to" after the cue, a subject that is no "it", two words between "it" and the cue.
        yield return Case("To", "It appeared to hold off the storm for a day.", "appeared", "It appeared to hold off the storm for a day.");
        yield return Case("NotIt", "She seems sure the levy will pass.", "seems", "She seems sure the levy will pass.");
        yield return Case("TwoWords", "It would now seem the levy will pass.", "seem", "It would now seem the levy will pass.");
    }

    [TestCaseSource(nameof(ExpletiveItCases))]
    public void Content_FromAnItBeforeItsCue_StartsAfterTheCue(string text, string cue, string content)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        var it = text.IndexOf(" it ", StringComparison.Ordinal);
        var contentStart = it >= 0 ? it + 1 : 0;
        var attribution = new Attribution(new Span(contentStart, text.Length), QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue, null, null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(content));
    }

    private static IEnumerable<TestCaseData> LeadBeforeSpeakerCases()
    {
        TestCaseData Case(string name, string text, string content, QuoteType type) =>
            new TestCaseData(text, content, type).SetName($"ContentEdges_LeadBeforeSpeaker_{name}");

        // "LEAD, SPEAKER CUE, “quotation”" whose quotation starts with a lower-case word goes on with the lead: one mixed statement.
        yield return Case("Subject", "An early vote, Okafor said, \u201ccould split the harbour council.\u201d", "An early vote, Okafor said, \u201ccould split the harbour council.\u201d", QuoteType.Mixed);
        yield return Case("Clause", "If the levy passes, Delgado said, \u201cthe port will close by May.\u201d", "If the levy passes, Delgado said, \u201cthe port will close by May.\u201d", QuoteType.Mixed);
        yield return Case("DoubledApostrophes", "The new crane, Berg added, ''is the best on the whole coast.''", "The new crane, Berg added, ''is the best on the whole coast.''", QuoteType.Mixed);
        yield return Case("Connective", "Instead, she said, \u201cthe council wants a second vote.\u201d", "Instead, she said, \u201cthe council wants a second vote.\u201d", QuoteType.Mixed);

        // Kept: a quotation that starts with a capital letter (a sentence of its own), a lead holding a comma or a quotation
        // mark, words between the cue and the comma, no lead.
        yield return Case("Capital", "If the levy passes, Delgado said, \u201cThe port will close by May.\u201d", "\u201cThe port will close by May.\u201d", QuoteType.Direct);
        yield return Case("CommaInLead", "After the vote, in the hall, Delgado said, \u201cthe port will close by May.\u201d", "\u201cthe port will close by May.\u201d", QuoteType.Direct);
        yield return Case("QuotedLead", "The \u201cbold\u201d levy, Delgado said, \u201cwill close the port by May.\u201d", "\u201cwill close the port by May.\u201d", QuoteType.Direct);
        yield return Case("WordsAfterCue", "The levy, Delgado said on Monday, \u201cwill close the port by May.\u201d", "\u201cwill close the port by May.\u201d", QuoteType.Direct);
        yield return Case("NoLead", "Delgado said, \u201cthe port will close by May.\u201d", "\u201cthe port will close by May.\u201d", QuoteType.Direct);
    }

    [TestCaseSource(nameof(LeadBeforeSpeakerCases))]
    public void Quotation_AfterLeadSpeakerAndCue_TakesTheLead(string text, string content, QuoteType type)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        var found = ContentEdges.Apply(tokens, AttributionFinder.Find(tokens, quotes));
        Assert.That(found.Select(a => (a.Content.Of(text), a.Type)), Has.Member((content, type)));
    }

    private static IEnumerable<TestCaseData> QuotationAfterPhraseCases()
    {
        TestCaseData Case(string name, string text, string cue, string content, QuoteType type) =>
            new TestCaseData(text, cue, content, type).SetName($"ContentEdges_QuotationAfterPhrase_{name}");

        // Mixed content after its cue that is a phrase, a comma and a quoted sentence is the quotation alone.
        yield return Case("Medium", "Okafor said on the radio that week, \u201cNo one should doubt our commitment to the port.\u201d", "said", "\u201cNo one should doubt our commitment to the port.\u201d", QuoteType.Direct);
        yield return Case("Addressee", "Delgado told the mayors of the coast, ''We will open the harbour in May.''", "told", "''We will open the harbour in May.''", QuoteType.Direct);

        // Kept whole: a lower-case quotation, content starting with "that", a short quotation, content going on after the quotation.
        yield return Case("LowerCase", "Okafor praised the plan, \u201ca bold step for the port of the city.\u201d", "praised", "the plan, \u201ca bold step for the port of the city.\u201d", QuoteType.Mixed);
        yield return Case("That", "Okafor warned that in May, \u201cThe port will close for good.\u201d", "warned", "that in May, \u201cThe port will close for good.\u201d", QuoteType.Mixed);
        yield return Case("Short", "Okafor said at the harbour, \u201cWe won.\u201d", "said", "at the harbour, \u201cWe won.\u201d", QuoteType.Mixed);
        yield return Case("WordsAfter", "Okafor said at the harbour, \u201cWe will open in May,\u201d and left.", "said", "at the harbour, \u201cWe will open in May,\u201d and left.", QuoteType.Mixed);
    }

    [TestCaseSource(nameof(QuotationAfterPhraseCases))]
    public void MixedContent_AfterAPhraseAndAComma_IsTheQuotation(string text, string cue, string content, QuoteType type)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        var contentStart = cueStart + cue.Length + 1;
        var attribution = new Attribution(new Span(contentStart, text.Length), QuoteType.Mixed, new Span(cueStart, cueStart + cue.Length), cue, new Span(0, text.IndexOf(' ', StringComparison.Ordinal)), null);
        var found = ContentEdges.Apply(tokens, [attribution]).Single();
        Assert.That((found.Content.Of(text), found.Type), Is.EqualTo((content, type)));
    }

    private static IEnumerable<TestCaseData> NounPhraseCases()
    {
        TestCaseData Case(string name, string text, string cue, string content) =>
            new TestCaseData(text, cue, content).SetName($"ContentEdges_NounPhrase_{name}");

        // Content that starts at a "that" after a noun phrase of the cue's object starts at the noun phrase.
        yield return Case("TheIdea", "The mayor rejected the idea that the port would close in May.", "rejected", "the idea that the port would close in May.");
        yield return Case("AnExchange", "Okafor recounted an exchange with the mayor that took place in May.", "recounted", "an exchange with the mayor that took place in May.");
        yield return Case("HerClaim", "Okafor repeated her claim that the levy had failed.", "repeated", "her claim that the levy had failed.");

        // Kept at "that": an addressee, a time phrase, a preposition first, punctuation between.
        yield return Case("Addressee", "Okafor told the council that the levy had failed.", "told", "that the levy had failed.");
        yield return Case("TimePhrase", "Okafor said this week that the levy had failed.", "said", "that the levy had failed.");
        yield return Case("Preposition", "Okafor said in May that the levy had failed.", "said", "that the levy had failed.");
        yield return Case("Comma", "Okafor rejected the old, costly plan that the mayor wrote.", "rejected", "that the mayor wrote.");
    }

    [TestCaseSource(nameof(NounPhraseCases))]
    public void Content_StartingAtThatAfterANounPhrase_StartsAtTheNounPhrase(string text, string cue, string content)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        var that = text.IndexOf(" that ", cueStart, StringComparison.Ordinal) + 1;
        var attribution = new Attribution(new Span(that, text.Length), QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue, new Span(0, text.IndexOf(' ', StringComparison.Ordinal)), null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(content));
    }

    private static IEnumerable<TestCaseData> PassiveSubjectCases()
    {
        TestCaseData Case(string name, string text, string cue, string content) =>
            new TestCaseData(text, cue, content).SetName($"ContentEdges_PassiveSubject_{name}");

        // Content after a passive cue of saying, judging or accusing, or after "seem" or "appear", takes the cue's subject and the cue.
        yield return Case("Charged", "Okafor was charged with fraud in May.", "was charged with", "Okafor was charged with fraud in May.");
        yield return Case("Expected", "The harbour vote is widely expected to pass.", "is widely expected", "The harbour vote is widely expected to pass.");
        yield return Case("Apposition", "Delgado, the port’s director, was named the new mayor.", "was named", "Delgado, the port’s director, was named the new mayor.");
        yield return Case("AfterSubordinator", "The crowd cheered after Delgado was declared the winner.", "was declared", "Delgado was declared the winner.");
        yield return Case("Relative", "The fund backed Okafor, who was criticized for the levy.", "was criticized for", "who was criticized for the levy.");
        yield return Case("Auxiliary", "The old mill has been described as a relic.", "described as", "The old mill has been described as a relic.");
        yield return Case("FirstBut", "But the harbour plan was dismissed as a gimmick.", "was dismissed as", "the harbour plan was dismissed as a gimmick.");
        yield return Case("Seems", "The harbour levy seems unlikely to pass.", "seems", "The harbour levy seems unlikely to pass.");
        yield return Case("AppearedAside", "The old mill, until recently, appeared safe from closure.", "appeared", "The old mill, until recently, appeared safe from closure.");

        // Kept: a participle of addressing or of feeling, an expletive subject, no form of "be", an opening comma missing.
        yield return Case("Addressed", "Okafor was asked whether the port would close.", "was asked", "whether the port would close.");
        yield return Case("Feeling", "The dock workers are worried about the levy.", "are worried about", "the levy.");
        yield return Case("Expletive", "It was announced that the port would close.", "was announced", "that the port would close.");
        yield return Case("Active", "Okafor has criticized the levy on fuel.", "has criticized", "the levy on fuel.");
        yield return Case("OneComma", "Delgado, was named the new mayor.", "was named", "the new mayor.");
    }

    [TestCaseSource(nameof(PassiveSubjectCases))]
    public void Content_OfAPassiveCue_TakesItsSubject(string text, string cue, string content)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        var contentStart = cueStart + cue.Length + 1;
        var attribution = new Attribution(new Span(contentStart, text.Length), QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue, null, null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(content));
    }

    private static IEnumerable<TestCaseData> PassiveSpeakerCases()
    {
        TestCaseData Case(string name, string text, string cue, string speaker, string? expected) =>
            new TestCaseData(text, cue, speaker, expected).SetName($"ContentEdges_PassiveSpeaker_{name}");

        // The subject taken into the content is no speaker; a "by" phrase before the content's first comma names the speaker.
        yield return Case("SubjectIsNone", "Okafor was charged with fraud in May.", "was charged with", "Okafor", null);
        yield return Case("ByAgent", "The levy was criticized by two port unions for its cost.", "was criticized", "The levy", "two port unions");
        yield return Case("ByAgentLater", "The plan was recommended to the mayor by an old friend.", "was recommended", "The plan", "an old friend");

        // Kept: a speaker outside the content; "by" before a number or after the first comma.
        yield return Case("SpeakerOutside", "The mayor said the levy was expected to pass.", "was expected", "The mayor", "The mayor");
        yield return Case("ByNumber", "The mayor said the pier was expected by 2030.", "was expected", "The mayor", "The mayor");
        yield return Case("ByAfterComma", "The mayor said the pier was expected, by all accounts, to open.", "was expected", "The mayor", "The mayor");
    }

    [TestCaseSource(nameof(PassiveSpeakerCases))]
    public void Speaker_OfAPassiveCue_IsItsAgentOrNone(string text, string cue, string speaker, string? expected)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf(" " + cue + " ", StringComparison.Ordinal) + 1;
        var contentStart = cueStart + cue.Length + 1;
        var attribution = new Attribution(new Span(contentStart, text.Length), QuoteType.Indirect, new Span(cueStart, cueStart + cue.Length), cue,
            new Span(0, speaker.Length), null);
        var found = ContentEdges.Apply(tokens, [attribution]).Single();
        Assert.That(found.Speaker?.Of(text), Is.EqualTo(expected));
    }

    private static IEnumerable<TestCaseData> LeadingPhraseCases()
    {
        TestCaseData Case(string name, string text, string content) => new TestCaseData(text, content).SetName($"ContentEdges_LeadingPhrase_{name}");

        // The rules read "LEAD, SPEAKER CUE [object], REST" as a parenthetical attribution whose content is the whole sentence;
        // the content starts after the cue.
        yield return Case("Cited", "In interviews, the farmers cited three reasons for the low turnout, including the heavy rain.",
            "three reasons for the low turnout, including the heavy rain");
        yield return Case("Praised", "Later in the broadcast, Delgado praised the harbour workers, who had stayed on through the storm.",
            "the harbour workers, who had stayed on through the storm");
        yield return Case("Endorsed", "After the long vote, the union endorsed Maria Delgado for mayor, a choice few had expected.",
            "Maria Delgado for mayor, a choice few had expected");

        // Kept: a real parenthetical (content on both sides, a time phrase or an addressee after the cue).
        yield return Case("ParentheticalTime", "The pier, Okafor said this week, will not open before the summer.",
            "The pier, Okafor said this week, will not open before the summer");
        yield return Case("ParentheticalAddressee", "Instead, Delgado told reporters, the levy will be halved next year.",
            "Instead, Delgado told reporters, the levy will be halved next year");

        // Kept: the lead is the subject of a verb after the aside ("The trouble, Okafor said later, was that ...").
        yield return Case("ParentheticalThenWas", "The trouble, Okafor said later, was that the pier had no lights at all.",
            "The trouble, Okafor said later, was that the pier had no lights at all");
        yield return Case("ParentheticalNowIs", "The real question, Delgado argued then, is whether the levy will pass at all.",
            "The real question, Delgado argued then, is whether the levy will pass at all");
        yield return Case("ParentheticalWill", "Most of the old mills, the mayor believes still, will close within a year.",
            "Most of the old mills, the mayor believes still, will close within a year");
    }

    [TestCaseSource(nameof(LeadingPhraseCases))]
    public void Content_HoldingALeadingPhraseAndItsCue_StartsAfterTheCue(string text, string content)
    {
        var doc = TextDocument.Create(text);
        var quotes = QuoteScanner.Scan(doc);
        var tokens = new TokenizedDocument(doc, quotes.Select(q => q.Inner));
        var found = ContentEdges.Apply(tokens, AttributionFinder.Find(tokens, quotes));
        Assert.That(found.Select(a => a.Content.Of(text)), Has.Member(content));
    }

    private static IEnumerable<TestCaseData> QuestionCases()
    {
        TestCaseData Case(string name, string text, string content) => new TestCaseData(text, content).SetName($"ContentEdges_Question_{name}");

        // The question after "asked" and a phrase (the asker, a time, a place) starts at its question word.
        yield return Case("ByWhether", "Asked by reporters whether the pier would open in May", "whether the pier would open in May");
        yield return Case("DuringWhy", "When asked during the debate why she voted no", "why she voted no");
        yield return Case("OnAbout", "Okafor was asked on the radio about the new levy", "about the new levy");
        yield return Case("ByTo", "Delgado was asked by the council to resign", "to resign");

        // Kept: the question right after the cue, a phrase with punctuation before the question, no question word.
        yield return Case("Direct", "Okafor was asked whether the pier would open", "whether the pier would open");
        yield return Case("Comma", "Okafor was asked by reporters, who waited outside, whether the pier would open", "by reporters, who waited outside, whether the pier would open");
        yield return Case("NoQuestion", "Okafor was asked by the mayor herself", "by the mayor herself");
    }

    [TestCaseSource(nameof(QuestionCases))]
    public void Content_OfAsked_StartsAtItsQuestion(string text, string content)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var cueStart = text.IndexOf("sked ", StringComparison.Ordinal) - 1;
        var contentStart = cueStart + "asked ".Length;
        var attribution = new Attribution(new Span(contentStart, text.Length), QuoteType.Indirect, new Span(cueStart, cueStart + "asked".Length), "asked", null, null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(content));
    }

    private static IEnumerable<TestCaseData> BeforeSpeakerCases()
    {
        TestCaseData Case(string name, string text, string speaker, string cue, string content, string expected) =>
            new TestCaseData(text, speaker, cue, content, expected).SetName($"ContentEdges_BeforeSpeaker_{name}");

        // The words after a cue of saying are an adverbial phrase that ends the sentence: the content is the clause before
        // the comma and the speaker.
        yield return Case("During", "The pier will close in May, Okafor said during a visit to the port.", "Okafor", "said",
            "during a visit to the port", "The pier will close in May");
        yield return Case("While", "Most of the old mills have shut, the mayor said while touring the valley.", "the mayor", "said",
            "while touring the valley", "Most of the old mills have shut");
        yield return Case("InALetter", "The harbour budget is far too small, Delgado wrote in a letter to the council.", "Delgado", "wrote",
            "in a letter to the council", "The harbour budget is far too small");

        // Kept: no clause before the speaker, a short lead, a quotation in the lead, words after the adverbial phrase's
        // sentence end, a cue that is not of saying, an object after the cue.
        yield return Case("NoLead", "Okafor said during a visit to the port that the pier will close.", "Okafor", "said",
            "during a visit to the port that the pier will close", "during a visit to the port that the pier will close");
        yield return Case("ShortLead", "Not yet, Okafor said during a visit to the port.", "Okafor", "said",
            "during a visit to the port", "during a visit to the port");
        yield return Case("QuotedLead", "“The pier will close in May,” Okafor said during a visit to the port.", "Okafor", "said",
            "during a visit to the port", "during a visit to the port");
        yield return Case("NotTheEnd", "The pier will close in May, Okafor said during a visit, and the crowd left.", "Okafor", "said",
            "during a visit", "during a visit");
        yield return Case("NotSaying", "After the long vote in the hall, the union praised during the evening session.", "the union", "praised",
            "during the evening session", "during the evening session");
        yield return Case("Object", "The pier will close in May, Okafor told the harbour workers.", "Okafor", "told",
            "the harbour workers", "the harbour workers");
    }

    [TestCaseSource(nameof(BeforeSpeakerCases))]
    public void Content_OfACueOfSayingBeforeAnAdverbial_IsTheClauseBeforeTheSpeaker(string text, string speaker, string cue, string content, string expected)
    {
        var doc = TextDocument.Create(text);
        var tokens = new TokenizedDocument(doc, QuoteScanner.Scan(doc).Select(q => q.Inner));
        var speakerStart = text.IndexOf(speaker + " " + cue + " ", StringComparison.Ordinal);
        var cueStart = speakerStart + speaker.Length + 1;
        var contentStart = text.IndexOf(content, StringComparison.Ordinal);
        var attribution = new Attribution(new Span(contentStart, contentStart + content.Length), QuoteType.Indirect,
            new Span(cueStart, cueStart + cue.Length), cue, new Span(speakerStart, speakerStart + speaker.Length), null);
        var found = ContentEdges.Apply(tokens, [attribution]);
        Assert.That(found.Single().Content.Of(text), Is.EqualTo(expected));
    }
}
