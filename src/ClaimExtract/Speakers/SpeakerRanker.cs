using ClaimExtract.Quotes;
using ClaimExtract.Text;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace ClaimExtract.Speakers;

/// <summary>
/// Re-ranks the speaker of each attribution with learned boosted trees (ML.NET FastTree, trained on
/// PolNeAR train by <c>claimextract train speakers</c>) over the candidates of <see cref="SpeakerCandidates"/>:
/// the rules' choice, "nobody", and every name, pronoun, description and bare noun near the cue. When the best
/// candidate overlaps the rules' speaker, the rules' span stays (it is the better-cut mention); otherwise the
/// winner's mention replaces it.
/// </summary>
internal sealed partial class SpeakerRanker
{
    private const string EmbeddedTrees = "ClaimExtract.Speakers.speaker-ranker.trees";

    private const string EmbeddedCueSources = "ClaimExtract.Speakers.cue-sources.tsv";

    private const string EmbeddedBounds = "ClaimExtract.Speakers.speaker-ranker.bounds.tsv";

    private static readonly Lazy<SpeakerRanker?> LazyDefault = new(() =>
    {
        using var trees = typeof(SpeakerRanker).Assembly.GetManifestResourceStream(EmbeddedTrees);
        using var cueSources = typeof(SpeakerRanker).Assembly.GetManifestResourceStream(EmbeddedCueSources);
        using var bounds = typeof(SpeakerRanker).Assembly.GetManifestResourceStream(EmbeddedBounds);
        return trees is null ? null : Load(BoostedTrees.Read(trees, SpeakerCandidates.FeatureCount, "speaker ranker", "claimextract train speakers", (SpeakerRankerTrees.Checksum, SpeakerRankerTrees.Methods)), cueSources, bounds);
    });

    private readonly BoostedTrees _trees;

    private readonly CueSources _cueSources;

    private SpeakerRanker(BoostedTrees trees, CueSources cueSources)
    {
        _trees = trees;
        _cueSources = cueSources;
    }

    /// <summary>The embedded model; null when the library was built without one (the rules' speakers then stand).</summary>
    public static SpeakerRanker? Default => LazyDefault.Value;

    /// <summary>
    /// A ranker from its model, the cue-source table written beside it (<c>cue-sources.tsv</c>; none: every cue unknown) and, when
    /// given, the early cut's bounds measured by its trainer (<see cref="TreeBounds"/>).
    /// </summary>
    public static SpeakerRanker Load(Stream modelZip, Stream? cueSourcesTsv = null, Stream? boundsTsv = null)
    {
        var ml = new MLContext(seed: 1);
        return Load(BoostedTrees.From(ml.Model.Load(modelZip, out _), SpeakerCandidates.FeatureCount, "speaker ranker", "claimextract train speakers"), cueSourcesTsv, boundsTsv);
    }

    private static SpeakerRanker Load(BoostedTrees trees, Stream? cueSourcesTsv, Stream? boundsTsv) =>
        new(boundsTsv is null ? trees : trees.WithBounds(TreeBounds.Read(boundsTsv, trees, "claimextract train speakers")),
            cueSourcesTsv is null ? CueSources.Empty : CueSources.Read(cueSourcesTsv));

    /// <summary>The trees (for the trainer, which measures their bounds).</summary>
    internal BoostedTrees Trees => _trees;

    internal static SpeakerRanker From(ITransformer model, CueSources cueSources)
    {
        return new SpeakerRanker(BoostedTrees.From(model, SpeakerCandidates.FeatureCount, "speaker ranker", "claimextract train speakers"), cueSources);
    }

    /// <summary>The model's raw score of one candidate's features (higher: more likely the speaker).</summary>
    public float Score(float[] features) => _trees.Score(features);

    /// <summary>The score when it can exceed <paramref name="floor"/>, else negative infinity (see <see cref="BoostedTrees.ScoreAbove"/>).</summary>
    public float ScoreAbove(float[] features, float floor) => _trees.ScoreAbove(features, floor);

    [ThreadStatic]
    private static float[][]? t_vectors;

    /// <summary>The attributions with each speaker chosen by the model.</summary>
    public List<Attribution> Rerank(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        if (attributions.Count == 0)
        {
            return attributions;
        }

        var traits = new TokenTraits(doc);
        var result = new List<Attribution>(attributions.Count);
        var candidates = new List<SpeakerCandidate>();
        // The vectors are kept per thread from one article to the next: made for each article they were most of the bytes the
        // ranker allocated (a 64-float vector per candidate of its largest attribution).
        var vectors = t_vectors ?? [];
        List<(int, int)> before = [], after = [];
        string? previousHead = null;
        // The cue-source features of the last cue text looked up: an article's attributions repeat their cue words ("said").
        string? cueText = null;
        (float NoSourceShare, float Known)? cue = null;
        foreach (var a in attributions)
        {
            if (NamedBeside(doc.Document, a) is { } named)
            {
                result.Add(a with { Speaker = named, InheritedFrom = null });
                previousHead = HeadOf(doc, named) ?? previousHead;
                continue;
            }

            if (AdjacentToCue(doc, a))
            {
                result.Add(Unscored(traits, a));
                previousHead = HeadOf(doc, a.Speaker) ?? previousHead;
                continue;
            }

            SpeakerCandidates.Generate(traits, a, candidates);
            var anchors = SpeakerCandidates.Anchors.Of(traits, a);
            if (vectors.Length < candidates.Count)
            {
                // Every vector in use is cleared and filled again by Features; the ones past the candidates are not read.
                var grown = new float[Math.Max(candidates.Count, 2 * vectors.Length)][];
                vectors.CopyTo(grown, 0);
                for (var i = vectors.Length; i < grown.Length; i++)
                {
                    grown[i] = new float[SpeakerCandidates.FeatureCount];
                }

                vectors = t_vectors = grown;
            }

            if (cue is null || !string.Equals(a.CueText, cueText, StringComparison.Ordinal))
            {
                (cueText, cue) = (a.CueText, _cueSources.Of(a.CueText));
            }

            for (var i = 0; i < candidates.Count; i++)
            {
                // A candidate the ranker may not choose is never scored: of its vector, RankFeatures reads only what it writes itself
                // (the ranks, and feature 61 of the rules' choice it repeats), on zeros as after Features' own clearing.
                if (!Choosable(doc, candidates[i]))
                {
                    Array.Clear(vectors[i]);
                    continue;
                }

                SpeakerCandidates.Features(traits, a, anchors, candidates[i], previousHead, vectors[i]);
                CueSources.Fill(cue.Value, vectors[i]);
            }

            SpeakerCandidates.RankFeatures(traits, a, candidates, vectors, before, after);

            // The rules' choice is scored first: a candidate whose trees cannot lift it above the best score so far is
            // cut short (it could not be the first best), which is most of them.
            var seed = candidates.FindIndex(c => c.Type == MentionType.Rule);
            var seedScore = seed >= 0 ? Score(vectors[seed]) : float.NegativeInfinity;
            var best = default(SpeakerCandidate);
            var bestScore = float.NegativeInfinity;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (!Choosable(doc, candidates[i]))
                {
                    continue;
                }

                var s = i == seed ? seedScore : ScoreAbove(vectors[i], Math.Max(bestScore, seedScore));
                if (s > bestScore)
                {
                    best = candidates[i];
                    bestScore = s;
                }
            }

            // The rules after the ranker read the candidates scored here (the same list Generate makes for them) instead of making them again.
            result.Add(AfterRanker(new AfterRankerContext(traits, a, candidates), Choose(a, best, doc.Document.Text)));
            previousHead = HeadOf(doc, a.Speaker) ?? previousHead;
        }

