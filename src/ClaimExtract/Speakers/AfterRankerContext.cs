using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// What the rules after the ranker (<see cref="SpeakerRanker.AfterRanker"/>) read of one attribution, worked out once and only when a rule
/// asks: the cue's first and last tokens, the speaker's (for the speaker last asked about: a rule that changes the speaker moves it), and
/// the candidates of the original attribution (<see cref="SpeakerCandidates.Generate(TokenTraits, Attribution)"/>; the ranker passes the
/// ones it scored). Each rule computed these again before its own first test; they depend only on the document, the original attribution
/// and the span asked about, so sharing them leaves every rule's result as it was.
/// </summary>
internal sealed class AfterRankerContext
{
    private List<SpeakerCandidate>? _candidates;

    private SpanTokens _cue = new();

    private SpanTokens _speaker = new();

    private int _relativeCue = -1;

    private int _relative;

    /// <summary>
    /// The context of attribution <paramref name="original"/>; <paramref name="candidates"/>, when given, must be its candidates as
    /// <see cref="SpeakerCandidates.Generate(TokenTraits, Attribution)"/> makes them (read, not changed, while the context is in use).
    /// </summary>
    public AfterRankerContext(TokenTraits traits, Attribution original, List<SpeakerCandidate>? candidates = null)
    {
        ArgumentNullException.ThrowIfNull(traits);
        ArgumentNullException.ThrowIfNull(original);
        Traits = traits;
        Original = original;
        _candidates = candidates;
    }

    public TokenTraits Traits { get; }

    /// <summary>The attribution as the rules found it (before the ranker's choice).</summary>
    public Attribution Original { get; }

    /// <summary>The candidate speakers of <see cref="Original"/>, generated on first use.</summary>
    public List<SpeakerCandidate> Candidates => _candidates ??= SpeakerCandidates.Generate(Traits, Original);

    /// <summary>The first and last tokens of <paramref name="cue"/> (<see cref="TokenizedDocument.IndexAtOrAfter"/> of its start, and of its end less one).</summary>
    public (int First, int Last) CueTokens(Span cue) => _cue.Of(Traits.Doc, cue);

    /// <summary>
    /// <see cref="SpeakerRanker.RelativeBefore"/> of the cue at token <paramref name="cueFirst"/>, worked out once per token asked about
    /// (two rules after the ranker ask it of the same cue; it reads only the document).
    /// </summary>
    public int RelativeBefore(int cueFirst)
    {
        if (cueFirst != _relativeCue)
        {
            _relative = SpeakerRanker.RelativeBefore(Traits, cueFirst);
            _relativeCue = cueFirst;
        }

        return _relative;
    }

    /// <summary>The first and last tokens of <paramref name="cue"/>; false when it has none or opens inside quotation marks.</summary>
    public bool CueOutsideQuotes(Span cue, out int cueFirst, out int cueLast)
    {
        (cueFirst, cueLast) = CueTokens(cue);
        return cueFirst < Traits.Doc.Tokens.Count && cueLast >= cueFirst && !Traits.Doc.Quoted[cueFirst];
    }

    /// <summary>
    /// <paramref name="chosen"/>'s cue with its first and last tokens and the document around it; false when it has no cue or the cue
    /// opens inside quotation marks (<see cref="CueOutsideQuotes"/>), and then <paramref name="cue"/> is the default. The opening test of
    /// most rules after the ranker; it does only the work of that test (the document is read from the traits when the rule deconstructs it).
    /// </summary>
    public bool TryChosenCue(Attribution chosen, out ChosenCue cue)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        if (chosen.Cue is { } span && CueOutsideQuotes(span, out var first, out var last))
        {
            cue = new ChosenCue(span, first, last, Traits);
            return true;
        }

