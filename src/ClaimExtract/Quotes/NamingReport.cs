using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A participle of naming or characterising after a statement in its sentence, with the same speaker: "“...,” Okafor said, [referring
/// to] [the new pier]", "Ruiz backed the levy, [calling] [it “overdue.”]", "Marsh said so, [describing] [the crews as tireless]".
/// PolNeAR annotates each as an attribution of its own, whose source is the speaker of the clause before (docs/quotes.md, "recall43").
/// The participle follows a comma (or "and") and comes after the cue of a statement with a speaker in the same sentence; the speaker is
/// that statement's. The content is the object: from the word after the participle (after "to" of "referring to") to the first comma,
/// semicolon, colon, dash or parenthesis outside quotation marks or the sentence's end, or to "and" before another participle ("calling
/// them rapists and vowing ..."). None inside quotation marks, none where another statement's content or cue touches the participle or
/// the object's first word. The finite forms of <see cref="Finite"/> read the same way, with their own subject as the speaker when one
/// stands right before them (docs/quotes.md, "recall46"). Runs after <see cref="EndorsementReport"/>.
/// </summary>
internal static class NamingReport
{
    /// <summary>
    /// Finite verbs that cast their object as something, read as "described" is, with "as" after the object ("Ruiz [cast] [her rival
    /// as a newcomer]", "he [characterizes] [himself as a builder]"; docs/quotes.md, "recall73"). Written before <see cref="Finite"/>.
    /// </summary>
    private static readonly FrozenSet<string> Casting = FrozenSet.ToFrozenSet(["cast", "casts", "characterized", "characterizes"], StringComparer.Ordinal);

    /// <summary>The participles read; "referring" only with "to".</summary>
    public static readonly FrozenSet<string> Participles = FrozenSet.ToFrozenSet(["referring", "calling", "describing"], StringComparer.Ordinal);

    /// <summary>
    /// Finite forms read as the participles are, with the speaker of the statement before ("Ruiz backed the levy and [called] [it
    /// overdue]") or their own subject ("Okafor [called] [the plan “reckless.”]", "she [described] [the crews as tireless]"); they need a
    /// second part after the object, which "called an emergency session" or "described a candidate aggrieved" lacks (see <see cref="Named"/>).
    /// </summary>
    public static readonly FrozenSet<string> Finite = FrozenSet.ToFrozenSet(["called", "calls", "described", "describes", .. Casting], StringComparer.Ordinal);

    // Both sets' words (their own lower case) by hash (WordTable.HashFilter), after them (static fields are made in the order written).
    internal static readonly WordTable.HashFilter CueWords = new([.. Participles, .. Finite]);

    /// <summary>Whether the form as written can open this rule (asked of the forms whose lower case's hash <see cref="CueWords"/> may hold; see <see cref="TriggerTokens"/>).</summary>
    internal static bool IsCueWord(string w) => Participles.Contains(w) || Finite.Contains(w);

    // Object pronouns after "called": a word after them is what the object is called ("called him divisive").
    private static readonly FrozenSet<string> ObjectPronouns = FrozenSet.ToFrozenSet(
        ["him", "her", "it", "them", "us", "me", "himself", "herself", "itself", "themselves", "ourselves", "myself"], StringComparer.Ordinal);

    // Punctuation that ends the object outside quotation marks; a period inside the sentence ends an abbreviation ("the Sept. 16 debate").
    private static readonly FrozenSet<string> Stops = FrozenSet.ToFrozenSet([",", ";", ":", "(", ")", "—", "–", "-", "--", "?", "!"], StringComparer.Ordinal);

