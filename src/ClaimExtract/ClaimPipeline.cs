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
public sealed class ClaimPipeline
{
    private readonly HtmlArticleExtractor _html = new();
    private readonly StatementClassifier _classifier;

    /// <summary>Creates a pipeline with the embedded statement model, or <paramref name="classifier"/>.</summary>
    public ClaimPipeline(StatementClassifier? classifier = null) => _classifier = classifier ?? StatementClassifier.Default;

    /// <summary>Processes one source item: a failed item becomes an article record that carries its problem.</summary>
    public Article Process(SourceItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Document is null
            ? new Article { Id = item.Id, Source = item.Source, Text = "", Problems = [item.Problem!] }
            : Process(item.Document);
    }

    /// <summary>Processes one document. Expected difficulties become <see cref="Article.Problems"/>; an unexpected failure becomes a CE9900 problem rather than an exception.</summary>
    public Article Process(InputDocument input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var stage = "html";
        try
        {
            var page = ReadContent(input);
            stage = "text";
            var text = page.Text;
            var problems = new List<Problem>(page.Problems);
            var document = TextDocument.Create(text);
            if (document.Sentences.Count == 0 && !problems.Any(p => p.Severity == ProblemSeverity.Error))
            {
                problems.Add(ProblemCodes.EmptyText());
            }

            stage = "quotes";
            var quotes = QuoteScanner.Scan(document);
            var tokens = new TokenizedDocument(document, quotes.Select(q => q.Inner));
            var attributions = AttributionFinder.Find(tokens, quotes);
            var entities = EntityIndex.Build(document, tokens.Tokens, tokens.SentenceOf, tokens.Quoted);
            var resolver = new SpeakerResolver(text, entities, p => document.SentenceAt(p));

            stage = "statements";
            var predictions = _classifier.Predict(attributions
                .Select(a => new StatementFeaturesInput(string.Join(" ", a.Parts.Select(p => StatementText.StripQuotationMarks(p.Of(text)))), a.CueVerb, QuoteTypeName(a.Type)))
                .ToList());
            var statements = BuildStatements(input.Id, document, attributions, resolver, predictions);

            return new Article
            {
                Id = input.Id,
                Source = input.Source,
                Url = input.Url ?? page.Url,
                Title = input.Title ?? page.Title,
                Authors = page.Authors,
                Published = input.Published ?? page.Published,
                Publisher = page.Publisher,
                Language = page.Language,
                Text = text,
                Statements = statements,
                Problems = problems,
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Article { Id = input.Id, Source = input.Source, Text = "", Problems = [ProblemCodes.InternalError(stage, $"{e.GetType().Name}: {e.Message}")] };
        }
    }

    private ExtractedArticle ReadContent(InputDocument input)
    {
        switch (input.Content)
        {
            case DocumentContent.PlainText plain:
                return new ExtractedArticle(plain.Text, null, [], null, null, null, null, []);
            case DocumentContent.HtmlText html:
                return _html.Extract(html.Html, input.Url);
            case DocumentContent.HtmlBytes bytes:
                var decoded = HtmlDecoder.Decode(bytes.Bytes, input.DeclaredCharset);
                var page = _html.Extract(decoded.Html, input.Url);
                return decoded.Problems.Count == 0 ? page : page with { Problems = [.. decoded.Problems, .. page.Problems] };
            default:
                throw new InvalidOperationException($"unknown content {input.Content.GetType().Name}");
        }
    }

    private static List<Statement> BuildStatements(
        string articleId, TextDocument document, List<Attribution> attributions, SpeakerResolver resolver, IReadOnlyList<KindPrediction> predictions)
    {
        var text = document.Text;
        var map = new CodePointMap(text);
        var statements = new List<Statement>(attributions.Count);
        var kinds = new List<StatementKind>(attributions.Count);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            var prediction = predictions[i];
            var speaker = a.Speaker is { } mention ? resolver.Resolve(mention) : new ResolvedSpeaker(null, SpeakerKind.Unknown);
            kinds.Add(prediction.Kind);
            statements.Add(new Statement
            {
                Id = $"{articleId}#{i + 1}",
                Kind = prediction.Kind.ToName(),
                KindConfidence = Math.Round(prediction.Confidence, 4),
                QuoteType = QuoteTypeName(a.Type),
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
                Paragraph = document.ParagraphAt(a.Content.Start),
                Sentence = document.SentenceAt(a.Content.Start),
            });
        }

        LinkRetractions(statements, kinds);
        return statements;
    }

    /// <summary>A retraction takes back the latest earlier promise of the same speaker (or, failing that, a later one).</summary>
    private static void LinkRetractions(List<Statement> statements, List<StatementKind> kinds)
    {
        for (var i = 0; i < statements.Count; i++)
        {
            if (kinds[i] != StatementKind.Retraction || statements[i].Speaker is not { } speaker)
            {
                continue;
            }

            var promise = Enumerable.Range(0, statements.Count)
                .Where(j => j != i && kinds[j] == StatementKind.Promise && statements[j].Speaker == speaker)
                .OrderBy(j => j < i ? 0 : 1).ThenBy(j => Math.Abs(i - j))
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
