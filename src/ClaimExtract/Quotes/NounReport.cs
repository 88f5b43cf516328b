using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// An attitude told by a noun, in a stretch no statement holds: "Ana Ruiz’s [support for] [the levy]", "his [attacks on] [the
/// mayor]", "the council's [decision] [to close the pier]". PolNeAR annotates these as it annotates speech: the possessive before
/// the noun the source, the noun (with its preposition) the cue, the noun's object the content (docs/quotes.md, "recall44"). The
/// source is a possessive determiner ("his", "her", "their", "its") or a possessive ("Ruiz's", "the council's") right before the
/// noun, at most one modifier between ("her long support for"); the content the object of the noun's preposition, read as
/// <see cref="EndorsementReport"/> reads a verb's object, or the noun's infinitive or "that" clause to the first punctuation.
/// The source opens its sentence or clause or follows a preposition of circumstance ("in his attacks on"), not a verb. None inside
/// quotation marks, none where a statement's content or cue touches the source, the noun or the content's first word. Runs after
/// <see cref="EndorsementReport"/>.
/// </summary>
internal static class NounReport
{
    // Each noun with the prepositions whose object is its content (the preposition in the cue: "support for") and the words that
    // open its clause content (the word kept in the content: "decision [to close ...]").
    private static readonly FrozenDictionary<string, (string[] Prepositions, string[] Clauses)> Nouns =
        new Dictionary<string, (string[], string[])>(StringComparer.Ordinal)
        {
            ["support"] = (["for"], []),
            ["attacks"] = (["on", "against"], []),
            ["attack"] = (["on", "against"], []),
            ["criticism"] = (["of"], []),
            ["criticisms"] = (["of"], []),
            ["stance"] = (["on"], []),
            ["endorsement"] = (["of"], []),
            ["preference"] = (["for"], []),
            ["decision"] = ([], ["to", "not"]),
            ["plan"] = ([], ["to"]),
            ["plans"] = ([], ["to"]),
            ["proposal"] = (["for"], ["to"]),
            ["push"] = (["for"], ["to"]),
            ["refusal"] = ([], ["to"]),
            ["promise"] = ([], ["to", "that"]),
            ["vow"] = ([], ["to", "that"]),
            ["claim"] = ([], ["that"]),
        }.ToFrozenDictionary(StringComparer.Ordinal);