        return result;
    }

    /// <summary>
    /// The rules after the ranker, in order, on its choice <paramref name="chosen"/> for the attribution of <paramref name="c"/> (the trainer
    /// scores each candidate's choice through them too, with one context per attribution).
    /// </summary>
    internal static Attribution AfterRanker(AfterRankerContext c, Attribution chosen) =>
        ReporterOfAReportedPronoun(c, NoSpeakerAtItsOwnCue(c, AntecedentOfAClosedRelative(c, RelativeOfItsClause(c, NounBeforeItsParticiple(c, HolderBeforeAConnective(c, ObjectOfALightVerb(c, SpeakerOutsideTheQuotation(c, PersonBeforeTheirParty(c, PersonBeforeTheirPlace(c, SubjectOfTheSecondClause(c, SubjectBeforeAPlaceBeforeAParticiple(c, NamedPossessiveOfTheCueNoun(c, WriterVoiceCue(c, SubjectAfterAHeadlineKicker(c, SubjectOfAnAbsoluteWith(c, HeadBeforeARestrictiveClause(c, SenderOfTheDocument(c, ObjectOfAControlVerb(c, SubjectOfAnActiveCue(c, SubjectOfTheCoordinatedPredicate(c, ReporterOfAStanceAfterThat(c, SubjectAfterAPhraseHoldingTheSpeaker(c, NameBetweenADashAndAColon(c, OpeningParticipleOrAdverb(c, SubjectBeforeTheObjectOfAbout(c, SubjectAfterAnOpeningParticiple(c, PossessiveOfTheCueNoun(c, SubjectBeforeADashedAside(c, WordNamingNoOne(c, ModifiersOfTheCueNoun(c, ShareOfAPoll(c, SubjectAfterAnOpeningPhrase(c, AgentOfAParticiple(c, NamingParticiple(c, ExpletiveIt(c, SubjectOfAPassive(c, SubjectOfTheDocument(c, SubjectBeforeAside(c, InRelativeClause(c,
            NominalCueWithoutHolder(c, SubjectOfTheFirstPredicate(c, HolderOfTheAttitude(c, SubjectAfterTheOpening(c, AuthorOfTheDocument(c, AfterAccordingTo(c, ItBeforeTheCue(c, PronounBeforeTheCue(c, ArticleOfTheCue(c, QuantifiedRelative(c, TimeIsNoSpeaker(c, NounBeforeItsPhrase(c, MediumAfterTheCue(c, SubjectRightBeforeTheCue(c, SubjectNotObject(c, chosen)))))))))))))))))))))))))))))))))))))))))))))))))))))));

    /// <summary>The rules after the ranker that also read a speaker kept unscored beside its cue (<see cref="AdjacentToCue"/>): "Ana Ruiz was declared", "It is unclear", "Having announced", "There’s talk about".</summary>
    internal static Attribution Unscored(TokenTraits traits, Attribution a)
    {
        var c = new AfterRankerContext(traits, a);
        return ReporterOfAReportedPronoun(c, PersonBeforeTheirParty(c, PersonBeforeTheirPlace(c, SubjectBeforeAPlaceBeforeAParticiple(c, HeadBeforeARestrictiveClause(c, SenderOfTheDocument(c, ReporterOfAStanceAfterThat(c, WordNamingNoOne(c, NamingParticiple(c, ExpletiveIt(c, SubjectOfAPassive(c, SubjectAfterTheOpening(c, ArticleOfTheCue(c, NounBeforeItsPhrase(c, SubjectNotObject(c, a)))))))))))))));
    }

    /// <summary>
    /// The subject, not the object, of a cue that takes one: the mention right after "told"/"tells" or an -ing participle ("Tad Hale, his top
    /// aide, told The Daily Ledger", "Ana Ruiz ended her campaign Wednesday, telling supporters that", "The foundation declined to comment,
    /// citing the lawsuit") is its addressee or object, which PolNeAR never takes as the source (in train gold no source stands right after
    /// "told" or "telling"). A speaker chosen there gives way to the clause's subject: for "told", the nearest mention before the cue that a
    /// verb follows (over adverbs: "Tad Hale told", "she has told"); for a participle, the first such mention of the sentence, the subject
    /// of the clause it attaches to ("Aides said Obama will ..., highlighting" → Aides). None there leaves the choice as it is. A mention
    /// opening with a preposition ("opposed by", "pointing to") is no object of this kind.
    /// </summary>
    internal static Attribution SubjectNotObject(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue || !context.CueOutsideQuotes(cue, out var cueFirst, out var cueLast))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var first = context.SpeakerTokens(speaker).First;
        if (first != cueLast + 1 || first >= t.Count
            || doc.SentenceOf[first] != doc.SentenceOf[cueLast] || traits.Has(first, TokenTraits.Preposition | TokenTraits.By)
            || !traits.Has(cueLast, TokenTraits.Word) || t[cueLast].IsCapitalized)
        {
            return chosen;
        }

        var w = t[cueLast].Lower;
        var told = w is "told" or "tells";
        if (!told && !(w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) && !traits.Has(cueLast, TokenTraits.Preposition) && t[cueFirst].Lower != "according"))
        {
            return chosen;
        }

        var subject = ClauseSubject(context, cueFirst, nearest: told);
        return subject is { } span ? chosen.WithSpeaker(BeforeCue(doc.Document.Text, span, cue)) : chosen;
    }

    // Nouns of a medium a speaker talks through ("said in a statement", "wrote in an email", "said in a follow-up interview").
    private static readonly System.Collections.Frozen.FrozenSet<string> MediumNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["statement", "statements", "interview", "interviews", "email", "emails", "e-mail", "letter", "post", "tweet", "tweets", "speech", "call",
         "conference", "release", "op-ed", "memo", "appearance", "message", "video", "note", "blog", "column", "editorial", "briefing", "remarks",
         "testimony", "filing", "response", "exchange", "podcast", "broadcast", "essay", "address"],
        StringComparer.Ordinal);

    // Tokens of a medium phrase after its preposition ("in a brief written statement").
    private const int MaxMediumPhrase = 6;

    /// <summary>
    /// The subject, not the medium, of a verb of saying: a speaker chosen right after the cue that is a medium phrase ("Tad Hale, the
    /// county's clerk, said in a statement", "Ana Ruiz wrote in an email", "said in a follow-up interview") is where it was said, which
    /// PolNeAR never takes as the source. It gives way to the nearest mention before the cue, in its sentence, that a verb follows (or a
    /// comma and a verb: the close of an apposition), as for "told" (<see cref="SubjectNotObject"/>). None there leaves the choice.
    /// </summary>
    internal static Attribution MediumAfterTheCue(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue || !context.CueOutsideQuotes(cue, out var cueFirst, out var cueLast))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var (first, last) = context.SpeakerTokens(speaker);
        if (first != cueLast + 1 || last >= t.Count || last <= first
            || doc.SentenceOf[first] != doc.SentenceOf[cueLast] || t[first].Lower is not ("in" or "during" or "via" or "through")
            || last - first > MaxMediumPhrase || !MediumNouns.Contains(t[last].Lower) || !traits.Has(cueLast, TokenTraits.CueVerb | TokenTraits.SaidOrTold))
        {
            return chosen;
        }

        var subject = ClauseSubject(context, cueFirst, nearest: true);
        return subject is { } s ? chosen.WithSpeaker(BeforeCue(doc.Document.Text, s, cue)) : chosen;
    }

    // Whether candidate c is a mention (not a rule's) of the given sentence that ends before token end, opens outside quotation marks, ends
    // in no possessive and is choosable: the first tests of a subject before a verb (the cue's, a conjunction's, a verb of sending's).
    private static bool IsMentionBefore(TokenTraits traits, SpeakerCandidate c, int end, int sentence)
    {
        var doc = traits.Doc;
        return c.Type is not (MentionType.None or MentionType.Rule) && c.First >= 0 && c.Last < end && doc.SentenceOf[c.First] == sentence && !doc.Quoted[c.First]
               && !traits.Has(c.Last, TokenTraits.EndsPossessive) && Choosable(doc, c);
    }

    // The subject of the cue's clause among the candidates: a mention before the cue, in its sentence, outside quotation marks, no
    // possessive, that a verb follows (over adverbs and auxiliaries) or a comma and then a verb; the nearest or the first such.
    private static Span? ClauseSubject(AfterRankerContext context, int cueFirst, bool nearest)
    {
        var traits = context.Traits;
        var doc = traits.Doc;
        var sentence = doc.SentenceOf[cueFirst];
        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (!IsMentionBefore(traits, c, cueFirst, sentence) || !VerbAfter(c))
            {
                continue;
            }

            if (subject < 0 || (nearest ? c.Last > candidates[subject].Last : c.First < candidates[subject].First))
            {
                subject = i;
            }
        }

        return subject < 0 ? null : candidates[subject].Span;

        bool VerbAfter(SpeakerCandidate c) =>
            SpeakerCandidates.VerbFollows(traits, c.Last + 1, cueFirst)
            || c.Last + 2 <= cueFirst && traits.Has(c.Last + 1, TokenTraits.Comma) && SpeakerCandidates.VerbFollows(traits, c.Last + 2, cueFirst)
               && !(c.First > 0 && traits.Has(c.First - 1, TokenTraits.Preposition | TokenTraits.By));
    }

    // Prepositions of place and time whose object modifies the noun before it ("Sanders delegates inside the hall in Philadelphia", "Ana
    // Ruiz, in Ohio,", "Tom Hale in a blog post"), not of a source ("according to", "by", "from", "of", "with").
    private static bool IsPlacePreposition(string w) =>
        w is "in" or "at" or "on" or "inside" or "during" or "near" or "across" or "throughout" or "within" or "outside" or "around" or "aboard";

    /// <summary>
    /// The noun a place or time phrase modifies, not the phrase's object: a speaker chosen right before its cue (over adverbs and
    /// auxiliaries) that is the object of "in", "at", "on", "during", ... ("Sanders delegates inside the hall in Philadelphia have
    /// booed", "Ana Ruiz, in Ohio, said", "Tom Hale in a blog post said") gives way to the mention the phrase follows, back over a chain of
    /// such phrases; none there (the phrase opens its clause: "In Ohio, voters said") leaves the choice. A count ("One study in 40 riders
    /// found", which <see cref="SubjectHead"/> keeps whole) is no place.
    /// </summary>
    internal static Attribution NounBeforeItsPhrase(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue || !context.CueOutsideQuotes(cue, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var (first, last) = context.SpeakerTokens(speaker);
        if (first < 2 || last < first || last >= cueFirst || doc.SentenceOf[first] != doc.SentenceOf[cueFirst]
            || doc.Quoted[first] || IsPlacePreposition(t[first].Lower) || traits.Has(last, TokenTraits.EndsPossessive) || char.IsAsciiDigit(t[first].Value[0])
            || !traits.Has(cueFirst, TokenTraits.Word) || t[cueFirst].IsCapitalized || traits.Has(cueFirst, TokenTraits.Preposition))
        {
            return chosen;
        }

        // An -ing cue right after the speaker makes it the subject of a gerund ("the effort results in Ana Ruiz claiming"), which stays.
        if (last + 1 == cueFirst && t[cueFirst].Lower.EndsWith("ing", StringComparison.Ordinal))
        {
            return chosen;
        }

        // The phrase stands right before the cue, or between commas right before it ("Ana Ruiz, in Ohio, said").
        var comma = traits.Has(last + 1, TokenTraits.Comma);
        if (!(comma ? last + 2 <= cueFirst && SpeakerCandidates.VerbFollows(traits, last + 2, cueFirst) : SpeakerCandidates.VerbFollows(traits, last + 1, cueFirst)))
        {
            return chosen;
        }

        // The candidates are asked for only once a place preposition stands before the speaker (beside the cue, where the ranker
        // did not score them, they are generated on that first use).
        List<SpeakerCandidate>? candidates = null;
        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[first]];
        var head = -1;
        var at = first;
        while (at - 1 > sentenceFirst && IsPlacePreposition(t[at - 1].Lower))
        {
            candidates ??= context.Candidates;
            // "on" between capitalised words is inside one name ("the Council on Foreign Relations", "the Committee on Taxation").
            var before = at - 2;
            if (t[at - 1].Lower == "on" && t[at].IsCapitalized && t[before].IsCapitalized)
            {
                break;
            }

            if (comma && traits.Has(before, TokenTraits.Comma))
            {
                before--;
            }

            // The longest mention ending there within one paragraph (a run of capitalised words may start in a heading before it).
            var noun = -1;
            for (var i = 0; i < candidates.Count; i++)
            {
                var c = candidates[i];
                if (c.Type is not (MentionType.None or MentionType.Rule) && c.Last == before && c.First >= sentenceFirst && !doc.Quoted[c.First]
                    && !traits.Has(c.Last, TokenTraits.EndsPossessive) && Choosable(doc, c) && doc.Document.Text.IndexOf('\n', c.Span.Start, c.Span.Length) < 0
                    && (noun < 0 || c.First < candidates[noun].First))
                {
                    noun = i;
                }
            }

            if (noun < 0)
            {
                break;
            }

            head = noun;
            at = candidates[noun].First;
            comma = false;
        }

        return head < 0 ? chosen : chosen.WithSpeaker(BeforeCue(doc.Document.Text, candidates![head].Span, cue));
    }

    // Numbers of a poll's share ("six in 10", "one in four", "nine out of 10").
    private static bool IsShareNumber(string w) =>
        w.Length > 0 && !w.AsSpan().ContainsAnyExceptInRange('0', '9')
        || w is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten";

    // A fraction written as one word ("three-fourths", "two-thirds", "one-third").
    private static bool IsFractionWord(string w)
    {
        var dash = w.IndexOf('-');
        return dash > 0 && IsShareNumber(w[..dash]) && w[(dash + 1)..] is "third" or "thirds" or "fourth" or "fourths" or "quarter" or "quarters" or "fifth" or "fifths";
    }

    /// <summary>
    /// A poll's share right before the cue is its source ("six in 10 said", "and one in four said", "with about three in 10 saying",
    /// "three-fourths say"): PolNeAR takes the share as the source, as it does "26 percent" (a candidate of its own); the share has no
    /// candidate when it is written with words or as "N in M", so the ranker chose a name elsewhere in the sentence. The share is a number,
    /// "in", "of" or "out of" and a number, or a fraction word, after modifiers ("about", "nearly", "more than", ...), opening its clause
    /// (the sentence's start, a comma, a dash, "and", "but", "while", "with", "that"), and stands right before the cue (over adverbs and
    /// auxiliaries, not "be"). A speaker chosen inside the share stays.
    /// </summary>
    internal static Attribution ShareOfAPoll(AfterRankerContext context, Attribution chosen)
    {
        if (!context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        if (!traits.Has(cueFirst, TokenTraits.Word) || t[cueFirst].IsCapitalized
            || traits.Has(cueFirst, TokenTraits.Preposition))
        {
            return chosen;
        }

        var last = BeforeAuxiliaries(traits, cueFirst, overBe: false);
        if (last < 1 || doc.Quoted[last] || doc.SentenceOf[last] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        int first;
        if (IsFractionWord(t[last].Lower))
        {
            first = last;
        }
        else if (last >= 2 && IsShareNumber(t[last].Lower) && t[last - 1].Lower is "in" or "of" && IsShareNumber(t[last - 2].Lower))
        {
            first = last - 2;
        }
        else if (last >= 3 && IsShareNumber(t[last].Lower) && t[last - 1].Lower == "of" && t[last - 2].Lower == "out" && IsShareNumber(t[last - 3].Lower))
        {
            first = last - 3;
        }
        else
        {
            return chosen;
        }

        // Modifiers before the share ("about", "nearly", "more than").
        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[last]];
        while (first > sentenceFirst)
        {
            var w = t[first - 1].Lower;
            if (w is "about" or "nearly" or "almost" or "roughly" or "approximately" or "just" or "only" or "some" or "over" or "under")
            {
                first--;
            }
            else if (w == "than" && first - 2 >= sentenceFirst && t[first - 2].Lower is "more" or "fewer" or "less")
            {
                first -= 2;
            }
            else
            {
                break;
            }
        }

        if (first > sentenceFirst && !traits.Has(first - 1, TokenTraits.Comma) && t[first - 1].Value is not (";" or "—" or "–")
            && t[first - 1].Lower is not ("and" or "but" or "while" or "whereas" or "with" or "that" or "yet"))
        {
            return chosen;
        }

        var share = new Span(t[first].Span.Start, t[last].Span.End);
        return chosen.Speaker is { } speaker && speaker.Overlaps(share) ? chosen : chosen.WithSpeaker(share);
    }

    // Words that open an adverbial phrase before a sentence's subject ("When ..., she", "Speaking Sunday on ABC, Ana Ruiz"); not "to" or
    // "for", whose object PolNeAR can take as the holder ("To many voters, the plan seemed"), nor "according".
    private static bool OpensAnAdverbialPhrase(TokenTraits traits, int i)
    {
        var w = traits.Doc.Tokens[i].Lower;
        if (w is "to" or "for" or "according" or "of")
        {
            return false;
        }

        return traits.Has(i, TokenTraits.Preposition)
               || w is "when" or "once" or "though" or "although" or "while" or "if" or "after" or "before" or "since" or "as" or "because" or "here"
                   or "absent" or "despite" or "unlike" or "like" or "along" or "among" or "amid" or "during" or "without" or "besides" or "upon"
                   or "following" or "in" or "on" or "at" or "with" or "by" or "from" or "inside" or "outside" or "across" or "near" or "throughout"
               || w.Length > 5 && w.EndsWith("ing", StringComparison.Ordinal) || SpeakerCandidates.OpeningParticiple(traits, i);
    }

    /// <summary>
    /// The subject after an opening adverbial phrase, not a mention inside the phrase ("Speaking Sunday on ABC’s “This Week,” Ana Ruiz
    /// admitted", "Making her way around the diner, Tom Hale thanked", "Led by the council speaker, the rally denounced", "In his first
    /// reaction, during a radio interview, Tom Hale questioned"): when the speaker chosen lies inside a phrase that opens the sentence with a
    /// preposition, a subordinator or a participle (not "to", "for" or "according") and ends with a comma, and the mention right after the
    /// last comma before the cue stands right before it (over adverbs and auxiliaries), that mention is the speaker.
    /// </summary>
    internal static Attribution SubjectAfterAnOpeningPhrase(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;

        // The cue's sentence must open with such a phrase: checked first, as most do not.
        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[cueFirst]];
        if (!OpensAnAdverbialPhrase(traits, sentenceFirst))
        {
            return chosen;
        }

        var (first, last) = context.SpeakerTokens(speaker);
        if (last < first || last >= cueFirst || doc.SentenceOf[first] != doc.SentenceOf[cueFirst] || doc.Quoted[first] || first <= sentenceFirst)
        {
            return chosen;
        }

        // A phrase a preposition opens holds no verb: a verb after the speaker chosen makes it a clause's subject ("At times, people close
        // to her said, the mere mention of"); a subordinator's clause has one ("Though the agency kept quiet, all signs pointed to").
        var subordinator = t[sentenceFirst].Lower is "when" or "once" or "though" or "although" or "while" or "if" or "after" or "before" or "since"
            or "as" or "because";
        if (!subordinator && SpeakerCandidates.VerbFollows(traits, last + 1, cueFirst))
        {
            return chosen;
        }

        // The subject: a mention standing right before the cue (over adverbs and auxiliaries) that opens right after a comma (and a
        // closing quotation mark) after the speaker chosen. Such a mention needs a comma between the speaker chosen and its last word:
        // without one, no candidate qualifies, and they are not generated.
        var before = BeforeAuxiliaries(traits, cueFirst, overBe: true);
        if (!CommaBetween(traits, last + 1, before))
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type is MentionType.None or MentionType.Rule or MentionType.Relative || c.Last != before || c.First <= last + 1 || doc.Quoted[c.First]
                || traits.Has(c.Last, TokenTraits.EndsPossessive) || !Choosable(doc, c))
            {
                continue;
            }

            var k = c.First - 1;
            while (k > last && t[k].Value is "”" or "\"" or "''" or "’")
            {
                k--;
            }

            if (k > last && traits.Has(k, TokenTraits.Comma) && (subject < 0 || c.First < candidates[subject].First))
            {
                subject = i;
            }
        }

        if (subject < 0)
        {
            return chosen;
        }

        var span = candidates[subject].Span;
        return speaker.Overlaps(span) ? chosen : chosen.WithSpeaker(span);
    }

    // Whether a token from <paramref name="from"/> up to (not including) <paramref name="to"/> is a comma.
    private static bool CommaBetween(TokenTraits traits, int from, int to)
    {
        for (var k = Math.Max(from, 0); k < to; k++)
        {
            if (traits.Has(k, TokenTraits.Comma))
            {
                return true;
            }
        }

        return false;
    }

    // Tokens from a participle to the "by" of its agent past its complement ("was called “strategic ambiguity” by").
    private const int MaxParticipleToAgent = 7;

    // Participles of feeling whose "by" phrase is the cause, not a speaker ("startled by Trump’s remarks", "Angered by the ruling, she").
    private static bool IsFeelingParticiple(string w) =>
        w is "angered" or "startled" or "shocked" or "rattled" or "unsettled" or "annoyed" or "irritated" or "bothered" or "encouraged" or "heartened"
            or "inspired" or "moved" or "touched" or "saddened" or "sickened" or "horrified" or "appalled" or "baffled" or "puzzled" or "confused"
            or "amused" or "emboldened" or "energized" or "galvanized" or "motivated" or "spooked" or "scared" or "frightened" or "terrified"
            or "humbled" or "honored" or "flattered" or "insulted" or "disgusted" or "incensed" or "infuriated" or "enraged" or "dismayed";

    // Heads of a "by" phrase that is no agent ("by a wide margin", "by phone", "by 10 points").
    private static bool IsMeansOrMeasure(string w) =>
        w is "margin" or "margins" or "points" or "point" or "percent" or "votes" or "phone" or "telephone" or "mail" or "hand" or "far" or "default"
            or "law" or "mistake" or "accident" or "way" or "means" or "design" or "contrast" or "comparison" or "themselves" or "himself" or "herself"
        || MediumNouns.Contains(w) || Lexicon.TimeWords.Contains(w);

    /// <summary>
    /// The agent of a "by" phrase after a participle is the speaker: PolNeAR's source of a passive cue is its agent, also when no form of
    /// "be" makes it one ("As reported by the Daily Ledger", "The plan, first reported by the Ledger,", "Those listed by Ana Ruiz") and when
    /// the participle's complement stands before "by" ("Ana Ruiz was declared the winner by the networks", "has been called “a mess” by
    /// critics", "had been asked to keep them by the committee"). The participle is a cue's first word past adverbs: a lower-case -ed form,
    /// or one of the passive participles of saying (<see cref="PassiveSpeechParticiples"/>), not after "have" (an active perfect); "by"
    /// right after it (over adverbs), or, when a form of "be" or a comma or dash stands before it, up to ten tokens later in its clause (no
    /// comma, colon, dash, form of "be", conjunction or relative between). The agent is the candidate right after "by" that is no time, count,
    /// medium or measure ("by phone", "by a wide margin", "by Friday"). Not when the content stands before the participle ("..., predicted
    /// Ana Ruiz, the governor challenged by Tom Hale": the participle modifies the source).
    /// </summary>
    internal static Attribution AgentOfAParticiple(AfterRankerContext context, Attribution chosen)
    {
        // A content before the participle makes it a modifier inside the source phrase ("..., predicted Ana Ruiz, the governor
        // challenged by Tom Hale in 1986"), not the cue of its own source.
        if (chosen.Cue is not { } cue || context.Original.Content.End <= cue.Start)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        if (!context.CueOutsideQuotes(cue, out var cueFirst, out var cueLast))
        {
            return chosen;
        }

        var verb = cueFirst;
        while (verb < cueLast && (IsBe(t[verb].Lower) || traits.Has(verb, TokenTraits.Adverb) && !traits.Has(verb, TokenTraits.Auxiliary) || IsLyAdverb(t[verb].Value)))
        {
            verb++;
        }

        var w = t[verb].Lower;
        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[verb]];
        var speech = PassiveSpeechParticiples.Contains(w);
        if (!traits.Has(verb, TokenTraits.Word) || t[verb].IsCapitalized && verb != sentenceFirst
            || !(speech || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && !AttitudeAdjectives.Contains(w) && !IsFeelingParticiple(w)))
        {
            return chosen;
        }

        // What stands before the participle, over adverbs: "have" makes it active; "be", a comma or a dash lets "by" come later.
        var k = verb - 1;
        while (k >= sentenceFirst && (traits.Has(k, TokenTraits.Adverb) && !traits.Has(k, TokenTraits.Auxiliary) || IsLyAdverb(t[k].Value)
                                      || t[k].Lower is "also" or "first" or "later" or "often" or "once" or "widely" or "long" or "not" or "never"))
        {
            k--;
        }

        if (k >= sentenceFirst && t[k].Lower is "has" or "have" or "had" or "having" or "’s" or "'s")
        {
            return chosen;
        }

        // "by" may come after the participle's complement only for a participle of saying after "be" ("was declared the winner by"), or
        // after a comma or dash with "as" right after it ("— often labeled as a “witch hunt” by"; "Ana Ruiz, 44, told a voter" is active).
        var later = speech && k >= sentenceFirst && verb + 1 < t.Count
                    && (IsBe(t[k].Lower) || t[k].Lower is "been" or "being" || (traits.Has(k, TokenTraits.Comma) || t[k].Value is "—" or "–") && t[verb + 1].Lower == "as");

        var by = verb + 1;
        while (by < t.Count && traits.Has(by, TokenTraits.Adverb) && !traits.Has(by, TokenTraits.Auxiliary | TokenTraits.By))
        {
            by++;
        }

        if (later && !(by < t.Count && traits.Has(by, TokenTraits.By)))
        {
            var sentenceEnd = doc.SentenceEndToken(verb);
            for (by = verb + 1; by < sentenceEnd && by - verb <= MaxParticipleToAgent; by++)
            {
                var v = t[by].Lower;
                if (traits.Has(by, TokenTraits.By) || traits.Has(by, TokenTraits.Comma | TokenTraits.Colon) || t[by].Value is ";" or "—" or "–" or "(" || IsBe(v)
                    || v is "and" or "but" or "or" or "that" or "which" or "who" or "whether" or "if" or "because" or "while" or "when"
                    || v is "about" or "during" or "at" or "in" or "after" or "before" or "since" or "for" or "from" or "with" or "over"
                    || !t[by].IsCapitalized && v.Length > 4 && v.EndsWith("ed", StringComparison.Ordinal))
                {
                    break;
                }
            }
        }

        // "not by" denies the agent ("is told not by the diplomats but by their children").
        if (by + 1 >= t.Count || !traits.Has(by, TokenTraits.By) || doc.SentenceOf[by] != doc.SentenceOf[verb] || doc.Quoted[by] || t[by - 1].Lower == "not")
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var agent = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type is not (MentionType.None or MentionType.Rule or MentionType.Relative) && c.First == by + 1 && Choosable(doc, c) && !char.IsAsciiDigit(t[c.First].Value[0])
                && !MeansOrMeasureAtEnd(c) && !IsMeansOrMeasure(t[c.First].Lower) && !t[c.First].Lower.EndsWith("ing", StringComparison.Ordinal)
                && (agent < 0 || c.Last > candidates[agent].Last))
            {
                agent = i;
            }
        }

        if (agent < 0)
        {
            return chosen;
        }

        var span = EndBeforeContent(candidates[agent].Span, context.Original.Content, doc.Document.Text);

        return chosen.Speaker is { } speaker && speaker.Overlaps(span) ? chosen : chosen.WithSpeaker(span);

        // A name of two or more words whose last is capitalised is an outlet or body, not a means ("by The Washington Post", "by the
        // Evening Post", unlike "by post" or "by phone"; branch speakers74), but for a time ("by next Friday").
        bool MeansOrMeasureAtEnd(SpeakerCandidate c) => IsMeansOrMeasure(t[c.Last].Lower)
                                                        && !(c.Last > c.First && t[c.Last].IsCapitalized && !Lexicon.TimeWords.Contains(t[c.Last].Lower));
    }

    // A description that runs on into the content ("the host whether she would run") ends before it, and before the spaces there.
    private static Span EndBeforeContent(Span span, Span content, string text)
    {
        if (span.Start >= content.Start || span.End <= content.Start)
        {
            return span;
        }

        var end = content.Start;
        while (end > span.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return new Span(span.Start, end);
    }

    // Participles that give a name ("a fund called Our Future", "the jet, often referred to as Air One", "Ana Ruiz, known online as").
    private static bool IsNamingParticiple(string w) =>
        w is "called" or "named" or "dubbed" or "titled" or "entitled" or "nicknamed" or "labeled" or "labelled" or "known" or "referred" or "billed" or "branded";

    /// <summary>
    /// No source for a participle that names what it follows, set off by a comma ("the resort, now called Palm Links, ...", "Kyle Berg,
    /// often referred to as the best shot in the unit, has", "Ana Ruiz, 44, known online as “Sparrow,” was"): the name is given, not said,
    /// and PolNeAR marks no source. The name follows the participle (a capitalised word or an opening quotation mark, or "as", "to as"),
    /// and the phrase closes with a comma that a verb follows, or a mention and a verb ("..., the candidate boasted"): the participle is
    /// no predicate of its own ("Ana Ruiz, for example, named “Veep” as her show" keeps its speaker).
    /// </summary>
    internal static Attribution NamingParticiple(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is null || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;

        // The participle past adverbs ("now called", "often referred", "known online as").
        var verb = cueFirst;
        var k = verb - 1;
        while (k > 0 && (traits.Has(k, TokenTraits.Adverb) && !traits.Has(k, TokenTraits.Auxiliary) || IsLyAdverb(t[k].Value) || t[k].Lower is "now" or "once" or "also" or "often" or "sometimes" or "formerly" or "later"))
        {
            k--;
        }

        if (!IsNamingParticiple(t[verb].Lower) || t[verb].IsCapitalized || k < 1 || !traits.Has(k, TokenTraits.Comma) || verb + 2 >= t.Count)
        {
            return chosen;
        }

        var next = verb + 1;
        while (next < t.Count && next - verb <= 2 && (IsLyAdverb(t[next].Value) || t[next].Lower is "online" or "locally" or "widely" or "to"))
        {
            next++;
        }

        if (next >= t.Count || !(t[next].IsCapitalized || traits.Has(next, TokenTraits.OpeningQuote) || t[next].Lower == "as"))
        {
            return chosen;
        }

        // The comma closing the phrase (a closing quotation mark after it passed over), then a verb, or a mention and a verb.
        var sentenceEnd = doc.SentenceEndToken(verb);
        for (var j = next + 1; j < sentenceEnd && j - verb <= MaxNamingPhrase; j++)
        {
            if (!traits.Has(j, TokenTraits.Comma))
            {
                continue;
            }

            var after = j + 1;
            while (after < sentenceEnd && t[after].Value is "”" or "\"" or "’" or "'")
            {
                after++;
            }

            var verbAfter = SpeakerCandidates.VerbFollows(traits, after, sentenceEnd)
                            || after + 2 < sentenceEnd && t[after].Lower is "the" or "a" or "an" or "his" or "her" or "their" or "its"
                               && (SpeakerCandidates.VerbFollows(traits, after + 2, sentenceEnd) || SpeakerCandidates.VerbFollows(traits, after + 3, sentenceEnd));
            return verbAfter ? chosen.WithSpeaker(null) : chosen;
        }

        return chosen;
    }

    // Words between a document after "according to" and the "by"/"from" of its author ("a memo released Friday by").
    private const int MaxDocumentToAuthor = 3;

    /// <summary>
    /// The author of a document after "according to" ("according to a recent report from the Energy Institute", "according to an analysis by
    /// the Pew Research Center", "according to a post from Ana Ruiz"): PolNeAR's source spans the whole phrase or only the author, so a
    /// speaker that is the document (or a medium) right after "to" gives way to the mention right after its "by" or "from" (over up to
    /// three lower-case words or days: "a memo released Friday by"); none there leaves the choice.
    /// </summary>
    internal static Attribution AuthorOfTheDocument(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var (first, last) = context.SpeakerTokens(speaker);
        if (t[cueFirst].Lower != "according" || cueFirst + 2 != first || last < first
            || last + 2 >= t.Count || !(traits.Has(last, TokenTraits.DocumentHead) || MediumNouns.Contains(t[last].Lower)) || traits.Has(last, TokenTraits.EndsPossessive))
        {
            return chosen;
        }

        var by = last + 1;
        while (by < t.Count && by - last <= MaxDocumentToAuthor && traits.Has(by, TokenTraits.Word) && !traits.Has(by, TokenTraits.By)
               && t[by].Lower != "from" && (!t[by].IsCapitalized || Lexicon.TimeWords.Contains(t[by].Lower)))
        {
            by++;
        }

        if (by + 1 >= t.Count || !(traits.Has(by, TokenTraits.By) || t[by].Lower == "from") || doc.SentenceOf[by] != doc.SentenceOf[first])
        {
            return chosen;
        }

        // The longest mention there that ends in no verb form ("the Pew Research Center based on") nor a possessive ("the agency's
        // watchdog": the author is the phrase the possessive opens, which the candidates do not hold; the document stays).
        var candidates = context.Candidates;
        var author = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type is not (MentionType.None or MentionType.Rule) && c.First == by + 1 && Choosable(doc, c) && !(IsVerbLike(t[c.Last].Lower) && !t[c.Last].IsCapitalized)
                && (author < 0 || c.Last > candidates[author].Last))
            {
                author = i;
            }
        }

        return author < 0 || traits.Has(candidates[author].Last, TokenTraits.EndsPossessive)
            ? chosen
            : chosen.WithSpeaker(candidates[author].Span);
    }

    // Nouns of a span of time ("Eight years ago,", "A few minutes later they", "Ana Ruiz a month later announced").
    private static bool IsTimeNoun(string w) =>
        w is "year" or "years" or "month" or "months" or "week" or "weeks" or "day" or "days" or "hour" or "hours" or "minute" or "minutes" or "decade" or "decades";

    // Words that count what a span of time opens with ("Eight years ago", "a few minutes later").
    private static bool IsCountWord(string w) =>
        w is "a" or "an" or "few" or "several" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "eleven"
            or "twelve" or "twenty" or "thirty" or "forty" or "fifty" || char.IsAsciiDigit(w[0]);

    /// <summary>
    /// No span of time is the speaker ("Eight years ago, he supported", "A few minutes later they reversed", "Ana Ruiz a month later
    /// announced"): a speaker chosen that opens with a count, "a", "an" or "few" and, with up to two words after it, holds a noun of time and
    /// ends with "ago", "later", "earlier" or "before", gives way to the mention right after the phrase (over its comma), or else to the
    /// mention right before it; none there leaves the choice.
    /// </summary>
    internal static Attribution TimeIsNoSpeaker(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue || !context.CueOutsideQuotes(cue, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
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

    // Tokens from a naming participle to the comma that closes its phrase.
    private const int MaxNamingPhrase = 16;

    // Words of a quantified relative phrase before "of whom" ("the vast majority of whom").
    private const int MaxQuantifiedRelative = 4;

    private static bool IsBe(string w) => w is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "am";

    /// <summary>
    /// The token before <paramref name="cueFirst"/> past up to three auxiliaries, adverbs and negations ("he’s not predicting", "all of whom
    /// have already pledged"); over a form of "be" only when <paramref name="overBe"/> (a pronoun before "was" is a passive's subject).
    /// </summary>
    private static int BeforeAuxiliaries(TokenTraits traits, int cueFirst, bool overBe)
    {
        var t = traits.Doc.Tokens;
        var k = cueFirst - 1;
        while (k >= 0 && cueFirst - k <= 4 && (overBe || !IsBe(t[k].Lower))
               && (traits.Has(k, TokenTraits.Auxiliary | TokenTraits.Adverb) && !traits.Has(k, TokenTraits.Pronoun) || IsLyAdverb(t[k].Value)
                   || t[k].Lower is "not" or "also" or "never" or "already"))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// PolNeAR's source of a cue right after a quantified relative phrase ("the Brujas, all of whom have seen", "two Democrats, both of whom
    /// opposed", "five superdelegates, two of whom have already pledged") is the phrase from the comma to "whom", as it is "who" for a
    /// cue right after it: a speaker chosen elsewhere gives way to it.
    /// </summary>
    internal static Attribution QuantifiedRelative(AfterRankerContext context, Attribution chosen)
    {
        if (!context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;

        var k = BeforeAuxiliaries(traits, cueFirst, overBe: true);

        if (k < 2 || t[k].Lower != "whom" || t[k - 1].Lower != "of" || doc.Quoted[k] || doc.SentenceOf[k] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        var first = k - 2;
        while (first > 0 && k - 1 - first < MaxQuantifiedRelative && traits.Has(first - 1, TokenTraits.Word) && !traits.Has(first - 1, TokenTraits.Comma)
               && doc.SentenceOf[first - 1] == doc.SentenceOf[k])
        {
            first--;
        }

        if (first == 0 || !traits.Has(first - 1, TokenTraits.Comma) && t[first - 1].Value is not ("—" or "–" or "("))
        {
            return chosen;
        }

        var phrase = new Span(t[first].Span.Start, t[k].Span.End);
        return chosen.Speaker is { } speaker && speaker.Overlaps(phrase) ? chosen : chosen.WithSpeaker(phrase);
    }

    /// <summary>
    /// No source for "the" alone right before the cue ("The disagreement over", "the fear for Clinton is", "The answer was"): the
    /// article opens the cue's own noun phrase and names nobody. A person noun or a name after it ("the critic of", "the Mayor") makes
    /// the phrase a description of its speaker, which stays; an indefinite one ("Once a proponent of abortion rights, Tom Hale", "Ana
    /// Ruiz, a critic of") describes a person PolNeAR takes as the source, and a demonstrative ("This angered", "Those listed by") can
    /// stand alone as a subject: both stay.
    /// </summary>
    internal static Attribution ArticleOfTheCue(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var (k, speakerLast) = context.SpeakerTokens(speaker);
        if (k + 1 >= t.Count || speakerLast != k || context.CueTokens(cue).First != k + 1 || doc.Quoted[k]
            || t[k].Lower != "the" || traits.Has(k + 1, TokenTraits.PersonHead | TokenTraits.Capitalized))
        {
            return chosen;
        }

        return chosen.WithSpeaker(null);
    }

    /// <summary>
    /// The personal pronoun right before the cue, over adverbs and auxiliaries, is its subject and PolNeAR's source ("and he’s hoping the
    /// endorsement will help", "but he’s not predicting", "and they boldly reminded voters"): a speaker chosen elsewhere gives way to it.
    /// Not over a form of "be" (a passive: "he was accused by"), nor a pronoun inside the content or a quotation.
    /// </summary>
    internal static Attribution PronounBeforeTheCue(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;

        var k = BeforeAuxiliaries(traits, cueFirst, overBe: false);

        if (k < 0 || doc.Quoted[k] || doc.SentenceOf[k] != doc.SentenceOf[cueFirst] || context.Original.Content.Overlaps(t[k].Span) || speaker.Overlaps(t[k].Span)
            || !(traits.Has(k, TokenTraits.PersonPronoun) || SpeakerCandidates.ContractedPronoun(t[k].Lower) == MentionType.PersonPronoun
                 || t[k].Lower is "they" or "we" or "i" || SpeakerCandidates.ContractedPronoun(t[k].Lower) == MentionType.OtherPronoun && !t[k].Lower.StartsWith("it", StringComparison.Ordinal) && !t[k].Lower.StartsWith("you", StringComparison.Ordinal)))
        {
            return chosen;
        }

        // A pronoun opening a clause that another verb reports or embeds ("Tom Hale said he rarely asks", "whether what he’s proposing is
        // realistic") stands for the speaker chosen there, which PolNeAR keeps.
        if (k > 0 && (traits.Has(k - 1, TokenTraits.CueVerb) || t[k - 1].Lower is "what" or "whether" or "that" or "if" or "how" or "why" or "who" or "which"))
        {
            return chosen;
        }

        return chosen.WithSpeaker(t[k].Span);
    }

    /// <summary>
    /// The source of "according to" is the mention right after it ("The implication, according to the aide, is", "G4S receives,
    /// according to one report, $234 million", "According to recent polls, Trump holds"): a speaker chosen elsewhere, or nobody, gives
    /// way to the candidate that starts right after "to"; none there leaves the choice as it is.
    /// </summary>
    internal static Attribution AfterAccordingTo(AfterRankerContext context, Attribution chosen)
    {
        if (!context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        if (t[cueFirst].Lower != "according" || cueFirst + 2 >= t.Count || t[cueFirst + 1].Lower != "to")
        {
            return chosen;
        }

        var after = cueFirst + 2;
        if (chosen.Speaker is { } speaker && context.SpeakerTokens(speaker).First == after)
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var source = FirstChoosableAt(doc, candidates, after);
        return source < 0 ? chosen : chosen.WithSpeaker(candidates[source].Span);
    }

    // Tokens from a dateline's place to its dash ("WASHINGTON, June 24 (UPI) —").
    private const int MaxDatelineToDash = 10;

    // Tokens from an opening participle to the cue it opens ("Continuing to explain").
    private const int MaxParticipleToCue = 2;

    /// <summary>
    /// The subject after an opening word that names nobody ("Earlier Wednesday, Ana Ruiz appeared ... and defended", "Having announced
    /// that ..., Judge Hale proceeded", "Sure, official data suggest", "Beyond the footage, the affidavit cited") or after a dateline
    /// ("LOS ANGELES (AP) — Ana Ruiz and her allies dove deeper ..., launching"): when the speaker chosen is only that word (a
    /// subordinator, sentence adverb or opening participle the name rules never start a name with, an -ly word or a word before a
    /// determiner that the article never capitalises inside a sentence, or a noun of time before "later" or "before": "Hours later, Tom Hale
    /// returned ..., telling") or the dateline's place in capitals at its paragraph's start ("CHICAGO - Ana Ruiz ..."), the speaker is the
    /// candidate right after the comma (or the dateline's dash) that closes the opening phrase; none there leaves the choice as it is.
    /// </summary>
    internal static Attribution SubjectAfterTheOpening(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var (first, last) = context.SpeakerTokens(speaker);
        var cueFirst = context.CueTokens(cue).First;
        if (first >= t.Count || last < first || cueFirst >= t.Count || doc.Quoted[first] || doc.SentenceOf[first] != doc.SentenceOf[cueFirst]
            || doc.SentenceFirst[doc.SentenceOf[first]] != first || !t[first].IsCapitalized)
        {
            return chosen;
        }

        var sentenceEnd = doc.SentenceEndToken(first);
        var close = -1;
        if (Dateline())
        {
            for (var j = last + 1; j < sentenceEnd && j - last <= MaxDatelineToDash && close < 0; j++)
            {
                close = IsDash(j) ? j : -1;
            }
        }
        else if (first == last && (traits.Has(first, TokenTraits.NotNameStart) && !traits.Has(first, TokenTraits.Pronoun | TokenTraits.Relative | TokenTraits.DescriptionStart)
                                   || SpeakerCandidates.OpeningParticiple(traits, first) || OpeningPhraseWord() || OpeningTimeWord()))
        {
            for (var j = first + 1; j < sentenceEnd && close < 0; j++)
            {
                close = (traits.Has(j, TokenTraits.Comma) || IsDash(j)) && !doc.Quoted[j] ? j : -1;
            }
        }

        // A cue before the comma is the opening phrase's own only when a participle opens it ("Having announced", "Continuing to
        // explain"): the cue of "Anything close to it would signal ..., the first move" or "Whenever asked about it, they" is not.
        if (close < 0 || close + 1 >= sentenceEnd
            || close > cueFirst && !(cueFirst - first <= MaxParticipleToCue
                                   && (t[first].Lower is "having" or "being" || t[first].Lower.EndsWith("ing", StringComparison.Ordinal) && SpeakerCandidates.OpeningParticiple(traits, first))))
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var subject = FirstChoosableAt(doc, candidates, close + 1);
        return subject < 0 ? chosen : chosen.WithSpeaker(BeforeCue(doc.Document.Text, candidates[subject].Span, cue));

        bool IsDash(int j) => t[j].Value is "—" or "–" or "―" or "--" or "-";

        // An -ly word ("Likewise,", "Essentially,", "Shortly after ...,") or a word before a determiner ("Beyond the footage,", "Inside the
        // hall,"; not "Outside groups") that the article never writes capitalised inside a sentence (names are: "Kelly, the mayor,", "said Skelly").
        bool OpeningPhraseWord()
        {
            var w = t[first].Value;
            if (first + 1 >= t.Count || !(Lexicon.EndsLikeAnAdverb(t[first].Lower) || t[first].Lower == "likewise"
                                          || t[first + 1].Lower is "the" or "a" or "an" or "his" or "her" or "its" or "their" or "this" or "these"))
            {
                return false;
            }

            for (var j = 0; j < t.Count; j++)
            {
                if (j != doc.SentenceFirst[doc.SentenceOf[j]] && string.Equals(t[j].Value, w, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        // A noun of time opening the sentence before "later", "earlier", "ago", "before" or "after" ("Hours later, ...", "Days before the
        // vote, ..."): a span of time, no one's name.
        bool OpeningTimeWord() =>
            first + 1 < t.Count && IsTimeNoun(t[first].Lower) && t[first + 1].Lower is "later" or "earlier" or "ago" or "before" or "after";

        // A place in capitals opening its paragraph, then a comma, a parenthesis or the dash ("WASHINGTON, June 24 (UPI) —", "LOS ANGELES (AP) —",
        // "SALEM - ").
        bool Dateline()
        {
            var paragraph = doc.Document.Paragraphs[doc.Document.ParagraphAt(t[first].Span.Start)];
            if (doc.IndexAtOrAfter(paragraph.Start) != first || last + 1 >= t.Count || !(traits.Has(last + 1, TokenTraits.Comma) || t[last + 1].Value == "(" || IsDash(last + 1)))
            {
                return false;
            }

            for (var j = first; j <= last; j++)
            {
                if (t[j].Value.Length < 2 || t[j].Value.Any(char.IsLower) || !t[j].Value.Any(char.IsLetter))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Whether the ranker may choose the candidate: a bare noun that is a function word, a time or an -ly adverb before a cue verb ("has not
    /// yet responded", "made no mention of", "would be asking") is scored by no tree and left out of the choice (the trees, trained with
    /// these candidates, still chose one 16 times on train where a right speaker stood among the others; see docs/quotes.md, speakers18).
    /// </summary>
    internal static bool Choosable(TokenizedDocument doc, SpeakerCandidate c) =>
        c.Type != MentionType.BareNoun || c.First < 0 || c.First >= doc.Tokens.Count || SpeakerCandidates.IsBareNoun(doc.Tokens[c.First].Lower);

    /// <summary>
    /// The widest choosable candidate (earliest first token) whose last token lies in [<paramref name="minLast"/>,
    /// <paramref name="maxLast"/>], that starts in <paramref name="sentence"/> outside quotation marks; with
    /// <paramref name="skipObjectPronouns"/>, a lone object pronoun ("him", "them") does not count. Shared by the rules after the
    /// ranker that look for the noun phrase ending right before a word (speakers84, speakers85, speakers86).
    /// </summary>
    internal static SpeakerCandidate? WidestCandidateEndingIn(
        AfterRankerContext context, int sentence, int minLast, int maxLast, bool skipObjectPronouns = false)
    {
        var doc = context.Traits.Doc;
        SpeakerCandidate? found = null;
        foreach (var c in context.Candidates)
        {
            if (c.Type is MentionType.None or MentionType.Rule || c.Last < minLast || c.Last > maxLast || c.First < 0
                || doc.SentenceOf[c.First] != sentence || doc.Quoted[c.First] || !Choosable(doc, c)
                || (skipObjectPronouns && c.First == c.Last && ObjectPronouns.Contains(doc.Tokens[c.First].Value)))
            {
                continue;
            }

            if (found is null || c.First < found.Value.First)
            {
                found = c;
            }
        }

        return found;
    }

    // The index of the first choosable candidate mention (not "nobody", not the rules' own) that starts at token first; -1 if none. A loop, not
    // FindIndex with a lambda: the lambda's captured locals cost each rule that used it an allocation on every call, even one that returned early.
    private static int FirstChoosableAt(TokenizedDocument doc, List<SpeakerCandidate> candidates, int first)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type is not (MentionType.None or MentionType.Rule) && c.First == first && Choosable(doc, c))
            {
                return i;
            }
        }

        return -1;
    }

    // Words of a name or description that closes a quotation's paragraph ("― Pamela Padilla", "a narrator in the Clinton ad").
    private const int MaxClosingWords = 8;

    private const int MaxClosingChars = 80;

    /// <summary>
    /// The speaker written beside a quotation with no cue, as PolNeAR marks it: a name (or a short description) that is all that
    /// follows the quotation in its paragraph, after a dash or nothing ("“...” ― Pamela Padilla", "“...?” Vitter"), or a
    /// transcript's speaker tag at the quotation's start ("\"WALLACE: If I may, sir, ..."); null when there is none.
    /// </summary>
    internal static Span? NamedBeside(TextDocument document, Attribution a)
    {
        if (a.Cue is not null || a.Type != QuoteType.Direct || a.Content.Length == 0)
        {
            return null;
        }

        var text = document.Text;
        var paragraph = document.Paragraphs[document.ParagraphAt(a.Content.Start)];

        // A transcript tag: an opening mark, a word in capitals and a colon.
        var j = a.Content.Start;
        while (j < a.Content.End && text[j] is '"' or '“' or '‘' or '\'' or ' ')
        {
            j++;
        }

        var tag = j;
        while (tag < a.Content.End && tag - j < 40 && (char.IsUpper(text[tag]) || text[tag] is '-' or '.' && tag > j))
        {
            tag++;
        }

        if (tag - j >= 2 && tag < a.Content.End && text[tag] == ':' && char.IsUpper(text[tag - 1]))
        {
            return new Span(j, tag);
        }

        // A name or description closing the paragraph.
        var end = Math.Min(paragraph.End, text.Length);
        if (a.Content.End >= end || paragraph.Start > a.Content.End)
        {
            return null;
        }

        var i = a.Content.End;
        while (i < end && (char.IsWhiteSpace(text[i]) || text[i] is '―' or '—' or '–' or '-'))
        {
            i++;
        }

        var last = end;
        while (last > i && (char.IsWhiteSpace(text[last - 1]) || text[last - 1] is '.' or ','))
        {
            last--;
        }

        // A name or short description only: a long rest of the paragraph is not read (many quotations in one paragraph stay linear).
        if (last - i < 2 || last - i > MaxClosingChars)
        {
            return null;
        }

        var rest = text[i..last];
        var words = rest.Split([' ', '\u00A0', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxClosingWords || rest.Contains('\n', StringComparison.Ordinal) || rest.IndexOfAny(['"', '“', '”', '(', ':', ';', '?', '!']) >= 0)
        {
            return null;
        }

        var named = words.Length <= 4 && words.All(w => char.IsUpper(w[0]) || w is "de" or "van" or "von" or "da" or "al" or "bin");
        var described = words[0] is "a" or "an" or "the" && words.Length >= 2 && !words.Any(w => Lexicon.CueVerbs.ContainsKey(w));
        return named || described ? new Span(i, last) : null;
    }

    /// <summary>
    /// Whether the rules' speaker is a name or a pronoun right next to the cue ("Ma told", "said Ma"): then the ranker
    /// keeps it (it does so for nearly all of these), and scoring its candidates is not worth its time.
    /// </summary>
    internal static bool AdjacentToCue(TokenizedDocument doc, Attribution a)
    {
        if (a.Speaker is not { } speaker || a.Cue is not { } cue || a.InheritedFrom is not null)
        {
            return false;
        }

        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(speaker.Start);
        var last = doc.IndexAtOrAfter(speaker.End) - 1;
        if (first >= t.Count || last < first || !(t[last].IsCapitalized || t[last].Lower is "he" or "she"))
        {
            return false;
        }

        var cueFirst = doc.IndexAtOrAfter(cue.Start);
        var cueLast = doc.IndexAtOrAfter(cue.End) - 1;
        if (cueFirst >= t.Count || doc.SentenceOf[cueFirst] != doc.SentenceOf[first])
        {
            return false;
        }

        return last + 1 == cueFirst || cueLast + 1 == first;
    }

    internal static Attribution Choose(Attribution a, SpeakerCandidate best, string text) => best.Type switch
    {
        MentionType.None => a.Speaker is null ? a : a with { Speaker = null, InheritedFrom = null },
        _ when a.Speaker is { } rule && (rule.Overlaps(best.Span) || best.Type != MentionType.Relative && Attached(text, rule, best.Span)) => a,
        _ => a with { Speaker = BeforeCue(text, best.Span, a.Cue), InheritedFrom = null },
    };

    // A description that runs on into the cue ("The impostor gushed") ends before it.
    private static Span BeforeCue(string text, Span speaker, Span? cue)
    {
        if (cue is not { } c || speaker.Start >= c.Start || speaker.End <= c.Start)
        {
            return speaker;
        }

        var end = c.Start;
        while (end > speaker.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] == ','))
        {
            end--;
        }

        return end > speaker.Start ? new Span(speaker.Start, end) : speaker;
    }

    /// <summary>
    /// PolNeAR's source of a cue inside a relative clause is the relative pronoun ("Zucker, who in the past has voiced the
    /// desire", "voters who say", "the bank, which says"), not the noun it follows; a cue after the clause is the noun's
    /// ("Trump, who has a lead, mocked"). When the speaker stands just before such a pronoun, the pronoun becomes the
    /// speaker's span and the speaker its <see cref="Attribution.Referent"/> (the name it resolves to); a "who" replaces any
    /// other speaker too (PolNeAR's source for 369 of 407 train cues right after it), its name then its own antecedent's.
    /// </summary>
    internal static Attribution InRelativeClause(AfterRankerContext context, Attribution a)
    {
        if (a.Speaker is not { } speaker || a.Cue is not { } cue)
        {
            return a;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var cueFirst = context.CueTokens(cue).First;
        if (cueFirst >= t.Count)
        {
            return a;
        }

        var relative = context.RelativeBefore(cueFirst);
        if (relative < 0 || speaker.Overlaps(t[relative].Span))
        {
            return relative < 0 && AfterTheClause(traits, speaker, cueFirst) is { } noun ? a with { Speaker = noun, Referent = null } : a;
        }

        // The speaker chosen is the noun the pronoun follows: its name. Another ("who" is PolNeAR's source of nine in ten cues right
        // after it, whatever the ranker chose): the pronoun's own antecedent.
        var speakerLast = context.SpeakerTokens(speaker).Last;
        var antecedent = speakerLast >= 0 && speakerLast < relative && relative - speakerLast <= MaxAntecedentGap
                         && doc.SentenceOf[speakerLast] == doc.SentenceOf[cueFirst] && RelativeFollows(traits, speakerLast, relative);
        if (!antecedent && t[relative].Lower != "who" && SpeakerCandidates.ContractedPronoun(t[relative].Lower) != MentionType.Relative)
        {
            return a;
        }

        return a with { Speaker = t[relative].Span, Referent = antecedent ? a.Referent ?? speaker : null };
    }

    /// <summary>
    /// The noun a chosen "who"/"which" follows when the cue at token <paramref name="cueFirst"/> comes after the pronoun's clause, not
    /// in it ("Rihanna, who was honored with an award, spoke about", "the ad, which is airing now, argues", "Clinton — who has called for
    /// it — lambasting": PolNeAR's source is the noun); null when the speaker is no such pronoun, or the pronoun is the cue's own (<see cref="RelativeBefore"/>), or no word
    /// stands before its comma. The noun: the capitalised words ending before the comma (not a sentence adverb: "Meanwhile
    /// Rihanna"), else the words from a determiner (up to five), else the one word.
    /// </summary>
    internal static Span? AfterTheClause(TokenTraits traits, Span speaker, int cueFirst)
    {
        var doc = traits.Doc;
        var t = doc.Tokens;
        var k = doc.IndexAtOrAfter(speaker.Start);
        if (k <= 1 || k >= cueFirst || doc.IndexAtOrAfter(speaker.End) - 1 != k || doc.SentenceOf[k] != doc.SentenceOf[cueFirst]
            || !(t[k].Lower is "who" or "which" || SpeakerCandidates.ContractedPronoun(t[k].Lower) == MentionType.Relative)
            || !IsCommaOrDash(k - 1) || !traits.Has(k - 2, TokenTraits.Word) || traits.Has(k - 2, TokenTraits.Pronoun))
        {
            return null;
        }

        // A comma (or a dash) closes the clause before the cue ("who ..., spoke"): a cue with none between is in a clause of its own.
        var closed = false;
        for (var j = k + 1; j < cueFirst; j++)
        {
            closed |= IsCommaOrDash(j) && !doc.Quoted[j];
        }

        if (!closed)
        {
            return null;
        }

        var last = k - 2;
        var first = last;
        if (t[last].IsCapitalized)
        {
            while (first > 0 && first > last - 6 && (traits.Of(first - 1) & (TokenTraits.Capitalized | TokenTraits.NotNameStart)) == TokenTraits.Capitalized
                   && doc.SentenceOf[first - 1] == doc.SentenceOf[k])
            {
                first--;
            }
        }
        else
        {
            for (var j = last - 1; j >= 0 && j >= last - 5 && traits.Has(j, TokenTraits.Word) && doc.SentenceOf[j] == doc.SentenceOf[k]; j--)
            {
                if (traits.Has(j, TokenTraits.DescriptionStart))
                {
                    first = j;
                    break;
                }
            }
        }

        return new Span(t[first].Span.Start, t[last].Span.End);

        bool IsCommaOrDash(int j) => traits.Has(j, TokenTraits.Comma) || t[j].Value is "—" or "–" or "―" or "--";
    }

    // Nouns of doubt, dispute and rumour that PolNeAR marks as cues ("questions about", "concerns about", "criticism of"): their source is
    // who holds or voices them, a possessor ("her doubts"), a "from"/"by" phrase or the subject of a verb that voices them ("raised
    // questions"); one who faces them ("Cruz faced criticism for", "she has yet to put to rest questions about") is no source.
    private static readonly System.Collections.Frozen.FrozenSet<string> DoubtNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["questions", "question", "concerns", "doubts", "fears", "criticism", "criticisms", "debate", "speculation", "worries", "rumors", "rumours",
         "chants", "complaints", "outcry", "backlash", "accusations", "allegations"], StringComparer.Ordinal);

    // Verbs whose subject voices the doubt ("raised questions about", "expressed concerns", "heaped criticism on").
    private static readonly System.Collections.Frozen.FrozenSet<string> VoicingVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["raise", "raised", "raises", "raising", "express", "expressed", "expresses", "expressing", "voice", "voiced", "voices", "voicing", "heap", "heaped",
         "heaps", "heaping", "sow", "sowed", "sows", "sowing", "air", "aired", "airs", "airing", "level", "leveled", "levelled", "levels", "make", "made",
         "makes", "making", "pose", "posed", "poses", "posing", "ask", "asked", "asks", "asking", "lodge", "lodged", "file", "filed", "spread", "spreading",
         "fuel", "fueled", "fuelled", "stoke", "stoked", "stoking", "repeat", "repeated", "share", "shared", "echo", "echoed"],
        StringComparer.Ordinal);

    // Lower-case words read back from the noun to what holds it ("faces renewed doubts", "has yet to put to rest questions").
    private const int MaxBeforeDoubtNoun = 4;

    /// <summary>
    /// Nobody for a cue that is a noun of doubt or dispute no one is written to hold ("amid growing concern about", "there are
    /// questions about", "she faces renewed doubts about", "Cruz faced criticism for"): PolNeAR gives these no source. A
    /// possessor ("her doubts", "Trump's critics' questions"), a name or pronoun right before the noun ("Republican criticism",
    /// "she fears"), a verb that voices it ("raised new questions") or a "from"/"by" phrase after it keep the speaker chosen.
    /// </summary>
    internal static Attribution NominalCueWithoutHolder(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out var cueLast))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;

        // The noun: in the cue ("questions about"), or right before a cue that is its preposition only ("concern [about]").
        var noun = -1;
        for (var j = cueFirst; j <= cueLast && noun < 0; j++)
        {
            noun = DoubtNouns.Contains(t[j].Value) ? j : -1;
        }

        if (noun < 0 && cueFirst == cueLast && cueFirst > 0 && traits.Has(cueFirst, TokenTraits.Preposition) && DoubtNouns.Contains(t[cueFirst - 1].Value))
        {
            noun = cueFirst - 1;
        }

        if (noun <= 0 || doc.SentenceOf[noun] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        // A "from"/"by" phrase after the noun is the holder ("questions from reporters about").
        var speakerFirst = context.SpeakerTokens(speaker).First;
        if (speakerFirst > noun && speakerFirst - 1 >= 0 && t[speakerFirst - 1].Lower is "from" or "by" && speakerFirst - noun <= 3)
        {
            return chosen;
        }

        var j2 = noun - 1;
        var skipped = 0;
        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[noun]];
        while (j2 >= sentenceFirst && skipped < MaxBeforeDoubtNoun)
        {
            var w = t[j2];
            if (!traits.Has(j2, TokenTraits.Word) || w.IsCapitalized || VoicingVerbs.Contains(w.Lower) || IsHolder(j2)
                || traits.Has(j2, TokenTraits.Pronoun | TokenTraits.Relative | TokenTraits.Auxiliary | TokenTraits.Preposition | TokenTraits.Comma) || w.Lower is "and" or "or")
            {
                break;
            }

            skipped += IsAdverb(j2) ? 0 : 1;
            j2--;
        }

        // A name or pronoun right before the noun, over adverbs, is its verb's subject ("Sanders often questions") or its holder
        // ("Republican criticism"); "had no doubts about": who has them holds them ("has faced criticism" does not).
        if (j2 >= sentenceFirst && (VoicingVerbs.Contains(t[j2].Lower) || IsHolder(j2) || skipped == 0 && (t[j2].IsCapitalized || traits.Has(j2, TokenTraits.Pronoun | TokenTraits.Relative))
                                    || t[j2].Lower is "has" or "have" or "had" && j2 + 1 < noun && !IsParticiple(t[j2 + 1].Lower)))
        {
            return chosen;
        }

        return chosen.WithSpeaker(null);

        bool IsHolder(int j) => traits.Has(j, TokenTraits.EndsPossessive | TokenTraits.PossessiveMark) || t[j].Lower is "his" or "her" or "their" or "its" or "our" or "my" or "your";

        bool IsAdverb(int j) => traits.Has(j, TokenTraits.Adverb) && !traits.Has(j, TokenTraits.Auxiliary) || IsLyAdverb(t[j].Value);

        static bool IsParticiple(string w) => w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal) || w is "been" or "had" or "met" or "heard";
    }

    // Determiners that may open the modifiers of a cue's noun ("The grim view", "a passing promise", "This growing cry"); possessives
    // are no such words: they are the noun's holder ("his view", "Smith's view").
    private static readonly System.Collections.Frozen.FrozenSet<string> ModifierDeterminers = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["the", "a", "an", "this", "that", "these", "those", "such", "another", "any", "some", "no", "every", "each"], StringComparer.Ordinal);

    // Adverbs of degree inside the modifiers ("the most aggressive", "a more sympathetic", "so grim").
    private static readonly System.Collections.Frozen.FrozenSet<string> DegreeWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["most", "more", "less", "least", "very", "so", "too", "rather", "quite", "fairly", "increasingly"], StringComparer.Ordinal);

    // Common adjectives with no adjective ending that stand before a noun of saying ("a new warning", "the grim view", "a stark assessment").
    private static readonly System.Collections.Frozen.FrozenSet<string> PlainAdjectives = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["new", "old", "grim", "stark", "bleak", "dire", "blunt", "harsh", "stern", "clear", "frank", "fresh", "early", "late", "latest", "last",
         "first", "recent", "final", "broad", "common", "strong", "weak", "big", "great", "high", "low", "long", "short", "rare", "same", "simple",
         "sharp", "vague", "wide", "firm", "initial", "further", "major", "main", "key", "apparent", "overall", "implicit", "explicit", "bold",
         "dark", "rosy", "glum", "sober", "candid", "terse", "brief", "full", "open", "public", "private", "bright", "gloomy", "upbeat"],
        StringComparer.Ordinal);

    // Endings of adjectives ("political", "collective", "cautious", "hopeful", "investigative", "rallying", "renewed").
    private static readonly string[] AdjectiveEndings =
        ["al", "ive", "ic", "ous", "ful", "less", "able", "ible", "ent", "ant", "ary", "ing", "ish", "est", "ed"];

    // Person nouns with an adjective's ending ("a critic", "an opponent", "the relative"): a speaker of their own, not a modifier.
    private static readonly System.Collections.Frozen.FrozenSet<string> PersonsWithAdjectiveEndings = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["critic", "cleric", "skeptic", "sceptic", "cynic", "medic", "mechanic", "fanatic", "opponent", "proponent", "correspondent", "respondent",
         "dissident", "defendant", "descendant", "participant", "immigrant", "applicant", "assistant", "servant", "tenant", "agent", "client",
         "patient", "rival", "liberal", "radical", "conservative", "relative", "representative", "detective", "native", "fugitive", "intellectual",
         "individual", "professional", "principal", "criminal", "national", "revolutionary", "missionary", "adversary", "dignitary", "visionary"],
        StringComparer.Ordinal);

    // Nouns of saying that are also forms of cue verbs ("a passing promise", "the grim warning", "their smug claims"): a cue verb that is
    // none of these is read as a verb after its subject ("the same polling suggests", "those surveyed say").
    private static readonly System.Collections.Frozen.FrozenSet<string> NounsOfSaying = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["promise", "promises", "pledge", "pledges", "warning", "warnings", "claim", "claims", "report", "reports", "remark", "remarks", "note", "notes",
         "statement", "statements", "assessment", "assessments", "comment", "comments", "call", "calls", "view", "views", "argument", "arguments",
         "message", "messages", "response", "responses", "assurance", "assurances", "vow", "vows", "estimate", "estimates", "prediction",
         "predictions", "forecast", "forecasts", "boast", "boasts", "tweet", "tweets", "hint", "hints", "concern", "concerns", "admission",
         "denial", "denials", "allegation", "allegations", "accusation", "accusations", "plea", "pleas", "reminder", "insistence", "suggestion",
         "suggestions", "announcement", "declaration", "praise", "criticism", "complaint", "complaints", "threat", "threats", "demand", "demands"],
        StringComparer.Ordinal);

    // Irregular past forms of verbs: a cue that opens with one is a verb after its subject ("The panel found", "the ad made").
    private static readonly System.Collections.Frozen.FrozenSet<string> IrregularPasts = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["said", "told", "wrote", "written", "found", "thought", "knew", "known", "made", "saw", "seen", "gave", "given", "took", "taken", "spoke",
         "spoken", "heard", "felt", "put", "held", "led", "meant", "kept", "sought", "brought", "taught", "began", "begun", "went", "gone", "came",
         "ran", "became", "got", "sent", "set", "left", "shown", "drew", "drawn", "chose", "chosen", "stood", "struck", "won", "lost", "paid", "read"],
        StringComparer.Ordinal);

    /// <summary>
    /// Nobody, or the noun's holder, for a speaker that is only the determiner and adjectives of a cue that is a noun ("The grim view of
    /// the race", "a passing promise that", "The collective reluctance to", "the political opposition to"): the words modify the cue's
    /// noun and name no one, and PolNeAR gives such a noun no source unless someone holds it. A possessive right before the modifiers
    /// ("Tom Hale's grim view", "their smug assurances") is the holder and becomes the speaker. The speaker ends right before the cue; its
    /// words are lower case (a determiner may open the sentence), each an adjective by its ending or a common one ("new", "grim"), or an
    /// adverb of degree, after at most a determiner; none is a noun of a person, group, organisation or document, a pronoun or a
    /// possessive. The cue opens with a lower-case word that is no verb in the past ("-ed", "found", "said"), no auxiliary and no
    /// preposition. A speaker with a noun of its own ("The senator warned", "the senator's warning") is left as it is.
    /// </summary>
    internal static Attribution ModifiersOfTheCueNoun(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;

        var (first, last) = context.SpeakerTokens(speaker);
        if (first >= t.Count || last < first || last + 1 != cueFirst || doc.Quoted[first] || doc.SentenceOf[first] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        // After an auxiliary the cue is a verb of a question ("How does a revolutionary persuade").
        if (first > 0 && traits.Has(first - 1, TokenTraits.Auxiliary) || first > 0 && t[first - 1].Lower is "can" or "should" or "might" or "may" or "must")
        {
            return chosen;
        }

        var noun = t[cueFirst];
        if (!traits.Has(cueFirst, TokenTraits.Word) || !char.IsLower(noun.Value[0]) || noun.Lower.EndsWith("ed", StringComparison.Ordinal) || IrregularPasts.Contains(noun.Lower)
            || traits.Has(cueFirst, TokenTraits.Auxiliary | TokenTraits.Preposition | TokenTraits.Pronoun | TokenTraits.Relative | TokenTraits.Adverb) || IsLyAdverb(noun.Value)
            || Lexicon.CueVerbs.ContainsKey(noun.Lower) && !NounsOfSaying.Contains(noun.Lower))
        {
            return chosen;
        }

        var modifier = ModifierDeterminers.Contains(t[first].Lower) && (t[first].Value[0] is >= 'a' and <= 'z' || first == doc.SentenceFirst[doc.SentenceOf[first]]) ? first + 1 : first;
        if (modifier > last)
        {
            return chosen;
        }

        for (var j = modifier; j <= last; j++)
        {
            if (!IsModifier(j) || j == last && !IsAdjective(t[j].Lower))
            {
                return chosen;
            }
        }

        // The holder: a possessive right before the modifiers ("Tom Hale's", "the senator's", "their"); its candidate when there is one.
        var h = first - 1;
        if (h >= doc.SentenceFirst[doc.SentenceOf[first]] && modifier == first && !doc.Quoted[h])
        {
            if (t[h].Lower is "his" or "her" or "their" or "its" or "our" or "my" or "your")
            {
                return chosen.WithSpeaker(t[h].Span);
            }

            if (traits.Has(h, TokenTraits.EndsPossessive | TokenTraits.PossessiveMark))
            {
                // A name back over its capitalised words ("Mr. Tom Hale's"); a description back to its determiner within three words ("the
                // harbour mayor's"); else the possessive word alone.
                var name = char.IsUpper(t[h].Value[0]) || traits.Has(h, TokenTraits.PossessiveMark) && h > 0 && char.IsUpper(t[h - 1].Value[0]);
                var from = traits.Has(h, TokenTraits.PossessiveMark) ? h - 1 : h;
                var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[first]];
                if (name)
                {
                    while (from - 1 >= sentenceFirst && (traits.Has(from - 1, TokenTraits.Word) && char.IsUpper(t[from - 1].Value[0]) || traits.Has(from - 1, TokenTraits.Title)) && !doc.Quoted[from - 1])
                    {
                        from--;
                    }
                }
                else
                {
                    for (var j = from - 1; j >= Math.Max(sentenceFirst, from - 3) && traits.Has(j, TokenTraits.Word) && !doc.Quoted[j]; j--)
                    {
                        if (ModifierDeterminers.Contains(t[j].Lower))
                        {
                            from = j;
                            break;
                        }
                    }
                }

                var holder = new Span(t[from].Span.Start, t[h].Span.End);
                return chosen.WithSpeaker(holder);
            }
        }

        return chosen.WithSpeaker(null);

        bool IsModifier(int j) =>
            traits.Has(j, TokenTraits.Word) && char.IsLower(t[j].Value[0]) && !doc.Quoted[j]
            && !traits.Has(j, TokenTraits.SpeakerNoun | TokenTraits.PersonHead | TokenTraits.OrganizationHead | TokenTraits.DocumentHead | TokenTraits.GroupHead
                              | TokenTraits.Pronoun | TokenTraits.Relative | TokenTraits.EndsPossessive | TokenTraits.PossessiveMark | TokenTraits.Auxiliary
                              | TokenTraits.Preposition | TokenTraits.CueVerb | TokenTraits.Title | TokenTraits.Quantifier)
            && !PersonsWithAdjectiveEndings.Contains(t[j].Lower) && (IsAdjective(t[j].Lower) || DegreeWords.Contains(t[j].Lower) || IsLyAdverb(t[j].Value));
    }

    /// <summary>Whether a lower-case word reads as an adjective: a common one, or one of five letters or more with an adjective's ending; a hyphenated word by its last part ("by-now-familiar").</summary>
    private static bool IsAdjective(string lower)
    {
        var part = lower[(lower.LastIndexOf('-') + 1)..];
        if (PlainAdjectives.Contains(part))
        {
            return true;
        }

        if (part.Length < 5)
        {
            return false;
        }

        foreach (var ending in AdjectiveEndings)
        {
            if (part.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of the first of two predicates joined by "and" when the cue is the second and the speaker chosen stands in the
    /// first one's object ("Ana Berg spoke about her years in Dayton and said", "he helped broker a truce in Gaza and decided", "As
    /// Tom Hale lectured the nation about farmers and defended"): the shared subject is the cue's. The subject is the nearest
    /// candidate before the chosen speaker, in the cue's sentence, that a verb follows; a chosen speaker that a verb follows
    /// itself is a subject of its own and stays. The same holds for predicates in a series joined by a comma (branch speakers20: "She
    /// urged a coalition to act in Libya, proposed", "He pledged to cut taxes and cast doubt on the rate of 4.9 percent, suggested"):
    /// the cue after the comma is a verb in the past like the subject's own verb, or an -ing participle; the subject is no relative
    /// pronoun nor a possessive, a verb follows it within the cue's clause, and no other comma or dash stands between. A pronoun with
    /// its auxiliary contracted onto it ("They’re less wary of X and agree") has its verb inside the token (branch speakers62).
    /// </summary>
    internal static Attribution SubjectOfTheFirstPredicate(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var cueFirst = context.CueTokens(cue).First;
        if (cueFirst >= t.Count || doc.Quoted[cueFirst])
        {
            return chosen;
        }

        var and = cueFirst - 1;
        while (and >= 0 && (traits.Has(and, TokenTraits.Auxiliary | TokenTraits.Adverb) || IsLyAdverb(t[and].Value)))
        {
            and--;
        }

        var (first, last) = context.SpeakerTokens(speaker);
        var sentence = doc.SentenceOf[cueFirst];
        var series = and > 0 && traits.Has(and, TokenTraits.Comma) && PredicateOpens(cueFirst);
        if (and <= 0 || !(t[and].Lower == "and" || series) || last < first || last >= and || doc.SentenceOf[first] != sentence
            || SpeakerCandidates.VerbFollows(traits, last + 1, cueFirst) || series && IsIngWord(last + 1))
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type is not (MentionType.None or MentionType.Rule) && c.Last < first && doc.SentenceOf[c.First] == sentence && !doc.Quoted[c.First]
                && (SpeakerCandidates.VerbFollows(traits, c.Last + 1, series ? cueFirst : first) || OtherVerbFollows(traits, c, series ? cueFirst : first)
                    || c.First == c.Last && SpeakerCandidates.ContractedPronoun(t[c.Last].Lower) is MentionType.PersonPronoun or MentionType.OtherPronoun)
                && (subject < 0 || c.Last > candidates[subject].Last) && Choosable(doc, c))
            {
                subject = i;
            }
        }

        // A comma between them closes an opening phrase ("Adopting the advice of an officer who heard the case, the board of elections
        // rejected ... and ordered"): the chosen speaker opens the clause and is its subject. A comma before another predicate of the
        // series ("..., criticizing the plan and calling for") closes none; in a series joined by a comma, no other comma may stand between.
        for (var j = subject < 0 ? first : candidates[subject].Last + 1; j < (series ? and : first); j++)
        {
            if (traits.Has(j, TokenTraits.Comma) && !(!series && PredicateOpens(j + 1)) || t[j].Value is "—" or "–" or "―" or "--" or ";")
            {
                return chosen;
            }
        }

        // A series after a relative pronoun is the clause's own; the cue after it is the noun's ("Ana Ruiz, who won the vote, thanked").
        // A series shares its tense ("pledged ..., cast doubt on ..., suggested"; "has promised ..., opposed"), or goes on with a participle;
        // a possessive is no subject ("Ana Ruiz, Tom Hale's fired manager, ripped").
        if (series && subject >= 0)
        {
            var verb = candidates[subject].Last + 1;
            while (verb < and && (traits.Has(verb, TokenTraits.Auxiliary | TokenTraits.Adverb) || IsLyAdverb(t[verb].Value)))
            {
                verb++;
            }

            if (traits.Has(candidates[subject].Last, TokenTraits.EndsPossessive | TokenTraits.Relative) || SpeakerCandidates.ContractedPronoun(t[candidates[subject].Last].Lower) == MentionType.Relative
                || !(IsIngWord(cueFirst) || SpeakerCandidates.IsPastForm(t[cueFirst].Lower) && verb < and && SpeakerCandidates.IsPastForm(t[verb].Lower)))
            {
                return chosen;
            }
        }

        return subject < 0 ? chosen : Choose(context.Original, candidates[subject], doc.Document.Text);

        // A lower-case verb in the past or an -ing participle at token j opens another predicate of the series ("..., cast doubt on it,
        // suggested", "..., criticizing the plan and calling for").
        bool PredicateOpens(int j)
        {
            while (j < cueFirst && (traits.Has(j, TokenTraits.Adverb) && !traits.Has(j, TokenTraits.Auxiliary) || IsLyAdverb(t[j].Value)))
            {
                j++;
            }

            if (j >= t.Count || !traits.Has(j, TokenTraits.Word) || t[j].IsCapitalized || traits.Has(j, TokenTraits.Auxiliary | TokenTraits.Pronoun | TokenTraits.Relative))
            {
                return false;
            }

            return SpeakerCandidates.VerbFollows(traits, j, j + 1) || IsIngWord(j);
        }

        bool IsIngWord(int j) => j < t.Count && traits.Has(j, TokenTraits.Word) && !t[j].IsCapitalized && t[j].Lower.Length > 5
                                 && t[j].Lower.EndsWith("ing", StringComparison.Ordinal) && !traits.Has(j, TokenTraits.Preposition);
    }

    // Participles of verbs of saying, asking and judging whose passive subject is who is addressed, named or talked about, not who
    // speaks ("Sanders was declared the winner", "Blumenthal was asked", "She is widely expected to", "when asked whether"): PolNeAR
    // gives such a cue no source, or the "by" phrase's agent ("Rubio was asked by the moderator"). Not "quoted" or "reported", whose
    // subject is the speaker ("is quoted as saying"), nor participles of feeling ("is worried", see AttitudeAdjectives).
    private static readonly System.Collections.Frozen.FrozenSet<string> PassiveSpeechParticiples = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["asked", "told", "informed", "announced", "declared", "named", "called", "dubbed", "deemed", "labeled", "labelled", "branded", "described",
         "considered", "seen", "thought", "believed", "expected", "rumored", "rumoured", "alleged", "projected", "estimated", "predicted", "criticized",
         "criticised", "accused", "challenged", "questioned", "pressed", "urged", "advised", "warned", "reminded", "praised", "attacked", "blamed",
         "known", "shown", "said", "invited", "encouraged", "credited", "portrayed", "denounced", "condemned", "mentioned", "cited"],
        StringComparer.Ordinal);

    /// <summary>
    /// No source for a cue that is the passive of a verb of saying, asking or judging when the speaker chosen is its subject ("Ana
    /// Ruiz was declared the winner", "Tom Hale was asked whether", "he said, when asked about it"): the subject is addressed or talked
    /// about. A "by" phrase after the participle names the speaker ("was asked by the moderator", "Asked by the host whether ..., she
    /// said"), whatever was chosen: the candidate right after "by". A participle after "when", "if", "once", "whenever", "after",
    /// "unless" or "until", or opening its sentence, is a passive with its subject left out.
    /// </summary>
    internal static Attribution SubjectOfAPassive(AfterRankerContext context, Attribution chosen)
    {
        if (!context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out var cueLast))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;

        // The participle: the cue's first word past forms of "be", auxiliaries and adverbs ("was later asked", "has been criticized").
        var verb = cueFirst;
        while (verb < cueLast && (IsBe(t[verb].Lower) || IsBetween(verb)))
        {
            verb++;
        }

        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[verb]];
        if (!PassiveSpeechParticiples.Contains(t[verb].Lower) || t[verb].IsCapitalized && verb != sentenceFirst)
        {
            return chosen;
        }

        // The subject chosen, if any, before the participle in its sentence.
        var speakerLast = chosen.Speaker is { } speaker ? context.SpeakerTokens(speaker).Last : -1;
        var subject = speakerLast >= sentenceFirst && speakerLast < verb;

        // A form of "be" before it, over auxiliaries and adverbs; a subordinator right before it ("when asked"); or the sentence's start ("Asked by").
        var k = verb - 1;
        while (k >= sentenceFirst && k > speakerLast && !IsBe(t[k].Lower) && IsBetween(k))
        {
            k--;
        }

        var passive = verb == sentenceFirst || k >= sentenceFirst && k > speakerLast
                      && (IsBe(t[k].Lower) || k == verb - 1 && t[k].Lower is "when" or "if" or "once" or "whenever" or "after" or "unless" or "until");
        if (!passive)
        {
            return chosen;
        }

        // The agent of a "by" phrase (over adverbs) is the speaker.
        var by = verb + 1;
        while (by < t.Count && traits.Has(by, TokenTraits.Adverb) && !traits.Has(by, TokenTraits.Auxiliary))
        {
            by++;
        }

        if (by + 1 < t.Count && traits.Has(by, TokenTraits.By))
        {
            var candidates = context.Candidates;
            var agent = FirstChoosableAt(doc, candidates, by + 1);
            if (agent < 0)
            {
                return chosen;
            }

            var span = EndBeforeContent(candidates[agent].Span, context.Original.Content, doc.Document.Text);

            return chosen.WithSpeaker(span);
        }

        return subject ? chosen.WithSpeaker(null) : chosen;

        bool IsBetween(int j) => traits.Has(j, TokenTraits.Auxiliary | TokenTraits.Adverb) || IsLyAdverb(t[j].Value)
                                 || t[j].Lower is "not" or "n't" or "n’t" or "also" or "later" or "then" or "once" or "first" or "best" or "well" or "perhaps" or "most" or "now" or "still" or "often" or "long";
    }

    // Tokens of an aside set off by dashes before a cue ("Joyce — who is listed as an attorney in Illinois — told").
    private const int MaxDashedAside = 30;

    /// <summary>
    /// The mention before an aside set off by dashes, when the cue follows the aside's closing dash and the speaker chosen lies inside it
    /// ("Joyce — who is listed as an attorney in Illinois — told", "Mrs. Clinton -- whose husband signed the act -- has derided", "Democrats —
    /// buoyed by spending from billionaires such as Michael Bloomberg — have found"): the aside's names and nouns are not the verb's subject,
    /// the mention right before its opening dash is. The closing dash stands right before the cue over auxiliaries and adverbs; the opening
    /// dash is the nearest one before it in the same sentence, outside quotation marks; the new speaker is the longest candidate (of
    /// <see cref="AfterRankerContext.Candidates"/>, no "nobody") that ends on the token before the opening dash. None there leaves the choice.
    /// </summary>
    internal static Attribution SubjectBeforeADashedAside(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var close = cueFirst - 1;
        while (close >= 0 && (traits.Has(close, TokenTraits.Auxiliary | TokenTraits.Adverb) || IsLyAdverb(t[close].Value) || t[close].Lower is "not" or "also" or "long"))
        {
            close--;
        }

        if (close <= 0 || DashEndingAt(close) is var closeFirst && closeFirst < 0)
        {
            return chosen;
        }

        var sentence = doc.SentenceOf[cueFirst];
        var open = closeFirst - 1;
        while (open >= 0 && close - open <= MaxDashedAside && doc.SentenceOf[open] == sentence && DashEndingAt(open) < 0)
        {
            open--;
        }

        if (open <= 0 || close - open > MaxDashedAside || doc.SentenceOf[open] != sentence || doc.Quoted[open])
        {
            return chosen;
        }

        var openFirst = DashEndingAt(open);
        if (openFirst <= 0 || doc.SentenceOf[openFirst - 1] != sentence)
        {
            return chosen;
        }

        // Only a speaker inside the aside gives way.
        var (first, last) = context.SpeakerTokens(speaker);
        if (first <= open || last >= closeFirst)
        {
            return chosen;
        }

        var candidates = context.Candidates;
        var subject = -1;
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Type != MentionType.None && c.Last == openFirst - 1 && Choosable(doc, c) && (subject < 0 || c.First < candidates[subject].First))
            {
                subject = i;
            }
        }

        // A mention after a preposition is the object in a longer subject ("Many speakers at the service — including ... — said"): left alone.
        return subject < 0 || candidates[subject].First > 0 && traits.Has(candidates[subject].First - 1, TokenTraits.Preposition)
            ? chosen
            : Choose(context.Original, candidates[subject], doc.Document.Text);

        // The first token of a dash that ends on token j: one of "—", "–", "―", "--", or "--" written as two tokens "-" "-"; -1 for none.
        // A single hyphen with a space on both sides is a dash too ("Ana Ruiz - who ... - said"; branch speakers56).
        int DashEndingAt(int j) => t[j].Value is "—" or "–" or "―" or "--" ? j
            : t[j].Value == "-" && j > 0 && t[j - 1].Value == "-" && t[j - 1].Span.End == t[j].Span.Start ? j - 1
            : t[j].Value == "-" && SpacedHyphen(doc.Document.Text, t[j].Span) ? j
            : -1;
    }

    // Whether a one-character hyphen stands between spaces (or a line's edge), as a dash does ("Ana Ruiz - who ... - said"), not within a word.
    private static bool SpacedHyphen(string text, Span span) =>
        span.Length == 1 && span.Start > 0 && span.End < text.Length && char.IsWhiteSpace(text[span.Start - 1]) && char.IsWhiteSpace(text[span.End]);

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
        if (chosen.Speaker is not null || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out var cueLast))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
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

    // Tokens of the subject that opens a sentence before its aside ("Sen. Richard J. Durbin", "The town's longtime mayor").
    private const int MaxOpeningSubject = 8;

    // Tokens of a parenthesis after that subject ("(D-Ill.)").
    private const int MaxParenthesis = 6;

    /// <summary>
    /// The subject that opens the sentence when the cue comes after an aside set off by commas or dashes and the speaker chosen
    /// lies inside that aside ("Clinton, during a town hall meeting in Columbus, Ohio, said", "Sen. Richard J. Durbin (D-Ill.),
    /// noting the size of Sanders's following, said", "Giovanni Maria Vian, the editor in chief of the Vatican's official newspaper, said"): the
    /// aside's names, places and media are not the verb's subject, the name before it is (PolNeAR's source). The subject is a
    /// run of capitalised words or titles, or the words from a determiner, standing alone before a comma (a parenthesis between
    /// them allowed); the cue follows the aside's closing comma or dash over auxiliaries and adverbs. Otherwise the attribution
    /// is returned unchanged.
    /// </summary>
    internal static Attribution SubjectBeforeAside(AfterRankerContext context, Attribution a)
    {
        if (a.Speaker is not { } speaker || a.Cue is not { } cue)
        {
            return a;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var cueFirst = context.CueTokens(cue).First;
        if (cueFirst >= t.Count || doc.Quoted[cueFirst] || a.CueText is { } cueText && cueText.StartsWith("according", StringComparison.OrdinalIgnoreCase))
        {
            return a;
        }

        // The aside closes right before the cue, over auxiliaries and adverbs ("..., has also said").
        var close = cueFirst - 1;
        while (close >= 0 && (traits.Has(close, TokenTraits.Auxiliary | TokenTraits.Adverb) || t[close].Lower is "also" or "later" or "then"))
        {
            close--;
        }

        if (close <= 0 || !IsAsideMark(close) || speaker.End > t[close].Span.Start)
        {
            return a;
        }

        var sentence = doc.SentenceOf[cueFirst];
        var first = doc.SentenceFirst[sentence];
        if (t[first].Lower is "but" or "and" or "so" or "yet")
        {
            first++;
        }

        // The opening subject: capitalised words and titles, or a determiner and the words after it, up to a comma or a parenthesis.
        var last = first;
        if (first < close && t[first].IsCapitalized && (!traits.Has(first, TokenTraits.NotNameStart) || traits.Has(first, TokenTraits.Title) || t[first].Lower is "mr." or "mrs." or "ms." or "dr."))
        {
            while (last + 1 < close && last + 1 - first < MaxOpeningSubject && t[last + 1].IsCapitalized)
            {
                last++;
            }
        }
        else if (first < close && traits.Has(first, TokenTraits.DescriptionStart) && !traits.Has(first, TokenTraits.Pronoun))
        {
            while (last + 1 < close && last + 1 - first < MaxOpeningSubject && traits.Has(last + 1, TokenTraits.Word)
                   && !traits.Has(last + 1, TokenTraits.CueVerb | TokenTraits.Auxiliary | TokenTraits.Relative | TokenTraits.Preposition) && !IsVerbLike(t[last + 1].Lower))
            {
                last++;
            }

            if (last == first)
            {
                return a;
            }

            // An "of"/"for" phrase that closes the subject right before its comma ("The executive council for the city's largest union,
            // which ..., voted"; branch speakers56): words only, no verb, relative or other preposition.
            if (last + 2 < close && t[last + 1].Lower is "of" or "for")
            {
                var end = last + 2;
                while (end < close && end - first < 2 * MaxOpeningSubject && traits.Has(end, TokenTraits.Word)
                       && !traits.Has(end, TokenTraits.CueVerb | TokenTraits.Auxiliary | TokenTraits.Relative | TokenTraits.Preposition | TokenTraits.By) && !IsVerbLike(t[end].Lower))
                {
                    end++;
                }

                if (end > last + 2 && end < close && traits.Has(end, TokenTraits.Comma))
                {
                    last = end - 1;
                }
            }
        }
        else
        {
            return a;
        }

        var comma = last + 1;
        var parenthesis = comma;
        if (comma < close && t[comma].Value == "(")
        {
            var shut = comma + 1;
            while (shut < close && shut - comma <= MaxParenthesis && t[shut].Value != ")")
            {
                shut++;
            }

            comma = shut + 1;
        }

        // The speaker right after the comma is the subject's apposition ("An Israeli blogger, Tal Schneider, reported") or the subject
        // after an opening adverb ("Similarly, William J. Bennett, ..., said"): it stays. One inside the subject's parenthesis ("(D-Ill.)") is the subject's.
        var at = context.SpeakerTokens(speaker).First;
        if (comma >= close || !traits.Has(comma, TokenTraits.Comma) || doc.Quoted[first]
            || at <= comma + 1 && !(at > parenthesis && at < comma) || TimePhraseHeads.Contains(t[last].Lower) || IsDateline(first, comma, close))
        {
            return a;
        }

        return a.WithSpeaker(new Span(t[first].Span.Start, t[last].Span.End - (EntityIndex.EndsPossessive(t[last].Value) ? 2 : 0)));

        bool IsAsideMark(int j) => traits.Has(j, TokenTraits.Comma) || IsDash(j);

        // A dash, or a hyphen standing for one.
        bool IsDash(int j) => t[j].Value is "—" or "–" or "―" or "--" or "-";

        // "WASHINGTON, June 24 (UPI) — Hillary Clinton unveiled ...": a place in capitals and a dash open the news, not a subject.
        bool IsDateline(int from, int comma, int close)
        {
            if (t[from].Value.Length < 3 || t[from].Value.Any(char.IsLower))
            {
                return false;
            }

            for (var j = comma + 1; j < close; j++)
            {
                if (IsDash(j))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // Tokens between a document and the participle cue after it ("a statement Wednesday saying", "a letter this week urging").
    private const int MaxDocumentToCue = 4;

    // Words of the subject before the verb whose object the document is ("the Republican National Committee published").
    private const int MaxDocumentSubject = 6;

    /// <summary>
    /// The subject of the verb whose object is the document chosen as speaker (a determiner's phrase), when a participle cue follows that document ("The town
    /// released a statement Wednesday saying", "His office put out a statement saying", "POLITICO published a story detailing"): PolNeAR's
    /// source is who released it, the subject. The subject is the words before the verb up to the sentence start, a comma or a
    /// preposition, ending with a determiner's phrase or a capitalised word; a relative pronoun or a pronoun before the verb, or
    /// none, leaves the attribution unchanged.
    /// </summary>
    internal static Attribution SubjectOfTheDocument(AfterRankerContext context, Attribution a)
    {
        if (a.Speaker is not { } speaker || a.Cue is not { } cue)
        {
            return a;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var cueFirst = context.CueTokens(cue).First;
        var (first, last) = context.SpeakerTokens(speaker);
        if (cueFirst >= t.Count || first <= 0 || last < first || last >= cueFirst || cueFirst - last > MaxDocumentToCue + 1
            || !t[cueFirst].Lower.EndsWith("ing", StringComparison.Ordinal) || !traits.Has(last, TokenTraits.DocumentHead) || !traits.Has(first, TokenTraits.DescriptionStart)
            || doc.SentenceOf[first] != doc.SentenceOf[cueFirst] || doc.Quoted[cueFirst])
        {
            return a;
        }

        for (var j = last + 1; j < cueFirst; j++)
        {
            if (traits.Has(j, TokenTraits.CueVerb | TokenTraits.Auxiliary | TokenTraits.Relative) || t[j].Lower == "that")
            {
                return a;
            }
        }

        // The verb before the document (a particle after it: "put out", "sent over"), a lower-case word that is no preposition.
        var verb = first - 1;
        if (t[verb].Lower is "out" or "up" or "over" or "off" && verb > 0)
        {
            verb--;
        }

        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[first]];
        if (verb <= sentenceFirst || !traits.Has(verb, TokenTraits.Word) || t[verb].IsCapitalized || traits.Has(verb, TokenTraits.EndsPossessive)
            || traits.Has(verb, TokenTraits.Preposition | TokenTraits.Auxiliary | TokenTraits.DescriptionStart | TokenTraits.Pronoun | TokenTraits.Comma))
        {
            return a;
        }

        // The subject: over adverbs ("also released"), back to a determiner, the sentence start, a comma or a preposition.
        var end = verb - 1;
        while (end > sentenceFirst && traits.Has(end, TokenTraits.Adverb))
        {
            end--;
        }

        if (!traits.Has(end, TokenTraits.Word) || traits.Has(end, TokenTraits.Pronoun | TokenTraits.Relative | TokenTraits.Preposition | TokenTraits.Auxiliary)
            || t[end].Lower == "that" || traits.Has(end, TokenTraits.DescriptionStart) || !t[end].IsCapitalized && (traits.Has(end, TokenTraits.Adverb) || IsVerbLike(t[end].Lower)))
        {
            return a;
        }

        var start = end;
        while (start > sentenceFirst && end - start < MaxDocumentSubject && !traits.Has(start, TokenTraits.DescriptionStart)
               && traits.Has(start - 1, TokenTraits.Word) && !traits.Has(start - 1, TokenTraits.Preposition | TokenTraits.Relative | TokenTraits.Pronoun | TokenTraits.Auxiliary | TokenTraits.CueVerb)
               && t[start - 1].Lower != "that")
        {
            start--;
        }

        if (!(traits.Has(start, TokenTraits.DescriptionStart) || t[start].IsCapitalized))
        {
            return a;
        }

        return a.WithSpeaker(new Span(t[start].Span.Start, t[end].Span.End));
    }

    // Heads of a phrase of time that opens a sentence ("The next month, a former staffer ..., claiming"; "A few days later, ..."); not
    // Lexicon.TimeWords, the words that may stand between a cue and its content.
    private static readonly System.Collections.Frozen.FrozenSet<string> TimePhraseHeads = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times", "morning", "afternoon", "evening", "night", "later", "earlier", "ago",
         "weekend", "season", "decade", "decades"], StringComparer.Ordinal);

    // Tokens from the end of the speaker to its relative pronoun ("Senator Ted Cruz of Texas, who": 4).
    private const int MaxAntecedentGap = 4;

    // Tokens from a relative pronoun to the cue of its clause ("who, on a press call Friday, criticized": 8).
    private const int MaxRelativeReach = 9;

    /// <summary>
    /// The relative pronoun ("who", "which", "that") whose clause the cue at token <paramref name="cueFirst"/> is the verb of, or -1:
    /// only adverbs (any lower-case -ly word too), auxiliaries, commas and prepositional phrases between them ("who last year threatened", "which through its
    /// office declined"); a subject between ("that officials believe", "the report that Trump said") or a verb (the clause has
    /// ended: "who has a lead, mocked") rules it out.
    /// </summary>
    internal static int RelativeBefore(TokenTraits traits, int cueFirst)
    {
        var doc = traits.Doc;
        var t = doc.Tokens;
        var sentence = doc.SentenceOf[cueFirst];
        for (var k = cueFirst - 1; k >= 0 && cueFirst - k <= MaxRelativeReach && doc.SentenceOf[k] == sentence; k--)
        {
            var lower = t[k].Lower;
            if (lower is "who" or "which" or "that" || SpeakerCandidates.ContractedPronoun(lower) == MentionType.Relative)
            {
                return lower == "that" && (k == 0 || !traits.Has(k - 1, TokenTraits.Word) || traits.Has(k - 1, TokenTraits.CueVerb | TokenTraits.Auxiliary | TokenTraits.Preposition)) ? -1 : k;
            }

            var bits = traits.Of(k);
            if ((bits & (TokenTraits.Adverb | TokenTraits.Auxiliary | TokenTraits.Comma)) != 0 || lower is "not" or "n't" or "n’t" or "'d" or "’d" or "also" or "once" or "later" or "since"
                || IsLyAdverb(t[k].Value))
            {
                continue;
            }

            if ((bits & TokenTraits.Word) == 0 || (bits & (TokenTraits.Pronoun | TokenTraits.CueVerb)) != 0 || IsVerbLike(lower))
            {
                return -1;
            }

            // Scanning backwards, words are allowed when a preposition (or "last", "this", "next") opens their phrase.
            if (traits.Has(k, TokenTraits.Preposition) || lower is "last" or "this" or "next" or "earlier")
            {
                continue;
            }

            if (!PhraseOpensBefore(traits, k, cueFirst - MaxRelativeReach))
            {
                return -1;
            }
        }

        return -1;
    }

    // Whether a preposition (or a time word) opens the phrase that token k stands in, looking back over determiners and nouns.
    private static bool PhraseOpensBefore(TokenTraits traits, int k, int limit)
    {
        var t = traits.Doc.Tokens;
        for (var j = k - 1; j >= Math.Max(0, limit) && traits.Has(j, TokenTraits.Word); j--)
        {
            var lower = t[j].Lower;
            if (traits.Has(j, TokenTraits.Preposition) || lower is "last" or "this" or "next" or "earlier")
            {
                return true;
            }

            if (lower is "who" or "which" or "that" || traits.Has(j, TokenTraits.Pronoun | TokenTraits.CueVerb | TokenTraits.Auxiliary) || IsVerbLike(lower))
            {
                return false;
            }
        }

        return false;
    }

    // A lower-case -ly word between a relative pronoun and its cue ("who enthusiastically endorses", "which consistently supported");
    // not a noun with the same ending, which may end a subject ("the rally denounced", "the family said"; branch speakers54).
    private static bool IsLyAdverb(string word) => char.IsAsciiLetterLower(word[0]) && Lexicon.EndsLikeAnAdverb(word) && !LyNouns.Contains(word);

    // Nouns ending in -ly (branch speakers54: "the rally denounced" read "rally" as an adverb before the cue).
    private static readonly System.Collections.Frozen.FrozenSet<string> LyNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["rally", "family", "assembly", "supply", "reply", "tally", "anomaly", "monopoly", "bully", "folly", "homily", "butterfly", "panoply"],
        StringComparer.Ordinal);

    private static bool IsVerbLike(string lower) => lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal);

    // Whether a relative pronoun at token relative follows the speaker ending at token last: right after it or a comma, or after an
    // "of"/"from" phrase of capitalised words ("Senator Ted Cruz of Texas, who").
    private static bool RelativeFollows(TokenTraits traits, int last, int relative)
    {
        var t = traits.Doc.Tokens;
        var k = relative - 1;
        if (k > last && traits.Has(k, TokenTraits.Comma))
        {
            k--;
        }

        if (k == last)
        {
            return true;
        }

        while (k > last + 1 && traits.Has(k, TokenTraits.Capitalized))
        {
            k--;
        }

        return k == last + 1 && t[k].Lower is "of" or "from";
    }

    // "Officials at the ministry", "Anna Berg, the mayor": a noun phrase right after the rules' speaker, joined to it
    // by a preposition or a comma, is part of the same mention (PolNeAR's source spans both), and the rules' head is
    // the better name. A relative pronoun ("Ma, who said") is PolNeAR's source itself, and resolves to the name.
    private static bool Attached(string text, Span rule, Span candidate)
    {
        if (candidate.Start < rule.End || candidate.Start - rule.End > 12)
        {
            return false;
        }

        var between = text[rule.End..candidate.Start].Trim();
        return between is "," or "at" or "of" or "for" or "from" or "with" or "in" or "on" or "by";
    }

    /// <summary>The lower-case last word of a speaker mention, possessive stripped.</summary>
    internal static string? HeadOf(TokenizedDocument doc, Span? speaker)
    {
        if (speaker is not { } s || s.Length == 0)
        {
            return null;
        }

        var last = doc.IndexAtOrAfter(s.End) - 1;
        return last >= 0 && last < doc.Tokens.Count ? EntityIndex.StripPossessive(doc.Tokens[last].Lower) : null;
    }
}
