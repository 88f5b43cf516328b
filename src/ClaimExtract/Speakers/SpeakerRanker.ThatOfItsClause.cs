using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Branch speakers124: the relative "that" whose clause the cue is the verb of ("the voters turned out in the towns that backed", "Tom Hale
/// held up signs that said"), which PolNeAR takes as the clause's source where the ranker chose a mention further left.
/// </summary>
internal sealed partial class SpeakerRanker
{
    // Things a maker speaks through, singular or a part of one ("an ad campaign that attacked", "a platform with a plank that
    // backs"): on train gold most often takes the maker (the main clause's subject) or the whole document after
    // these, not "that".
    private static readonly HashSet<string> MadeThings = new(StringComparer.Ordinal)
    {
        "ad", "ads", "campaign", "photo", "image", "clip", "spot", "mailer", "flyer", "flier", "piece", "paper", "study", "survey", "poll",
        "data", "documentary", "film", "book", "article", "story", "analysis", "plank", "planks", "provision", "provisions", "section",
        "sections", "clause", "clauses", "passage", "passages", "page", "pages", "paragraph", "paragraphs", "chapter", "chapters", "line", "lines",
    };

    // Words before "that" that make it a conjunction or a demonstrative, not a relative after its noun ("so that", "now that").
    private static readonly HashSet<string> NoAntecedents = new(StringComparer.Ordinal)
    {
        "so", "now", "such", "than", "and", "or", "but", "given", "except", "fact", "idea", "notion", "belief", "sense", "hope", "hopes",
    };

    /// <summary>
    /// A relative "that" right before the cue (over auxiliaries and adverbs, not a form of "be": "that has long backed") after a
    /// lower-case noun ("in the towns that backed", "paper cups that said") is the cue's source when the ranker chose a mention ending
    /// before that noun, in the same sentence (the main clause's subject or a noun further left). On train gold takes the "that" for 22
    /// matched statements whose cue follows "NOUN that" so; the ranker had it for 9, and this rule gives it to 7 more with no right
    /// speaker lost. Left: a speaker ending at the noun or after it; a noun that is a document, medium, noun of saying, picture or a
    /// part of a document (<see cref="MadeThings"/>: its maker speaks); a time ("posted figures late Friday night that": the thing
    /// before it is the antecedent); a cue verb, past form, -ing form or function word before "that" ("said that", "so that", "kept
    /// seeing that described": a demonstrative); a speaker apposed to the noun's phrase ("Ana Ruiz, a pollster that"); "seem" and
    /// "appear". The speaker is chosen by reading (<see cref="Attribution.WithSpeaker"/>), with no referent.
    /// </summary>
    internal static Attribution ThatOfItsClause(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var verb = t[cueFirst].Lower;
        if (t[cueFirst].IsCapitalized || verb.StartsWith("seem", StringComparison.Ordinal) || verb.StartsWith("appear", StringComparison.Ordinal))
        {
            return chosen;
        }

        var that = BeforeAuxiliaries(traits, cueFirst, overBe: false);
        if (that < 2 || t[that].Value != "that" || doc.Quoted[that] || doc.SentenceOf[that] != doc.SentenceOf[cueFirst] || speaker.Overlaps(t[that].Span))
        {
            return chosen;
        }

        var noun = that - 1;
        var word = t[noun].Value;
        if (!traits.Has(noun, TokenTraits.Word) || !char.IsAsciiLetterLower(word[0]) || doc.Quoted[noun]
            || traits.Has(noun, TokenTraits.Pronoun | TokenTraits.Auxiliary | TokenTraits.Adverb | TokenTraits.Preposition | TokenTraits.Relative
                                | TokenTraits.CueVerb | TokenTraits.DocumentHead)
            || SpeakerCandidates.IsPastForm(word) || word.EndsWith("ing", StringComparison.Ordinal) || NoAntecedents.Contains(word) || MadeThings.Contains(word) || MadeThings.Contains(t[noun - 1].Lower)
            || Lexicon.TimeWords.Contains(word) || IsTimeNoun(word) || MediumNouns.Contains(word) || NounsOfSaying.Contains(word) || PictureNouns.Contains(word))
        {
            return chosen;
        }

        var (speakerFirst, speakerLast) = context.SpeakerTokens(speaker);
        if (speakerLast >= noun - 1 || speakerFirst < 0 || doc.SentenceOf[speakerFirst] != doc.SentenceOf[that] || doc.Quoted[speakerLast])
        {
            return chosen;
        }

        // "Ana Ruiz, a pollster that ...": the noun's phrase is the speaker's apposition.
        if (traits.Has(speakerLast + 1, TokenTraits.Comma) && t[speakerLast + 2].Lower is "a" or "an" or "the" or "one")
        {
            return chosen;
        }

        return chosen.WithSpeaker(t[that].Span);
    }
}