    /// <summary>
    /// The attributions with a statement added for each naming found (see the class), in text order. The statement whose speaker it
    /// takes, when its content runs on over the participle ("said matters “must be settled soon,” referring to ..."), ends before the comma.
    /// </summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        List<Attribution>? list = null;
        // Only the tokens of the participles' and finite forms (TriggerTokens).
        foreach (var k in TriggerTokens.Of(doc).Tokens(TriggerTokens.Rule.Naming))
        {
            var current = list ?? attributions;
            if (k < 1 || k + 1 >= t.Count
                || Find(doc, current, k) is not { } found
                || StanceReport.Touches(current, found.Touched, except: found.From))
            {
                continue;
            }

            list ??= [.. attributions];
            if (found.From is not null && AnyOverlaps(found.From.Parts, found.Touched))
            {
                // The statement ends before the comma or "and" before the participle, or at the quotation mark after such a comma.
                var before = Before(t, k);
                if (found.From.Content.Start >= t[before].Span.Start || found.From.PartCount > 1)
                {
                    continue;
                }

                var cut = new Span(found.From.Content.Start, t[before == k - 1 ? k - 2 : k - 1].Span.End);
                list[list.IndexOf(found.From)] = found.From with { Content = cut, Parts = [cut] };
            }

            list.Add(new Attribution(found.Content, found.Type, found.Cue, t[k].Lower + (found.Cue.End > t[k].Span.End ? " to" : ""),
                found.Speaker, null) { Referent = found.Referent });
        }

