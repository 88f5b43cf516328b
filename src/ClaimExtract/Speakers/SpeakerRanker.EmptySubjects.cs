using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Rules after the ranker on words in a subject's place that name no one: an "it" standing in for a clause ("It is unclear"), an
/// existential "there" or a conjunction ("There’s talk about", "Whenever asked"), and a span of time ("Eight years ago, he supported").
/// </summary>
internal sealed partial class SpeakerRanker
{
    // Words that count what a span of time opens with ("Eight years ago", "a few minutes later").
    private static bool IsCountWord(string w) =>
        w is "a" or "an" or "few" or "several" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "eleven"
            or "twelve" or "twenty" or "thirty" or "forty" or "fifty" || char.IsAsciiDigit(w[0]);

    /// <summary>
    /// No span of time is the speaker ("Eight years ago, he supported", "A few days later they reversed", "Ana Ruiz a month later
    /// announced"): a speaker chosen that opens with a count, "a", "an" or "few" and, with up to two words after it, holds a noun of time and
    /// ends with "ago", "later", "earlier" or "before", gives way to the mention right after the phrase (over its comma), or else to the
    /// mention right before it; none there leaves the choice.
    /// </summary>
    internal static Attribution TimeIsNoSpeaker(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cue, cueFirst, _, traits, doc, t) = chosenCue;
        var (first, last) = context.SpeakerTokens(speaker);
        if (last < first || last >= cueFirst || doc.SentenceOf[first] != doc.SentenceOf[cueFirst]
            || doc.Quoted[first] || !IsCountWord(t[first].Lower))
        {
            return chosen;
        }

        // The phrase's end: "ago", "later", ... within two words after the speaker, with a noun of time before it.
        var end = -1;
        var time = false;
        for (var j = first; j < cueFirst && j <= last + 2 && end < 0; j++)
        {
            time |= IsTimeNoun(t[j].Lower);
            end = time && t[j].Lower is "ago" or "later" or "earlier" or "before" ? j : -1;
        }

        if (end < 0)
        {
            return chosen;
        }

