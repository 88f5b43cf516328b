using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A cue inside an interviewer's question ("Q: You’ve been talking about the deficit.", "Q: Do you think the levy will pass?"): the
/// addressed "you" that is the cue's subject is its source, not the transcript's tag before the colon nor the auxiliary that opens
/// the question (branch speakers121b).
/// </summary>
internal sealed partial class SpeakerRanker
{
    // Tokens of a transcript's tag before its colon ("Q", "MAYOR RUIZ", "Sen. Tom Hale").
    private const int MaxTranscriptTag = 4;

    // Tokens between "you" and its cue besides auxiliaries and adverbs ("you were about to argue", "you have not yet talked to").
    private static bool IsBetweenAPronounAndItsCue(TokenTraits traits, int k) =>
        traits.Has(k, TokenTraits.Auxiliary | TokenTraits.Adverb) || IsLyAdverb(traits.Doc.Tokens[k].Value)
        || traits.Doc.Tokens[k].Lower is "not" or "n't" or "n’t" or "going" or "to" or "been" or "also" or "ever" or "now" or "just" or "yet";

    // Auxiliaries that open a question before its subject ("Do you think", "Have you talked", "Can you say").
    private static bool IsQuestionAuxiliary(string lower) =>
        lower is "do" or "does" or "did" or "have" or "has" or "had" or "can" or "could" or "will" or "would" or "should" or "are" or "were";

    // "you", alone or contracted with its auxiliary ("you’re", "you've").
    private static bool IsYou(string lower) =>
        lower == "you" || SpeakerCandidates.ContractedPronoun(lower) is not null && lower.StartsWith("you", StringComparison.Ordinal);

    /// <summary>
    /// In a paragraph that opens with a transcript's tag (up to <see cref="MaxTranscriptTag"/> capitalised tokens, then a colon: "Q:",
    /// "TAPPER:"), the interviewer's "you" (the tag "Q" or a question: <see cref="ClaimPipeline.InterviewersYou"/>) that is the subject
    /// of a cue later in the line is its source, as PolNeAR marks it ("Q: You’ve been talking
    /// about the deficit": the interviewee talks, the tag "Q" asks): the speaker chosen, the tag itself or a capitalised auxiliary that
    /// opens a question of the line ("Do you think the levy will pass?": "Do"), gives way to it. "You" stands before the cue with only
    /// auxiliaries, adverbs and "going to" between (right after the auxiliary that was chosen), outside quotation marks. A line whose cue
    /// has no such "you" ("Q: Senators from both parties talked about it"), an answer's "you" ("A: You never plan for that at first": anyone),
    /// a cue that is the colon (the tag speaks the line) and a first-person cue ("BIDEN: I think ...": the author's "I" to the name rules)
    /// keep their speaker. The pipeline keeps such a "you"'s statement (<see cref="ClaimPipeline.AddressesTheReader"/> drops only the
    /// writer's "you" to the reader).
    /// </summary>
    internal static Attribution YouOfATranscriptQuestion(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var (first, last) = context.SpeakerTokens(speaker);
        if (first < 0 || last < first || last + 1 >= cueFirst || doc.Quoted[first] || !t[first].IsCapitalized
            || ClaimPipeline.TranscriptTagEnd(doc.Document.Text, t[cueFirst].Span.Start) is not { } tagEnd)
        {
            return chosen;
        }

        // The tag itself (its last token right before the colon), or a lone auxiliary opening a sentence after the tag.
        var question = first == last && t[first].Span.Start > tagEnd && doc.SentenceFirst[doc.SentenceOf[first]] == first
                       && IsQuestionAuxiliary(t[first].Lower) && doc.SentenceOf[first] == doc.SentenceOf[cueFirst];
        if (!question && t[last].Span.End + 1 != tagEnd)
        {
            return chosen;
        }

        var k = cueFirst - 1;
        while (k > last && IsBetweenAPronounAndItsCue(traits, k) && !IsYou(t[k].Lower))
        {
            k--;
        }

        if (k <= last || doc.Quoted[k] || !IsYou(t[k].Lower) || question && k != last + 1 || !ClaimPipeline.InterviewersYou(doc.Document.Text, t[k].Span.Start))
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var at = FirstChoosableAt(doc, candidates, k);
        return chosen with { Speaker = at >= 0 ? candidates[at].Span : t[k].Span, Referent = null, InheritedFrom = null };
    }
}