        return list is null ? attributions : [.. list.OrderBy(a => a.Content.Start)];
    }

    // The loop's tests as loops, not lambdas: a lambda over `found` (a variable of the loop's body) made its closure object at every
    // token of the article, about 12 MB a round of the Zyte pages.
    private static bool AnyOverlaps(IReadOnlyList<Span> parts, Span touched)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Overlaps(touched))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The naming whose participle or finite verb is token <paramref name="k"/>: the statement whose speaker it takes (null for a finite
    /// verb's own subject), the speaker and the name "who" stands for, its cue, content and type, and the stretch from the participle to
    /// the object's first word; null when the form does not fit.
    /// </summary>
    internal static (Attribution? From, Span? Speaker, Span? Referent, Span Cue, Span Content, QuoteType Type, Span Touched)? Find(
        TokenizedDocument doc, List<Attribution> attributions, int k)
    {
        var t = doc.Tokens;
        var first = t[k].Lower == "referring" ? k + 2 : k + 1;
        var sentenceStart = doc.SentenceStartToken(k);
        var sentenceEnd = doc.SentenceEndToken(k);
        if (doc.Quoted[k] || first >= sentenceEnd || first == k + 2 && t[k + 1].Lower != "to" || !Object(t[first]))
        {
            return null;
        }

        // A finite verb's own subject speaks ("Okafor called ..."); any other form takes the speaker of the statement before it.
        var finite = Finite.Contains(t[k].Value);
        if (finite && StanceReport.SubjectBefore(doc, k) is { } subject)
        {
            return Extent(doc, k, first, sentenceEnd) is { } own && Named(doc, k, first, own.Last)
                ? (null, subject.Speaker, subject.Referent, own.Cue, own.Content, own.Type, own.Touched) : null;
        }

        if (k - 2 < sentenceStart || Before(t, k) < 0)
        {
            return null;
        }

        // The last statement with a speaker whose cue stands before the participle in its sentence.
        Attribution? from = null;
        foreach (var a in attributions)
        {
            if (a is { Cue: { } cue, Speaker: not null } && cue.End <= t[k].Span.Start && cue.Start >= t[sentenceStart].Span.Start
                && (from?.Cue is not { } best || cue.Start > best.Start))
            {
                from = a;
            }
        }

        if (from is null || Extent(doc, k, first, sentenceEnd) is not { } found || finite && !Named(doc, k, first, found.Last))
        {
            return null;
        }

        return finite && NameBeforeAClosedRelative(doc, from, k) is { } name
            ? (from, name, null, found.Cue, found.Content, found.Type, found.Touched)
            : (from, from.Speaker, from.Referent, found.Cue, found.Content, found.Type, found.Touched);
    }

    /// <summary>
    /// The name a closed ", who ..." clause describes, when the statement before the finite naming verb at token <paramref name="k"/>
    /// is that clause's and the verb follows the comma closing it ("Ana Ruiz, who backs the levy, called it fair"): the verb is the
    /// main clause's, whose subject is the name (<see cref="Attribution.Referent"/> of the pronoun, or the name right before its comma), not the pronoun (docs/quotes.md,
    /// "speakers84"); null otherwise.
    /// </summary>
    private static Span? NameBeforeAClosedRelative(TokenizedDocument doc, Attribution from, int k)
    {
        var t = doc.Tokens;
        if (from.Speaker is not { } pronoun || from.Cue is not { } cue || t[k - 1].Value != ",")
        {
            return null;
        }

        var p = doc.IndexAtOrAfter(pronoun.Start);
        if (p < 2 || p >= k || t[p].Span != pronoun || t[p].Lower is not ("who" or "which") || t[p - 1].Value != "," || cue.Start <= pronoun.End
            || t[k - 1].Span.Start < cue.End || doc.SentenceOf[p] != doc.SentenceOf[k])
        {
            return null;
        }

        // The pronoun's name as the rules after the ranker kept it, else the name right before its comma (as StanceReport reads it).
        var n = p - 2;
        return from.Referent is { } name && name.End <= t[p - 1].Span.Start ? name
            : EndorsementReport.Name(t, n) && doc.SentenceOf[n] == doc.SentenceOf[p] ? new Span(t[StanceReport.NameStart(doc, n)].Span.Start, t[n].Span.End) : null;
    }

    // The object of the naming word at token k from token `first`: to the first stop outside quotation marks or the sentence's end, or
    // to "and" before another verb of the same form ("calling them cheats and vowing ...", "called her “second-best” and snubbed ...")
    // or a verb of saying ("called the fee “a scam” and said ...").
    private static (Span Cue, Span Content, QuoteType Type, Span Touched, int Last)? Extent(TokenizedDocument doc, int k, int first, int sentenceEnd)
    {
        var t = doc.Tokens;
        var ending = t[k].Lower.EndsWith("ing", StringComparison.Ordinal) ? "ing" : t[k].Lower.EndsWith("ed", StringComparison.Ordinal) ? "ed" : "s";
        var last = first;
        var quoted = doc.Quoted[first];
        for (var j = first + 1; j < sentenceEnd; j++)
        {
            if (!doc.Quoted[j] && Stops.Contains(t[j].Value)
                || t[j].Lower == "and" && j + 1 < sentenceEnd
                   && (t[j + 1].Lower.EndsWith(ending, StringComparison.Ordinal) || Lexicon.CueVerbs.ContainsKey(t[j + 1].Lower)))
            {
                break;
            }

            quoted |= doc.Quoted[j];
            if (t[j].IsWord || doc.Quoted[j] || QuoteMark(t[j]))
            {
                last = j;
            }
        }

        return (new Span(t[k].Span.Start, t[first - 1].Span.End), new Span(t[first].Span.Start, t[last].Span.End),
            quoted ? QuoteType.Mixed : QuoteType.Indirect, new Span(t[k].Span.Start, t[first].Span.End), last);
    }

    // Whether the object of the finite naming word at token k, tokens `first` to `last`, names something as something: "described"
    // takes "as" ("described the crews as tireless"); "called" an object pronoun and a word after it ("called him divisive"), or a
    // quotation after the object's first word ("called the plan “reckless”"), not a bare object ("called an emergency session").
    private static bool Named(TokenizedDocument doc, int k, int first, int last)
    {
        var t = doc.Tokens;
        if (t[k].Lower.StartsWith("describ", StringComparison.Ordinal) || Casting.Contains(t[k].Lower))
        {
            return Enumerable.Range(first + 1, Math.Max(0, last - first)).Any(j => t[j].Lower == "as" && !doc.Quoted[j]);
        }

        return ObjectPronouns.Contains(t[first].Lower) && last > first
            || Enumerable.Range(first + 1, Math.Max(0, last - first)).Any(j => doc.Quoted[j]);
    }

    // The comma or "and" before the participle at token k: token k - 1, or k - 2 when a closing quotation mark follows the comma
    // ("said things “should be done by May,” referring to ..."); -1 when there is none.
    private static int Before(List<Token> t, int k) =>
        t[k - 1].Value is "," or "and" ? k - 1 : QuoteMark(t[k - 1]) && t[k - 2].Value == "," ? k - 2 : -1;

    private static bool QuoteMark(Token token) => token.Value is "“" or "”" or "\"" or "''" or "‘" or "’";

    // The object's first word: a word or an opening quotation mark, not a preposition or particle ("calling for", "calling on"), not the
    // "attention" of "calling attention to".
    private static bool Object(Token token) =>
        !token.IsWord ? QuoteMark(token) : !Lexicon.Prepositions.Contains(token.Lower) && token.Lower is not ("out" or "up" or "off" or "back" or "attention");
}