        var after = end + 1 < cueFirst && traits.Has(end + 1, TokenTraits.Comma) ? end + 2 : end + 1;
        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count && subject < 0; i++)
        {
            var c = candidates[i];
            subject = c.Type is not (MentionType.None or MentionType.Rule) && c.First == after && c.Last < cueFirst && Choosable(doc, c) ? i : -1;
        }

        for (var i = 0; i < candidates.Count && subject < 0; i++)
        {
            var c = candidates[i];
            subject = c.Type is not (MentionType.None or MentionType.Rule) && c.Last == first - 1 && doc.SentenceOf[c.First] == doc.SentenceOf[first]
                      && !traits.Has(c.Last, TokenTraits.EndsPossessive) && Choosable(doc, c) ? i : -1;
        }

        return subject < 0 ? chosen : chosen.WithSpeaker(BeforeCue(doc.Document.Text, candidates[subject].Span, cue));
    }

    /// <summary>
    /// No source for an "it" that only stands in for a clause ("It is unclear whether", "it was said that", "It’s easy to see why",
    /// "it became clear that"): the "it" chosen is followed by a form of "be" (or "become", "seem", "remain") or is "it’s", and the word
    /// after is no -ing participle ("it is pointing to", which has a subject) nor a preposition ("it has been about").
    /// </summary>
    internal static Attribution ExpletiveIt(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var (k, speakerLast) = context.SpeakerTokens(speaker);
        var cueFirst = context.CueTokens(cue).First;
        if (k >= t.Count || speakerLast != k || cueFirst >= t.Count || cueFirst <= k || doc.SentenceOf[k] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        var it = t[k].Lower;
        var j = k + 1;
        if (it is not ("it's" or "it’s"))
        {
            if (it != "it")
            {
                return chosen;
            }

            var be = false;
            while (j < t.Count && j - k <= 4 && (IsLinking(t[j].Lower) || traits.Has(j, TokenTraits.Auxiliary | TokenTraits.Adverb) || IsLyAdverb(t[j].Value) || t[j].Lower is "also" or "not"))
            {
                be |= IsLinking(t[j].Lower);
                j++;
            }

            if (!be)
            {
                return chosen;
            }
        }
        else
        {
            while (j < t.Count && j - k <= 4 && (t[j].Lower is "been" or "also" or "not" or "just" or "still" || IsLyAdverb(t[j].Value)))
            {
                j++;
            }
        }

        if (j >= t.Count || !traits.Has(j, TokenTraits.Word) || traits.Has(j, TokenTraits.Preposition)
            || t[j].Lower.EndsWith("ing", StringComparison.Ordinal) && t[j].Lower.Length > 4)
        {
            return chosen;
        }

        return chosen.WithSpeaker(null);

        static bool IsLinking(string w) => w is "is" or "was" or "be" or "been" or "became" or "becomes" or "become" or "seems" or "seemed" or "remains" or "remained";
    }

    // Words of the noun phrase after an existential "there" that may stand before a participle cue ("There were also letters that week showing").
    private const int MaxExistentialNoun = 6;

    /// <summary>
    /// The noun phrase after an existential "there" is the source of a participle right after it (branch speakers122): "There were also
    /// letters that week showing that ...", "There is no public record suggesting ...": the participle modifies the noun, which is
    /// PolNeAR's source for all three such train statements; the ranker chose nobody for two. When the speaker chosen is nobody and the
    /// cue is a lower-case -ing word, the words between "there" and its "is", "are", "was", "were" or "’s" (or "there’s" written as one word; adverbs
    /// passed over) and the cue, at most six, all outside quotation marks and with no comma, become the speaker; not when the word before
    /// the cue is a determiner, a quantifier or a pronoun ("There's no denying that ...": a gerund).
    /// </summary>
    internal static Attribution NounAfterAnExistentialThere(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not null || !context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        if (!context.IsParticipleCue(cueFirst))
        {
            return chosen;
        }

        // "There's no denying ...": a gerund after a determiner, not a participle after its noun.
        var sentence = doc.SentenceOf[cueFirst];
        var k = cueFirst - 1;
        if (k < 1 || t[k].Lower is "no" or "any" or "some" or "nothing" or "the" or "a" or "an" || traits.Has(k, TokenTraits.Quantifier | TokenTraits.Pronoun))
        {
            return chosen;
        }

        while (k >= 0 && cueFirst - k <= MaxExistentialNoun && traits.Has(k, TokenTraits.Word) && !doc.Quoted[k] && doc.SentenceOf[k] == sentence
               && !(t[k].Lower is "is" or "are" or "was" or "were" or "'s" or "’s" or "there's" or "there’s"))
        {
            k--;
        }

        var be = k;
        if (be < 0 || be == cueFirst - 1 || doc.SentenceOf[be] != sentence)
        {
            return chosen;
        }

        var there = t[be].Lower is "there's" or "there’s" ? be : be - 1;
        if (there < 0 || t[there].Lower is not ("there" or "there's" or "there’s"))
        {
            return chosen;
        }

        var first = be + 1;
        while (first < cueFirst - 1 && (traits.Has(first, TokenTraits.Adverb) && !traits.Has(first, TokenTraits.Auxiliary) || IsLyAdverb(t[first].Value)
                                        || t[first].Lower is "also" or "still"))
        {
            first++;
        }

        return traits.Has(first, TokenTraits.Pronoun) ? chosen : chosen.WithSpeaker(new Span(t[first].Span.Start, t[cueFirst - 1].Span.End));
    }

    // Words that never name anyone: existential "there" and "here" (with "is" run on: "There’s", "Here's") and conjunctions that open a clause.
    private static readonly System.Collections.Frozen.FrozenSet<string> WordsNamingNoOne = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["there", "there's", "here", "here's", "whenever", "wherever", "whether", "although", "though", "unless", "because"], StringComparer.Ordinal);

    /// <summary>
    /// Nobody for a speaker that is only a word naming no one: an existential "there" or "here" ("There’s a widespread recognition that",
    /// "There's been a lot of talk about", "There's reason to believe") or a conjunction ("Whenever asked about"), which the ranker can take
    /// for a capitalised name at a sentence's start. The speaker is that one word (a contracted "is" or "has" with it), outside quotation marks;
    /// a bare "there" or "here" only with a capital ("officials there say" keeps its speaker).
    /// </summary>
    internal static Attribution WordNamingNoOne(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || speaker.Length > 8)
        {
            return chosen;
        }

        var doc = context.Traits.Doc;
        var (first, _) = context.SpeakerTokens(speaker);
        if (first >= doc.Tokens.Count || doc.Quoted[first])
        {
            return chosen;
        }

        // A bare lower-case "there" or "here" may close a mention ("officials there say", "critics here say"): only one opening its sentence counts.
        var written = speaker.Of(doc.Document.Text);
        var word = written.ToLowerInvariant().Replace('’', '\'');
        if (!WordsNamingNoOne.Contains(word) || word is "there" or "here" && !char.IsUpper(written[0]))
        {
            return chosen;
        }

        return chosen.WithSpeaker(null);
    }
}
