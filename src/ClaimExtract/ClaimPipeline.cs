using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using ClaimExtract.Html;
using ClaimExtract.Quotes;
using ClaimExtract.Sources;
using ClaimExtract.Speakers;
using ClaimExtract.Statements;
using ClaimExtract.Text;

namespace ClaimExtract;

/// <summary>
/// The whole per-document flow, in order: HTML (decode, main text, metadata) → text (paragraphs,
/// sentences) → quotes → speakers → statement kinds → records with code point offsets.
/// Thread-safe: one instance serves many documents at once.
/// </summary>
public sealed partial class ClaimPipeline
{
    private readonly HtmlArticleExtractor _html = new();
    private readonly StatementClassifier? _classifier;
    private readonly PipelineLimits _limits;

    /// <summary>
    /// Creates a pipeline with the embedded statement model, or <paramref name="classifier"/>, and <paramref name="limits"/>
    /// (default <see cref="PipelineLimits.Default"/>). With <paramref name="textOnly"/>, every article gets its text and
    /// metadata and no statements: quotes, speakers and kinds are not looked for, and no statement model is loaded.
    /// </summary>
    public ClaimPipeline(StatementClassifier? classifier = null, PipelineLimits? limits = null, bool textOnly = false)
    {
        if (textOnly && classifier is not null)
        {
            throw new ArgumentException("A text-only pipeline classifies nothing; give it no classifier.", nameof(classifier));
        }

        _classifier = textOnly ? null : classifier ?? StatementClassifier.Default;
        _limits = limits ?? PipelineLimits.Default;
        _limits.Validate();
    }

    /// <summary>The limits every document is held to.</summary>
    public PipelineLimits Limits => _limits;

    /// <summary>Whether articles get their text and metadata only, without statements.</summary>
    public bool TextOnly => _classifier is null;

    /// <summary>Processes one source item: a failed item becomes an article record that carries its problem.</summary>
    public Article Process(SourceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Document is null
            ? new Article { Id = item.Id, Source = item.Source, Text = "", Problems = [item.Problem ?? throw new ArgumentException("A source item holds a document or the problem that kept it from being read; this one holds neither.", nameof(item))] }
            : Process(item.Document);
    }

