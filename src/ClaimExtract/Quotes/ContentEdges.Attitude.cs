using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The content edge of branch exact52 (docs/quotes.md, "exact52"): after a light verb of expressing ("expressed", "voiced",
/// "showed", "signaled", ...), the noun of an attitude and its preposition belong to the cue, and the content is what the
/// attitude is about ("Okafor voiced concern about [the cost of the levy]": <see cref="StartAfterAttitudeNoun"/>).
/// </summary>
internal static partial class ContentEdges
{
    // Light verbs whose object names an attitude or an act of speech rather than what is said: PolNeAR's cue runs on over
    // that noun and its preposition ("expressed concern about", "voiced support for", "showed no interest in"). Every form.
    // Not "delivered" / "posted" / "tweeted": their object is the speech itself ("posted a comment on Twitter"); not "offer",
    // whose object is as often help or a feature given ("the new phones offer support for wireless charging").
    private static readonly System.Collections.Frozen.FrozenSet<string> ExpressingVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["express", "expresses", "expressed", "expressing", "voice", "voices", "voiced", "voicing", "show", "shows", "showed", "shown",
         "showing", "signal", "signals", "signaled", "signalled", "signaling", "signalling", "indicate", "indicates", "indicated",
         "indicating", "pledge", "pledges", "pledged", "pledging", "share", "shares", "shared",
         "sharing", "issue", "issues", "issued", "issuing", "mount", "mounts", "mounted", "mounting", "lodge", "lodges", "lodged",
         "lodging", "level", "levels", "leveled", "levelled", "leveling", "levelling", "register", "registers", "registered",
         "registering", "claim", "claims", "claimed", "claiming", "extend", "extends", "extended", "extending", "convey", "conveys",
         "conveyed", "conveying", "air", "airs", "aired", "airing"], StringComparer.Ordinal);

    // Nouns of an attitude (or of the act that shows one) whose preposition opens what the attitude is about.
    private static readonly System.Collections.Frozen.FrozenSet<string> AttitudeNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["support", "opposition", "criticism", "criticisms", "critique", "critiques", "concern", "concerns", "question", "questions",
         "attack", "attacks", "endorsement", "attention", "interest", "mention", "doubt", "doubts", "defense", "defence", "credit", "view",
         "views", "position", "positions", "rejection", "embrace", "congratulations", "condolences", "praise", "enthusiasm", "sympathy",
         "contempt", "disdain", "skepticism", "scepticism", "fear", "fears", "worry", "worries", "complaint", "complaints", "objection",
         "objections", "admiration", "respect", "dislike", "distaste", "displeasure", "anger", "frustration", "outrage", "disgust",
         "astonishment", "disappointment", "affection", "opinion", "opinions", "thoughts", "backing", "hostility"], StringComparer.Ordinal);

    // The nouns that take "of" for what they are about ("criticism of the levy"); for the others "of" names whose attitude it is
    // ("the frustration of many voters"), and the content does not start after it.
    private static readonly System.Collections.Frozen.FrozenSet<string> AttitudeNounsWithOf = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["criticism", "criticisms", "critique", "critiques", "defense", "defence", "mention", "endorsement", "rejection", "embrace", "view",
         "views"], StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> AttitudePrepositions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["for", "about", "of", "on", "to", "over", "against", "at", "with", "in"], StringComparer.Ordinal);

    // First words that open a clause or a pronoun object, not a noun phrase ("indicated [that the comments about ...]").
    private static readonly System.Collections.Frozen.FrozenSet<string> NotAttitudeOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["that", "whether", "if", "how", "what", "why", "when", "where", "who", "which", "he", "she", "they", "we", "i", "you", "it",
         "there", "this", "these", "those"], StringComparer.Ordinal);

    /// <summary>
    /// Where reported content right after a light verb of expressing (<see cref="ExpressingVerbs"/>, the cue's last word) starts
    /// when it opens with the noun of an attitude (<see cref="AttitudeNouns"/>) and its preposition: after the preposition
    /// ("Okafor voiced concern about [the cost of the levy]", "The union expressed its support for [the strike]", "showed no
    /// interest in [running again]"). Up to three words may stand before the noun, each a lower-case word (a determiner, a
    /// possessive, an adjective) or a possessive noun ("Okafor's"); the content must not open a clause ("that", a wh-word, a
    /// subject pronoun: <see cref="NotAttitudeOpeners"/>); "of" only after the nouns that take it for their object
    /// (<see cref="AttitudeNounsWithOf"/>: "criticism of", not "the frustration of many voters"); a word must follow the
    /// preposition inside the content; not when the speaker is a poll, a study or records
    /// (<see cref="TrailingReport.RecordNouns"/>: "A new poll shows [majority support for the levy]" reports the voters'
    /// attitude, not the poll's). The cue is left as it is. On PolNeAR train, 25 spans made exact, 4 unmade and 2 matches lost
    /// (docs/quotes.md, "exact52"). Null when it does not apply.
    /// </summary>
    internal static int? StartAfterAttitudeNoun(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (!TokensRightAfterCue(doc, a, out var last, out var first))
        {
            return null;
        }

        var t = doc.Tokens;
        if (!ExpressingVerbs.Contains(t[last].Lower) || NotAttitudeOpeners.Contains(t[first].Lower))
        {
            return null;
        }

        // A poll, a study or records that show support report other people's attitude: the attitude is what they show.
        if (a.Speaker is { } speaker && doc.IndexAtOrAfter(speaker.End) - 1 is var head && head >= 0
            && TrailingReport.RecordNouns.Contains(t[head].Lower))
        {
            return null;
        }

        for (var j = first; j < first + 4 && j + 2 < t.Count && t[j + 2].Span.End <= a.Content.End; j++)
        {
            var w = t[j].Lower;
            if (AttitudeNouns.Contains(w))
            {
                var preposition = t[j + 1].Lower;
                return AttitudePrepositions.Contains(preposition) && (preposition != "of" || AttitudeNounsWithOf.Contains(w))
                    ? t[j + 2].Span.Start
                    : null;
            }

            var modifier = t[j].IsWord && (char.IsLower(t[j].Value[0]) || w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal));
            if (!modifier || doc.Quoted[j])
            {
                return null;
            }
        }

        return null;
    }
}
