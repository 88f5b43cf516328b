using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A belief, wish or plan stated of a subject in a stretch no statement holds: "Lena Ortiz [believes] [the vote will slip]", "they
/// [want] [to keep the clinic open]", "Republicans [plan] [to block it]". PolNeAR annotates these as it annotates speech, and most of
/// the gold attributions that the rules and the cue tagger miss are of this kind, each cue word rare (docs/quotes.md, "Recall (branch
/// recall40)"). The form read here is the plain one: a subject (a personal pronoun, "who", a capitalised name, or a word naming people
/// by number or kind: "many", "critics") right before the verb (auxiliaries, negations and adverbs between), and a clause or an
/// infinitive right after it ("that", "to", a pronoun, a determiner, a capitalised word). The content runs from there to the end of
/// the sentence. At most one per sentence; none where a statement's content or cue touches the subject, the verb or the word after
/// it, none inside quotation marks, none of the reader's "you". An adjective of stance after the copula reads the same way ("Critics
/// were deeply worried [about] [the levy]", "she’s confident [that ...]"; docs/quotes.md, "recall41"), its preposition left out of the
/// content. A share of people as polls give it may be the whole subject, with any word after the verb ("About two-thirds of the
/// voters support moving ..."); "see ... as" takes a bare object; a pronoun joined to its verb may open the clause (docs/quotes.md,
/// "recall50"). Run after the learned models, which never see these statements.
/// </summary>
internal static class StanceReport
{
    /// <summary>
    /// Verbs of belief, wish, intention, stance, view and evaluation, in their -s and past forms, measured on train as families
    /// (about two thirds of their additions take a gold attribution); "back" (mostly an adverb: "dates back to"), "like", "need",
    /// "try", "choose" measured and left out.
    /// </summary>
    public static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
        ["think", "thinks", "thought", "believe", "believes", "believed", "want", "wants", "wanted", "hope", "hopes", "hoped", "expect",
         "expects", "expected", "fear", "fears", "feared", "feel", "feels", "felt", "know", "knows", "knew", "plan", "plans", "planned",
         "worry", "worries", "worried", "suspect", "suspects", "suspected", "doubt", "doubts", "doubted", "wish", "wishes", "wished",
         "intend", "intends", "intended", "support", "supports", "supported", "oppose", "opposes", "opposed", "prefer", "prefers", "preferred",
         "see", "sees", "saw", "consider", "considers", "considered", "understand", "understands", "understood", "view", "views", "viewed",
         "realize", "realizes", "realized", "recognize", "recognizes", "recognized",
         "love", "loves", "loved", "hate", "hates", "hated", "welcome", "welcomes", "welcomed", "accept", "accepts", "accepted", "praise", "praises",
         "praised", "backs", "backed", "endorse", "endorses", "endorsed", "favor", "favors", "favored", "reject", "rejects", "rejected",
         "call", "calls", "called", "aim", "aims", "aimed", "seek", "seeks", "sought", "decide", "decides", "decided"],
        StringComparer.Ordinal);

    /// <summary>
    /// Verbs of opinion that polls report of a share of people ("Most approve of ...", "Only a third of farmers side with ..."),
    /// read only after such a share (see <see cref="Share"/>); with <see cref="Verbs"/>.
    /// </summary>
    public static readonly FrozenSet<string> ShareVerbs = FrozenSet.ToFrozenSet(
        ["approve", "approves", "approved", "disapprove", "disapproves", "disapproved", "agree", "agrees", "agreed", "disagree", "disagrees",
         "disagreed"],
        StringComparer.Ordinal);

    // Pronouns that may be the subject ("who" as in "voters who want ...", the speaker PolNeAR writes for a relative clause); not "you",
    // the writer addressing the reader, whose statements the pipeline drops (ClaimPipeline.AddressesTheReader).
    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(["i", "we", "he", "she", "they", "who"], StringComparer.Ordinal);

    // Words between the subject and the verb: auxiliaries and negations ("does not plan", "had hoped"), not the copula ("was expected to").
    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
        ["also", "still", "really", "now", "do", "does", "did", "don’t", "doesn’t", "didn’t", "don't", "doesn't", "didn't", "not", "never",
         "has", "have", "had", "will", "would", "may", "might", "always", "just", "even", "once"],
        StringComparer.Ordinal);

    // First words of a clause or an infinitive after the verb, besides a capitalised word ("thinks that ...", "wants to ...", "fears the ...").
    private static readonly FrozenSet<string> ClauseStarts = FrozenSet.ToFrozenSet(
        ["that", "to", "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "this", "there", "these",
         "those", "our", "my", "its"],
        StringComparer.Ordinal);

    // Words before the subject that make the stance a condition or a question ("if you support ...", "Do you think ...").
    internal static readonly FrozenSet<string> NotAsserted = FrozenSet.ToFrozenSet(["if", "whether", "unless", "do", "does", "did"], StringComparer.Ordinal);

    /// <summary>The most filler words between the subject and the verb.</summary>
    public const int MaxFillers = 2;

    /// <summary>The fewest words of an added content.</summary>
    public const int MinimumWords = 2;

    /// <summary>The attributions with a statement added for each stance found (see the class), in text order.</summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        List<Attribution>? added = null;
        foreach (var k in TriggerTokens.Of(doc).Tokens(TriggerTokens.Rule.Stance))
        {
            if (k < 1 || k + 1 >= t.Count || Find(doc, k) is not { } found
                || Touches(attributions, new Span(Math.Min(found.Speaker.Start, found.Content.Start),
                    Math.Max(t[k + 1].Span.End, t[doc.IndexAtOrAfter(found.Content.Start)].Span.End)))
                || added is not null && doc.SentenceOf[doc.IndexAtOrAfter(added[^1].Content.Start)] == doc.SentenceOf[k])
            {
                continue;
            }

            added ??= [];
            var made = t[k].Value == "clear" && MadeClear(doc, k) is (var m, _) ? m : k;
            var cueText = made == k ? t[k].Lower : string.Join(" ", Enumerable.Range(made, k - made + 1).Select(j => t[j].Lower));
            added.Add(new Attribution(found.Content, found.Type, new Span(t[made].Span.Start, t[k].Span.End), cueText, found.Speaker, null)
                { Referent = found.Referent });
        }

        return Attribution.WithAdded(attributions, added);
    }

    /// <summary>
    /// Adjectives of stance after the copula ("is confident that ...", "were worried about ...", "is opposed to ..."), each read as the
    /// verbs are, measured on train (docs/quotes.md, "recall41"): <see cref="AttitudeAdjectives"/> but its noun-phrase-only ones.
    /// </summary>
    public static readonly FrozenSet<string> Adjectives = FrozenSet.ToFrozenSet(
        AttitudeAdjectives.Prepositions.Keys.Where(a => !AttitudeAdjectives.NounPhraseOnly.Contains(a)), StringComparer.Ordinal);

    // The verbs and adjectives by hash (WordTable.HashFilter): each form of an article is asked once, most without a look-up.
    internal static readonly WordTable.HashFilter CueWords = new([.. Verbs, .. Adjectives, .. ShareVerbs, "clear"]);

    /// <summary>Whether the form as written can open this rule (asked of the forms whose lower case's hash <see cref="CueWords"/> may hold; see <see cref="TriggerTokens"/>).</summary>
    internal static bool IsCueWord(string w) => Verbs.Contains(w) || Adjectives.Contains(w) || ShareVerbs.Contains(w) || w == "clear";

    // The copula before such an adjective ("is", "has been", "remains", "grew"); a pronoun joined to it ("she’s") reads as both.
    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "am", "be", "been", "isn’t", "aren’t", "wasn’t", "weren’t", "isn't", "aren't", "wasn't", "weren't",
         "remain", "remains", "remained", "seem", "seems", "seemed", "become", "becomes", "became", "grew", "grow", "grows", "feel", "feels", "felt"],
        StringComparer.Ordinal);

    // Prepositions an adjective takes before its content ("worried about the levy"); the content starts after them. Not "by", the agent
    // of a passive ("teams are determined by their results").
    private static readonly FrozenSet<string> Prepositions = FrozenSet.ToFrozenSet(
        ["about", "of", "in", "with", "at", "over"], StringComparer.Ordinal);

    /// <summary>The stance whose verb or adjective is token <paramref name="k"/>: its subject, the name "who" stands for, and its content; null when the form does not fit.</summary>
    internal static (Span Speaker, Span? Referent, Span Content, QuoteType Type)? Find(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        if (doc.Quoted[k] || k + 1 >= t.Count || doc.SentenceOf[k + 1] != doc.SentenceOf[k])
        {
            return null;
        }

        if (t[k].Value == "clear")
        {
            return MadeClear(doc, k) is (var made, var start) ? Stance(doc, made, Before(t, made, Fillers), start, copula: false) : null;
        }

        var byVerb = Share(doc, k)
            ?? (CallFor(t, k) ? Stance(doc, k, Before(t, k, Fillers), k + 2, copula: false)
                : Verbs.Contains(t[k].Value) && (Opens(t[k + 1]) || SeenAs(doc, k)) ? Stance(doc, k, Before(t, k, Fillers), k + 1, copula: false)
                : Beliefs.Contains(t[k].Value) ? Inserted(doc, k) : null);
        var next = t[k + 1].Lower;

        // An adjective takes a clause, "whether" or a preposition; "is sure to ..." and "is certain to ..." tell what will happen, not
        // what the subject holds.
        if (byVerb is not null || !Adjectives.Contains(t[k].Value) || !Opens(t[k + 1]) && !Prepositions.Contains(next) && next != "whether"
            || t[k].Value is "sure" or "certain" && next == "to")
        {
            return byVerb;
        }

        // The copula before it (degree words between), then the subject as a verb's.
        var c = Before(t, k, AttitudeAdjectives.Degrees);
        var from = Prepositions.Contains(next) ? k + 2 : k + 1;
        return c > 0 && Copulas.Contains(t[c].Lower) ? Stance(doc, k, Before(t, c, Fillers), from, copula: false)
            : c >= 0 ? Stance(doc, k, c, from, copula: true) : null;
    }

    /// <summary>The most words between "clear" and the "that" that opens its clause ("made it clear to city bakers on Tuesday that ...").</summary>
    public const int MaxWordsBeforeThat = 8;

    /// <summary>
    /// "made it clear" / "makes clear" at token <paramref name="k"/> ("clear"), a finite verb of stating (docs/quotes.md, "cues57"): the
    /// token of "made" or "makes" and the token its clause starts at: after a day or a preposition, the first "that" within
    /// <see cref="MaxWordsBeforeThat"/> words with no punctuation between ("made it clear to the clerk [that ...]", "made clear Tuesday
    /// night [that ...]"), else right after "clear" when a clause opens there ("made clear [he will ...]", "made clear [his aim ...]");
    /// null for any other form. Not "make",
    /// "making" or "made clear" after "was" (on train mostly inside quotations or with no gold attribution: "need to make clear").
    /// </summary>
    internal static (int Made, int From)? MadeClear(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var made = k >= 2 && t[k - 1].Lower == "it" ? k - 2 : k - 1;
        if (made < 1 || t[made].Lower is not ("made" or "makes") || k + 1 >= t.Count || doc.SentenceOf[k + 1] != doc.SentenceOf[k]
            || Copulas.Contains(t[made - 1].Lower))
        {
            return null;
        }

        // A day or a phrase with a preposition may stand before "that" ("made clear Tuesday night that ...", "made it clear to the judge
        // that ..."); a clause may open right after "clear" ("made clear he will ...", "made clear his aim ...").
        if (t[k + 1].IsCapitalized || Lexicon.Prepositions.Contains(t[k + 1].Lower))
        {
            for (var j = k + 1; j < t.Count && j <= k + MaxWordsBeforeThat && t[j].IsWord && !doc.Quoted[j]; j++)
            {
                if (t[j].Lower == "that")
                {
                    return (made, j);
                }
            }
        }

        return Opens(t[k + 1]) && t[k + 1].Lower != "to" ? (made, k + 1) : null;
    }

    // Words that join a "made clear" clause to the clause before it inside another statement's content ("..., and made clear that ...").
    private static readonly FrozenSet<string> MadeClearJoiners = FrozenSet.ToFrozenSet(
        ["and", "but", "although", "though", "while"], StringComparer.Ordinal);

    /// <summary>
    /// A "made (it) clear" clause at the end of another statement's content, joined to it by a comma or "and" / "but" / "although" /
    /// "while" ("Ruiz [backed] [the plan], although [she] [made it clear] [that she has doubts]", "he continued to [express
    /// doubts] and [made clear] [that he would not hold back]", "[...], Marel [made it clear] [that ...]"): PolNeAR annotates it as a
    /// statement of its own (docs/quotes.md, "cues57": the 4 such contents on train, all 4). The statement's content ends before the
    /// joiner; the clause becomes a statement whose speaker is its subject or, with none, the statement's speaker. Only an indirect or
    /// mixed statement with one part whose cue comes before the joiner; none with a quoted word between the joiner and "clear". Runs
    /// last in <see cref="ClaimPipeline"/>'s chain of rules.
    /// </summary>
    public static List<Attribution> SplitAtMadeClear(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        var splits = new ContentSplits(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.Type == QuoteType.Direct || a.PartCount != 1 || a.Cue is not { } cue)
            {
                continue;
            }

            var first = doc.IndexAtOrAfter(a.Content.Start);
            for (var k = first + 3; k < t.Count && t[k].Span.End <= a.Content.End; k++)
            {
                if (t[k].Value != "clear" || MadeClear(doc, k) is not (var made, var from) || t[from].Span.Start >= a.Content.End
                    || Split(doc, a, made, first) is not (var joiner, var speaker) || cue.End > t[joiner].Span.Start)
                {
                    continue;
                }

                var quoted = false;
                for (var j = joiner; j <= k; j++)
                {
                    quoted |= doc.Quoted[j];
                }

                var end = joiner - 1;
                while (end > first && !t[end].IsWord && !doc.Quoted[end])
                {
                    end--;
                }

                if (quoted || end <= first)
                {
                    continue;
                }

                var cueText = string.Join(" ", Enumerable.Range(made, k - made + 1).Select(j => t[j].Lower));
                splits.Cut(i, new Span(a.Content.Start, t[end].Span.End), new Attribution(new Span(t[from].Span.Start, a.Content.End), a.Type,
                    new Span(t[made].Span.Start, t[k].Span.End), cueText, speaker ?? a.Speaker, null) { Referent = speaker is null ? a.Referent : null });
                break;
            }
        }

        return splits.Result();
    }

    // The joiner before the "made clear" clause at token `made` inside a content from token `first`: the comma or joining word
    // before its subject (the subject's span returned), or right before the verb with no subject (null returned as the speaker).
    private static (int Joiner, Span? Speaker)? Split(TokenizedDocument doc, Attribution a, int made, int first)
    {
        var t = doc.Tokens;
        var b = Before(t, made, Fillers);
        if (b <= first)
        {
            return null;
        }

        if (MadeClearJoiners.Contains(t[b].Lower) || t[b].Value == ",")
        {
            return (b, null);
        }

        if (Subject(doc, made, b, copula: false) is not (var speaker, _))
        {
            return null;
        }

        var j = doc.IndexAtOrAfter(speaker.Start) - 1;
        return j > first && (MadeClearJoiners.Contains(t[j].Lower) || t[j].Value == ",") ? (j, speaker) : null;
    }

    // "called for [a ban]", "has not called for [her to step aside]": a demand, whose content starts after "for" (docs/quotes.md, "recall52");
    // not "calls", mostly a noun ("Democratic calls for her to quit", "the plan calls for").
    private static bool CallFor(List<Token> t, int k) =>
        t[k].Value is "call" or "called" && k + 2 < t.Count && t[k + 1].Lower == "for" && t[k + 2].IsWord;

    /// <summary>
    /// Verbs of belief that also stand inside the clause they are about (docs/quotes.md, "recall48"): in a relative clause with the
    /// object moved out ("a move [they think] might work", "which Ana Ruiz thinks will pass") or as a parenthesis ("The vote, [many
    /// think], will slip", "It could fail, [aides fear]").
    /// </summary>
    public static readonly FrozenSet<string> Beliefs = FrozenSet.ToFrozenSet(
        ["think", "thinks", "thought", "believe", "believes", "believed", "hope", "hopes", "hoped", "feel", "feels", "felt", "fear",
         "fears", "feared", "expect", "expects", "expected", "suspect", "suspects", "suspected"],
        StringComparer.Ordinal);

    // A finite auxiliary or copula right after such a verb: the verb's clause lost its subject to a relative clause ("the bill they
    // believe [will] pass").
    private static readonly FrozenSet<string> Finite = FrozenSet.ToFrozenSet(
        ["will", "would", "could", "can", "should", "might", "may", "must", "is", "was", "are", "were", "has", "have", "had", "won’t",
         "won't", "wouldn’t", "wouldn't", "can’t", "can't", "couldn’t", "couldn't"],
        StringComparer.Ordinal);

    // Marks that close a parenthesis of belief ("The vote, many think, will slip"; "It could fail, aides fear — and ...").
    private static readonly FrozenSet<string> Closers = FrozenSet.ToFrozenSet([",", "—", "–", ";"], StringComparer.Ordinal);

    // The stance of a belief verb at token k standing inside its clause: after a relative clause's head, the content runs from the
    // word before the subject (the head or "which") to the sentence's end; as a parenthesis between commas or dashes (or before the
    // sentence's end), it is the words from the sentence's start to the comma before the subject. Null when neither form fits.
    private static (Span Speaker, Span? Referent, Span Content, QuoteType Type)? Inserted(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var s = Before(t, k, Fillers);
        var sentenceStart = doc.SentenceStartToken(k);
        if (Subject(doc, k, s, copula: false) is not (var speaker, _))
        {
            return null;
        }

        var first = doc.IndexAtOrAfter(speaker.Start);
        var head = first - 1;
        if (head <= sentenceStart || !t[head].IsWord && !Closers.Contains(t[head].Value))
        {
            return null;
        }

        if (Finite.Contains(t[k + 1].Lower) && t[head].IsWord && !t[head].IsCapitalized && !Fillers.Contains(t[head].Lower)
            && !NotAsserted.Contains(t[head].Lower) && t[head].Lower is not ("that" or "and" or "but" or "or"))
        {
            return Stance(doc, k, s, head, copula: false) is { } relative ? relative with { Speaker = speaker, Referent = null } : null;
        }

        var closes = Closers.Contains(t[k + 1].Value) || doc.SentenceEndToken(k) == k + 2 && !t[k + 1].IsWord;
        if (!closes || t[head].Value is not ("," or "—" or "–"))
        {
            return null;
        }

        var last = head - 1;
        var words = 0;
        for (var j = sentenceStart; j <= last; j++)
        {
            words += t[j].IsWord ? 1 : 0;
        }

        var firstWord = sentenceStart;
        while (firstWord < last && !t[firstWord].IsWord)
        {
            firstWord++;
        }

        var content = new Span(t[firstWord].Span.Start, t[last].Span.End);
        var quoted = false;
        for (var j = firstWord; j <= last; j++)
        {
            quoted |= doc.Quoted[j];
        }

        return words < MinimumWords || quoted ? null : (speaker, null, content, QuoteType.Indirect);
    }

    /// <summary>The most words of a share's phrase before its verb ("Only about 3 in 10 Green voters in each town").</summary>
    public const int MaxShareWords = 16;

    // Words before the head of a share ("Only about 4 in 10", "Fewer than half", "More than a third", "At least 60 percent").
    private static readonly FrozenSet<string> ShareModifiers = FrozenSet.ToFrozenSet(
        ["only", "just", "about", "nearly", "almost", "roughly", "around", "more", "fewer", "less", "than", "over", "under", "at",
         "least", "barely", "a", "the", "slightly", "well"],
        StringComparer.Ordinal);

    // Heads of a share of people; a number is one before "percent", "in" ("4 in 10") or "of" / "out" ("three of four").
    private static readonly FrozenSet<string> ShareHeads = FrozenSet.ToFrozenSet(
        ["percent", "half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "two-thirds", "three-quarters", "three-fourths",
         "majority", "majorities", "most", "many", "few", "some", "both", "all"],
        StringComparer.Ordinal);

    // Words that cannot stand inside a share's phrase before its verb: an auxiliary, a relative or a complementiser means that the
    // verb is not the phrase's own ("Many who were asked ...", "Most said that ...").
    private static readonly FrozenSet<string> NotInShare = FrozenSet.ToFrozenSet(
        ["is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "can", "could", "should", "may", "might",
         "must", "do", "does", "did", "to", "that", "who", "which", "whom", "whose", "where", "when", "if", "whether", "said", "say", "says",
         "because", "while", "as"],
        StringComparer.Ordinal);

    // Words that make the verb a noun ("Most support for the bill comes from ...").
    private static readonly FrozenSet<string> NounFollowers = FrozenSet.ToFrozenSet(
        ["for", "among", "from", "in", "on", "by", "with", "is", "was", "has", "had", "will", "would"], StringComparer.Ordinal);

    // Words that open a clause before a share ("But most want ...", "..., while 19 percent support ...").
    private static readonly FrozenSet<string> ClauseJoiners = FrozenSet.ToFrozenSet(
        ["but", "and", "yet", "still", "while", "whereas", "so"], StringComparer.Ordinal);

    /// <summary>
    /// A verb of stance whose subject is a share of people as polls give it, from its clause's start ("About two-thirds of Republican
    /// voters in all five states support ...", "..., while 19 percent of students polled support ...", "Majorities in many countries
    /// see ..."): any word may follow the verb ("want all immigrants ...", "support temporarily banning ..."), the subject is the whole
    /// phrase (docs/quotes.md, "recall50"). Null when the verb's clause does not open with such a share.
    /// </summary>
    private static (Span Speaker, Span? Referent, Span Content, QuoteType Type)? Share(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var v = t[k].Value;
        if (!Verbs.Contains(v) && !ShareVerbs.Contains(v) || !t[k + 1].IsWord || NounFollowers.Contains(t[k + 1].Lower)
            || NotInShare.Contains(t[k + 1].Lower) && t[k + 1].Lower != "that" && t[k + 1].Lower != "to")
        {
            return null;
        }

        var s = Before(t, k, Fillers);
        var sentenceStart = doc.SentenceStartToken(k);
        if (s < sentenceStart || !t[s].IsWord)
        {
            return null;
        }

        var first = s;
        while (first - 1 >= sentenceStart && (t[first - 1].IsWord || t[first - 1].Value == "%") && s - first < MaxShareWords)
        {
            first--;
        }

        if (first - 1 > sentenceStart && t[first - 1].Value is not ("," or ";" or ":" or "—" or "–")
            || first - 1 == sentenceStart && t[first - 1].IsWord)
        {
            return null;
        }

        while (first < s && ClauseJoiners.Contains(t[first].Lower))
        {
            first++;
        }

        var head = first;
        while (head < s && ShareModifiers.Contains(t[head].Lower))
        {
            head++;
        }

        var isShare = ShareHeads.Contains(t[head].Lower)
            || char.IsDigit(t[head].Value[0]) && head + 1 <= s && t[head + 1].Lower is "percent" or "%" or "in" or "of" or "out";
        if (!isShare)
        {
            return null;
        }

        for (var j = first; j <= s; j++)
        {
            if (doc.Quoted[j] || t[j].IsWord && (NotInShare.Contains(t[j].Lower) && j > first || Verbs.Contains(t[j].Value)))
            {
                return null;
            }
        }

        return WithContent(doc, k, new Span(t[first].Span.Start, t[s].Span.End), null, k + 1);
    }

    /// <summary>The most words between a verb of seeing and its "as" ("see police violence against the young as a problem").</summary>
    public const int MaxSeenAsWords = 8;

    // "see ... as", "view ... as": a verb of view with its object and "as" within MaxSeenAsWords words, no punctuation between ("Millennials
    // see police violence as a problem"); the object need not open as a clause does.
    private static bool SeenAs(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        if (t[k].Lower is not ("see" or "sees" or "saw" or "view" or "views" or "viewed"))
        {
            return false;
        }

        for (var j = k + 2; j < t.Count && j <= k + 1 + MaxSeenAsWords && t[j].IsWord && !doc.Quoted[j]; j++)
        {
            if (t[j].Lower == "as")
            {
                return t[k + 1].IsWord;
            }
        }

        return false;
    }

    // The token before token k once at most MaxFillers of the given words or -ly adverbs are passed over.
    private static int Before(List<Token> t, int k, FrozenSet<string> words)
    {
        var s = k - 1;
        while (s > 0 && k - s <= MaxFillers && (words.Contains(t[s].Lower) || Lexicon.EndsLikeAnAdverb(t[s].Lower)))
        {
            s--;
        }

        return s;
    }

    // The stance with its cue at token k, its subject ending at token s, and its content from token `from` to the sentence's end;
    // copula: the subject is a pronoun joined to the copula ("she’s confident that ...").
    private static (Span Speaker, Span? Referent, Span Content, QuoteType Type)? Stance(TokenizedDocument doc, int k, int s, int from, bool copula)
    {
        var t = doc.Tokens;
        if (Subject(doc, k, s, copula) is not (var speaker, var referent))
        {
            return null;
        }

        // A stance inside someone else's report ("the campaign's claim that Ana Ruiz wants ...", "Lee argued that they oppose ..."):
        // PolNeAR annotates the outer report there, whose content holds the stance, with the reporter as its source; the stance takes
        // that source when it can be read, and keeps its own subject otherwise.
        if (ReporterBefore(doc, doc.IndexAtOrAfter(speaker.Start)) is { } reporter)
        {
            speaker = reporter;
            referent = null;
        }

        return WithContent(doc, k, speaker, referent, from);
    }

    // The stance of the verb at token k by the given subject, its content from token `from` to the sentence's end; null when the
    // content is shorter than MinimumWords.
    private static (Span Speaker, Span? Referent, Span Content, QuoteType Type)? WithContent(TokenizedDocument doc, int k, Span speaker, Span? referent, int from)
    {
        var t = doc.Tokens;

        // The content: from token `from` to the sentence's last word (its closing punctuation left out).
        var last = doc.SentenceEndToken(k) - 1;
        while (last > k && !t[last].IsWord)
        {
            last--;
        }

        var words = 0;
        var quoted = false;
        for (var j = from; j <= last; j++)
        {
            words += t[j].IsWord ? 1 : 0;
            quoted |= doc.Quoted[j];
        }

        return words < MinimumWords ? null : (speaker, referent, new Span(t[from].Span.Start, t[last].Span.End), quoted ? QuoteType.Mixed : QuoteType.Indirect);
    }

    /// <summary>
    /// The subject of the verb at token <paramref name="k"/> that ends at token <paramref name="s"/>, and the name "who" stands for: a
    /// personal pronoun, "who", a capitalised name or a word naming people by number or kind; null for any other word, for "you", and
    /// after a word that makes the clause a condition or a question. copula: the subject is a pronoun joined to the copula ("she’s").
    /// </summary>
    internal static (Span Speaker, Span? Referent)? Subject(TokenizedDocument doc, int k, int s, bool copula)
    {
        var t = doc.Tokens;
        var sentenceStart = doc.SentenceStartToken(k);
        if (s < sentenceStart || !t[s].IsWord || s > sentenceStart && NotAsserted.Contains(t[s - 1].Lower))
        {
            return null;
        }

        // A floating quantifier ("senators will all support", "who has both endorsed", "they both want") stands after the subject:
        // the subject is read before it (and its auxiliaries), the quantifier alone when nothing there names one ("Both want ...").
        if (t[s].Lower is "all" or "both" && s > sentenceStart && Subject(doc, k, Before(t, s, Fillers), copula) is { } floated)
        {
            return floated;
        }

        Span speaker;
        Span? referent = null;
        var pronoun = Pronoun(t[s].Lower, copula);
        if (pronoun is "you")
        {
            return null;
        }

        if (Pronouns.Contains(pronoun))
        {
            speaker = t[s].Span;
            if (pronoun == "who")
            {
                // The name before ", who" or "who", as NestedReport reads it.
                var n = s - 1 >= sentenceStart && t[s - 1].Value == "," ? s - 2 : s - 1;
                referent = n >= sentenceStart && EndorsementReport.Name(t, n) ? new Span(t[NameStart(doc, n)].Span.Start, t[n].Span.End) : null;
            }
        }
        else if (pronoun.Length == 0 || copula)
        {
            return null;
        }
        else if (EndorsementReport.Name(t, s))
        {
            speaker = new Span(t[NameStart(doc, s)].Span.Start, t[s].Span.End);
        }
        else if (GroupHead(t[s]))
        {
            speaker = t[s].Span;
        }
        else
        {
            return null;
        }

        return (speaker, referent);
    }

    /// <summary>The subject right before the verb at token <paramref name="k"/> (auxiliaries, negations and adverbs between), as <see cref="Subject"/> reads it.</summary>
    internal static (Span Speaker, Span? Referent)? SubjectBefore(TokenizedDocument doc, int k) => Subject(doc, k, Before(doc.Tokens, k, Fillers), copula: false);

    /// <summary>
    /// Nouns of saying whose possessive names the reporter ("the campaign's earlier claim that ...", "the committee's recommendation
    /// that ...").
    /// </summary>
    internal static readonly FrozenSet<string> ReportNouns = FrozenSet.ToFrozenSet(
        ["claim", "claims", "report", "reports", "recommendation", "argument", "assertion", "allegation", "allegations", "statement",
         "suggestion", "insistence", "charge", "warning", "message", "promise", "pledge", "contention", "view", "announcement", "complaint"],
        StringComparer.Ordinal);

    /// <summary>
    /// The source of the report whose complement clause opens with "that" right before token <paramref name="first"/>, the first
    /// token of a subject ("the campaign's claim that [Ruiz] wants ...", "Lee argued that [they] ..."); null when there is none or it
    /// cannot be read (see <see cref="Reporter"/>).
    /// </summary>
    internal static Span? ReporterBefore(TokenizedDocument doc, int first)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var sentenceStart = first < doc.Tokens.Count ? doc.SentenceStartToken(first) : int.MaxValue;
        return first - 2 >= sentenceStart && doc.Tokens[first - 1].Lower == "that" ? Reporter(doc, first - 2, sentenceStart) : null;
    }

    // The source of a report whose last word before "that" is token v: the possessive before a noun of saying (past at most MaxFillers
    // lower-case modifiers: "the campaign's earlier claim"), or the subject before a finite verb of saying ("Lee argued", "they have
    // said"; not a participle or an infinitive, whose subject stands elsewhere); null when neither is read.
    private static Span? Reporter(TokenizedDocument doc, int v, int sentenceStart)
    {
        var t = doc.Tokens;
        var word = t[v].Lower;
        if (!t[v].IsWord || t[v].IsCapitalized)
        {
            return null;
        }

        if (ReportNouns.Contains(word))
        {
            for (var p = v - 1; p >= sentenceStart && v - p <= MaxFillers + 1; p--)
            {
                if (Speakers.EntityIndex.EndsPossessive(t[p].Value))
                {
                    var start = p;
                    while (start - 1 >= sentenceStart && EndorsementReport.Name(t, start - 1))
                    {
                        start--;
                    }

                    return new Span(t[start].Span.Start, t[p].Span.End);
                }

                if (!t[p].IsWord || t[p].IsCapitalized || t[p].Lower is "the" or "a" or "an" or "to" or "of")
                {
                    break;
                }
            }
        }

        if (!Lexicon.CueVerbs.ContainsKey(word) || word.EndsWith("ing", StringComparison.Ordinal) || ReportNouns.Contains(word) && !word.EndsWith("ed", StringComparison.Ordinal))
        {
            return null;
        }

        var s = Before(t, v, Fillers);
        if (s < sentenceStart || !t[s].IsWord || s > sentenceStart && (NotAsserted.Contains(t[s - 1].Lower) || t[s - 1].Lower == "that"))
        {
            return null;
        }

        var pronoun = Pronoun(t[s].Lower, copula: false);
        return pronoun is "i" or "we" or "he" or "she" or "they" ? t[s].Span
            : EndorsementReport.Name(t, s) ? new Span(t[NameStart(doc, s)].Span.Start, t[s].Span.End)
            : null;
    }

    // A pronoun joined to a modal or "have" ("I’d", "You’ll", "we've") read as the pronoun alone; joined to the copula ("she’s expected
    // to", "they're thought to": a passive) as nothing, unless the copula is asked for ("she’s confident that"); any other word as it is.
    private static string Pronoun(string lower, bool copula) =>
        lower.IndexOfAny(['’', '\'']) is var a and > 0 && lower[..a] is "i" or "we" or "you" or "he" or "she" or "they"
            ? (copula ? lower[(a + 1)..] is "s" or "re" or "m" : lower[(a + 1)..] is "d" or "ll" or "ve") ? lower[..a] : ""
            : copula ? "" : lower;

    // The head of a subject that names people by number or by kind ("Many fear", "most oppose", "critics fear", "voters want").
    private static bool GroupHead(Token token) =>
        token.IsWord && (Groups.Contains(token.Lower)
            || !token.IsCapitalized && token.Lower.Length > 4 && token.Lower.EndsWith('s') && !token.Lower.EndsWith("ss", StringComparison.Ordinal) && !Lexicon.NotNames.Contains(token.Lower)
               && !Lexicon.EndsLikeAnAdverb(token.Lower) && !Speakers.EntityIndex.EndsPossessive(token.Value));

    private static readonly FrozenSet<string> Groups = FrozenSet.ToFrozenSet(
        ["many", "most", "some", "few", "others", "all", "both", "people", "everyone", "everybody", "nobody", "anyone", "majority", "half", "percent",
         "third", "thirds", "quarter", "public", "minority"],
        StringComparer.Ordinal);

    // A clause may open with a pronoun joined to its verb ("know they’re being spun", "think it’s good"; docs/quotes.md, "recall50").
    private static bool Opens(Token next) => next.IsWord && (ClauseStarts.Contains(next.Lower) || next.IsCapitalized
        || next.Lower.IndexOfAny(['’', '\'']) is var a and > 0 && ClauseStarts.Contains(next.Lower[..a]) && next.Lower[a..].Length > 1);

    // The first token of the run of capitalised words that ends at token n, in its sentence ("President Ana Ruiz").
    internal static int NameStart(TokenizedDocument doc, int n)
    {
        var first = doc.SentenceStartToken(n);
        while (n - 1 >= first && EndorsementReport.Name(doc.Tokens, n - 1))
        {
            n--;
        }

        return n;
    }

    /// <summary>Whether a statement's content or cue overlaps <paramref name="span"/>; <paramref name="except"/> (a statement the
    /// caller reads from, as <see cref="NamingReport"/> does) is passed over.</summary>
    internal static bool Touches(List<Attribution> attributions, Span span, Attribution? except = null)
    {
        foreach (var a in attributions)
        {
            if (a != except && (a.Content.Overlaps(span) || a.Cue is { } c && c.Overlaps(span)))
            {
                return true;
            }
        }

        return false;
    }
}