    /// <summary>
    /// Processes one document. Expected difficulties become <see cref="Article.Problems"/>: a document over
    /// <see cref="PipelineLimits.MaxBytes"/> gets CE9008, one past its time budget CE9009, and an unexpected
    /// failure CE9900, rather than an exception. Only <paramref name="cancellationToken"/> (the batch being
    /// stopped) throws, <see cref="OperationCanceledException"/>.
    /// </summary>
    public Article Process(InputDocument input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (ContentBytes(input.Content) is var size && size > _limits.MaxBytes)
        {
            return Failed(input, ProblemCodes.InputTooLarge(size, _limits.MaxBytes));
        }

        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(_limits.Timeout);
        var deadline = budget.Token;
        var stage = "html";
        try
        {
            var page = _html.Extract(input);
            stage = "text";
            deadline.ThrowIfCancellationRequested();
            var text = WithoutLoneSurrogates(page.Text);
            var problems = new List<Problem>(page.Problems);
            var document = TextDocument.Create(text);
            if (document.Sentences.Count == 0 && !problems.Any(p => p.Severity == ProblemSeverity.Error))
            {
                problems.Add(ProblemCodes.EmptyText());
            }

            var statements = _classifier is null ? [] : Statements(_classifier, input, document, page.Authors, page.Publisher, problems, ref stage, deadline);
            deadline.ThrowIfCancellationRequested();

            // The record's date is written as ISO 8601 like the page's ("Nov 19, 2019 7:47 PM EST" → "2019-11-19T19:47:00-05:00").
            var published = MetadataReader.NormaliseDate(input.Published);
            if (input.Published is not null && published is null)
            {
                problems.Add(ProblemCodes.BadPublishedDate(input.Published));
            }

            return new Article
            {
                Id = input.Id,
                Source = input.Source,
                Url = input.Url ?? page.Url,
                Title = input.Title ?? page.Title,
                Authors = page.Authors,
                Published = published ?? page.Published,
                Publisher = page.Publisher,
                Language = page.Language,
                Fetched = input.Fetched,
                Text = text,
                Statements = statements,
                Problems = problems,
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(input, ProblemCodes.TimeBudgetExceeded(stage, $"the document took longer than its {_limits.Timeout.TotalSeconds:0.#} s budget"));
        }
        catch (RegexMatchTimeoutException e)
        {
            return Failed(input, ProblemCodes.TimeBudgetExceeded(stage, $"a pattern match took longer than its {e.MatchTimeout.TotalSeconds:0.#} s budget"));
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            return Failed(input, ProblemCodes.InternalError(stage, $"{e.GetType().Name}: {e.Message}"));
        }
    }

    /// <summary>The quote, speaker and statement stages: the article's statements, each with its speaker resolved and its kind.</summary>
    private static List<Statement> Statements(
        StatementClassifier classifier, InputDocument input, TextDocument document, IReadOnlyList<string> authors, string? publisher, List<Problem> problems, ref string stage, CancellationToken deadline)
    {
        var text = document.Text;
        stage = "quotes";
        deadline.ThrowIfCancellationRequested();
        var quotes = QuoteScanner.Scan(document);
        // In this thread's reused buffers (speed95gc): the statements built below keep strings and offsets only, nothing of the tokens.
        var tokens = TokenizedDocument.Reusing(document, quotes.Select(q => q.Inner));
        deadline.ThrowIfCancellationRequested();
        var english = Lexicon.IsEnglishProse(tokens.Tokens);
        if (!english)
        {
            problems.Add(ProblemCodes.NotEnglishProse());
        }

        var attributions = english ? Attributions(document, tokens, quotes) : [];
        deadline.ThrowIfCancellationRequested();
        var resolver = Resolver(document, tokens);

        stage = "statements";
        deadline.ThrowIfCancellationRequested();
        var candidates = english ? Candidates(document, attributions) : [];
        var predictions = classifier.Predict(candidates
            .Select(c => new StatementFeaturesInput(string.Join(" ", c.Parts.Select(p => StatementText.StripQuotationMarks(p.Of(text)))), c.CueVerb, c.QuoteType))
            .ToList());
        // The writer's "I" outside quotation marks is the page's one author (see WritersFirstPerson), else the person a closing line about
        // the writer names ("Ann Roe is a senior editor at the Courier.": SpeakerResolver.WriterOfClosingLine, branch names52), read when
        // a speaker is first left without a name; a review's credit line ("Tested by: Ann Roe": SpeakerResolver.WriterCreditLine.cs, branch
        // persons119) comes before both.
        var writer = new Lazy<string?>(
            () => SpeakerResolver.WriterOfCreditLine(text) ?? (authors.Count == 1 ? authors[0] : SpeakerResolver.WriterOfClosingLine(text)), LazyThreadSafetyMode.None);
        // The writer's "we" outside quotation marks is the page's publisher where the text names it (ClaimPipeline.OutletsWe.cs).
        var outlet = new Lazy<string?>(() => PublisherNamedInText(text, publisher), LazyThreadSafetyMode.None);
        return BuildStatements(
            input.Id, document, candidates, resolver,
            m => writer.Value is { } w && WritersFirstPerson(text, tokens, m) ? new ResolvedSpeaker(w, SpeakerKind.Person)
                : WritersFirstPersonPlural(text, tokens, m) && outlet.Value is { } o ? new ResolvedSpeaker(o, SpeakerKind.Organization) : null,
            predictions, classifier.Calibration);
    }

    /// <summary>
    /// The article's speaker resolver and its entity index, made when a statement first asks for a speaker's name: an article with no
    /// attributed speaker (no statement, or not English prose) never builds the index (speed95lazy). The quote-stage timing aids take
    /// theirs from here too, so that they time what the pipeline runs.
    /// </summary>
    internal static Lazy<SpeakerResolver> Resolver(TextDocument document, TokenizedDocument tokens) =>
        new(() => new SpeakerResolver(document.Text, EntityIndex.Build(document, tokens.Tokens, tokens.SentenceOf, tokens.Quoted, tokens.Words), p => document.SentenceAt(p)),
            LazyThreadSafetyMode.None);

    private static Article Failed(InputDocument input, Problem problem) => new() { Id = input.Id, Source = input.Source, Text = "", Problems = [problem] };

    /// <summary>The size that <see cref="PipelineLimits.MaxBytes"/> bounds: the bytes, or the UTF-8 length of text.</summary>
    private static long ContentBytes(DocumentContent content) => content switch
    {
        DocumentContent.HtmlBytes bytes => bytes.Bytes.LongLength,
        DocumentContent.HtmlText html => Encoding.UTF8.GetByteCount(html.Html),
        DocumentContent.PlainText plain => Encoding.UTF8.GetByteCount(plain.Text),
        _ => 0,
    };

    /// <summary>
    /// Text with each unpaired surrogate (from a JSON string or a UTF-16 page with broken pairs) replaced by
    /// U+FFFD, code unit for code unit, so offsets stay valid and the output is valid UTF-8 with spans equal to
    /// what every reader decodes.
    /// </summary>
    internal static string WithoutLoneSurrogates(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i]))
            {
                continue;
            }

            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            chars ??= text.ToCharArray();
            chars[i] = '\uFFFD';
        }

        return chars is null ? text : new string(chars);
    }

    /// <summary>
    /// The quote stage's attributions: the rules' (<see cref="AttributionFinder"/>), then those the learned cue tagger adds
    /// in sentences the rules leave alone, then every speaker re-ranked by the learned speaker ranker.
    /// </summary>
    internal static List<Attribution> Attributions(TextDocument document, TokenizedDocument tokens, IReadOnlyList<QuotedSpan> quotes)
    {
        var rules = AttributionFinder.Find(tokens, quotes);
        var attributions = AttributionVerifier.Default is { } verifier
            ? verifier.Filter(tokens, WithTagged(document, tokens, rules, verifier.Tagger), rules)
            : WithTagged(document, tokens, rules);
        var ranked = SpeakerRanker.Default is { } ranker ? ranker.Rerank(tokens, attributions) : attributions;
        return AfterRanker(document, tokens, quotes, ranked);
    }

    /// <summary>
    /// A quotation the rules left without a cue takes the cue and speaker that a looser reading of the words after it found
    /// (<see cref="Attribution.CueAfterQuotation"/>: "“...,” said planetary geologist Ana Ruiz of the institute"), in place of the one
    /// the speaker ranker chose from context, unless another statement holds that cue.
    /// </summary>
    internal static void WithCueAfterQuotation(List<Attribution> attributions)
    {
        // The cues the statements hold, by start, to ask in logarithmic time whether one overlaps a late cue (a page of thousands of
        // quotations must not cost their square).
        List<Span>? held = null;
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.Cue is null && a.CueAfterQuotation is { Cue: { } cue } late && a.Content == late.Content
                && !Overlapping(held ??= [.. attributions.Where(x => x.Cue is not null).Select(x => x.Cue!.Value).OrderBy(x => x.Start)], cue))
            {
                attributions[i] = a with { Cue = cue, CueText = late.CueText, Speaker = late.Speaker, Addressee = late.Addressee, Referent = null, InheritedFrom = null, Conjuncts = null };
            }
        }
    }

    /// <summary>Whether a span of <paramref name="sorted"/> (by start; spans of cues, which rarely overlap one another) overlaps <paramref name="span"/>.</summary>
    private static bool Overlapping(List<Span> sorted, Span span)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid].Start < span.End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // sorted[..lo] start before the span ends; the latest few of them are the ones that can reach into it.
        for (var j = lo - 1; j >= 0 && j >= lo - 8; j--)
        {
            if (sorted[j].Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="mention"/> is the writer's "I" ("I", "I’ve", "I’m", "I’d", "I’ll") outside quotation marks: on a page with one
    /// author, the author is the speaker ("I reckon this ferry pass will be the cheapest we sell": 63 such statements on the Zyte pages had
    /// no name). A quotation's "I" is its speaker's, and those mentions stand inside the marks.
    /// </summary>
    internal static bool WritersFirstPerson(string text, TokenizedDocument tokens, Span mention)
    {
        var written = text.AsSpan(mention.Start, mention.Length);
        if (!(written is "I" || written.Length is >= 3 and <= 4 && written[0] == 'I' && written[1] is '’' or '\'' && written[2..] is "ve" or "m" or "d" or "ll"))
        {
            return false;
        }

        var k = tokens.IndexAtOrAfter(mention.Start);
        return k < tokens.Tokens.Count && !tokens.Quoted[k];
    }

    /// <summary>
    /// Whether the speaker is "you" outside a quotation: the writer addressing the reader ("If you want a book that ...,
    /// this is it", "You could read these numbers as ..."), not a source; audit 13 found 43 such statements on the Zyte pages.
    /// (A quotation's "you" is the one its speaker addresses, and the quotation is the speaker's, not the reader's.) An interviewer's "you"
    /// in a transcript's question ("Q: You’ve been talking about the deficit") is the interviewee, not the reader, and its statement stays
    /// (branch speakers121b; <see cref="InterviewersYou"/>).
    /// </summary>
    internal static bool AddressesTheReader(string text, Attribution a) =>
        a.Speaker is { } s && text.AsSpan(s.Start, s.Length) is var mention
        && (mention.Equals("you", StringComparison.OrdinalIgnoreCase)
            || mention.Length > 4 && mention.StartsWith("you", StringComparison.OrdinalIgnoreCase) && mention[3] is '’' or '\'')
        && !InterviewersYou(text, s.Start);

    /// <summary>
    /// Whether the "you" at <paramref name="position"/> is an interviewer's to the interviewee: it stands in a line of a transcript (after a
    /// tag, <see cref="TranscriptTagEnd"/>) that is a question, the tag "Q" or the sentence ending with a question mark ("Q: You’ve been
    /// talking about the deficit", "TAPPER: Do you think the levy will pass?"). An answer's "you" ("A: You never plan for that at first") is
    /// anyone's and is left to <see cref="AddressesTheReader"/>.
    /// </summary>
    internal static bool InterviewersYou(string text, int position)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TranscriptTagEnd(text, position) is not { } tagEnd)
        {
            return false;
        }

        var start = position > 0 ? text.LastIndexOf('\n', position - 1) + 1 : 0;
        if (text.AsSpan(start, tagEnd - start) is "Q:")
        {
            return true;
        }

        var end = text.AsSpan(position).IndexOfAny(".?!\n");
        return end >= 0 && text[position + end] == '?';
    }

    // Words of a transcript's tag before its colon ("Q", "MAYOR RUIZ", "Sen. Tom Hale").
    private const int MaxTranscriptTagWords = 4;

    /// <summary>
    /// The position right after the colon of a transcript's tag that opens the paragraph holding <paramref name="position"/> and stands
    /// before it ("Q: Do you think ...", "TAPPER: You said ...": up to four words, each opening with a capital letter and made of letters,
    /// dots, hyphens and apostrophes, one space apart, then the colon); null when the paragraph opens with no such tag.
    /// </summary>
    internal static int? TranscriptTagEnd(string text, int position)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = position > 0 ? text.LastIndexOf('\n', position - 1) + 1 : 0;
        var words = 0;
        var j = start;
        while (j < position && words < MaxTranscriptTagWords && char.IsUpper(text[j]))
        {
            words++;
            while (j < position && (char.IsLetter(text[j]) || text[j] is '.' or '-' or '’' or '\''))
            {
                j++;
            }

            if (j < position && text[j] == ':')
            {
                return j + 1 <= position ? j + 1 : null;
            }

            if (j >= position || text[j] != ' ')
            {
                return null;
            }

            j++;
        }

        return null;
    }

    /// <summary>The rules' attributions with those the cue tagger adds, in text order.</summary>
    internal static List<Attribution> WithTagged(TextDocument document, TokenizedDocument tokens, List<Attribution> attributions) =>
        WithTagged(document, tokens, attributions, CueTagger.Default);

    /// <summary>The rules' attributions with those <paramref name="cueTagger"/> adds (none when it is null), in text order.</summary>
    internal static List<Attribution> WithTagged(TextDocument document, TokenizedDocument tokens, List<Attribution> attributions, CueTagger? cueTagger)
    {
        if (cueTagger is null)
        {
            return attributions;
        }

        // A sentence of the writer's that reports a promise or a retraction ("is backing down on his promise")
        // stays the reported statement the statement stage makes of it.
        var tagged = cueTagger.Find(tokens, attributions);
        if (tagged.Count > 0)
        {
            // Only the tagged sentences are asked about (a tagged content lies within its sentence): the rest of
            // the text is passed as covered, as the rules' contents are, and the finder's pattern skips it.
            var covered = attributions.Select(a => a.Content).ToList();
            var end = 0;
            foreach (var sentence in tagged.Select(a => document.Sentences[document.SentenceAt(a.Content.Start)].Span).Distinct().OrderBy(s => s.Start))
            {
                covered.Add(new Span(end, Math.Max(end, sentence.Start)));
                end = Math.Max(end, sentence.End);
            }

            covered.Add(new Span(end, Math.Max(end, document.Text.Length)));
            var reported = ReportedStatementFinder.Find(document, covered);
            tagged.RemoveAll(a => reported.Any(r => r.Sentence.Overlaps(a.Content)));
        }

        return CueTagger.Merge(attributions, tagged);
    }

    /// <summary>Something said: a quote the quote stage attributed, or a sentence of the writer's own that reports a promise or a retraction.</summary>
    /// <remarks><c>Reported</c>: for a reported sentence, the kind its reporting phrase says (pledged to → promise, backed down on a promise → retraction); null for a quote.</remarks>
    /// <remarks><c>CueVerb</c>: the cue as the classifier was trained on it, without auxiliaries ("said", not "has said").</remarks>
    private sealed record Candidate(Span Content, IReadOnlyList<Span> Parts, string QuoteType, Span? Cue, string? CueText, string? CueVerb, Span? Speaker, Span? Addressee, StatementKind? Reported)
    {
        /// <summary>The mention a relative-pronoun speaker stands for (see <see cref="Attribution.Referent"/>): the one resolved to a name.</summary>
        public Span? Referent { get; init; }

        /// <summary>The mentions of coordinated subjects (see <see cref="Attribution.Conjuncts"/>): the speaker is both, a group.</summary>
        public IReadOnlyList<Span>? Conjuncts { get; init; }

        /// <summary>The mention of who relays the speaker's words (see <see cref="Attribution.ReportedBy"/>), resolved as a speaker is.</summary>
        public Span? ReportedBy { get; init; }
    }

    // The commitments a retraction takes back, as cues of their own ("his promise to create jobs"), and how far after the
    // retraction's phrase one may stand ("takes back his earlier promise": the phrase's own lookahead reaches three words).
    private static readonly FrozenSet<string> CommitmentNouns =
        new[] { "promise", "promises", "pledge", "pledges", "vow", "vows", "commitment", "commitments" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private const int MaximumTakenBackDistance = 40;

    /// <summary>The attributions, and the writer's sentences no quote covers that report a promise or a retraction, in text order.</summary>
    private static List<Candidate> Candidates(TextDocument document, List<Attribution> attributions)
    {
        // An attribution whose cue is a commitment ("promise", "pledge") that a reported retraction of its sentence takes back
        // ("Jack Ma takes back promise to Trump to create ...") gives way to that retraction: the sentence reports the taking back.
        var text = document.Text;
        var commitments = attributions.Where(a => a.Cue is { } c && CommitmentNouns.Contains(c.Of(text))).ToList();
        var reported = ReportedStatementFinder.Find(document, attributions.Except(commitments).Select(a => a.Content).ToList());
        var takenBack = commitments
            .Where(a => reported.Any(r => r.Kind == StatementKind.Retraction && r.Sentence.Contains(a.Cue!.Value) && r.Cue.End <= a.Cue.Value.Start
                                          && a.Cue.Value.Start - r.Cue.End <= MaximumTakenBackDistance))
            .ToHashSet(ReferenceEqualityComparer.Instance);
        var kept = attributions.Where(a => !takenBack.Contains(a)).ToList();
        var result = kept
            .Select(a => new Candidate(a.Content, a.Parts, QuoteTypeName(a.Type), a.Cue, a.CueText, a.CueVerb, a.Speaker, a.Addressee, null) { Referent = a.Referent, Conjuncts = a.Conjuncts, ReportedBy = a.ReportedBy })
            .ToList();
        foreach (var r in reported.Where(r => !kept.Any(a => a.Content.Overlaps(r.Sentence))))
        {
            result.Add(new Candidate(r.Sentence, [r.Sentence], "reported", r.Cue, r.CueText, r.CueText, r.Subject, null, r.Kind));
        }

        return [.. result.OrderBy(c => c.Content.Start)];
    }

    private static List<Statement> BuildStatements(
        string articleId, TextDocument document, List<Candidate> candidates, Lazy<SpeakerResolver> resolver, Func<Span, ResolvedSpeaker?> writer, IReadOnlyList<KindPrediction> predictions,
        StatementCalibration calibration)
    {
        var text = document.Text;
        var map = new CodePointMap(text);
        var statements = new List<Statement>(candidates.Count);
        var kinds = new List<StatementKind>(candidates.Count);
        ResolvedSpeaker? previous = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var a = candidates[i];
            var prediction = predictions[i];
            if (a.Reported is { } reported)
            {
                // The reporting phrase says what the sentence reports ("is backing down on his promise"), unless
                // the classifier reads it as a prediction or as neither ("The vote promised to be a pivotal
                // moment"); the confidence is then the calibrated confidence of the phrase's kind.
                if (prediction.Kind is StatementKind.Prediction or StatementKind.Other)
                {
                    continue;
                }

                prediction = prediction with { Kind = reported, Confidence = calibration.Confidence(prediction.Scores[reported]) };
            }

            var speaker = a.Conjuncts is { } conjuncts ? resolver.Value.ResolveCoordinated(conjuncts)
                : a.Speaker is { } mention ? resolver.Value.Resolve(a.Referent ?? mention) : new ResolvedSpeaker(null, SpeakerKind.Unknown);
            if (speaker.Name is null && a.Speaker is { } first && writer(first) is { } author)
            {
                speaker = author;
            }

            if (speaker.Name is null && a.Conjuncts is null && a.Speaker is { } pronoun && previous is not null)
            {
                speaker = resolver.Value.Continuing(a.Referent ?? pronoun, previous) ?? speaker;
            }

            previous = speaker;
            // "Mr. Kowalski" → "Martin T. Kowalski Jr." where the article writes the suffix after the full name; the statement after
            // still reads the name as the index knows it (previous, above).
            if (speaker is { Name: { } named, Kind: SpeakerKind.Person } && resolver.IsValueCreated)
            {
                speaker = speaker with { Name = resolver.Value.WithGenerationalSuffix(named) };
            }

            // Who relays the words, resolved as a speaker is ("the paper" → the outlet the article names), a medium unless clearly a person
            // ("according to Vexo Edition": SpeakerResolver.Reporters.cs); none when it is the speaker himself ("“...,” he said, according
            // to Ruiz" of Ruiz's own words).
            var reporter = a.ReportedBy is { } relay ? resolver.Value.ResolveReporter(relay) : null;
            if (reporter is { Name: { } reporterName } && string.Equals(reporterName, speaker.Name, StringComparison.OrdinalIgnoreCase))
            {
                reporter = null;
            }

            var relayed = reporter is null ? null : a.ReportedBy;
            var promise = prediction.Kind == StatementKind.Promise ? PromiseDetails.Of(a.Content.Of(text), a.Reported is null ? a.CueText : null) : null;
            kinds.Add(prediction.Kind);
            statements.Add(new Statement
            {
                Id = $"{articleId}#{statements.Count + 1}",
                Kind = prediction.Kind.ToName(),
                KindConfidence = Math.Round(prediction.Confidence, 4),
                CheckWorthy = prediction.CheckWorthy,
                QuoteType = a.QuoteType,
                Text = a.Content.Of(text),
                Start = map.ToCodePoint(a.Content.Start),
                End = map.ToCodePoint(a.Content.End),
                Speaker = speaker.Name,
                SpeakerMention = a.Speaker?.Of(text),
                SpeakerStart = a.Speaker is { } s ? map.ToCodePoint(s.Start) : null,
                SpeakerEnd = a.Speaker is { } e ? map.ToCodePoint(e.End) : null,
                SpeakerKind = SpeakerKindName(speaker.Kind),
                Cue = a.CueText,
                CueStart = a.Cue is { } c ? map.ToCodePoint(c.Start) : null,
                CueEnd = a.Cue is { } d ? map.ToCodePoint(d.End) : null,
                Addressee = a.Addressee?.Of(text),
                ReportedBy = reporter?.Name,
                ReportedByMention = relayed?.Of(text),
                ReportedByStart = relayed is { } rs ? map.ToCodePoint(rs.Start) : null,
                ReportedByEnd = relayed is { } re ? map.ToCodePoint(re.End) : null,
                ReportedByKind = reporter is null ? null : SpeakerKindName(reporter.Kind),
                Paragraph = document.ParagraphAt(a.Content.Start),
                Sentence = document.SentenceAt(a.Content.Start),
                PromiseObject = promise?.Promised,
                PromiseWhen = promise?.When,
                Vague = promise?.Vague,
            });
        }

        LinkRetractions(statements, kinds);
        return statements;
    }

    /// <summary>
    /// A retraction takes back a promise of the same speaker: the one whose promised words it shares most
    /// ("backing down on his promise to create 1 million jobs" ↔ "commit to creating new jobs"); if it shares
    /// words with none, the latest earlier promise (or, failing that, the nearest later one).
    /// </summary>
    private static void LinkRetractions(List<Statement> statements, List<StatementKind> kinds)
    {
        // Each speaker's promises in order, searched by bisection: a page of 10,000 promises and retractions
        // took seconds when every retraction sorted all statements.
        var promises = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var j = 0; j < statements.Count; j++)
        {
            if (kinds[j] == StatementKind.Promise && statements[j].Speaker is { } speaker)
            {
                (promises.TryGetValue(speaker, out var list) ? list : promises[speaker] = []).Add(j);
            }
        }

        for (var i = 0; i < statements.Count; i++)
        {
            if (kinds[i] != StatementKind.Retraction || statements[i].Speaker is not { } speaker || !promises.TryGetValue(speaker, out var list))
            {
                continue;
            }

            // The promises nearest the retraction (by bisection, at most 32 on each side, so that a page of
            // thousands of promises stays linear), the one sharing most promised words first, then the
            // latest earlier one, then the nearest later one.
            var at = list.BinarySearch(i);
            var after = at >= 0 ? at + 1 : ~at;
            var words = PromiseDetails.ContentWords(statements[i].Text);
            var promise = list.Skip(Math.Max(0, after - 32)).Take(64)
                .OrderByDescending(j => PromiseDetails.ContentWords(statements[j].PromiseObject ?? statements[j].Text).Count(words.Contains))
                .ThenBy(j => j < i ? 0 : 1).ThenBy(j => Math.Abs(i - j))
                .Select(j => (int?)j).FirstOrDefault();
            if (promise is { } p)
            {
                statements[i] = statements[i] with { Retracts = statements[p].Id };
            }
        }
    }

    internal static string QuoteTypeName(QuoteType type) => type.ToString().ToLowerInvariant();

    private static string SpeakerKindName(SpeakerKind kind) => kind.ToString().ToLowerInvariant();
}
