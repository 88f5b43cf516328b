using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// Subjects of two conjuncts: "Volker and Morrison said", "He and others questioned", "Paganini and his team reported". The rules and
/// the speaker ranker take the mention right before the cue, the second conjunct only; the speaker is both, a group (audit 14:
/// about 20 on the Zyte pages). An "and" inside a name ("the Department of Health and Human Services says", "the Center for Disease
/// Control and Prevention said") joins no speakers: the mention is the whole name.
/// </summary>
internal static class CoordinatedSubject
{
    // What may stand before a subject that opens its clause.
    private static readonly FrozenSet<string> ClauseOpeners = FrozenSet.ToFrozenSet(
        [",", ":", ";", "—", "–", "(", "“", "\"", "both", "but", "as", "while", "when", "because", "that", "if", "however", "then", "so",
         "although", "though", "after", "before", "since", "until", "where", "now", "and"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> SubjectPronouns = FrozenSet.ToFrozenSet(["he", "she", "i", "we", "they"], StringComparer.OrdinalIgnoreCase);

    // Longest stretch an apposition (", the former envoy to Ukraine,") may take between a conjunct and what follows it.
    private const int MaxApposition = 15;

    /// <summary>The attributions, each whose speaker is the second of two coordinated subjects given both (see <see cref="Attribution.Conjuncts"/>).</summary>
    public static List<Attribution> Extend(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (Of(doc, a) is { } found)
            {
                attributions[i] = a with { Speaker = found.Whole, Conjuncts = found.Parts };
            }
        }

        return attributions;
    }

    /// <summary>
    /// The whole subject when <paramref name="a"/>'s speaker mention is the second conjunct of a subject right before the cue (over
    /// adverbs and an apposition), with its parts; for an "and" inside an institution's name, the whole name and no parts. Null otherwise.
    /// </summary>
    internal static (Span Whole, IReadOnlyList<Span>? Parts)? Of(TokenizedDocument doc, Attribution a)
    {
        if (a.Speaker is not { } speaker || a.Cue is not { } cue || cue.Start < speaker.End || a.Referent is not null || doc.Tokens.Count == 0)
        {
            return null;
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(speaker.Start);
        var last = doc.IndexAtOrAfter(speaker.End) - 1;
        if (first >= t.Count || last < first || t[first].Span.Start != speaker.Start || SubjectOfCue(doc, last, cue) is not { } apposed)
        {
            return null;
        }

        var start = doc.SentenceStartToken(first);
        var and = first - 1;
        if (and <= start || t[and].Lower != "and" || doc.Quoted[and])
        {
            return null;
        }

        var leftLast = and - 1;
        if (t[leftLast].Value == "," && OpeningComma(doc, leftLast, start) is { } opening)
        {
            leftLast = opening - 1; // "Kurt Volker, the former envoy, and Tim Morrison said"
        }

        if (leftLast < start || LeftConjunct(doc, leftLast, start) is not { } leftFirst)
        {
            return null;
        }

        var before = leftFirst - 1;
        if (before >= start && t[before].Lower is "of" or "for" && t[leftFirst].IsCapitalized && t[first].IsCapitalized && leftLast == and - 1 && !apposed)
        {
            // "the Michigan Department of Health and Human Services": one name, back to its first capitalised word and article. Not
            // when an apposition follows ("the head of the Port Authority and Ana Ruiz, the harbour secretary, said"): a person's.
            var nameFirst = before;
            while (nameFirst - 1 >= start && t[nameFirst - 1].IsCapitalized && !doc.Quoted[nameFirst - 1])
            {
                nameFirst--;
            }

            if (nameFirst == before)
            {
                return null;
            }

            if (nameFirst - 1 >= start && t[nameFirst - 1].Lower == "the")
            {
                nameFirst--;
            }

            return (new Span(t[nameFirst].Span.Start, speaker.End), null);
        }

        if (before >= start && !ClauseOpeners.Contains(t[before].Value))
        {
            return null; // "met with Smith and Jones", "the calls of Smith and Jones"
        }

        var left = new Span(t[leftFirst].Span.Start, t[leftLast].Span.End);
        return (new Span(left.Start, speaker.End), [left, speaker]);
    }

    // Whether the cue follows the mention ending at token last, over an apposition and adverbs or auxiliaries ("Morrison, a former
    // official, testified", "Ford and Fry quickly replied"): null when not, else whether there is an apposition between.
    private static bool? SubjectOfCue(TokenizedDocument doc, int last, Span cue)
    {
        var t = doc.Tokens;
        var m = last + 1;
        var apposed = false;
        if (m < t.Count && t[m].Value == ",")
        {
            var close = m + 1;
            while (close < t.Count && close <= m + MaxApposition && t[close].Value is not ("," or "." or ";" or "!" or "?") && !doc.Quoted[close])
            {
                close++;
            }

            if (close < t.Count && t[close].Value == "," && close > m + 1)
            {
                m = close + 1;
                apposed = true;
            }
        }

        while (m < t.Count && t[m].Span.Start < cue.Start && t[m].IsWord && (Lexicon.Adverbs.Contains(t[m].Value) || Lexicon.EndsLikeAnAdverb(t[m].Lower)))
        {
            m++;
        }

        return m < t.Count && t[m].Span.Start == cue.Start ? apposed : null;
    }

    // The comma that opens an apposition closed by the comma at token close ("Volker, the former envoy to Ukraine, and"): the
    // apposition opens with a determiner, a capitalised word or a number (an age), within a few words.
    private static int? OpeningComma(TokenizedDocument doc, int close, int start)
    {
        var t = doc.Tokens;
        for (var c = close - 1; c > start && c >= close - MaxApposition; c--)
        {
            if (doc.Quoted[c] || t[c].Value is "." or ";" or "!" or "?")
            {
                return null;
            }

            if (t[c].Value == ",")
            {
                var opener = t[c + 1];
                return c + 1 < close && (Lexicon.Determiners.Contains(opener.Value) || opener.IsCapitalized || char.IsAsciiDigit(opener.Value[0])) ? c : null;
            }
        }

        return null;
    }

    // The first token of the conjunct ending at token j: a subject pronoun, a capitalised name with its titles and article
    // ("US Trade Representative Robert Lighthizer", "The United Nations"), or a speaker noun after its determiner ("his team").
    private static int? LeftConjunct(TokenizedDocument doc, int j, int start)
    {
        var t = doc.Tokens;
        if (!t[j].IsWord || doc.Quoted[j])
        {
            return null;
        }

        if (SubjectPronouns.Contains(t[j].Value))
        {
            return j;
        }

        if (t[j].IsCapitalized && !Lexicon.IsNotNameAt(t, j))
        {
            var f = j;
            while (f - 1 >= start && t[f - 1].IsWord && !doc.Quoted[f - 1] && (t[f - 1].IsCapitalized && !Lexicon.IsNotNameAt(t, f - 1) || Lexicon.Titles.Contains(t[f - 1].Value))
                   && !EndsPossessive(t[f - 1].Value))
            {
                f--;
            }

            return f - 1 >= start && t[f - 1].Lower == "the" ? f - 1 : f;
        }

        if (Lexicon.PersonNouns.Contains(t[j].Value) || Lexicon.OrganizationNouns.Contains(t[j].Value) || Lexicon.IsGroupNoun(t[j].Value))
        {
            for (var f = j - 1; f >= Math.Max(start, j - 4); f--)
            {
                if (!t[f].IsWord || doc.Quoted[f])
                {
                    break;
                }

                if (Lexicon.Determiners.Contains(t[f].Value) || EndsPossessive(t[f].Value))
                {
                    return f;
                }
            }

            return Lexicon.IsGroupNoun(t[j].Value) ? j : null;
        }

        return null;
    }

    private static bool EndsPossessive(string word) =>
        word.EndsWith("’s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("'s", StringComparison.OrdinalIgnoreCase);
}
