using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Branch speakers123: two statements the ranker leaves with nobody where PolNeAR names a source: an "appear" that is a person's
/// appearance somewhere ("Ana Ruiz appeared on the morning show to defend the plan"), not an evidential "seem", and a cueless quotation
/// that a sentence ending "the following statement:" or "as follows:" introduces.
/// </summary>
internal sealed partial class SpeakerRanker
{
    // Words right after "appear" that make it a showing up somewhere, not "seem": "appeared on the show", "appear before the panel".
    private static readonly HashSet<string> AppearancePlaces = new(StringComparer.Ordinal) { "on", "in", "before", "at", "with", "alongside", "together" };

    // Prepositions whose object is no subject of the "appear" after it ("That letter from Tom Hale appeared"); "of" after a capitalised
    // word is a name's place ("Sen. Tad Hale of Vermont appeared"), and "when", "before", "after" open clauses.
    private static readonly HashSet<string> ObjectPrepositions = new(StringComparer.Ordinal)
    {
        "from", "of", "by", "with", "for", "about", "to", "in", "on", "at", "against", "among", "than", "like", "into", "toward", "towards",
    };

    // Nouns of "the following statement:" that name what the colon introduces.
    private static readonly HashSet<string> FollowingNouns = new(StringComparer.Ordinal)
    {
        "statement", "statements", "remarks", "message", "comment", "comments", "note", "letter", "tweet", "tweets", "words",
    };

    /// <summary>
    /// The person who appears: when the ranker chose nobody and the cue is a lower-case "appear", "appears" or "appeared" followed by
    /// "on", "in", "before", "at", "with", "alongside" or "together" (a showing up on a show, before a panel, with someone: no evidential
    /// "seem", whose clause PolNeAR leaves unsourced), the widest mention ending right before it (over auxiliaries, adverbs, a negation,
    /// "all" and "both") is the speaker, if it is a name ("When Tom Hale" gives "Tom Hale"), "he"/"she" or a relative "who". A name after
    /// "of" gives way to the person before it (<see cref="PersonBeforeTheirPlace"/>: "Sen. Tad Hale of Vermont appeared"), and with no
    /// such person it is none ("Traces of Delmar Blue appeared"). Left: after "to" ("is due to appear in court"), a preposition's
    /// object ("That letter from Tom Hale appeared"), a word that is no name ("Neither mayor will appear"), and a mention whose last word comes
    /// again after the cue in the sentence ("When she appeared before the board, she declined to ...": that clause is a statement of its own with the
    /// same speaker, and the two would be merged into one). On train gold gives a source for all 19 matched statements with such a cue
    /// (none leaves one unsourced); the ranker chose nobody for 18; this rule gives 4 of them gold's source ("When Mayor Tom Hale
    /// appeared before the council to explain"), 2 another mention (gold's is a later clause's), and leaves the rest.
    /// </summary>
    internal static Attribution SubjectOfAnAppearance(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not null || !context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, cueLast, traits, doc, t) = chosenCue;
        if (cueFirst != cueLast || cueLast + 1 >= t.Count || t[cueFirst].IsCapitalized || t[cueFirst].Lower is not ("appear" or "appears" or "appeared")
            || !AppearancePlaces.Contains(t[cueLast + 1].Lower) || doc.SentenceOf[cueLast + 1] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        var k = BeforeAuxiliaries(traits, cueFirst, overBe: false);
        while (k > 0 && cueFirst - k <= 5 && t[k].Lower is "n't" or "not" or "all" or "both" or "will" or "would" or "does" or "did" or "do")
        {
            k--;
        }

        if (k < 0 || t[k].Lower == "to" || doc.Quoted[k] || doc.SentenceOf[k] != doc.SentenceOf[cueFirst]
            || AppearingMention(context, doc.SentenceOf[cueFirst], k) is not { } subject
            || subject.First > 0 && doc.SentenceOf[subject.First - 1] == doc.SentenceOf[cueFirst] && ObjectPrepositions.Contains(t[subject.First - 1].Lower)
               && !(t[subject.First - 1].Lower == "of" && subject.First > 1 && t[subject.First - 2].IsCapitalized)
)
        {
            return chosen;
        }

        // The same word again after the cue in the sentence ("When she appeared before them, she declined to ..."): that clause is a
        // statement of its own, with this speaker, and the two would be read as one.
        var contentLast = doc.IndexAtOrAfter(chosen.Content.End) - 1;
        for (var j = cueLast + 1; j <= contentLast && j < t.Count && doc.SentenceOf[j] == doc.SentenceOf[cueFirst]; j++)
        {
            if (t[j].Lower == t[subject.Last].Lower)
            {
                return chosen;
            }
        }

        // "Sen. Tad Hale of Vermont appeared": the person before the place; a name after any other "of" ("Traces of Delmar Blue
        // appeared") is no one's.
        var given = chosen with { Speaker = subject.Span, Referent = null, InheritedFrom = null };
        if (subject.First > 0 && t[subject.First - 1].Lower == "of")
        {
            var person = PersonBeforeTheirPlace(context, given);
            return person.Speaker == given.Speaker ? chosen : person;
        }

        return given;
    }

