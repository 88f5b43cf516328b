using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A report in the main clause before a statement's own report of the same subject: "[Ruiz] [has praised] [the mayor], saying she ...",
/// "[The union] [rejected] [the offer] and said it ...". Where the statement's cue is an -ing participle after a comma (", saying") or a
/// verb after "and"/"but" (one adverb allowed: "and later said"), and the words between its speaker and that comma or joiner are the
/// subject's verb group and its object, PolNeAR annotates the main verb as an attribution of its own (the object its content, the same
/// speaker) when the verb is a cue word: in train, the verbs whose prior (<see cref="CuePriors"/>: cue uses / all uses) is at least
/// <see cref="MinimumPrior"/> were annotated in 22 of 27 such clauses (docs/quotes.md, "recall81"). The verb follows the speaker past
/// auxiliaries and adverbs only ("has long", "did not", "repeatedly"); the content runs from the word after it (past one particle:
/// "called for", "sounded off on") to the comma or joiner. Not when the content would open with a word of time or place ("responded
/// Friday", "spoke on Twitter"), when a speech verb's "to" names an addressee ("wrote to the chairman"), when any statement's cue or
/// content lies in the stretch, or inside quotation marks. Runs last in <see cref="ClaimPipeline"/>'s chain of rules.
/// </summary>
internal static class EarlierClauseReport
{
    /// <summary>The least share of a verb's uses in train that stand in a gold cue (its prior) for the verb to be read as a report.</summary>
    public const double MinimumPrior = 0.6;

    /// <summary>The least uses of a verb in train for its prior to be read.</summary>
    public const int MinimumUses = 5;

    // Auxiliaries and adverbs between the speaker and the verb ("has long", "did not", "would never"); adverbs in -ly besides.
    private static readonly FrozenSet<string> VerbGroup = FrozenSet.ToFrozenSet(
        ["has", "have", "had", "did", "does", "do", "not", "never", "is", "was", "were", "are", "will", "would", "could", "should", "may",
         "might", "also", "again", "then", "later", "long", "once", "already"], StringComparer.Ordinal);

    // Adverbs allowed between "and"/"but" and the statement's cue ("and later said").
    private static readonly FrozenSet<string> JoinerAdverbs = FrozenSet.ToFrozenSet(
        ["also", "later", "then", "still", "further"], StringComparer.Ordinal);

    // A particle after the verb that belongs to the cue ("called for", "railed against").
    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
        ["for", "at", "against", "about", "with", "of"], StringComparer.Ordinal);

    // Words that open a time or place after the verb, not its object ("responded Friday", "spoke on Twitter").
    private static readonly FrozenSet<string> NotObject = FrozenSet.ToFrozenSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "on", "in", "at",
         "during", "after", "before"], StringComparer.Ordinal);

    /// <summary>The attributions with a statement added for each earlier main-clause report found (see the class), in text order.</summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        if (CueTagger.Default?.Priors is not { } priors)
        {
            return attributions;
        }

        List<Attribution>? added = null;
        foreach (var a in attributions)
        {
            if (Find(doc, priors, attributions, a) is { } found)
            {
                added ??= [];
                added.Add(found);
            }
        }

        return Attribution.WithAdded(attributions, added);
    }

    /// <summary>The earlier report before <paramref name="a"/>'s cue (see the class); null when the form does not fit.</summary>
    internal static Attribution? Find(TokenizedDocument doc, CuePriors priors, List<Attribution> attributions, Attribution a)
    {
        var t = doc.Tokens;
        if (a.Type != QuoteType.Indirect || a.Cue is not { } cue || a.Speaker is not { } speaker || speaker.End > cue.Start || cue.End > a.Content.Start)
        {
            return null;
        }

        var k = doc.IndexAtOrAfter(cue.Start);
        var subjectEnd = doc.IndexAtOrAfter(speaker.End);
        if (k >= t.Count || k - subjectEnd < 3 || doc.Quoted[k] || doc.SentenceOf[subjectEnd] != doc.SentenceOf[k])
        {
            return null;
        }

        // The comma before an -ing cue, or "and"/"but" before a finite one (past one adverb).
        var j = k - 1;
        if (t[k].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            if (t[j].Lower is "only" or "also")
            {
                j--;
            }

            if (t[j].Value != ",")
            {
                return null;
            }
        }
        else
        {
            if (JoinerAdverbs.Contains(t[j].Lower))
            {
                j--;
            }

            if (t[j].Lower is not ("and" or "but"))
            {
                return null;
            }
        }

        // The verb: past auxiliaries and adverbs, every token a word outside quotation marks.
        var v = subjectEnd;
        while (v < j && t[v].IsWord && !doc.Quoted[v] && (VerbGroup.Contains(t[v].Value) || Lexicon.EndsLikeAnAdverb(t[v].Value)))
        {
            v++;
        }

        if (v + 1 >= j || !t[v].IsWord || doc.Quoted[v] || t[v].Value != t[v].Lower
            || !priors.TryGetCounts(t[v].Lower, out var counts) || counts.Total < MinimumUses || counts.Cue < MinimumPrior * counts.Total)
        {
            return null;
        }

        var start = v + 1;
        if (Particles.Contains(t[start].Lower) && start + 1 < j)
        {
            start++;
        }

        if (NotObject.Contains(t[start].Lower)
            || t[start].Lower == "to" && Lexicon.CueVerbs.TryGetValue(t[v].Lower, out var lemma) && Lexicon.NoParticleVerbs.Contains(lemma))
        {
            return null;
        }

        var end = j - 1;
        if (!t[end].IsWord && !doc.Quoted[end] || !t[start].IsWord)
        {
            return null;
        }

        var stretch = new Span(speaker.End, t[j].Span.Start);
        if (attributions.Any(x => x != a && (x.Cue is { } c && c.Overlaps(new Span(speaker.Start, cue.Start)) || x.Content.Overlaps(stretch))))
        {
            return null;
        }

        var content = new Span(t[start].Span.Start, t[end].Span.End);
        return new Attribution(content, QuoteType.Indirect, t[v].Span, t[v].Lower, speaker, null) { Referent = a.Referent };
    }
}
