using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// Endorsement and opposition with a noun phrase for its content, in a stretch no statement holds: "Rubio [opposes] [abortion]",
/// "voters who [favor] [the levy]", "a group [backing] [Ana Ruiz]", "Most members [would vote for] [Lena Marsh]". PolNeAR annotates
/// these as stances (docs/quotes.md, "recall42"); <see cref="StanceReport"/> reads the same verbs only before a clause or a determiner.
/// The subject is a personal pronoun or "who", a run of capitalised words, or a word naming people by number or kind, right before
/// the verb (at most two auxiliaries or adverbs between); not "which" or "that" (on train their speakers were right 5 of 9). Before a
/// participle ("groups backing ...") the subject is the word right before it. The content is the object: from the word after the
/// verb (after "for" of "vote for") to the first punctuation, subordinating word or auxiliary in the sentence. None inside quotation
/// marks, none where a statement's content or cue touches the words. Runs after <see cref="StanceReport"/>.
/// </summary>
internal static class EndorsementReport
{
    /// <summary>
    /// Verbs of endorsing and opposing, finite or a participle after its subject; "vote" / "voted" only with "for". A capitalised one
    /// counts only in a headline in title case ("Rubio Endorses Ted Cruz"); in a sentence with lower-case words it is a word of a name
    /// ("the Human Spaceflight Support Systems contract", seen on the Zyte pages).
    /// </summary>
    public static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
        ["support", "supports", "supported", "supporting", "oppose", "opposes", "opposed", "opposing", "backs", "backed", "backing",
         "favor", "favors", "favored", "favoring", "endorse", "endorses", "endorsed", "endorsing", "vote", "voted",
         "criticizes", "criticized", "criticizing", "attacked", "attacking"],
        StringComparer.Ordinal);

    // The verbs by hash (WordTable.HashFilter): each form of an article is asked once, most without a look-up.
    internal static readonly WordTable.HashFilter VerbWords = new(Verbs);

    /// <summary>Whether the form as written can open this rule (asked of the forms whose lower case's hash <see cref="VerbWords"/> may hold; see <see cref="TriggerTokens"/>).</summary>
    internal static bool IsVerb(string w) => Verbs.Contains(w) || Verbs.Contains(w.ToLowerInvariant());

    // Words that end the object: a subordinating word or a relative after it.
    private static readonly FrozenSet<string> Ends = FrozenSet.ToFrozenSet(
        ["because", "while", "but", "although", "though", "since", "when", "after", "before", "who", "which", "whom", "whose", "if", "unless",
         "until", "despite"],
        StringComparer.Ordinal);

    /// <summary>The most auxiliaries and adverbs (<see cref="Lexicon.Adverbs"/>, -ly words) between the subject and the verb.</summary>
    public const int MaxFillers = 2;

    /// <summary>The attributions with a statement added for each endorsement or opposition found (see the class), in text order.</summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        List<Attribution>? added = null;
        foreach (var k in TriggerTokens.Of(doc).Tokens(TriggerTokens.Rule.Endorsement))
        {
            if (k < 1 || k + 1 >= t.Count || t[k].IsCapitalized && !InTitleCase(doc, k) || Find(doc, k) is not { } found
                || StanceReport.Touches(attributions, found.Touched))
            {
                continue;
            }

            added ??= [];
            var cueText = t[k].Lower is "vote" or "voted" ? t[k].Lower + " for" : t[k].Lower;
            added.Add(new Attribution(found.Content, QuoteType.Indirect, found.Cue, cueText, found.Speaker, null));
        }

        return Attribution.WithAdded(attributions, added);
    }

    /// <summary>Whether token <paramref name="k"/>'s sentence is a headline in title case: no lower-case word of four letters or more.</summary>
    private static bool InTitleCase(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        for (var i = doc.SentenceStartToken(k); i < doc.SentenceEndToken(k); i++)
        {
            if (t[i].IsWord && t[i].Value.Length >= 4 && char.IsLower(t[i].Value[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The endorsement or opposition whose verb is token <paramref name="k"/>: its subject, cue, content, and the stretch from the subject to the object's first word; null when the form does not fit.</summary>
    internal static (Span Speaker, Span Cue, Span Content, Span Touched)? Find(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var first = k + 1;
        if (t[k].Lower is "vote" or "voted")
        {
            if (t[first].Lower != "for")
            {
                return null;
            }

            first++;
        }

        return Find(doc, k, first);
    }

    /// <summary>
    /// The report whose cue runs from token <paramref name="k"/> to the token before <paramref name="first"/>, the object's first
    /// word (also read by <see cref="PhraseReport"/>): its subject, cue, content, and the stretch from the subject to the object's
    /// first word; null when the form does not fit.
    /// </summary>
    internal static (Span Speaker, Span Cue, Span Content, Span Touched)? Find(TokenizedDocument doc, int k, int first)
    {
        var t = doc.Tokens;
        var sentenceStart = doc.SentenceStartToken(k);
        var sentenceEnd = doc.SentenceEndToken(k);
        if (doc.Quoted[k] || first >= sentenceEnd || !Object(t[first]) || k - 1 < sentenceStart)
        {
            return null;
        }

        var s = k - 1;
        var participle = t[k].Lower.EndsWith("ing", StringComparison.Ordinal);
        while (s > sentenceStart && k - s <= MaxFillers && (Lexicon.Adverbs.Contains(t[s].Lower) || Lexicon.EndsLikeAnAdverb(t[s].Lower)))
        {
            s--;
        }

        if (t[s].Value == "," && s < k - 1 && Apposed(doc, s) is { } named)
        {
            return (named, new Span(t[k].Span.Start, t[first - 1].Span.End), ObjectSpan(doc, first), new Span(named.Start, t[first].Span.End));
        }

        if (participle && s == k - 1 ? !Head(t[s]) : (!Subject(t[s]) || s > sentenceStart && StanceReport.NotAsserted.Contains(t[s - 1].Lower)))
        {
            return null;
        }

        var start = s;
        while (t[s].IsCapitalized && start - 1 >= sentenceStart && Name(t, start - 1))
        {
            start--;
        }

        var content = ObjectSpan(doc, first);
        return (new Span(t[start].Span.Start, t[s].Span.End), new Span(t[k].Span.Start, t[first - 1].Span.End), content,
            new Span(t[start].Span.Start, t[first].Span.End));
    }

    /// <summary>The most tokens of an apposition between a subject's name and its verb ("Dottie Deans, the chairwoman of ..., is backing").</summary>
    public const int MaxApposition = 30;

    /// <summary>The most words of the name before an apposition.</summary>
    public const int MaxNameWords = 6;

    /// <summary>
    /// The name a subject's apposition follows when the verb's auxiliary comes after the comma at token <paramref name="comma"/>:
    /// "[Dottie Vance], the chair of the county party, is backing ...", "[Rep. Ana Ruiz], who sits on the panel, will support ..."
    /// (docs/quotes.md, "cues57"). The name opens its sentence (after "But" or "And"), is capitalised words only and ends at a comma;
    /// at most <see cref="MaxApposition"/> tokens follow it before the comma, none quoted, none a verb of saying. Null otherwise.
    /// </summary>
    private static Span? Apposed(TokenizedDocument doc, int comma)
    {
        var t = doc.Tokens;
        var p = doc.SentenceStartToken(comma);
        while (p < comma && (!t[p].IsWord || t[p].Lower is "but" or "and"))
        {
            p++;
        }

        var e = p;
        while (e < comma && t[e].Value != "," && e - p < MaxNameWords && (Name(t, e) || t[e].Value == "."))
        {
            e++;
        }

        if (e == p || e >= comma || t[e].Value != "," || comma - e > MaxApposition || !Name(t, e - 1))
        {
            return null;
        }

        for (var j = e; j <= comma; j++)
        {
            if (doc.Quoted[j] || Lexicon.CueVerbs.ContainsKey(t[j].Lower))
            {
                return null;
            }
        }

        return new Span(t[p].Span.Start, t[e - 1].Span.End);
    }

    /// <summary>
    /// An object noun phrase that starts at token <paramref name="first"/>: to the first punctuation, subordinating word or relative
    /// ("because", "who", ...) or auxiliary in its sentence (also read by <see cref="NounReport"/>).
    /// </summary>
    internal static Span ObjectSpan(TokenizedDocument doc, int first)
    {
        var t = doc.Tokens;
        var sentenceEnd = doc.SentenceEndToken(first);
        var last = first;
        while (last + 1 < sentenceEnd && t[last + 1].IsWord && !Ends.Contains(t[last + 1].Lower) && !Lexicon.Auxiliaries.Contains(t[last + 1].Lower))
        {
            last++;
        }

        return new Span(t[first].Span.Start, t[last].Span.End);
    }

    // The object's first word: a word, not a preposition, auxiliary, adverb, particle or subordinating word ("backed away", "supported
    // by"), not a number or "among" / "against" / "amid" after the noun ("41 percent support among ..."), not "that" (StanceReport's).
    internal static bool Object(Token token) =>
        token.IsWord && !Lexicon.Prepositions.Contains(token.Lower) && !Lexicon.Adverbs.Contains(token.Lower) && !Ends.Contains(token.Lower)
        && !Lexicon.EndsLikeAnAdverb(token.Lower) && !char.IsDigit(token.Value[0])
        && token.Lower is not ("that" or "among" or "against" or "amid" or "out" or "up" or "off" or "down" or "back" or "away");

    // A finite verb's subject: a personal pronoun or "who", a name, or a word naming people by number or kind.
    private static bool Subject(Token token) =>
        token.IsWord && (Lexicon.PersonPronouns.Contains(token.Lower) || Name(token) || People(token));

    // A participle's subject: a name, a word naming people, or "those" ("groups backing ...", "those supporting ...").
    internal static bool Head(Token token) => token.IsWord && (token.Lower == "those" || Name(token) || People(token));

    // A lower-case word naming people ("percent", "voters", "majority"; "group" of "an outside group backing ..."); capitalised ones are names.
    private static bool People(Token token) => !token.IsCapitalized && (Lexicon.IsGroupNoun(token.Lower) || token.Lower is "groups" or "group");

    internal static bool Name(Token token) => token.IsCapitalized && !Lexicon.NotNames.Contains(token.Lower) && !Speakers.EntityIndex.EndsPossessive(token.Value);

    /// <summary>
    /// A capitalised word that may name the subject where it stands, not a possessive ("Obama's plan to ...", where "plan" is a noun): a
    /// word of <see cref="Lexicon.NotNames"/> only inside a name ("New York", "Theresa May"; <see cref="Lexicon.IsNotNameAt"/>).
    /// </summary>
    internal static bool Name(List<Token> t, int j) =>
        t[j].IsCapitalized && !Lexicon.IsNotNameAt(t, j) && !Speakers.EntityIndex.EndsPossessive(t[j].Value);
}