        cue = default;
        return false;
    }

    /// <summary>
    /// <paramref name="chosen"/>'s speaker and its cue as <see cref="TryChosenCue"/> gives it, the speaker tested first (a rule that needs
    /// both asks nothing of the cue when there is no speaker); false when it has no speaker or <see cref="TryChosenCue"/> is false.
    /// </summary>
    public bool TrySpeakerAndCue(Attribution chosen, out Span speaker, out ChosenCue cue)
    {
        ArgumentNullException.ThrowIfNull(chosen);
        if (chosen.Speaker is { } span)
        {
            speaker = span;
            return TryChosenCue(chosen, out cue);
        }

        speaker = default;
        cue = default;
        return false;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is an -ing participle cue written in lower case ("saying", "calling"), not a preposition
    /// ("regarding") and not "according": the opening test of the rules for a noun phrase or a place before a participle cue.
    /// </summary>
    public bool IsParticipleCue(int k)
    {
        var w = Traits.Doc.Tokens[k].Lower;
        return Traits.Has(k, TokenTraits.Word) && !Traits.Doc.Tokens[k].IsCapitalized && w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal)
            && !Traits.Has(k, TokenTraits.Preposition) && w != "according";
    }

    /// <summary>The first and last tokens of <paramref name="speaker"/> (<see cref="TokenizedDocument.IndexAtOrAfter"/> of its start, and of its end less one).</summary>
    public (int First, int Last) SpeakerTokens(Span speaker) => _speaker.Of(Traits.Doc, speaker);

    /// <summary>
    /// The chosen attribution's cue outside quotation marks (<see cref="TryChosenCue"/>) and what the rules after the ranker read around it:
    /// its first and last tokens, the traits, the document and its tokens. A struct, so the opening test allocates nothing; a rule takes
    /// what it reads by deconstruction (<c>var (cueFirst, cueLast, traits, doc, t) = cue;</c>).
    /// </summary>
    internal readonly struct ChosenCue
    {
        public ChosenCue(Span span, int first, int last, TokenTraits traits)
        {
            Span = span;
            First = first;
            Last = last;
            Traits = traits;
        }

        /// <summary>The cue's span in the article text.</summary>
        public Span Span { get; }

        /// <summary>The cue's first token (<see cref="TokenizedDocument.IndexAtOrAfter"/> of its start).</summary>
        public int First { get; }

        /// <summary>The cue's last token (<see cref="TokenizedDocument.IndexAtOrAfter"/> of its end, less one).</summary>
        public int Last { get; }

        public TokenTraits Traits { get; }

        /// <summary>The cue's first and last tokens, the traits, their document and its tokens.</summary>
        public void Deconstruct(out int first, out int last, out TokenTraits traits, out TokenizedDocument doc, out List<Token> tokens)
        {
            (first, last, traits) = (First, Last, Traits);
            doc = traits.Doc;
            tokens = doc.Tokens;
        }

        /// <summary>The cue's span, then what <see cref="Deconstruct(out int, out int, out TokenTraits, out TokenizedDocument, out List{Token})"/> gives.</summary>
        public void Deconstruct(out Span span, out int first, out int last, out TokenTraits traits, out TokenizedDocument doc, out List<Token> tokens)
        {
            span = Span;
            Deconstruct(out first, out last, out traits, out doc, out tokens);
        }
    }

    /// <summary>The first and last tokens of the span last asked about, worked out again only when another span is asked about.</summary>
    private struct SpanTokens
    {
        private Span _span;

        private int _first = -1;

        private int _last;

        public SpanTokens()
        {
        }

        /// <summary>The first and last tokens of <paramref name="span"/> in <paramref name="doc"/> (<see cref="TokenizedDocument.IndexAtOrAfter"/> of its start, and of its end less one).</summary>
        public (int First, int Last) Of(TokenizedDocument doc, Span span)
        {
            // The span's two ends compared as ints (speed89): the record struct's == went through its Equals and the default comparer,
            // not inlined, for each of the fifty-odd rules that open with this test.
            if (_first < 0 || span.Start != _span.Start || span.End != _span.End)
            {
                _span = span;
                _first = doc.IndexAtOrAfter(span.Start);
                _last = doc.IndexAtOrAfter(span.End) - 1;
            }

            return (_first, _last);
        }
    }
}
