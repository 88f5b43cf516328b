using System.Collections.Immutable;
using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract;

// The passes over the ranked attributions, in the order they run (branch tidy104).
public sealed partial class ClaimPipeline
{
    /// <summary>
    /// The rules that read the ranked attributions (<paramref name="ranked"/>, changed in place and returned with what they add):
    /// the second half of <see cref="Attributions"/>, apart so that a benchmark can time it on its own. Each of
    /// <see cref="AfterRankerPasses"/> in turn, on what the one before it returned.
    /// </summary>
    internal static List<Attribution> AfterRanker(TextDocument document, TokenizedDocument tokens, IReadOnlyList<QuotedSpan> quotes, List<Attribution> ranked)
    {
        var input = new AfterRankerInput(document, tokens, quotes);
        foreach (var pass in AfterRankerPasses)
        {
            ranked = pass.Run(input, ranked);
        }

        return ranked;
    }

    /// <summary>
    /// What the passes after the ranker read besides the statements: the article, its tokens and quotations, and the statements as
    /// <see cref="NestedReport"/> left them (<see cref="Found"/>), whose additions after them <see cref="ContentEdges.EndAdded"/> ends.
    /// One per article.
    /// </summary>
    internal sealed class AfterRankerInput(TextDocument document, TokenizedDocument tokens, IReadOnlyList<QuotedSpan> quotes)
    {
        public TextDocument Document { get; } = document;

        public TokenizedDocument Tokens { get; } = tokens;

        public IReadOnlyList<QuotedSpan> Quotes { get; } = quotes;

        /// <summary>The list <see cref="NestedReport.Add"/> returned; set by that pass, read by the end edges of what is added after it.</summary>
        public List<Attribution>? Found { get; set; }
    }

    /// <summary>One pass after the ranker: its name (the call it makes, for a timing table) and the call.</summary>
    internal readonly record struct AfterRankerPass(string Name, Func<AfterRankerInput, List<Attribution>, List<Attribution>> Run);

