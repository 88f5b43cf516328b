using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// Content edges of branch content31 (docs/quotes.md, "content31"): a quotation's piece that is a fragment quoted inside its
/// speaker's words is not part of the quotation (<see cref="EndBeforeQuotedFragment"/>), and a verb's particle after the cue
/// is not content (<see cref="StartAfterParticle"/>).
/// </summary>
internal static partial class ContentEdges
{
    // Words before a quoted piece that join it to the quotation before the cue ("“A,” she said, and “B.”"; "“A,” she said
    // that “B”"): the piece goes on with the quotation, as PolNeAR joins it.
    private static readonly System.Collections.Frozen.FrozenSet<string> JoiningWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["and", "or", "but", "nor", "that"], StringComparer.Ordinal);

    /// <summary>
    /// Where a direct quotation whose cue follows it ends when the rules joined to it a quoted fragment of the words that
    /// follow its speaker in the same sentence: "“We will keep going,” said Okafor, who called the levy “a fair deal.”" (a
    /// partial quote in the speaker's relative clause), "“The pier is safe,” Delgado said on the radio show “Harbour Talk.”" (a
    /// title), "“It was shameful,” said Ana Okafor, who waited in a “very long line” at the port." PolNeAR's content is the
    /// quotation before the cue; ours ran to the fragment's closing mark. The quotation must end in punctuation inside its
    /// mark (“...,” / “...?”), open its sentence or follow punctuation (not a quotation inside other words); the next piece's
    /// opening mark must follow a word other than the cue's last and "and", "or", "but", "nor", "that" (a split quotation,
    /// “A,” he said, “B.”, and “A,” he said, and “B.” go on), with no ", that" between the cue and that piece ("wrote in a
    /// letter, that the board “may ...”"); every later piece must stand in the cue's sentence (“A,” she said. “B.” is one
    /// statement in PolNeAR) and no line break between. On PolNeAR train, 28 spans made exact, none unmade, no match lost
    /// (as written). Null when it does not apply.
    /// </summary>
    internal static int? EndBeforeQuotedFragment(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (a.Type != QuoteType.Direct || a.PartCount < 2 || a.Cue is not { } cue || cue.Start < a.FirstPart.End || cue.End > a.Parts[1].Start)
        {
            return null;
        }

        var text = doc.Document.Text;
        var first = a.FirstPart;
        var markLength = first.Length >= 3 && text[first.End - 1] == '\'' && text[first.End - 2] == '\'' ? 2 : 1;
        if (first.Length <= markLength + 1 || text[first.End - 1] is not ('”' or '"' or '\'' or '’' or '»')
            || text[first.End - markLength - 1] is not (',' or '.' or '?' or '!')
            || text.AsSpan(first.End, a.Content.End - first.End).Contains('\n'))
        {
            return null;
        }

        var before = first.Start;
        while (before > 0 && text[before - 1] == ' ')
        {
            before--;
        }

        if (before > 0 && char.IsLetterOrDigit(text[before - 1]))
        {
            return null;
        }

        var t = doc.Tokens;
        var cueToken = doc.IndexAtOrAfter(cue.Start);
        var open = doc.IndexAtOrAfter(a.Parts[1].Start);
        if (cueToken >= t.Count || open >= t.Count || open == 0 || !t[open - 1].IsWord || t[open - 1].Span.End <= cue.End
            || JoiningWords.Contains(t[open - 1].Lower))
        {
            return null;
        }

        for (var j = cueToken; j < open; j++)
        {
            if (t[j].Lower == "that" && t[j - 1].Value == ",")
            {
                return null;
            }
        }

        var sentence = doc.SentenceStartToken(cueToken);
        foreach (var part in a.Parts.Skip(1))
        {
            var last = doc.IndexAtOrAfter(part.End - 1);
            if (last >= t.Count || doc.SentenceStartToken(doc.IndexAtOrAfter(part.Start)) != sentence || doc.SentenceStartToken(last) != sentence)
            {
                return null;
            }
        }

        return first.End;
    }

    // Particles of phrasal verbs that PolNeAR's cue takes and our content began with ("shrugged off", "ticked off", "talked up").
    private static readonly System.Collections.Frozen.FrozenSet<string> VerbParticles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["off", "up", "out", "back", "down", "away", "aside"], StringComparer.Ordinal);

    // Words after a particle that make it a preposition of the content ("said up to 300 people", "out of the race").
    private static readonly System.Collections.Frozen.FrozenSet<string> AfterPrepositionalParticle = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["to", "of", "front", "until", "for"], StringComparer.Ordinal);

    /// <summary>
    /// Where reported content right after its cue starts when its first word is the particle of a phrasal verb: "The campaign
    /// shrugged off [the criticism]", "Okafor ticked off [a list of repairs]", "She talked up [her plan for the pier]" (PolNeAR's
    /// cue is "shrugged off"; our content began with "off"). The particle (off, up, out, back, down, away, aside) must follow
    /// the cue with only white space between and be followed by a word that is not "to", "of", "front", "until" or "for" ("up
    /// to 300 people" keeps its "up"). The cue is left as it is. On PolNeAR train, 7 spans made exact, none unmade (simulated).
    /// Null when it does not apply.
    /// </summary>
    internal static int? StartAfterParticle(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (ReportedAfterCue(a) is not { } cue)
        {
            return null;
        }

        var text = doc.Document.Text;
        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(a.Content.Start);
        if (first + 1 >= t.Count || t[first].Span.Start != a.Content.Start || !VerbParticles.Contains(t[first].Lower)
            || !text.AsSpan(cue.End, a.Content.Start - cue.End).IsWhiteSpace() || !t[first + 1].IsWord
            || AfterPrepositionalParticle.Contains(t[first + 1].Lower) || t[first + 1].Span.Start >= a.Content.End)
        {
            return null;
        }

        return t[first + 1].Span.Start;
    }
}
