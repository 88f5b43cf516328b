namespace ClaimExtract.Quotes;

/// <summary>How a statement is quoted.</summary>
public enum QuoteType
{
    /// <summary>Words inside quotation marks.</summary>
    Direct,

    /// <summary>Reported speech without quotation marks ("Ma told Xinhua that ...").</summary>
    Indirect,

    /// <summary>Reported speech that quotes part of the words, or a partial quote ('referred to ... as “a mess”').</summary>
    Mixed,
}

/// <summary>
/// One attribution found in an article: what was said (the content), how, the cue that reports it,
/// and the mention of who said it. Speakers are resolved to names by a later stage.
/// </summary>
/// <param name="Content">The words said; for quotations, inside the marks.</param>
/// <param name="Type">Direct, indirect or mixed.</param>
/// <param name="Cue">The cue's span ("told"; for "referred to ... as" the whole stretch).</param>
/// <param name="CueText">The cue as a lexicon phrase: its words, or "referred to ... as".</param>
/// <param name="Speaker">The speaker's mention as written ("he", "the billionaire", "a Bloomberg report"), when one is found.</param>
/// <param name="Addressee">Whom it was said to ("told Xinhua").</param>
internal sealed record Attribution(Span Content, QuoteType Type, Span? Cue, string? CueText, Span? Speaker, Span? Addressee)
{
    /// <summary>
    /// The attributions with those a rule added among them, in text order (by content start; the order of equal starts kept); the
    /// list itself when nothing was added.
    /// </summary>
    internal static List<Attribution> WithAdded(List<Attribution> attributions, List<Attribution>? added) =>
        added is null ? attributions : [.. attributions.Concat(added).OrderBy(a => a.Content.Start)];

    /// <summary>
    /// This attribution with another speaker, the one a rule chose by reading the words: not taken from context
    /// (<see cref="InheritedFrom"/>) and not a relative pronoun's (<see cref="Referent"/>).
    /// </summary>
    internal Attribution WithSpeaker(Span? speaker) => this with { Speaker = speaker, Referent = null, InheritedFrom = null };

    /// <summary>The reporting verb alone ("said" of "has also said in a statement"), as the statement classifier reads it; by default the cue text.</summary>
    public string? CueVerb
    {
        get => field ?? CueText;
        init;
    }

    /// <summary>A quotation with no cue that this attribution's content takes in, and which it replaces (see <see cref="CueTagger"/>).</summary>
    public Attribution? Absorbs { get; init; }

    /// <summary>For an attribution the cue tagger added, its cue's raw score (see <see cref="AttributionVerifier"/>); null for the rules'.</summary>
    public float? TaggerScore { get; init; }

    /// <summary>
    /// Who relays the speaker's words, when the article gives them through an intermediary ("“We will not pay,” Ruiz said, according to
    /// the Ledger": the Ledger); set last, by <see cref="ReportRelay"/>, and read by nothing before the statements are written.
    /// </summary>
    public Span? ReportedBy { get; init; }

    /// <summary>When the speaker is taken from context, the attribution it is taken from.</summary>
    public Attribution? InheritedFrom { get; init; }

    /// <summary>When the speaker is a relative pronoun ("Zucker, who has voiced"), the mention it stands for, which names the speaker.</summary>
    public Span? Referent { get; init; }

    /// <summary>When the speaker is two coordinated subjects ("Volker and Morrison said"), each one's mention; the speaker span covers both (see <see cref="CoordinatedSubject"/>).</summary>
    public IReadOnlyList<Span>? Conjuncts { get; init; }

    /// <summary>
    /// For a quotation the rules leave without a cue, the attribution a looser reading of the words after it finds ("“...,” said
    /// planetary geologist Ana Ruiz of the institute"); the learned models never see it, and <see cref="ClaimPipeline"/> applies it after them.
    /// </summary>
    public Attribution? CueAfterQuotation { get; init; }

    // Null for an attribution whose one part is its content: Parts then makes that one-part list on each read, so the rules
    // that only ask how many parts there are, or the first or the last, read PartCount, FirstPart and LastPart, which make none.
    private readonly IReadOnlyList<Span>? _parts;

    /// <summary>The pieces of the content without the attribution between them (“A,” Ma told Xinhua. “B.” has two); by default the content itself.</summary>
    public IReadOnlyList<Span> Parts
    {
        get => _parts ?? [Content];
        init => _parts = value;
    }

    /// <summary><see cref="Parts"/>' count.</summary>
    internal int PartCount => _parts?.Count ?? 1;

    /// <summary><see cref="Parts"/>' first.</summary>
    internal Span FirstPart => _parts is null ? Content : _parts[0];

    /// <summary><see cref="Parts"/>' last.</summary>
    internal Span LastPart => _parts is null ? Content : _parts[^1];
}