    /// <summary>
    /// The passes of <see cref="AfterRanker"/>, in the order they run, each with why it stands where it does. Static lambdas: the
    /// table is built once, and an article costs one <see cref="AfterRankerInput"/> and no closure (but the one the filter of the
    /// third pass has always made). A benchmark runs them one by one to time each (tests: QuoteStageBreakdown.AfterRanker_TimePerPass).
    /// </summary>
    internal static readonly ImmutableArray<AfterRankerPass> AfterRankerPasses =
    [
        // A quotation the rules left without a cue takes the cue and speaker a looser reading after it found, not the ranker's choice.
        new("WithCueAfterQuotation", static (_, statements) =>
        {
            WithCueAfterQuotation(statements);
            return statements;
        }),

        // "According to SOURCE" that the rules' form did not parse, rewritten as PolNeAR writes it (cue, source, content).
        new("AccordingTo.Apply", static (input, statements) =>
        {
            AccordingTo.Apply(input.Tokens, statements);
            return statements;
        }),

        // No one's statements: the writer's "you" to the reader, an imperative opening its sentence, a title in quotation marks (issue 4).
        new("RemoveAll(AddressesTheReader, ImperativeSubject.Opens, QuotedTitle.Is)", static (input, statements) =>
        {
            statements.RemoveAll(a => AddressesTheReader(input.Document.Text, a) || ImperativeSubject.Opens(input.Tokens, a) || QuotedTitle.Is(input.Document, a));
            return statements;
        }),

        // The content edges to PolNeAR's convention, after the speakers are chosen (the ranker reads the content it was trained on).
        new("ContentEdges.Apply", static (input, statements) => ContentEdges.Apply(input.Tokens, statements)),

        // A speaker inside the cue's subject ("Swift's rep told", "A spokeswoman for Neumann declined") widened to the whole subject.
        new("SubjectHead.Extend", static (input, statements) => SubjectHead.Extend(input.Tokens, statements)),

        // Both conjuncts of a subject ("Volker and Morrison said") are the speaker, not the second alone.
        new("CoordinatedSubject.Extend", static (input, statements) => CoordinatedSubject.Extend(input.Tokens, statements)),

        // "Since last spring, according to X, [the ferry has ...]": the opening's content runs on to the sentence's end, after the edges.
        new("AccordingTo.Resumed", static (input, statements) => AccordingTo.Resumed(input.Tokens, statements)),

        // A second report of the same speaker inside a content (", adding that ..."); what stands here is Found, for EndAdded below.
        new("NestedReport.Add", static (input, statements) => input.Found = NestedReport.Add(input.Tokens, statements)),

        // A belief, wish or plan of a subject where no statement stands ("Ortiz believes the vote will slip"; docs/quotes.md, "recall40").
        new("StanceReport.Add", static (input, statements) => StanceReport.Add(input.Tokens, statements)),

        // Endorsement or opposition with a noun phrase for content ("Rubio opposes abortion"; docs/quotes.md, "recall42"), after stances.
        new("EndorsementReport.Add", static (input, statements) => EndorsementReport.Add(input.Tokens, statements)),

        // Criticism by a light verb and a noun ("took issue with"; docs/quotes.md, "recall63"), after the endorsements.
        new("PhraseReport.Add", static (input, statements) => PhraseReport.Add(input.Tokens, statements)),

        // A poll as a finding's source, "in" its cue ("... in the latest Ledger poll"; docs/quotes.md, "recall45").
        new("PollReport.Add", static (input, statements) => PollReport.Add(input.Tokens, statements)),

        // A sentence opening with whose view it gives ("To Okafor, the levy is a tax"; docs/quotes.md, "recall62"), after the polls.
        new("PerspectiveReport.Add", static (input, statements) => PerspectiveReport.Add(input.Tokens, statements)),

        // An attitude told by a noun ("his support for the levy"; docs/quotes.md, "recall44").
        new("NounReport.Add", static (input, statements) => NounReport.Add(input.Tokens, statements)),

        // A clause the writer marks with "reportedly" (docs/quotes.md, "recall48"), after the nouns.
        new("ReportedlyReport.Add", static (input, statements) => ReportedlyReport.Add(input.Tokens, statements)),

        // The end edges for the statements the seven rules above added after the edges ran (those not in Found; docs/quotes.md, "content41").
        new("ContentEdges.EndAdded", static (input, statements) =>
            ContentEdges.EndAdded(input.Tokens, input.Found ?? throw new InvalidOperationException("NestedReport.Add runs before ContentEdges.EndAdded."), statements)),

        // A participle of naming after a statement, with its speaker (", calling it ..."; docs/quotes.md, "recall43"), after the edges.
        new("NamingReport.Add", static (input, statements) => NamingReport.Add(input.Tokens, statements)),

        // Attributions that trail their content in forms the rules do not read (", analyst says."; docs/quotes.md, "port47").
        new("TrailingReport.Add", static (input, statements) => TrailingReport.Add(input.Tokens, statements)),

        // A transcript's turn with its speaker in capitals ("TAPPER: ..."; docs/quotes.md, "recall46", "port47").
        new("TranscriptLabel.Add", static (input, statements) => TranscriptLabel.Add(input.Tokens, statements)),

        // A title giving its words to a label before a colon ("Insiders: ..."; docs/quotes.md, "recall52"), after the transcript turns.
        new("HeadlineLabel.Add", static (input, statements) => HeadlineLabel.Add(input.Tokens, statements)),

        // A title's colon statement runs on past its quoted fragment to the line's end (docs/quotes.md, "recall62").
        new("HeadlineLabel.ExtendQuotedFragment", static (input, statements) => HeadlineLabel.ExtendQuotedFragment(input.Tokens, statements)),

        // A content holding a comma that a report of its own follows ends before that comma (docs/quotes.md, "exact50").
        new("ContentEdges.EndBeforeCommaReport", static (input, statements) => ContentEdges.EndBeforeCommaReport(input.Tokens, statements)),

        // A paragraph signed on the line after it ("— Rep. Ann Roe (@annroe) ...") is its signer's; the attributions inside give way.
        new("SignatureLine.Apply", static (input, statements) => SignatureLine.Apply(input.Document, input.Quotes, statements)),

        // A content running over another statement's cue misreads that report and goes (docs/quotes.md, "precision52"); before
        // ContinuedQuotation (a joined quotation is never lost with it) and before the apposition cut (docs/quotes.md, "exact53").
        new("ContentOverReport.Apply", static (_, statements) => ContentOverReport.Apply(statements)),

        // A cue inside its own content after another report's cue misreads that report and goes (docs/quotes.md, "precision52").
        new("CueWithinReport.Apply", static (_, statements) => CueWithinReport.Apply(statements)),

        // A report inside another's content that only restates it goes (docs/quotes.md, "precision53"), before ContinuedQuotation.
        new("InnerReport.Apply", static (input, statements) => InnerReport.Apply(input.Document.Text, statements)),

        // A reading list's headlines and excerpts go (docs/quotes.md, "precision54"), before ContinuedQuotation: an excerpt never joins a statement.
        new("ReadingList.Apply", static (input, statements) => ReadingList.Apply(input.Document.Text, statements)),

        // An "about" read as a cue where it approximates a quantity ("about 15 points") goes (docs/quotes.md, "precision56").
        new("ApproximateAbout.Apply", static (input, statements) => ApproximateAbout.Apply(input.Document.Text, statements)),

        // A quotation without a cue after a statement in its paragraph joins it (docs/quotes.md, "precision52"), once the drops above are done.
        new("ContinuedQuotation.Apply", static (input, statements) => ContinuedQuotation.Apply(input.Document, statements)),

        // A quotation opening the paragraph after one ending in a colon takes the speaker of that colon sentence's cue, once the
        // joins above are done (docs/quotes.md, "speakers121c").
        new("QuotationAfterAColonParagraph.Apply", static (input, statements) => QuotationAfterAColonParagraph.Apply(input.Document, statements)),

        // A summing-up apposition is cut once the statements a content over a report hides are gone (cut first, the content no longer
        // holds the report, and the statement it hides stays: docs/quotes.md, "exact53").
        new("ContentEdges.EndBeforeSummaryApposition", static (input, statements) => ContentEdges.EndBeforeSummaryApposition(input.Tokens, statements)),

        // A bare clause's comment (", which ...") is cut with the apposition (docs/quotes.md, "exact54").
        new("ContentEdges.EndBeforeClauseComment", static (input, statements) => ContentEdges.EndBeforeClauseComment(input.Tokens, statements)),

        // A concession after a single dash ("— though ...") is cut with them (docs/quotes.md, "exact55").
        new("ContentEdges.EndBeforeDashedConcession", static (input, statements) => ContentEdges.EndBeforeDashedConcession(input.Tokens, statements)),

        // A content after a medium of saying starts at its "that" (docs/quotes.md, "start55").
        new("ContentEdges.StartAtThatAfterSayingMedium", static (input, statements) => ContentEdges.StartAtThatAfterSayingMedium(input.Tokens, statements)),

        // A cue ending in an infinitive's "to": the content starts at "to" (docs/quotes.md, "exact59").
        new("ContentEdges.StartAtInfinitiveTo", static (input, statements) => ContentEdges.StartAtInfinitiveTo(input.Tokens, statements)),

        // A report inside a relative clause whose gap is the content's subject starts at "that"/"which" (docs/quotes.md, "exact60").
        new("ContentEdges.StartAtGapRelative", static (input, statements) => ContentEdges.StartAtGapRelative(input.Tokens, statements)),

        // A bare clause's ", who ..." description is cut (docs/quotes.md, "exact56").
        new("ContentEdges.EndBeforeWhoClause", static (input, statements) => ContentEdges.EndBeforeWhoClause(input.Tokens, statements)),

        // Content reported in a leading adverbial clause ends before the sentence's main clause, last of the edges (docs/quotes.md, "exact57").
        new("ContentEdges.EndAtLeadingClauseComma", static (input, statements) => ContentEdges.EndAtLeadingClauseComma(input.Tokens, statements)),

        // A passive report ("The merger was first reported by the Ledger.") is read last, where no statement holds it (docs/quotes.md, "recall56").
        new("PassiveReport.Add", static (input, statements) => PassiveReport.Add(input.Tokens, statements)),

        // A "made clear" clause at the end of a content becomes a statement of its own after it (docs/quotes.md, "cues57").
        new("StanceReport.SplitAtMadeClear", static (input, statements) => StanceReport.SplitAtMadeClear(input.Tokens, statements)),

        // A content read from the phrase ahead of source and cue ("Asked if ..., Okafor said no.") moves after the cue (docs/quotes.md, "recall58").
        new("ContentEdges.AfterFrontedPhrase", static (input, statements) => ContentEdges.AfterFrontedPhrase(input.Tokens, statements)),

        // Two contents of one cue a few words apart are joined (docs/quotes.md, "exact70"), before the quoted pair below.
        new("ContentEdges.JoinSameCue", static (input, statements) => ContentEdges.JoinSameCue(input.Tokens, statements)),

        // A content ending at a quoted fragment runs on over a second one joined by "and"/"or" (docs/quotes.md, "exact70").
        new("ContentEdges.EndAfterQuotedPair", static (input, statements) => ContentEdges.EndAfterQuotedPair(input.Tokens, statements)),

        // A second report joined inside a content after ", and"/"while"/"but"/";" is split out of it, last (docs/quotes.md, "recall60").
        new("CoordinatedReport.Split", static (input, statements) => CoordinatedReport.Split(input.Tokens, statements)),

        // A main-clause report before a statement's ", saying" or "and said" ("X praised Y, saying ...") is added after all (docs/quotes.md, "recall81").
        new("EarlierClauseReport.Add", static (input, statements) => EarlierClauseReport.Add(input.Tokens, statements)),

        // A trailing report's content that opens with a report of its own and goes on in a ", which"/", but" clause is cut to that
        // clause, and the opening report is added ("X announced A, which B, according to Y"; docs/quotes.md, "spans107").
        new("LeadingReport.Split", static (input, statements) => LeadingReport.Split(input.Tokens, statements)),

        // A report whose content opens with a report of its own that alone stands as a statement ("The board said [the port has
        // approved ...]") is added over it (docs/quotes.md, "outer108").
        new("OuterReport.Add", static (input, statements) => OuterReport.Add(input.Tokens, statements)),

        // The report opening a relaying statement's content ("The Ledger reported that Ruiz said ...": Ruiz's) is added, the relaying
        // statement kept, just before ReportRelay names the Ledger its reporter (docs/quotes.md, "relay109").
        new("RelayedReport.Add", static (input, statements) => RelayedReport.Add(input.Tokens, statements)),

        // Who relays a statement ("“...,” Ruiz said, according to the Ledger": reported by the Ledger), last: it reads the statements as
        // they stand and changes none of them (docs/quotes.md, "report108").
        new("ReportRelay.Apply", static (input, statements) => ReportRelay.Apply(input.Tokens, statements)),
    ];
}
