using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Rules after the ranker on a cue inside someone else's report: the reporter, not the subject or pronoun of the reported clause
/// ("the campaign's claim that Ruiz wanted", "Ana Ruiz said she believes").
/// </summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// A stance inside someone else's report takes the reporter as its source: the speaker chosen is the subject of a stance verb
    /// (<see cref="StanceReport.Verbs"/>: "wants", "planned", "opposed") right after "that", and the word before "that" is a noun of
    /// saying with a possessive ("the campaign's earlier claim that Ruiz wanted ...") or a finite verb of saying with its subject ("Lee
    /// argued that they oppose ..."). PolNeAR annotates the outer report there, whose content holds the stance, with the reporter as its
    /// source (<see cref="StanceReport.ReporterBefore"/>, which <see cref="StanceReport"/> applies to the stances it adds itself). The
    /// cue follows the speaker within <see cref="StanceReport.MaxFillers"/> words; otherwise, or when no reporter is read, the choice stays.
    /// </summary>
    internal static Attribution ReporterOfAStanceAfterThat(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, cueLast, _, doc, t) = chosenCue;
        var (first, last) = context.SpeakerTokens(speaker);
        if (cueFirst != cueLast || !StanceReport.Verbs.Contains(t[cueFirst].Value) || last >= cueFirst || cueFirst - last - 1 > StanceReport.MaxFillers
            || first >= t.Count || doc.Quoted[first])
        {
            return chosen;
        }

        return StanceReport.ReporterBefore(doc, first) is { } reporter
            ? chosen.WithSpeaker(reporter)
            : chosen;
    }

    private static readonly HashSet<string> OuterReportVerbs = new(StringComparer.OrdinalIgnoreCase) { "said", "says", "say" };
    private static readonly HashSet<string> OuterToldVerbs = new(StringComparer.OrdinalIgnoreCase) { "told", "tells" };
    private static readonly HashSet<string> ToldObjects = new(StringComparer.OrdinalIgnoreCase) { "me", "him", "her", "us", "them" };
    private static readonly HashSet<string> ReportedSubjects = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they" };
    private static readonly HashSet<string> ObjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "me", "him", "us", "them", "whom" };
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase) { "have", "has", "had", "'s", "’s", "'ve", "’ve", "did", "does", "do" };

    /// <summary>
    /// The reporter, not the pronoun of the reported clause: a speaker "he"/"she"/"they" standing right after "said"/"says"/"say"
    /// (or "told/tells" + an object pronoun) and before its own cue, in one sentence ("Ana Ruiz said she believes ...", "Two aides told
    /// me they worried ...") gives way to the candidate ending right before that report verb (over adverbs and auxiliaries: "Ana Ruiz
    /// has publicly said"), its subject. On train gold's source is that reporter for all 9 matched statements of this shape
    /// (docs/quotes.md, "speakers86"). No such candidate, or an object pronoun there ("groups that endorsed him say they"), leaves the
    /// choice as it is.
    /// </summary>
    internal static Attribution ReporterOfAReportedPronoun(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue || speaker.End > cue.Start)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var (first, last) = context.SpeakerTokens(speaker);
        var (cueFirst, _) = context.CueTokens(cue);
        if (first != last || first < 2 || cueFirst >= t.Count || !ReportedSubjects.Contains(t[first].Value) || doc.Quoted[first]
            || doc.SentenceOf[first] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        var sentence = doc.SentenceOf[first];
        int verb;
        if (OuterReportVerbs.Contains(t[first - 1].Value))
        {
            verb = first - 1;
        }
        else if (ToldObjects.Contains(t[first - 1].Value) && OuterToldVerbs.Contains(t[first - 2].Value))
        {
            verb = first - 2;
        }
        else
        {
            return chosen;
        }

        if (doc.SentenceOf[verb] != sentence || doc.Quoted[verb])
        {
            return chosen;
        }

        var end = verb - 1;
        while (end > 0 && verb - end <= 3 && doc.SentenceOf[end] == sentence
               && (traits.Has(end, TokenTraits.Adverb) || IsLyAdverb(t[end].Value) || Auxiliaries.Contains(t[end].Value)))
        {
            end--;
        }

        var found = WidestCandidateEndingIn(context, sentence, end, verb - 1, skipObjectPronouns: true);

        return found is { } f ? chosen.WithSpeaker(f.Span) : chosen;
    }
}
