using ClaimExtract.Quotes;
using ClaimExtract.Text;
using Microsoft.ML;
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
            result.Add(SpeakerOfTheStatementBeforeAFragment(doc, result.Count > 0 ? result[^1] : null,
                AfterRanker(new AfterRankerContext(traits, a, candidates), Choose(a, best, doc.Document.Text))));
            previousHead = HeadOf(doc, a.Speaker) ?? previousHead;
        }

        return result;
    }

    /// <summary>
    /// The rules after the ranker, in order, on its choice <paramref name="chosen"/> for the attribution of <paramref name="c"/> (the trainer
    /// scores each candidate's choice through them too, with one context per attribution).
    /// </summary>
    internal static Attribution AfterRanker(AfterRankerContext c, Attribution chosen) =>
        SourceOfTheFollowingStatement(c, SubjectOfAnAppearance(c, NounAfterAnExistentialThere(c, SubjectAfterAnInvertedCue(c, ReporterOfAReportedPronoun(c, YouOfATranscriptQuestion(c, SubjectOfTheVerbBeforeAColon(c, NoSpeakerAtItsOwnCue(c, HeadlinePassiveOfJudging(c, AntecedentOfAClosedRelative(c, ThatOfItsClause(c, RelativeOfItsClause(c, NounBeforeItsParticiple(c, HolderBeforeAConnective(c, ObjectOfALightVerb(c, SpeakerOutsideTheQuotation(c, PersonBeforeTheirParty(c, PersonBeforeTheirPlace(c, SubjectOverAPronounOfAnEmbeddedClause(c, PronounOfTheClauseBeforeAParticiple(c, SubjectOfTheSecondClause(c, SubjectOverATownsState(c, SubjectBeforeAPlaceBeforeAParticiple(c, NamedPossessiveOfTheCueNoun(c, WriterVoiceCue(c, SubjectAfterAHeadlineKicker(c, SubjectOfAnAbsoluteWith(c, HeadBeforeARestrictiveClause(c, SenderOfTheDocument(c, ObjectOfAControlVerb(c, SubjectOfAnActiveCue(c, SubjectOverAReducedRelative(c, SubjectOfTheSentenceOverAPhrase(c, SubjectOfTheCoordinatedPredicate(c, ReporterOfAStanceAfterThat(c, SubjectAfterAPhraseHoldingTheSpeaker(c, NameBetweenADashAndAColon(c, HolderAfterFrom(c, SubjectOfAnOpeningParticipleCue(c, OpeningParticipleOrAdverb(c, SubjectBeforeTheObjectOfAbout(c, SubjectAfterAnOpeningParticiple(c, PossessiveOfTheCueNoun(c, SubjectBeforeADashedAside(c, WordNamingNoOne(c, NounOfSayingBeforeItsPreposition(c, ModifiersOfTheCueNoun(c, ShareOfAPoll(c, SubjectAfterAnOpeningPhrase(c, SubjectOverAnAgentBeforeAFiniteCue(c, SubjectBeforeAnAgentPhrase(c, AgentOfAParticiple(c, NamingParticiple(c, ExpletiveIt(c, SubjectOfAPassive(c, SubjectOfTheDocument(c, SubjectBeforeAside(c, InRelativeClause(c,
            NominalCueWithoutHolder(c, SubjectOfTheFirstPredicate(c, HolderOfTheAttitude(c, SubjectAfterAnOpeningAdverb(c, SubjectAfterTheOpening(c, AuthorOfTheDocument(c, AfterAccordingTo(c, ItBeforeTheCue(c, PronounBeforeTheCue(c, ArticleOfTheCue(c, QuantifiedRelative(c, TimeIsNoSpeaker(c, NounBeforeItsPhrase(c, MediumAfterTheCue(c, BareNounPhraseBeforeTheCue(c, SubjectRightBeforeTheCue(c, SubjectNotObjectAfterAComma(c, SubjectNotObject(c, chosen))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))));

    /// <summary>The rules after the ranker that also read a speaker kept unscored beside its cue (<see cref="AdjacentToCue"/>): "Ana Ruiz was declared", "It is unclear", "Having announced", "There’s talk about".</summary>
    internal static Attribution Unscored(TokenTraits traits, Attribution a)
    {
        var c = new AfterRankerContext(traits, a);
        return ReporterOfAReportedPronoun(c, PersonBeforeTheirParty(c, PersonBeforeTheirPlace(c, SubjectBeforeAPlaceBeforeAParticiple(c, HeadBeforeARestrictiveClause(c, SenderOfTheDocument(c, ReporterOfAStanceAfterThat(c, WordNamingNoOne(c, SubjectOverAnAgentBeforeAFiniteCue(c, NamingParticiple(c, ExpletiveIt(c, SubjectOfAPassive(c, SubjectAfterTheOpening(c, ArticleOfTheCue(c, NounBeforeItsPhrase(c, SubjectNotObjectAfterAComma(c, SubjectNotObject(c, a)))))))))))))))));
    }

    // Nouns of a span of time ("Eight years ago,", "A few minutes later they", "Ana Ruiz a month later announced").
    private static bool IsTimeNoun(string w) =>
        w is "year" or "years" or "month" or "months" or "week" or "weeks" or "day" or "days" or "hour" or "hours" or "minute" or "minutes" or "seconds"
            or "decade" or "decades";

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

    // Words of a name or description that closes a quotation's paragraph ("― Rita Dane", "a narrator in the Ruiz ad").
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

    // A lower-case -ly word between a relative pronoun and its cue ("who enthusiastically endorses", "which consistently supported");
    // not a noun with the same ending, which may end a subject ("the rally denounced", "the family said"; branch speakers54).
    private static bool IsLyAdverb(string word) => char.IsAsciiLetterLower(word[0]) && Lexicon.EndsLikeAnAdverb(word) && !LyNouns.Contains(word);

    // Nouns ending in -ly (branch speakers54: "the rally denounced" read "rally" as an adverb before the cue).
    private static readonly System.Collections.Frozen.FrozenSet<string> LyNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["rally", "family", "assembly", "supply", "reply", "tally", "anomaly", "monopoly", "bully", "folly", "homily", "butterfly", "panoply"],
        StringComparer.Ordinal);

    private static bool IsVerbLike(string lower) => lower.Length > 4 && lower.EndsWith("ed", StringComparison.Ordinal);

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
