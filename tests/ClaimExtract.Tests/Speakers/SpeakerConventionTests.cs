using ClaimExtract.Quotes;
using ClaimExtract.Speakers;
using ClaimExtract.Text;
using static ClaimExtract.Tests.Speakers.AttributedText;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// PolNeAR's source-span conventions that the speaker stage follows after the ranker (a cue inside a relative clause, a name closing
/// a quotation's paragraph, a transcript tag), and the name rules of branch speakers8; on short texts written for these tests.
/// </summary>
public class SpeakerConventionTests
{
    // A cue in the relative clause: the pronoun is the source, the noun it follows names it.
    [TestCase("Hale, who in recent years has voiced the wish to run for mayor, spoke on Monday.", "voiced", "Hale", "the wish to run for mayor", "who")]
    [TestCase("Many voters who say the economy matters most backed Clinton.", "say", "voters", "the economy matters most", "who")]
    [TestCase("Senator Ben Vale of Delmar, who last month threatened to close the port, spoke.", "threatened", "Senator Ben Vale", "to close the port", "who")]
    [TestCase("The Government Development Bank, which says it cannot repay the debt, met on Monday.", "says", "The Government Development Bank", "it cannot repay the debt", "which")]
    [TestCase("Ruiz, who, in a radio chat Friday, criticized the board, went on.", "criticized", "Ruiz", "the board", "who")]
    [TestCase("Marel, who through his lawyer declined to comment, was raised in Delmar.", "declined", "Marel", "to comment", "who")]
    // Any lower-case -ly word between the pronoun and the cue is an adverb (branch speakers14); a capitalised one is a subject.
    [TestCase("Tomas Berg, who enthusiastically endorses the mayor, spoke on Monday.", "endorses", "Tomas Berg", "the mayor", "who")]
    [TestCase("Some council members who have vehemently opposed the plan met today.", "opposed", "Some council members", "the plan", "who")]
    [TestCase("The Daily Ledger, which at first said it would report on the race, met today.", "said", "The Daily Ledger", "it would report on the race", "which")]
    [TestCase("The plan that Kelly supported was dropped.", "supported", "Kelly", "was dropped", "Kelly")]
    // A "who"/"which" chosen for a cue after its clause gives way to the noun it follows (branch speakers14).
    [TestCase("Rita Berg, who was honored with an award, spoke about the need to rest.", "spoke about", "who", "the need to rest", "Rita Berg")]
    [TestCase("But the star reporter, who is promoting a new book, downplayed the risk.", "downplayed", "who", "the risk", "the star reporter")]
    [TestCase("The ad, which is airing now, argues that the plan fails.", "argues", "which", "that the plan fails", "The ad")]
    [TestCase("Meanwhile Ana Ruiz, who won the vote, thanked the staff.", "thanked", "who", "the staff", "Ana Ruiz")]
    [TestCase("The fight goes on, with Ana Ruiz — who has called for a new tax — lambasting the plan.", "lambasting", "who", "the plan", "Ana Ruiz")]
    [TestCase("The town has voters who want a new bridge.", "want", "who", "a new bridge", "who")]
    // "who" right before the cue is the source whatever was chosen.
    [TestCase("The coalition also counts members who claim to speak for rural bakers.", "claim to", "The coalition", "speak for rural bakers", "who")]
    // A cue after the clause is the noun's; a subject in the clause is its own; a "that" after a verb is a complementiser.
    [TestCase("Hale, who has a wide lead in the polls, mocked Vale on Monday.", "mocked", "Hale", "Vale on Monday", "Hale")]
    [TestCase("Barkley, who said he votes democratic, said one candidate was best.", "said one", "Barkley", "candidate was best", "Barkley")]
    [TestCase("The report that officials believe is false came out.", "believe", "officials", "is false", "officials")]
    [TestCase("The report that Trump said was false came out on Monday.", "said was", "Trump", "false came out", "Trump")]
    [TestCase("The mayor argued that critics overstate the risk.", "overstate", "critics", "the risk", "critics")]
    public void CueInARelativeClause_TakesThePronounAsItsSpeaker(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.InRelativeClause(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
        Assert.That(result.Referent?.Of(text), Is.EqualTo(expected == chosen || expected != "who" && expected != "which" ? null : chosen == "The coalition" ? null : chosen));
    }

    // A speaker chosen inside an aside before the cue gives way to the subject opening the sentence (branch speakers18).
    [TestCase("Anna Berg, speaking at a rally in Dayton, Ohio, said the plan would fail.", "said", "Ohio", "the plan would fail", "Anna Berg")]
    [TestCase("Sen. Tom Hale (D-Ore.), noting the size of the crowd, said the vote was close.", "said", "D-Ore.", "the vote was close", "Sen. Tom Hale")]
    [TestCase("Lena Ortiz, whose brother, Paul, works at the plant, has also said the plant is safe.", "said", "Paul", "the plant is safe", "Lena Ortiz")]
    [TestCase("The town council, which met in Salem on Monday, argues that the road is unsafe.", "argues", "Salem", "that the road is unsafe", "The town council")]
    [TestCase("But Omar Reyes, an aide to the council - which has backed Tina Marsh - said the count was wrong.", "said", "Tina Marsh", "the count was wrong", "Omar Reyes")]
    [TestCase("Mark Doyle, the editor of the Valley Courier, warned that the paper would close.", "warned", "the Valley Courier", "that the paper would close", "Mark Doyle")]
    // The speaker right after the first comma (an apposition, or the subject after an adverb), a time phrase, a dateline, a cue with no
    // comma before it and "according to" keep the speaker chosen.
    [TestCase("An Ohio farmer, Anna Berg, said the plan would fail.", "said", "Anna Berg", "the plan would fail", "Anna Berg")]
    [TestCase("Similarly, Anna Berg, a former mayor, said the plan would fail.", "said", "Anna Berg", "the plan would fail", "Anna Berg")]
    [TestCase("A few days later, the former mayor of Salem, Anna Berg, said the plan would fail.", "said", "Anna Berg", "the plan would fail", "Anna Berg")]
    [TestCase("SALEM, May 2 (Wire) — Anna Berg, the mayor, said the plan would fail.", "said", "Anna Berg", "the plan would fail", "Anna Berg")]
    [TestCase("In Dayton, Ohio, Anna Berg said the plan would fail.", "said", "Anna Berg", "the plan would fail", "Anna Berg")]
    [TestCase("The plan, drafted by Mayor Ana Ruiz, will fail, according to the council.", "according to", "Mayor Ana Ruiz", "The plan", "Mayor Ana Ruiz")]
    public void SpeakerInsideAnAside_GivesWayToTheSubjectOpeningTheSentence(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectBeforeAside(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // A document chosen as the speaker of a participle after it gives way to who released it, the verb's subject (branch speakers18).
    [TestCase("The county released a statement on Friday saying the road would reopen.", "saying", "a statement", "the road would reopen", "The county")]
    [TestCase("Her office put out a statement saying the senator was well.", "saying", "a statement", "the senator was well", "Her office")]
    [TestCase("Last year, the Valley Courier published a report detailing the mayor's debts.", "detailing", "a report", "the mayor's debts", "the Valley Courier")]
    [TestCase("The Ruiz campaign also sent an email this week urging donors to give.", "urging", "an email", "donors to give", "The Ruiz campaign")]
    // A relative pronoun, a pronoun or a possessive before the document, a cue that is no participle, and no determiner keep it.
    [TestCase("The council, which released a statement saying the road would reopen, met today.", "saying", "a statement", "the road would reopen", "a statement")]
    [TestCase("She released a statement saying the road would reopen.", "saying", "a statement", "the road would reopen", "a statement")]
    [TestCase("The paper's editorial ran on Monday telling readers to vote.", "telling", "editorial", "readers to vote", "editorial")]
    [TestCase("The county released a statement that said the road would reopen.", "said", "a statement", "the road would reopen", "a statement")]
    public void DocumentBeforeAParticiple_GivesWayToTheSubjectThatReleasedIt(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfTheDocument(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // A speaker chosen in the object of the first of two predicates joined by "and" gives way to their shared subject (branch speakers19).
    [TestCase("Anna Berg spoke about her years in Dayton and said the plant would close.", "said", "Dayton", "the plant would close", "Anna Berg")]
    [TestCase("He helped broker a truce in the valley that fall and decided to visit the town.", "decided", "the valley", "to visit the town", "He")]
    [TestCase("As Tom Hale lectured the nation about farmers and defended his record, the crowd cheered.", "defended", "farmers", "his record", "Tom Hale")]
    [TestCase("It has seized parts of Syrian territory, beheaded hostages, and vowed a wider war.", "vowed", "Syrian", "a wider war", "It")]
    // A subject with a verb of its own and a comma closing an opening phrase before the speaker keep it.
    [TestCase("Anna Berg met Tom Hale, who smiled and said the deal was done.", "said", "who", "the deal was done", "who")]
    [TestCase("Adopting the advice of an officer who heard the case, the board of elections rejected the claim and ordered a recount.", "ordered", "the board", "a recount", "the board")]
    // (With no "and" before the cue this case kept "Dayton" until branch speakers20; a participle after a comma now continues the series.)
    [TestCase("Anna Berg spoke about her years in Dayton, saying the plant would close.", "saying", "Dayton", "the plant would close", "Anna Berg")]
    public void SpeakerInTheFirstPredicatesObject_GivesWayToTheSharedSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfTheFirstPredicate(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // Predicates in a series joined by a comma share their subject too; a comma before another predicate closes no opening phrase (branch speakers20).
    [TestCase("She urged the council to act in Salem, proposed a new tax and left.", "proposed", "Salem", "a new tax", "She")]
    [TestCase("He pledged to cut taxes and criticized the Salem plan, suggested that the rate was higher.", "suggested", "Salem", "that the rate was higher", "He")]
    [TestCase("In the coming months, he vowed to shut the mill in Dayton, declined to meet the union, and left.", "declined", "Dayton", "to meet the union", "he")]
    [TestCase("Since May, she has tacked to the left on energy, criticizing the Dayton pipeline and calling for a ban.", "calling for", "Dayton", "a ban", "she")]
    // An apposition or a relative clause before the comma, a verb of another tense, a possessive and a second comma keep the speaker chosen.
    [TestCase("Sam Berg, the editor of the Valley Courier, explained the choice.", "explained", "the Valley Courier", "the choice", "the Valley Courier")]
    [TestCase("Ana Ruiz, who won the vote in Salem, thanked the staff.", "thanked", "Salem", "the staff", "Salem")]
    [TestCase("The parents whose visit to the fair created a stir for Tom Hale, say they felt welcome.", "say", "Tom Hale", "they felt welcome", "Tom Hale")]
    [TestCase("Ana Ruiz, Tom Hale's fired manager, ripped the council for its vote.", "ripped", "the council", "for its vote", "the council")]
    [TestCase("The remarks, first reported by the Valley Courier, suggested a change.", "suggested", "the Valley Courier", "a change", "the Valley Courier")]
    public void SpeakerInAnEarlierPredicateOfASeries_GivesWayToTheSharedSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfTheFirstPredicate(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // A quantified relative phrase right before the cue is its source, as "who" is (branch speakers23).
    [TestCase("The town has four farmers, all of whom have signed the petition.", "signed", "The town", "the petition", "all of whom")]
    [TestCase("Only two members, both of whom opposed the plan, spoke.", "opposed", "members", "the plan", "both of whom")]
    [TestCase("The council has nine members, the vast majority of whom back the mayor.", "back", "The council", "the mayor", "the vast majority of whom")]
    // "whom" as an object, and a cue after the relative clause, keep the speaker chosen.
    [TestCase("Tom Hale, whom the mayor praised, left the town.", "praised", "the mayor", "left the town", "the mayor")]
    [TestCase("The farmers, all of whom were asked, said no.", "said", "The farmers", "no.", "The farmers")]
    public void QuantifiedRelativeBeforeTheCue_IsItsSource(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.QuantifiedRelative(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // "the" alone right before the cue opens the cue's own noun phrase and names nobody (branch speakers23).
    [TestCase("The disagreement over the bridge goes on.", "disagreement over", "The", "the bridge", null)]
    [TestCase("Instead, the fear for Ana Ruiz is that voters stay home.", "fear for", "the", "that voters stay home", null)]
    [TestCase("The answer was not what the council wanted.", "answer", "The", "was not what the council wanted", null)]
    // An indefinite article, a demonstrative, a word between and a longer phrase keep the speaker chosen.
    [TestCase("Once a proponent of the tax, Tom Hale now opposes it.", "proponent of", "a", "the tax", "a")]
    [TestCase("This angered the voters in Salem.", "angered", "This", "the voters in Salem", "This")]
    [TestCase("The poll showed the mayor ahead.", "showed", "The poll", "the mayor ahead", "The poll")]
    [TestCase("The grim view of the mayor spread.", "view of", "The", "the mayor spread", "The")]
    public void TheAloneBeforeTheCue_IsNoSource(string text, string cue, string chosen, string content, string? expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.ArticleOfTheCue(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // A personal pronoun right before the cue is its subject (branch speakers23).
    [TestCase("Tom Hale lost in Salem — and he’s hoping the vote will help.", "hoping", "Salem", "the vote will help", "he’s")]
    [TestCase("Ana Ruiz backs the plan, but she’s not predicting it will pass.", "predicting", "Ana Ruiz", "it will pass", "she’s")]
    [TestCase("They praised Tom Hale, and they boldly reminded members of his record.", "reminded", "Tom Hale", "members of his record", "they")]
    [TestCase("Ana Ruiz was for the plan before she was against it.", "was against", "Ana Ruiz", "it.", "she")]
    // A pronoun in a clause another verb reports or embeds, a passive, "it" and the speaker chosen itself keep the choice.
    [TestCase("Tom Hale said he rarely asks for help.", "asks", "Tom Hale", "for help", "Tom Hale")]
    [TestCase("Ana Ruiz wonders whether what she’s proposing is wise.", "proposing", "Ana Ruiz", "is wise", "Ana Ruiz")]
    [TestCase("Tom Hale said he was accused by the mayor of lying.", "accused", "the mayor", "of lying", "the mayor")]
    [TestCase("It said the plan would fail, and it warned of cuts.", "warned", "It", "of cuts", "It")]
    [TestCase("Ana Ruiz said the plan would fail.", "said", "Ana Ruiz", "the plan would fail", "Ana Ruiz")]
    public void PronounRightBeforeTheCue_IsItsSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.PronounBeforeTheCue(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // The source of "according to" is the mention right after it (branch speakers23).
    [TestCase("The decision, according to the aide, was final.", "according to", "The decision", "was final", "the aide")]
    [TestCase("But, according to the survey, most voters remain undecided.", "according to", "most voters", "remain undecided", "the survey")]
    [TestCase("Salem Bank receives, according to one report, $2 million a year.", "according to", "Salem Bank", "$2 million a year", "one report")]
    [TestCase("That is bad, according to Tom Hale, because the plan fails.", "according to", "That", "That is bad", "Tom Hale")]
    // A source already right after it, and another cue, keep the speaker chosen.
    [TestCase("According to Tom Hale, the plan fails.", "According to", "Tom Hale", "the plan fails", "Tom Hale")]
    [TestCase("The plan fails, Tom Hale said, according to the aide.", "said", "Tom Hale", "The plan fails", "Tom Hale")]
    public void AccordingTo_TakesTheMentionAfterIt(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.AfterAccordingTo(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    [Test]
    public void AccordingTo_WithNobodyChosen_TakesTheMentionAfterIt()
    {
        const string text = "The decision, according to the aide, was final.";
        var (traits, a) = Attributed(text, "according to", "The decision", "was final");

        var result = SpeakerRanker.AfterAccordingTo(new(traits, a), a with { Speaker = null });

        Assert.That(result.Speaker?.Of(text), Is.EqualTo("the aide"));
    }

    // An opening word that names nobody, or a dateline, gives way to the subject after the opening phrase's comma or dash (branch speakers23).
    [TestCase("Earlier on Monday, Ana Ruiz visited the plant in Salem and defended the plan.", "defended", "Earlier", "the plan", "Ana Ruiz")]
    [TestCase("Ultimately, Tom Hale ignored the advice and refused to sign the deal.", "refused", "Ultimately", "to sign the deal", "Tom Hale")]
    [TestCase("Therefore, Salem officials believe the bridge is safe.", "believe", "Therefore", "the bridge is safe", "Salem")]
    [TestCase("Having announced that the plant would close, Judge Ruiz left the room.", "announced", "Having", "that the plant would close", "Judge Ruiz")]
    [TestCase("Continuing to explain her view, Ana Ruiz said the plan was sound.", "explain", "Continuing", "her view", "Ana Ruiz")]
    [TestCase("Likewise, Tom Hale went after the mayor and called for her to resign.", "called for", "Likewise", "her to resign", "Tom Hale")]
    [TestCase("Essentially, the town's lawyers read the files and found that one was missing.", "found", "Essentially", "that one was missing", "the town's")]
    [TestCase("Beyond the footage, the report cited two witnesses.", "cited", "Beyond", "two witnesses", "the report")]
    [TestCase("Shortly after the vote, the growers had gathered, warning that the deal would fail.", "warning", "Shortly", "that the deal would fail", "the growers")]
    [TestCase("SALEM, May 4 (UPI) — Ana Ruiz and her allies went after the mayor, accusing him of waste.", "accusing", "SALEM", "him of waste", "Ana Ruiz")]
    [TestCase("DAYTON (AP) — Tom Hale spent the day in Salem, calling for a new bridge.", "calling for", "DAYTON", "a new bridge", "Tom Hale")]
    // A dateline with its dash right after the place, and a noun of time before "later" or "before" (branch models94).
    [TestCase("SALEM - Ana Ruiz may have thought the fight was over.", "have thought", "SALEM", "the fight was over", "Ana Ruiz")]
    [TestCase("DAYTON — Tom Hale spent the day in Salem, calling for a new bridge.", "calling for", "DAYTON", "a new bridge", "Tom Hale")]
    [TestCase("Hours later, Tom Hale returned the favor, telling reporters the plan was sound.", "telling", "Hours", "the plan was sound", "Tom Hale")]
    [TestCase("Days before the vote in Salem, Ana Ruiz expressed hope, saying the team would win.", "saying", "Days", "the team would win", "Ana Ruiz")]
    // A cue after the comma with no participle opening the phrase, no comma at all, a name, and a capitalised word inside the paragraph keep the speaker chosen.
    [TestCase("Anything close to that figure would signal that the plan works, the first step in years.", "would signal", "Anything", "that the plan works", "Anything")]
    [TestCase("Whenever asked about the plan, they changed the subject.", "asked about", "Whenever", "the plan", "Whenever")]
    [TestCase("Early polls show the mayor ahead.", "show", "Early", "the mayor ahead", "Early")]
    [TestCase("Tom Hale, the mayor, said the plan works.", "said", "Tom Hale", "the plan works", "Tom Hale")]
    [TestCase("The vote was close. SALEM, a town of farms, backs the plan.", "backs", "SALEM", "the plan", "SALEM")]
    [TestCase("Kelly, the mayor, said the plan works. Then Kelly left.", "said", "Kelly", "the plan works", "Kelly")]
    [TestCase("Outside groups spent millions, saying the race was close.", "saying", "Outside", "the race was close", "Outside")]
    [TestCase("Inside the hall, Ana Ruiz said the plan works. The show Inside Salem aired.", "said", "Inside", "the plan works", "Inside")]
    [TestCase("Tides will tell the tale of the crew, the studio said.", "will tell", "Tides", "the tale of the crew", "Tides")]
    [TestCase("Day said the plan works, and the mayor agreed.", "said", "Day", "the plan works", "Day")]
    public void OpeningWordOrDateline_GivesWayToTheSubjectAfterIt(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectAfterTheOpening(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // The subject of a passive of saying, asking or judging is no source; a "by" phrase's agent is (branch speakers20).
    [TestCase("Ana Ruiz was declared the winner of the vote.", "was declared", "Ana Ruiz", "the winner of the vote", null)]
    [TestCase("Tom Hale was asked whether the plant would close.", "was asked", "Tom Hale", "whether the plant would close", null)]
    [TestCase("“We will see,” Tom Hale said when asked whether he would run.", "asked", "Tom Hale", "whether he would run", null)]
    [TestCase("The mayor is widely expected to sign the bill.", "is widely expected", "The mayor", "to sign the bill", null)]
    [TestCase("He is best known for his work on the bridge.", "known for", "He", "his work on the bridge", null)]
    [TestCase("Tom Hale was asked by the moderator whether the plant would close.", "was asked", "Tom Hale", "whether the plant would close", "the moderator")]
    [TestCase("Asked by the host whether she would run, Ana Ruiz said no.", "Asked", "Ana Ruiz", "whether she would run", "the host")]
    // The active, a participle of feeling and a verb whose passive subject speaks ("is quoted as saying") keep the speaker chosen.
    [TestCase("Tom Hale asked whether the plant would close.", "asked", "Tom Hale", "whether the plant would close", "Tom Hale")]
    [TestCase("Tom Hale told reporters the plan was dead.", "told", "Tom Hale", "the plan was dead", "Tom Hale")]
    [TestCase("Ana Ruiz was worried about the plan.", "was worried about", "Ana Ruiz", "the plan", "Ana Ruiz")]
    [TestCase("Ana Ruiz is quoted as saying the plan would fail.", "is quoted as saying", "Ana Ruiz", "the plan would fail", "Ana Ruiz")]
    public void SubjectOfAPassiveOfSaying_IsNoSource(string text, string cue, string chosen, string content, string? expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectOfAPassive(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // An "it" that stands in for a clause is no source (branch speakers20).
    [TestCase("It is unclear whether the bridge will reopen.", "is unclear", "It", "whether the bridge will reopen", null)]
    [TestCase("Yet it was unclear whether Ana Ruiz would run.", "was unclear", "it", "whether Ana Ruiz would run", null)]
    [TestCase("It became clear that the plan had failed.", "clear", "It", "that the plan had failed", null)]
    [TestCase("It’s easy to see why the mayor left.", "see", "It’s", "why the mayor left", null)]
    [TestCase("It was said that the mayor would resign.", "was said", "It", "that the mayor would resign", null)]
    // An "it" that does something, a progressive and a preposition after "be" keep it.
    [TestCase("It said the plan would fail.", "said", "It", "the plan would fail", "It")]
    [TestCase("It also accused the mayor of lying.", "accused", "It", "the mayor of lying", "It")]
    [TestCase("It is also pointing the town to a new road.", "pointing", "It", "the town to a new road", "It")]
    [TestCase("It has been about the money all along.", "has been about", "It", "the money all along", "It")]
    public void ItStandingInForAClause_IsNoSource(string text, string cue, string chosen, string content, string? expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.ExpletiveIt(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // A noun of doubt or dispute that no one is written to hold has no source (branch speakers19).
    [TestCase("The plan was announced amid growing concerns about the cost.", "concerns about", "The plan", "the cost", null)]
    [TestCase("Anna Berg has faced criticism for the vote.", "criticism for", "Anna Berg", "the vote", null)]
    [TestCase("There are questions about the deal.", "are questions about", "There", "the deal", null)]
    [TestCase("She faces fresh doubts about her record.", "doubts about", "She", "her record", null)]
    // A possessor, a verb that voices it, a name before it as a verb's subject, a "from" phrase and "had" keep the speaker.
    [TestCase("Her doubts about the deal grew.", "doubts about", "Her", "the deal", "Her")]
    [TestCase("The union raised new questions about the deal.", "questions about", "The union", "the deal", "The union")]
    [TestCase("Tom Hale often questions the deal.", "questions", "Tom Hale", "the deal", "Tom Hale")]
    [TestCase("There were questions from reporters about the deal.", "questions", "reporters", "about the deal", "reporters")]
    [TestCase("Ana Ruiz had no doubts about the plan.", "doubts about", "Ana Ruiz", "the plan", "Ana Ruiz")]
    public void NounOfDoubtThatNoOneHolds_HasNoSource(string text, string cue, string chosen, string content, string? expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.NominalCueWithoutHolder(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Nobody chosen for an adjective of feeling or attitude after "be": its subject holds the view (branch speakers19).
    [TestCase("Some council members are worried about the new toll.", "worried about", "", "the new toll", "Some council members")]
    [TestCase("His aides are not convinced that the race is close.", "are not convinced", "", "that the race is close", "His aides")]
    [TestCase("They’re not convinced the plan will work.", "convinced", "", "the plan will work", "They’re")]
    [TestCase("Anna Berg has been opposed to the tax from the start.", "opposed to", "", "the tax from the start", "Anna Berg")]
    [TestCase("The farmers, who are eager to sell, waited.", "eager", "", "to sell", "who")]
    [TestCase("Voters in the north are increasingly concerned that the bridge will close.", "concerned", "Voters in the north", "that the bridge will close", "Voters in the north")]
    // A passive, an adjective of no feeling, a question and a speaker already chosen are left as they are.
    [TestCase("The bridge was closed after the storm.", "was closed", "", "after the storm", null)]
    [TestCase("It is unclear whether the bridge will reopen.", "is unclear", "", "whether the bridge will reopen", null)]
    [TestCase("Are the farmers worried about the toll?", "worried about", "", "the toll", null)]
    [TestCase("Have you been surprised that prices rose?", "surprised", "", "that prices rose", null)]
    public void NobodyForAnAdjectiveOfAttitude_TakesTheSubjectOfBe(string text, string cue, string rules, string content, string? expected)
    {
        var document = TextDocument.Create(text);
        var traits = new TokenTraits(new TokenizedDocument(document, []));
        var cueAt = text.IndexOf(cue, StringComparison.Ordinal);
        var contentAt = text.IndexOf(content, StringComparison.Ordinal);
        var rulesAt = text.IndexOf(rules, StringComparison.Ordinal);
        var original = new Attribution(new Span(contentAt, contentAt + content.Length), QuoteType.Indirect, new Span(cueAt, cueAt + cue.Length), cue,
            rules.Length == 0 ? null : new Span(rulesAt, rulesAt + rules.Length), null);

        var result = SpeakerRanker.HolderOfTheAttitude(new(traits, original), original with { Speaker = null });

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    [Test]
    public void SpeakerChosenForAnAdjectiveOfAttitude_IsKept()
    {
        var (traits, a) = Attributed("Ana Ruiz said the farmers are worried about the toll.", "worried about", "Ana Ruiz", "the toll");

        Assert.That(SpeakerRanker.HolderOfTheAttitude(new(traits, a), a).Speaker?.Of("Ana Ruiz said the farmers are worried about the toll."), Is.EqualTo("Ana Ruiz"));
    }

    [Test]
    public void RelativePronounSpeaker_ResolvesThroughTheNounItFollows()
    {
        var text = "Tomas Lind, who in recent years has voiced the wish to run, spoke on Monday. Anna Berg spoke later.";
        var result = new ClaimPipeline().Process(new ClaimExtract.Sources.InputDocument("t", "t", new ClaimExtract.Sources.DocumentContent.PlainText(text)));

        var voiced = result.Statements.Where(s => s.Cue?.Contains("voiced", StringComparison.Ordinal) == true).ToList();
        Assert.That(voiced.Select(s => (s.SpeakerMention, s.Speaker)), Is.EqualTo(new[] { ((string?)"who", (string?)"Tomas Lind") }));
    }

    private static Attribution Quotation(string text, string quotation) =>
        new(new Span(text.IndexOf(quotation, StringComparison.Ordinal), text.IndexOf(quotation, StringComparison.Ordinal) + quotation.Length), QuoteType.Direct, null, null, null, null);

    [TestCase("“He knows nothing of our town.” ― Rita Dane\n“Next one.” ― Ana Ruiz", "“He knows nothing of our town.”", "Rita Dane")]
    [TestCase("“How did we sink so far?”\u00A0― Nora Pike\u00A0\nMore text follows here.", "“How did we sink so far?”", "Nora Pike")]
    [TestCase("“Why is this not proof that the bank is too big?” Vitter\n\nThe hearing went on.", "“Why is this not proof that the bank is too big?”", "Vitter")]
    [TestCase("“You fix your fence. So why won’t he fix his?” a narrator in the Ruiz ad\n\nThe ad ran twice.", "“You fix your fence. So why won’t he fix his?”", "a narrator in the Ruiz ad")]
    [TestCase("\"HALE: If you will, sir, since we are short of time.\"\n\n\"VALE: Well, no.\"", "\"HALE: If you will, sir, since we are short of time.\"", "HALE")]
    public void QuotationWithNoCue_TakesTheNameBesideIt(string text, string quotation, string name)
    {
        Assert.That(SpeakerRanker.NamedBeside(TextDocument.Create(text), Quotation(text, quotation))?.Of(text), Is.EqualTo(name));
    }

    [TestCase("“It was a long night.” The crowd went home after that.\n\nMore.", "“It was a long night.”")]
    [TestCase("“It was a long night.” Thank you all for coming.\n\nMore.", "“It was a long night.”")]
    [TestCase("“We will win,” he said, “and soon.”\n\nMore.", "“and soon.”")]
    [TestCase("“It was a long night.”\n\nAnna Berg", "“It was a long night.”")]
    public void QuotationWithNoCue_AndNoNameClosingItsParagraph_TakesNone(string text, string quotation)
    {
        Assert.That(SpeakerRanker.NamedBeside(TextDocument.Create(text), Quotation(text, quotation)), Is.Null);
    }

    // The mention right after "told" or an -ing participle is its object: the clause's subject is the source (branch speakers24).
    [TestCase("Ana Ruiz ended her campaign on Monday, telling supporters that she would be back.", "telling", "supporters", "that she would be back", "Ana Ruiz")]
    [TestCase("Tad Hale told The Daily Ledger the vote was close.", "told", "The Daily Ledger", "the vote was close", "Tad Hale")]
    [TestCase("Tad Hale, her top aide, told The Daily Ledger the vote was close.", "told", "The Daily Ledger", "the vote was close", "her top aide")]
    [TestCase("The Ledger, citing court records, reported that the mayor had resigned.", "citing", "court records", "the mayor had resigned", "The Ledger")]
    [TestCase("Aides said Ana Ruiz will speak on Monday, highlighting the town’s recovery.", "highlighting", "the town’s recovery", "the town’s recovery", "Aides")]
    [TestCase("The union has not answered, telling the mayor nothing.", "telling", "the mayor", "nothing", "The union")]
    // After a participle, a preposition's phrase is the participle's own too (branch speakers105).
    [TestCase("Tom Hale spoke for an hour, pointing to the mayor as the culprit.", "pointing", "to the mayor", "as the culprit", "Tom Hale")]
    [TestCase("Judge Ana Ruiz, writing for the majority, said the law was sound.", "writing", "for the majority", "the law was sound", "Judge Ana Ruiz")]
    // An inverted subject after a verb of saying, a preposition's phrase after "told", a speaker chosen elsewhere and no subject keep the choice.
    [TestCase("“We will win,” said Ana Ruiz.", "said", "Ana Ruiz", "We will win", "Ana Ruiz")]
    [TestCase("Tad Hale told of a long night in the hall.", "told", "of a long night", "in the hall", "of a long night")]
    [TestCase("Ana Ruiz told reporters the plan was good.", "told", "Ana Ruiz", "the plan was good", "Ana Ruiz")]
    [TestCase("Keeping it quiet, telling few people about it, is hard.", "telling", "few people", "about it", "few people")]
    public void ObjectOfTheCue_GivesWayToTheSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.SubjectNotObject(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // A medium phrase right after a verb of saying is where it was said: the clause's subject is the source (branch speakers28).
    [TestCase("Tad Hale, the county clerk, said in a statement that the count was over.", "said", "in a statement", "the count was over", "the county clerk")]
    [TestCase("Ana Ruiz wrote in an email that she would run again.", "wrote", "in an email", "she would run again", "Ana Ruiz")]
    [TestCase("Tom Hale said in a brief phone interview that he was done.", "said", "in a brief phone interview", "he was done", "Tom Hale")]
    // A place is no medium, and with no subject before the cue the choice stays.
    [TestCase("Ana Ruiz said in Dayton that she would run again.", "said", "in Dayton", "she would run again", "in Dayton")]
    [TestCase("As said in a statement, the plan is dead.", "said", "in a statement", "the plan is dead", "in a statement")]
    public void MediumAfterTheCue_GivesWayToTheSubject(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.MediumAfterTheCue(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // The object of a place or time phrase right before the cue gives way to the noun the phrase follows (branch speakers28).
    [TestCase("Tom Hale, in Denver, said the vote was close.", "said", "Denver", "the vote was close", "Tom Hale")]
    [TestCase("Ana Ruiz in a blog post said the plan was bad.", "said", "a blog post", "the plan was bad", "Ana Ruiz")]
    [TestCase("Rita Berg during a long visit thanked the nurses.", "thanked", "a long visit", "the nurses", "Rita Berg")]
    [TestCase("The union at the plant in Dayton has loudly opposed the deal.", "opposed", "Dayton", "the deal", "The union")]
    // A phrase opening its sentence, a noun cue, a possessive, and a phrase that no verb follows keep the choice.
    [TestCase("In Denver, voters said the vote was close.", "said", "Denver", "the vote was close", "Denver")]
    [TestCase("A report in the Daily Ledger about the mayor was wrong.", "about", "the Daily Ledger", "the mayor", "the Daily Ledger")]
    [TestCase("The only flaw in Ana Ruiz’s plans to win is money.", "plans", "Ana Ruiz’s", "to win", "Ana Ruiz’s")]
    [TestCase("Tom Hale met voters in Denver, who said the vote was close.", "said", "Denver", "the vote was close", "Denver")]
    [TestCase("The plan ends in Ana Ruiz claiming the seat.", "claiming", "Ana Ruiz", "the seat", "Ana Ruiz")]
    [TestCase("One study in 40 riders found that the saddle helped.", "found", "40 riders", "the saddle helped", "40 riders")]
    public void PlacePhraseObject_GivesWayToTheNounItFollows(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.NounBeforeItsPhrase(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // A document right after "according to" gives way to its author after "by" or "from" (branch speakers28).
    [TestCase("Sales rose by a third, according to a recent report from the Energy Institute.", "according to", "a recent report", "Sales rose by a third", "the Energy Institute")]
    [TestCase("Turnout was high, according to an analysis by the Civic Data Lab.", "according to", "an analysis", "Turnout was high", "the Civic Data Lab")]
    [TestCase("The plan failed, according to a memo sent Tuesday by Ana Ruiz.", "according to", "a memo", "The plan failed", "Ana Ruiz")]
    // A possessive author, a source that is no document, and a document with no author keep the choice.
    [TestCase("The plan failed, according to a memo sent Tuesday by the board's auditor.", "according to", "a memo", "The plan failed", "a memo")]
    [TestCase("The plan failed, according to officials from the city.", "according to", "officials", "The plan failed", "officials")]
    [TestCase("The plan failed, according to a memo on the budget.", "according to", "a memo", "The plan failed", "a memo")]
    public void DocumentAfterAccordingTo_GivesWayToItsAuthor(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.AuthorOfTheDocument(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // A span of time is no speaker: the mention after it (over its comma), or else before it, is (branch speakers28).
    [TestCase("Eight years ago, she backed the mayor and said the city was safe.", "said", "Eight", "the city was safe", "she")]
    [TestCase("A few minutes later they left the room and said the vote was over.", "said", "A few", "the vote was over", "they")]
    [TestCase("When Ana Ruiz a month later announced the cuts, workers were angry.", "announced", "a month later", "the cuts", "Ana Ruiz")]
    // A count of people, and a span of time that neither ends with "ago"/"later" nor has a mention beside it, keep the choice.
    [TestCase("Eight voters said the plan was bad.", "said", "Eight voters", "the plan was bad", "Eight voters")]
    [TestCase("A few days of talks showed the plan was bad.", "showed", "A few days", "the plan was bad", "A few days")]
    public void SpanOfTime_GivesWayToTheMentionBesideIt(string text, string cue, string chosen, string content, string expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.TimeIsNoSpeaker(new(traits, a), a);

        Assert.That(result.Speaker!.Value.Of(text), Is.EqualTo(expected));
    }

    // A participle that gives a name, set off by commas before a verb, has no source (branch speakers28).
    [TestCase("The resort, now called Palm Links, opened in May.", "called", "The resort", "Palm Links", null)]
    [TestCase("Kyle Berg, often referred to as the best shot in the unit, has retired.", "referred", "Kyle Berg", "the best shot in the unit", null)]
    [TestCase("Ana Ruiz, 44, known online as “Sparrow,” was arrested in May.", "known", "Ana Ruiz", "Sparrow", null)]
    [TestCase("At the hall, now called Berg Arena, the mayor spoke about taxes.", "called", "the mayor", "Berg Arena", null)]
    // An active verb of naming keeps its subject.
    [TestCase("Ana Ruiz, for example, named “Veep” as her favorite show.", "named", "Ana Ruiz", "Veep", "Ana Ruiz")]
    [TestCase("Jon Hale, recently named the company’s chief, is busy.", "named", "Jon Hale", "the company’s chief", "Jon Hale")]
    [TestCase("Tom Hale called Ana Ruiz a liar on Monday.", "called", "Tom Hale", "Ana Ruiz a liar", "Tom Hale")]
    [TestCase("Tom Hale, who won, named Rita Berg as his aide.", "named", "Tom Hale", "Rita Berg", "Tom Hale")]
    public void NamingParticiple_HasNoSource(string text, string cue, string chosen, string content, string? expected)
    {
        var (traits, a) = Attributed(text, cue, chosen, content);

        var result = SpeakerRanker.NamingParticiple(new(traits, a), a);

        Assert.That(result.Speaker?.Of(text), Is.EqualTo(expected));
    }

    // Name rules: a role and a name after the mention, the person an apposition belongs to, "Bill" opening a name, "X of Y, who".
    [TestCase("Ana Ruiz’s campaign manager Tom Hale said the race was close.", "Ana Ruiz’s campaign", "Tom Hale")]
    [TestCase("Brad Holm spoke first. The city’s party chairman, Ben Vale, said the race was close.", "city’s party chairman", "Ben Vale")]
    [TestCase("Bernie Sanders spoke first. Jane Sanders spoke too. His wife, Jane Sanders, said the race was close.", "His wife", "Jane Sanders")]
    [TestCase("Ben Vale, Ross’ campaign manager, said the race was close. Ana Ross agreed.", "Ben Vale", "Ben Vale")]
    [TestCase("Tom Hale, a farm lawyer and senior fellow at the Delmar-Vexo Land Policy Center, said the plan was bad.", "Delmar-Vexo Land Policy Center", "Tom Hale")]
    [TestCase("Ana Ruiz, 41, a backer of Green candidate Tom Hale who lives in Delmar, Vt., said the plan was bad.", "Delmar", "Ana Ruiz")]
    [TestCase("Ben Vale spoke. Attorney General Ana Ruiz (D), Vale's rival in the coming election, said the plan was bad.", "Vale's", "Ana Ruiz")]
    [TestCase("Ashley Yago met Donald Trump in Ohio, and Trump said the plan was good.", "Trump", "Donald Trump")]
    [TestCase("Anna Berg, speaking in Ohio, said Tom Lind told voters the plan was good.", "Tom Lind", "Tom Lind")]
    [TestCase("Mayor Bill de Blasio spoke on Monday. De Blasio said the city was safe.", "De Blasio", "Bill de Blasio")]
    [TestCase("Former President Bill Clinton spoke on Monday. Clinton said the economy was strong.", "Clinton", "Bill Clinton")]
    [TestCase("Senator Ben Vale of Delmar, who spoke first, said the plan was bad.", "who", "Ben Vale")]
    public void Mention_ResolvesToTheNamedPerson(string text, string mention, string name)
    {
        var occurrence = mention == "Clinton" || mention == "Trump" ? 2 : 1;
        Assert.That(NameResolutionRulesTests.Resolve(text, mention, occurrence).Name, Is.EqualTo(name));
    }

    // Endings that once read past the text: a mention followed by full stops only, or by the end of the text.
    [TestCase("The chairman ...", "The chairman")]
    [TestCase("Anna Berg, the chairman....", "the chairman")]
    [TestCase("The chairman", "The chairman")]
    public void Mention_AtTheEndOfTheText_Resolves(string text, string mention)
    {
        Assert.DoesNotThrow(() => NameResolutionRulesTests.Resolve(text, mention));
    }
}