    // The widest candidate ending at token k in the sentence, outside quotation marks: a name whose first word is a name's ("When Tom Hale"
    // gives "Tom Hale"; "Neither" none), "he"/"she", or a relative "who"; none ending in a possessive.
    private static SpeakerCandidate? AppearingMention(AfterRankerContext context, int sentence, int k)
    {
        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        SpeakerCandidate? found = null;
        foreach (var c in context.Candidates)
        {
            if (c.Last != k || c.First < 0 || doc.SentenceOf[c.First] != sentence || doc.Quoted[c.First] || !Choosable(doc, c)
                || traits.Has(c.Last, TokenTraits.EndsPossessive)
                || !(c.Type is MentionType.Name or MentionType.PersonPronoun
                     || c.Type == MentionType.Relative && c.First == c.Last && t[c.First].Lower == "who"))
            {
                continue;
            }

            // A capitalised run that opens the sentence with a word that is no name ("When Tom Hale") is the name after it; "Mr." stays.
            var first = c.Type == MentionType.Name && Lexicon.NotNames.Contains(t[c.First].Lower) && !t[c.First].Value.EndsWith('.')
                ? c.First + 1 : c.First;

            if (first <= c.Last && (found is null || first < found.Value.First))
            {
                found = first == c.First ? c : new SpeakerCandidate(first, c.Last, c.Type, new Span(t[first].Span.Start, c.Span.End));
            }
        }

        return found;
    }

    /// <summary>
    /// The source a colon sentence names for the cueless quotation it introduces: when the quotation opens right after a colon (over its
    /// opening mark) and the words before the colon are "as follows" ("Transcript as follows:") or "VERB the following statement"
    /// (remarks, message, letter, tweet, ...: "Tom Hale released the following statement:"), the widest mention ending right before "as"
    /// or before the verb (over adverbs) is the speaker; for "as follows" with no mention there, the one to three words from the
    /// sentence's start. <see cref="SubjectOfTheVerbBeforeAColon"/> reads a verb right before the colon, and
    /// <see cref="QuotationAfterAColonParagraph"/> a statement in that sentence: neither holds here. On train gold names that mention for
    /// all 3 matched statements of the shape (the ranker chose nobody for 2, another speaker for 1).
    /// </summary>
    internal static Attribution SourceOfTheFollowingStatement(AfterRankerContext context, Attribution chosen)
    {
        var colon = ColonBeforeACuelessQuotation(context, chosen, 3);
        if (colon < 0)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;

        var sentence = doc.SentenceOf[colon];
        int last;
        var asFollows = t[colon - 1].Lower == "follows" && t[colon - 2].Lower == "as";
        if (asFollows)
        {
            last = colon - 3;
        }
        else if (colon >= 5 && FollowingNouns.Contains(t[colon - 1].Lower) && t[colon - 2].Lower == "following" && t[colon - 3].Lower == "the"
                 && traits.Has(colon - 4, TokenTraits.Word) && !t[colon - 4].IsCapitalized && !traits.Has(colon - 4, TokenTraits.Preposition | TokenTraits.Pronoun))
        {
            last = colon - 5;
            while (last > 0 && (traits.Has(last, TokenTraits.Adverb) && !traits.Has(last, TokenTraits.Auxiliary) || IsLyAdverb(t[last].Value)
                                || t[last].Lower is "then" or "also" or "later"))
            {
                last--;
            }
        }
        else
        {
            return chosen;
        }

        if (last < 0 || doc.SentenceOf[last] != sentence || doc.Quoted[last] || !traits.Has(last, TokenTraits.Word))
        {
            return chosen;
        }

        Span speaker;
        if (WidestCandidateEndingIn(context, sentence, last, last, skipObjectPronouns: true) is { } subject
            && !traits.Has(subject.Last, TokenTraits.EndsPossessive) && subject.Type != MentionType.Relative)
        {
            speaker = subject.Span;
        }
        else
        {
            var first = doc.SentenceFirst[sentence];
            if (!asFollows || last - first > 2 || !t[first].IsCapitalized)
            {
                return chosen;
            }

            for (var j = first; j <= last; j++)
            {
                if (!traits.Has(j, TokenTraits.Word) || doc.Quoted[j])
                {
                    return chosen;
                }
            }

            speaker = new Span(t[first].Span.Start, t[last].Span.End);
        }

        return chosen.Speaker == speaker ? chosen : chosen with { Speaker = speaker, Referent = null, InheritedFrom = null };
    }
}
