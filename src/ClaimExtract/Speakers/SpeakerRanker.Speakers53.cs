using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers53 (see docs/quotes.md, "speakers53").</summary>
internal sealed partial class SpeakerRanker
{
    // Adjectives (and participles used as adjectives) of an attitude its subject holds after "is"/"was"/"are"/"were" ("Ana Ruiz was
    // shocked that", "few voters are eager to"): the subject holds the attitude, unlike the subject of a passive ("was asked").
    private static readonly System.Collections.Frozen.FrozenSet<string> HeldAttitudes = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["shocked", "surprised", "impressed", "worried", "concerned", "eager", "keen", "outspoken", "pleased", "unhappy", "happy", "confident",
         "optimistic", "pessimistic", "skeptical", "sceptical", "convinced", "sure", "certain", "aware", "unaware", "afraid", "disappointed",
         "frustrated", "angry", "upset", "rattled", "hopeful", "adamant", "critical", "supportive", "vocal", "insistent", "unsure", "uncertain",
         "doubtful", "fearful", "anxious", "alarmed", "outraged", "furious", "proud", "determined", "reluctant", "wary", "excited", "thrilled"],
        StringComparer.Ordinal);

    /// <summary>
    /// The subject of an active cue that opens its clause's predicate: when the choice is no speaker, the content follows the cue and the
    /// cue's first word is a finite verb ("The campaign worries that", "Streaming services have revealed", "they're mostly proposing") or
    /// "is"/"was"/... and an adjective of attitude ("Ana Ruiz was shocked to", "No one is eager to"), the mention that ends right before
    /// the cue (over adverbs and auxiliaries) is the subject and takes the place of none. Not for a passive ("was asked", "is expected"),
    /// a participle that names ("a memo titled"), a bare -ing or -ed participle without an auxiliary after a noun, "it" or "there" (an
    /// expletive), "That said" (a concession), nor a mention after a preposition (the object of "Among the voters").
    /// </summary>
    internal static Attribution SubjectOfAnActiveCue(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not null || chosen.Cue is not { } cue || !context.CueOutsideQuotes(cue, out var cueFirst, out var cueLast)
            || chosen.Content.Start < cue.End)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var v = t[cueFirst].Lower;
        if (!IsLowerCaseVerbCue(traits, cueFirst))
        {
            return chosen;
        }

        // Back over adverbs and auxiliaries to the last word of the subject.
        var j = cueFirst - 1;
        var auxiliary = false;
        var be = false;
        while (j >= 0 && cueFirst - j <= 3 && (traits.Has(j, TokenTraits.Auxiliary | TokenTraits.Adverb) && !traits.Has(j, TokenTraits.Pronoun) || IsLyAdverb(t[j].Value)
                                                  || t[j].Value is "may" or "might" or "should" or "can" or "must" or "shall"))
        {
            auxiliary |= traits.Has(j, TokenTraits.Auxiliary) || t[j].Value is "may" or "might" or "should" or "can" or "must" or "shall";
            be |= IsBe(t[j].Lower);
            j--;
        }

        // A pronoun with its auxiliary in one token ("they're", "she's").
        var contracted = j >= 0 && t[j].Lower.Replace('’', '\'') is "they're" or "we're" or "you're" or "he's" or "she's";
        if (contracted)
        {
            auxiliary = be = true;
        }

        if (j < 0 || doc.SentenceOf[j] != doc.SentenceOf[cueFirst] || !VerbShape())
        {
            return chosen;
        }

        // A candidate that ends there, the longest, or the noun phrase the words before the cue make (the candidates leave out many
        // subjects: "Political pundits", "recent primary contests", "Some", "That").
        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type is MentionType.None or MentionType.Rule || c.First < 0 || c.Last != j || doc.Quoted[c.First]
                || traits.Has(c.Last, TokenTraits.EndsPossessive) || !Choosable(doc, c))
            {
                continue;
            }

            if (subject < 0 || c.First < candidates[subject].First)
            {
                subject = i;
            }
        }

        // Of a candidate and the phrase, the longer ("Local bloggers", not the bare noun "bloggers").
        var phrase = PhraseStart(j);
        var first = subject < 0 ? phrase : phrase >= 0 ? Math.Min(phrase, candidates[subject].First) : candidates[subject].First;
        if (first < 0 || doc.Quoted[j] || !HolderWord(j)
            || first == j && (t[j].Lower is "it" or "there" or "what" or "which" or "who" or "all" or "both" or "each" or "here"
                              || t[j].Lower is "this" or "that" && (!t[j].IsCapitalized || v == "said"))
            || t[first].Lower is "it" or "there" && first < j
            || first > 0 && traits.Has(first - 1, TokenTraits.Preposition | TokenTraits.By))
        {
            return chosen;
        }

        var span = new Span(t[first].Span.Start, t[j].Span.End);
        return chosen.WithSpeaker(span);

        // The last word of a holder: a person, group, organisation or document noun, a pronoun, a capitalised word, or a plural noun (not
        // "a passing promise", "other emotional notes", where the cue is a noun).
        bool HolderWord(int k)
        {
            var w = t[k].Lower;
            if (contracted)
            {
                return true;
            }

            if (traits.Has(k, TokenTraits.EndsPossessive) || Lexicon.TimeWords.Contains(w))
            {
                return false;
            }

            if (traits.Has(k, TokenTraits.PersonHead | TokenTraits.OrganizationHead | TokenTraits.GroupHead | TokenTraits.DocumentHead | TokenTraits.Pronoun))
            {
                return true;
            }

            // A capitalised word that may open no name is a subordinator or adverb opening the sentence ("When asked", "Despite
            // complaints"), but for a demonstrative or quantifier ("That suggests", "Some may recall").
            if (traits.Has(k, TokenTraits.Capitalized))
            {
                return !traits.Has(k, TokenTraits.NotNameStart) || w is "that" or "this" or "some" or "many" or "most" or "one";
            }

            return traits.Has(k, TokenTraits.Word) && w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
                   && !w.EndsWith("is", StringComparison.Ordinal) && !traits.Has(k, TokenTraits.Adverb | TokenTraits.Auxiliary | TokenTraits.Preposition | TokenTraits.CueVerb);
        }

        // The first word of the noun phrase ending at token k: back over words of the sentence that are no verb, preposition, auxiliary,
        // conjunction, relative or punctuation, at most five; the phrase opens the sentence or follows a comma, a conjunction or an
        // adverb ("And conservative commentators", "But recent primary contests", "Political pundits"); -1 when it opens elsewhere.
        int PhraseStart(int k)
        {
            var f = k;
            while (f - 1 >= 0 && k - f < 5 && doc.SentenceOf[f - 1] == doc.SentenceOf[k] && traits.Has(f - 1, TokenTraits.Word)
                   && !traits.Has(f - 1, TokenTraits.Preposition | TokenTraits.By | TokenTraits.Auxiliary | TokenTraits.Relative | TokenTraits.CueVerb | TokenTraits.Adverb)
                   && t[f - 1].Lower is not ("and" or "or" or "but" or "yet" or "so" or "that" or "if" or "when" or "while" or "as" or "because" or "though" or "although")
                   && !IsLyAdverb(t[f - 1].Value) && !SpeakerCandidates.VerbFollows(traits, f - 1, f))
            {
                f--;
            }

            var before = f - 1;
            return before < 0 || doc.SentenceOf[before] != doc.SentenceOf[k] || traits.Has(before, TokenTraits.Comma | TokenTraits.Adverb) || IsLyAdverb(t[before].Value)
                   || t[before].Lower is "and" or "or" or "but" or "yet" or "so" || !t[before].IsWord && t[before].Value is "(" or "—" or "-" or ":" or ";"
                ? f : -1;
        }

        // A finite active verb opens the cue: a form of "be" with an adjective of attitude or an -ing form, "have" with a participle
        // (not "been"), another auxiliary with a verb; or a verb of its own, an -ing form only after an auxiliary, an -ed form no naming
        // participle.
        bool VerbShape()
        {
            var next = cueFirst < cueLast ? t[cueFirst + 1].Lower : null;
            if (be)
            {
                // After a form of "be": a progressive or an adjective of attitude, never a passive ("was asked about").
                return v.EndsWith("ing", StringComparison.Ordinal) || HeldAttitudes.Contains(v);
            }

            if (IsBe(v))
            {
                return next is not null && (HeldAttitudes.Contains(next) || next.EndsWith("ing", StringComparison.Ordinal));
            }

            if (v is "has" or "have" or "had")
            {
                return next is not null && next != "been";
            }

            if (traits.Has(cueFirst, TokenTraits.Auxiliary))
            {
                return next is not null;
            }

            if (v.EndsWith("ing", StringComparison.Ordinal))
            {
                return auxiliary;
            }

            // An -ed form without an auxiliary after a noun may be a participle ("with Ana Ruiz expected to win"); after a personal
            // pronoun it is the predicate.
            if (IsNamingParticiple(v) || !auxiliary && v.EndsWith("ed", StringComparison.Ordinal) && !traits.Has(j, TokenTraits.PersonPronoun))
            {
                return false;
            }

            if (auxiliary || traits.Has(cueFirst, TokenTraits.CueVerb) || v.EndsWith('s') || SpeakerCandidates.VerbFollows(traits, cueFirst, cueFirst + 1))
            {
                return true;
            }

            // A bare present form after a plural subject ("recent primary contests offer", "they fear").
            var s = t[j].Lower;
            return s is "they" or "we" or "i" or "you" || !t[j].IsCapitalized && s.Length > 3 && s.EndsWith('s') && !s.EndsWith("ss", StringComparison.Ordinal)
                                                          && !s.EndsWith("us", StringComparison.Ordinal) && !s.EndsWith("is", StringComparison.Ordinal);
        }

        static bool IsBe(string w) => w is "is" or "are" or "was" or "were" or "'s" or "’s" or "'re" or "’re" or "am" or "been" or "be" or "being" or "get" or "got" or "gets";
    }
}
