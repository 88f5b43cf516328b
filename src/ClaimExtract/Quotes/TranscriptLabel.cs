using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A transcript's turn with the speaker's name in capitals: "[TAPPER]: [Senator, will you back the bill?]" where the article writes
/// the name in mixed case elsewhere ("Jake Tapper"), not at a sentence's start (where a heading's word, "LOOK:", "UPDATE:", stands as
/// well). The rules' headline colon reads a label only when the article has the same word outside such a label; a label in capitals
/// never is (docs/quotes.md, "recall46" and "port47": first measured inside <see cref="AttributionFinder"/>, whose attributions the
/// cue tagger trains on, so moved here, after the models). The content runs from the colon to the paragraph's end; the label of one to
/// four words in capitals opens its sentence and is no salutation ("DEAR ABBY:" opens a letter to her, as the headline colon's
/// label check says); none where a statement's content or cue touches the label or reaches out of the turn
/// (statements nested inside the turn's content stay, and the turn is added over them). Runs after
/// <see cref="TrailingReport"/>.
/// </summary>
internal static class TranscriptLabel
{
    /// <summary>The most words of a label.</summary>
    public const int MaxLabelWords = 4;

    /// <summary>The fewest words of a content.</summary>
    public const int MinimumWords = 3;

    /// <summary>The fewest turns with a label in capitals that make an article a transcript.</summary>
    public const int TranscriptTurns = 4;

    /// <summary>The most tokens of a content.</summary>
    public const int MaxContentTokens = 400;

    /// <summary>The attributions with a statement added for each labelled turn found (see the class), in text order.</summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        List<Attribution>? added = null;
        var transcript = IsTranscript(doc);
        foreach (var k in TriggerTokens.Of(doc).Tokens(TriggerTokens.Rule.Transcript))
        {
            if (k < 1 || k + 1 >= t.Count || doc.Quoted[k] || Find(doc, k, transcript) is not { } found
                || HeldElsewhere(attributions, found.Speaker, found.Content))
            {
                continue;
            }

            added ??= [];
            added.Add(new Attribution(found.Content, QuoteType.Indirect, t[k].Span, ":", found.Speaker, null));
        }

        return Attribution.WithAdded(attributions, added);
    }

    /// <summary>
    /// The label and the turn of the colon at token <paramref name="k"/>; null when the form does not fit. In a
    /// <paramref name="transcript"/> (see <see cref="IsTranscript"/>) a label need not be written in mixed case elsewhere.
    /// </summary>
    internal static (Span Speaker, Span Content)? Find(TokenizedDocument doc, int k, bool transcript = false)
    {
        var t = doc.Tokens;
        var start = doc.SentenceStartToken(k);
        if (k - start < 1 || k - start > MaxLabelWords || !t[k + 1].IsWord || t[start].Lower == "dear")
        {
            return null;
        }

        for (var j = start; j < k; j++)
        {
            if (!Capitals(t[j].Value) || doc.Quoted[j] || Lexicon.NotNames.Contains(t[j].Value))
            {
                return null;
            }
        }

        if (!transcript && !NamedInMixedCase(doc, k - 1))
        {
            return null;
        }

        var paragraph = doc.Document.Paragraphs[doc.Document.ParagraphAt(t[k].Span.Start)];
        var last = k + 1;
        while (last + 1 < t.Count && t[last + 1].Span.End <= paragraph.End && last + 1 <= k + MaxContentTokens)
        {
            last++;
        }

        return PollReport.Words(t, k + 1, last) < MinimumWords || t[k + 1].Span.Start >= paragraph.End
            ? null
            : (new Span(t[start].Span.Start, t[k - 1].Span.End), new Span(t[k + 1].Span.Start, t[last].Span.End));
    }

    // Whether a statement touches the label or the turn other than inside the turn's content: a statement nested in the turn ("I
    // think ...", which the cue tagger reads in a turn without its label) is the speaker's own, and PolNeAR marks the turn over it.
    private static bool HeldElsewhere(List<Attribution> attributions, Span label, Span content)
    {
        var turn = new Span(label.Start, content.End);
        foreach (var a in attributions)
        {
            if ((a.Content.Overlaps(turn) || a.Cue is { } c && c.Overlaps(turn))
                && !(Inside(a.Content, content) && (a.Cue is not { } cue || Inside(cue, content)) && (a.Speaker is not { } s || Inside(s, content))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the article is a transcript: at least <see cref="TranscriptTurns"/> paragraphs open with a label of one to four words
    /// in capitals and a colon, under at least two names ("JAKE TAPPER: ...", "FALLIN: ...", "TAPPER: ..."). There every label is a
    /// speaker's, though the article may name the host only in the label (docs/quotes.md, "recall52").
    /// </summary>
    internal static bool IsTranscript(TokenizedDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var t = doc.Tokens;
        var turns = 0;
        string? name = null;
        var names = 0;
        // Only the colons (TriggerTokens), not every token.
        foreach (var k in TriggerTokens.Of(doc).Tokens(TriggerTokens.Rule.Transcript))
        {
            if (k < 1 || doc.Quoted[k])
            {
                continue;
            }

            var start = doc.SentenceStartToken(k);
            if (k - start < 1 || k - start > MaxLabelWords
                || doc.Document.Paragraphs[doc.Document.ParagraphAt(t[start].Span.Start)].Start != t[start].Span.Start)
            {
                continue;
            }

            var capitals = true;
            for (var j = start; j < k && capitals; j++)
            {
                capitals = Capitals(t[j].Value);
            }

            if (!capitals)
            {
                continue;
            }

            turns++;
            if (name is null || names < 2 && t[k - 1].Value != name)
            {
                names++;
                name ??= t[k - 1].Value;
            }
        }

        return turns >= TranscriptTurns && names >= 2;
    }

    private static bool Inside(Span inner, Span outer) => inner.Start >= outer.Start && inner.End <= outer.End;

    // Whether the article writes the label's word in mixed case ("Tapper" for "TAPPER"), not at a sentence's start.
    private static bool NamedInMixedCase(TokenizedDocument doc, int name)
    {
        var t = doc.Tokens;
        for (var j = 0; j < t.Count; j++)
        {
            // The word's own test first: most tokens are not the label's word, and their case need not be read.
            if (t[j].IsCapitalized && string.Equals(t[j].Value, t[name].Value, StringComparison.OrdinalIgnoreCase)
                && !Capitals(t[j].Value) && j != doc.SentenceStartToken(j))
            {
                return true;
            }
        }

        return false;
    }

    // A word of two or more letters, all capitals ("TAPPER", "O'NEILL").
    // (A loop, not LINQ's Count and Any over the string's characters: NamedInMixedCase asks it of every capitalized token.)
    private static bool Capitals(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters > 1;
    }
}