    // Prepositions before the source after which the attitude is the source's own (see Find).
    private static readonly FrozenSet<string> Circumstances = FrozenSet.ToFrozenSet(
        ["in", "by", "from", "to", "with", "after", "for", "of"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(["his", "her", "their", "its", "our", "my"], StringComparer.Ordinal);

    /// <summary>The attributions with a statement added for each attitude noun found (see the class), in text order.</summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        List<Attribution>? added = null;
        // Only the tokens of the nouns' forms (TriggerTokens: the forms asked once per article for all the rules that scan every token).
        foreach (var k in TriggerTokens.Of(doc).Tokens(TriggerTokens.Rule.Noun))
        {
            if (k < 1 || k + 1 >= t.Count
                || (t[k + 1].Value == ":" ? Colon(doc, k) : Find(doc, k)) is not { } found || StanceReport.Touches(attributions, found.Touched)
                || added is not null && ContentOverlaps(added, found.Touched))
            {
                continue;
            }

            added ??= [];
            added.Add(new Attribution(found.Content, doc.Quoted[doc.IndexAtOrAfter(found.Content.Start)] ? QuoteType.Mixed : QuoteType.Indirect,
                found.Cue, found.CueText, found.Speaker, null));
        }

        return Attribution.WithAdded(attributions, added);
    }

    // Nouns of a message or an aim that a colon opens: "Their argument: [only the Senate can act]" (docs/quotes.md, "recall52").
    private static readonly FrozenSet<string> ColonNouns = FrozenSet.ToFrozenSet(
        ["argument", "message", "goal", "view", "position", "answer", "response", "verdict", "advice", "conclusion", "point", "promise",
         "demand", "plea", "warning", "pitch", "reasoning", "explanation", "prediction", "aim", "hope", "fear"],
        StringComparer.Ordinal);

    // The nouns and the colon's nouns by hash (WordTable.HashFilter), after both sets (static fields are made in the order written).
    internal static readonly WordTable.HashFilter NounWords = new([.. Nouns.Keys, .. ColonNouns]);

    /// <summary>Whether the form's lower case can open this rule (asked of the forms whose lower case's hash <see cref="NounWords"/> may hold; see <see cref="TriggerTokens"/>).</summary>
    internal static bool IsNoun(string w) => Nouns.ContainsKey(w) || ColonNouns.Contains(w);

    /// <summary>
    /// "Their argument: [only the Senate can act]", "Carrier's message: [...]": a sentence that opens with a possessive determiner or
    /// a capitalised name's possessive, then a noun of <see cref="ColonNouns"/> (token <paramref name="k"/>) and a colon; the possessive
    /// is the source, the noun and colon the cue, the rest of the sentence the content. Null when the form does not fit.
    /// </summary>
    internal static (Span Speaker, Span Cue, string CueText, Span Content, Span Touched)? Colon(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var start = doc.SentenceStartToken(k);
        if (doc.Quoted[k] || k + 2 >= t.Count || t[k + 1].Value != ":" || !ColonNouns.Contains(t[k].Lower))
        {
            return null;
        }

        // The possessive mark is a token of its own or the end of the name's token ("Marsh’s").
        var apart = t[k - 1].Value is "’s" or "'s";
        var joined = !apart && t[k - 1].IsCapitalized && (t[k - 1].Value.EndsWith("’s", StringComparison.Ordinal) || t[k - 1].Value.EndsWith("'s", StringComparison.Ordinal));
        var named = apart && k - start >= 2 || joined;
        for (var j = start; named && j < (apart ? k - 1 : k); j++)
        {
            named = t[j].IsCapitalized && !Lexicon.IsNotNameAt(t, j);
        }

        if (!named && !(k - start == 1 && Determiners.Contains(t[start].Lower)))
        {
            return null;
        }

        var last = PollReport.LastWord(t, k + 2, doc.SentenceEndToken(k) - 1);
        if (last < k + 2 || PollReport.Words(t, k + 2, last) < 3)
        {
            return null;
        }

        var speakerEnd = named && apart ? k - 2 : named ? k - 1 : start;
        return (new Span(t[start].Span.Start, t[speakerEnd].Span.End), new Span(t[k].Span.Start, t[k + 1].Span.End), t[k].Lower + ":",
            new Span(t[k + 2].Span.Start, t[last].Span.End), new Span(t[start].Span.Start, t[last].Span.End));
    }

    // A loop, not `added.Any(a => ... found.Touched ...)`: that lambda over a variable of the loop's body made its closure object at
    // every token of the article (about 9 MB a round of the Zyte pages).
    private static bool ContentOverlaps(List<Attribution> added, Span touched)
    {
        foreach (var a in added)
        {
            if (a.Content.Overlaps(touched))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The attitude whose noun is token <paramref name="k"/>: its source, cue, cue text, content, and
    /// the stretch from the source to the content's first word; null when the form does not fit.
    /// </summary>
    internal static (Span Speaker, Span Cue, string CueText, Span Content, Span Touched)? Find(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var sentenceStart = doc.SentenceStartToken(k);
        var sentenceEnd = doc.SentenceEndToken(k);
        if (doc.Quoted[k] || k + 2 >= sentenceEnd || !Nouns.TryGetValue(t[k].Lower, out var forms)
            || t[k].IsCapitalized)
        {
            return null;
        }

        var next = t[k + 1].Lower;
        int first;
        string cueText;
        if (forms.Prepositions.Contains(next) && EndorsementReport.Object(t[k + 2]))
        {
            first = k + 2;
            cueText = t[k].Lower + " " + next;
        }
        else if (forms.Clauses.Contains(next) && (next != "not" || t[k + 2].Lower == "to") && t[k + 2].IsWord)
        {
            first = k + 1;
            cueText = t[k].Lower;
        }
        else
        {
            return null;
        }

        var source = Source(doc, k);
        // The noun phrase opens its sentence or clause, or follows a preposition of circumstance ("in his attacks on", "by her
        // decision to"); after a verb ("defended his support for", "focused on her plan to") PolNeAR gives the attitude to the
        // verb's subject, a speaker this rule cannot read.
        if (source is not { } o || o.First > sentenceStart && t[o.First - 1].IsWord && !Circumstances.Contains(t[o.First - 1].Lower))
        {
            return null;
        }

        var content = first == k + 2 ? EndorsementReport.ObjectSpan(doc, first) : Clause(doc, first);
        var speaker = new Span(t[o.First].Span.Start, t[o.Last].Span.End);
        return (speaker, new Span(t[k].Span.Start, t[first - 1].Span.End), cueText, content, new Span(speaker.Start, t[first].Span.End));
    }

    // The possessive before the noun at token k (at most one modifier between): its first and last tokens; null when there is none.
    private static (int First, int Last)? Source(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var sentenceStart = doc.SentenceStartToken(k);
        for (var p = k - 1; p >= sentenceStart && p >= k - 2; p--)
        {
            if (!t[p].IsWord || doc.Quoted[p])
            {
                return null;
            }

            if (Determiners.Contains(t[p].Lower))
            {
                return (p, p);
            }

            if (Speakers.EntityIndex.EndsPossessive(t[p].Value) && t[p].Value.Length > 2)
            {
                var first = p;
                while (first - 1 >= sentenceStart && t[first - 1].IsCapitalized && !Lexicon.IsNotNameAt(t, first - 1))
                {
                    first--;
                }

                if (first - 1 >= sentenceStart && t[first - 1].Lower == "the")
                {
                    first--;
                }

                return (first, p);
            }

            // The one modifier between: a lower-case word or a number, not a determiner, preposition or auxiliary.
            if (t[p].IsCapitalized || Lexicon.Prepositions.Contains(t[p].Lower) || Lexicon.Auxiliaries.Contains(t[p].Lower)
                || t[p].Lower is "the" or "a" or "an" or "this" or "that" or "and" or "or")
            {
                return null;
            }
        }

        return null;
    }

    // A clause content from token `first` ("to", "that") to the first punctuation in its sentence.
    internal static Span Clause(TokenizedDocument doc, int first)
    {
        var t = doc.Tokens;
        var sentenceEnd = doc.SentenceEndToken(first);
        var last = first;
        while (last + 1 < sentenceEnd && t[last + 1].IsWord)
        {
            last++;
        }

        return new Span(t[first].Span.Start, t[last].Span.End);
    }
}
