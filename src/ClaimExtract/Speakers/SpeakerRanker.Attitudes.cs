using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Rules after the ranker on a cue that is "be" and an adjective of feeling or attitude ("Some Democrats are concerned that", "No
/// one, in fact, is keen to"): the adjective's subject holds the attitude.
/// </summary>
internal sealed partial class SpeakerRanker
{
    // Adjectives of feeling and attitude, and participles used as such: after a form of "be" their subject holds the feeling or the
    // view ("Democratic leaders are worried about", "Her advisers are not convinced", "No one is eager to"). PolNeAR train gives
    // such cues a source nearly always ("worried" 21 of 21, "concerned" 10 of 10, "opposed" 34 of 34, "assured" 16 of 17).
    private static readonly System.Collections.Frozen.FrozenSet<string> AttitudeAdjectives = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["worried", "concerned", "convinced", "unconvinced", "eager", "determined", "assured", "focused", "keen", "confident", "hopeful", "optimistic",
         "pessimistic", "skeptical", "sceptical", "certain", "sure", "unsure", "uncertain", "aware", "afraid", "fearful", "anxious", "nervous", "wary",
         "pleased", "happy", "unhappy", "glad", "delighted", "thrilled", "excited", "disappointed", "frustrated", "upset", "angry", "furious", "outraged",
         "alarmed", "troubled", "dismayed", "disturbed", "satisfied", "dissatisfied", "impressed", "surprised", "stunned", "amazed", "offended",
         "embarrassed", "relieved", "grateful", "proud", "ashamed", "interested", "committed", "opposed", "willing", "unwilling", "reluctant",
         "inclined", "adamant", "insistent", "intent", "undecided", "persuaded", "supportive", "dubious", "doubtful", "suspicious", "enthusiastic"],
        StringComparer.Ordinal);

    // Tokens from the form of "be" to the adjective ("are not yet fully convinced").
    private const int MaxBeToAdjective = 4;

    // An auxiliary, adverb or degree word between "be" and an adjective of attitude ("are not yet fully convinced").
    private static bool BetweenBeAndAdjective(TokenTraits traits, int j)
    {
        var t = traits.Doc.Tokens;
        return traits.Has(j, TokenTraits.Auxiliary | TokenTraits.Adverb) || IsLyAdverb(t[j].Value)
               || t[j].Lower is "not" or "n't" or "n’t" or "so" or "very" or "too" or "more" or "less" or "yet" or "all" or "both";
    }

    // The adjective of a "be" and adjective cue: the cue's first word that is no form of "be", auxiliary, adverb or degree word ("are not
    // convinced"), else its last word. Shared by HolderOfTheAttitude and HolderBeforeAConnective (speakers74).
    private static int AdjectiveOfTheCue(TokenTraits traits, int cueFirst, int cueLast)
    {
        var t = traits.Doc.Tokens;
        var adjective = cueFirst;
        while (adjective < cueLast && (IsBe(t[adjective].Lower) || BetweenBeAndAdjective(traits, adjective)))
        {
            adjective++;
        }

        return adjective;
    }

    /// <summary>
    /// The subject of "be" when the ranker chose nobody for a cue that is an adjective of feeling or attitude after it ("Some
    /// Democrats are concerned that", "The head of the union is worried about", "they’re not convinced"): the trees read "are
    /// worried" as an agentless passive (feature 60), which PolNeAR gives no source, but the adjective's subject is the one who
    /// feels or holds the view, and PolNeAR's source. The subject is the rules' speaker or a candidate ending right before "be"
    /// (over auxiliaries and adverbs), or a pronoun "be" is contracted onto; none found leaves the choice as it is.
    /// </summary>
    internal static Attribution HolderOfTheAttitude(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not null || !context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, cueLast, traits, doc, t) = chosenCue;
        var adjective = AdjectiveOfTheCue(traits, cueFirst, cueLast);
        if (!AttitudeAdjectives.Contains(t[adjective].Lower))
        {
            return chosen;
        }

        var be = adjective - 1;
        while (be >= 0 && adjective - be <= MaxBeToAdjective && !IsBe(t[be].Lower) && BeContracted(be) is null && IsBetween(be))
        {
            be--;
        }

        if (be < 0 || adjective - be > MaxBeToAdjective || doc.SentenceOf[be] != doc.SentenceOf[adjective])
        {
            return chosen;
        }

        // "they’re worried": the pronoun is the subject. Else the subject ends before "be" and its auxiliaries ("has been", "will be").
        var subjectLast = be;
        if (BeContracted(be) is null)
        {
            if (!IsBe(t[be].Lower))
            {
                return chosen;
            }

            subjectLast = be - 1;
            while (subjectLast >= 0 && traits.Has(subjectLast, TokenTraits.Auxiliary | TokenTraits.Adverb) && doc.SentenceOf[subjectLast] == doc.SentenceOf[be])
            {
                subjectLast--;
            }
        }

        // A question asks, it reports no view ("Have you been surprised that", "Are they worried"): the subject after an auxiliary is left.
        if (subjectLast < 0 || doc.SentenceOf[subjectLast] != doc.SentenceOf[be]
            || subjectLast > 0 && doc.SentenceOf[subjectLast - 1] == doc.SentenceOf[be] && (IsBe(t[subjectLast - 1].Lower) || t[subjectLast - 1].Lower is "has" or "have" or "had" or "do" or "does" or "did" or "will" or "would" or "could" or "can" or "should"))
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count && subject < 0; i++)
        {
            subject = candidates[i].Type == MentionType.Rule && candidates[i].Last == subjectLast ? i : -1;
        }

        for (var i = 0; i < candidates.Count && subject < 0; i++)
        {
            var c = candidates[i];
            subject = c.Type != MentionType.None && c.Type != MentionType.Rule && c.Last == subjectLast && Choosable(doc, c) ? i : -1;
        }

        return subject < 0 ? chosen : Choose(context.Original, candidates[subject], doc.Document.Text);

        bool IsBetween(int j) => BetweenBeAndAdjective(traits, j);

        MentionType? BeContracted(int j)
        {
            var w = t[j].Lower;
            return w.EndsWith("'re", StringComparison.Ordinal) || w.EndsWith("’re", StringComparison.Ordinal) || w.EndsWith("'m", StringComparison.Ordinal)
                   || w.EndsWith("’m", StringComparison.Ordinal) || w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("’s", StringComparison.Ordinal)
                ? SpeakerCandidates.ContractedPronoun(w)
                : null;
        }
    }

    // Connectives set off by commas between a subject and its verb ("Tom Hale, however, is", "No one, in fact, was").
    private static readonly System.Collections.Frozen.FrozenSet<string> CommaConnectives = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["however", "in fact", "too", "though", "meanwhile", "of course", "for example", "for instance", "moreover", "indeed", "in turn",
         "for his part", "for her part", "for their part", "for its part", "on the other hand", "by contrast", "in contrast", "also",
         "nevertheless", "still", "after all", "as well", "apparently", "in particular", "likewise", "similarly"],
        StringComparer.Ordinal);

    // Words of a subject before the connective ("Not all conference delegates").
    private const int MaxSubjectBeforeConnective = 6;

    /// <summary>
    /// The subject before a connective set off by commas holds the attitude of a "be" and adjective cue ("No one, in fact, is keen to",
    /// "Not all delegates, however, are eager to hear"): as for <see cref="HolderOfTheAttitude"/>, whose subject must end right before
    /// "be", the adjective's subject is PolNeAR's source (train: the subject before such a connective is gold's source for 37 matched
    /// statements of any cue, none for 3, two of them "seemed"/"appeared"). When the choice is nobody, the cue (or the words right
    /// before it, over auxiliaries and adverbs) is a form of "be" and an adjective of attitude, and ", CONNECTIVE," stands before
    /// that form, the candidate ending right before the first comma, or the words there back to the sentence's start or a comma
    /// (at most six, no verb, preposition or relative), becomes the speaker; not when a preposition stands right before it. Otherwise
    /// the choice stays.
    /// </summary>
    internal static Attribution HolderBeforeAConnective(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not null || !context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, cueLast, traits, doc, t) = chosenCue;
        var sentence = doc.SentenceOf[cueFirst];
        var adjective = AdjectiveOfTheCue(traits, cueFirst, cueLast);
        if (!AttitudeAdjectives.Contains(t[adjective].Lower) && !HeldAttitudes.Contains(t[adjective].Lower))
        {
            return chosen;
        }

        // Back from the adjective over "be", auxiliaries and adverbs to the comma closing the connective; a form of "be" is needed.
        var k = adjective - 1;
        var be = false;
        while (k >= 0 && adjective - k <= MaxBeToAdjective + 1 && doc.SentenceOf[k] == sentence && (IsBe(t[k].Lower) || IsBetween(k)))
        {
            be |= IsBe(t[k].Lower);
            k--;
        }

        if (!be || k < 2 || doc.SentenceOf[k] != sentence || !traits.Has(k, TokenTraits.Comma))
        {
            return chosen;
        }

        // The connective, one to four words, and the comma that opens it.
        var open = k - 1;
        while (open >= 0 && k - open <= 5 && doc.SentenceOf[open] == sentence && traits.Has(open, TokenTraits.Word) && !traits.Has(open, TokenTraits.Comma))
        {
            open--;
        }

        if (open < 1 || k - open < 2 || !traits.Has(open, TokenTraits.Comma) || doc.SentenceOf[open] != sentence
            || !CommaConnectives.Contains(string.Join(' ', t.Skip(open + 1).Take(k - open - 1).Select(x => x.Lower))))
        {
            return chosen;
        }

        var subjectLast = open - 1;
        if (doc.SentenceOf[subjectLast] != sentence || doc.Quoted[subjectLast] || !traits.Has(subjectLast, TokenTraits.Word)
            || traits.Has(subjectLast, TokenTraits.EndsPossessive | TokenTraits.Preposition | TokenTraits.Auxiliary))
        {
            return chosen;
        }

        // The words of the subject: back to the sentence's start, a comma or a conjunction, over no verb, preposition or relative.
        var first = subjectLast;
        while (first - 1 >= 0 && subjectLast - first < MaxSubjectBeforeConnective && doc.SentenceOf[first - 1] == sentence && traits.Has(first - 1, TokenTraits.Word)
               && !traits.Has(first - 1, TokenTraits.Preposition | TokenTraits.By | TokenTraits.Auxiliary | TokenTraits.Relative | TokenTraits.CueVerb)
               && t[first - 1].Lower is not ("and" or "or" or "but" or "yet" or "so" or "that" or "if" or "when" or "while" or "as" or "because")
               && !SpeakerCandidates.VerbFollows(traits, first - 1, first))
        {
            first--;
        }

        var before = first - 1;
        var opens = before < 0 || doc.SentenceOf[before] != sentence || traits.Has(before, TokenTraits.Comma)
                    || t[before].Lower is "and" or "or" or "but" or "yet" or "so";
        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count && subject < 0; i++)
        {
            var c = candidates[i];
            subject = c.Type is not (MentionType.None or MentionType.Rule) && c.Last == subjectLast && c.First >= first && Choosable(doc, c) ? i : -1;
        }
        if (!opens)
        {
            if (subject < 0)
            {
                return chosen;
            }

            first = candidates[subject].First;
        }

        // Not the object of a preposition ("For most of the farmers, however, are").
        if (!opens && first > 0 && doc.SentenceOf[first - 1] == sentence && traits.Has(first - 1, TokenTraits.Preposition | TokenTraits.By))
        {
            return chosen;
        }

        return chosen.WithSpeaker(new Span(t[first].Span.Start, t[subjectLast].Span.End));

        bool IsBetween(int j) => BetweenBeAndAdjective(traits, j);
    }
}
