using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// Criticism told by a light verb and a noun with a preposition, in a stretch no statement holds: "Ana Ruiz [took issue with] [the
/// levy]", "he [took aim at] [the mayor]", "she [took a swipe at] [the council]", "Ruiz [has made no secret of] [her dislike for the
/// plan]", "Ruiz [has been critical of] [the deal]". PolNeAR annotates these as it annotates "criticized" (the phrase the cue, its
/// object the content; docs/quotes.md, "recall63"); the cue tagger knows the words only one by one. The subject and the object are read
/// as <see cref="EndorsementReport"/> reads them. None inside quotation marks, none where a statement's content or cue touches the
/// words. Runs after <see cref="EndorsementReport"/>. Also a verb with its particle on a noun phrase (docs/quotes.md, "recall70"): "Ruiz
/// [points to] [the toll figures]", "she [has focused on] [harbour jobs]", "he [went after] [the mayor]", "they [believe in] [a
/// smaller council]"; there the content runs to the first punctuation, as <see cref="NounReport"/>'s clause content does, relative
/// clauses included ("[points to] [figures that show a deficit]"). Also a light verb with a noun of attitude and its preposition
/// ("she [voiced concerns about] [the levy]", "he [threw his support behind] [Ruiz]") and an adjective of attitude with its
/// preposition, after a copula or alone ("Ruiz [was deeply skeptical of] [the deal]"), with the same clause content (docs/quotes.md,
/// "recall72"); the adjective also after two words of degree ("was so dismissive of") or in an aside after the people it describes
/// ("[Ruiz], while still confident in [the plan], ..."; <see cref="Aside"/>, docs/quotes.md, "recall73").
/// </summary>
internal static class PhraseReport
{
    private static readonly FrozenSet<string> Take = FrozenSet.ToFrozenSet(["take", "takes", "took", "taken", "taking"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Make = FrozenSet.ToFrozenSet(["make", "makes", "made", "making"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(["is", "are", "was", "were", "been", "be"], StringComparer.Ordinal);

    // The nouns of a blow that "take ... at" turns into criticism ("took a swipe at", "took some shots at").
    private static readonly FrozenSet<string> Blows = FrozenSet.ToFrozenSet(
        ["shot", "shots", "swipe", "swipes", "jab", "jabs", "potshot", "potshots", "dig", "digs"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Quantities = FrozenSet.ToFrozenSet(["a", "some", "several", "another", "repeated", "more"], StringComparer.Ordinal);

    // Verbs whose particle makes them a report on a noun phrase ("points to [the figures]", "focused on [the levy]", "called for [a
    // recount]"): each form with the particles that must follow it. Each kept on train where it raised matches (docs/quotes.md,
    // "recall70"; dropped there: "count on", "respond to", "stump for", "warn about", "reflect on", "dwell on", "lash out at",
    // "speak out against", "advocate for"; recall72 added "call out", "spell out", "apologize for" and dropped "play up", "talk up").
    private static readonly FrozenDictionary<string, string[][]> Phrasal = PhrasalForms(
        ("point", "points", "pointed", "pointing", [["to"], ["out"]]),
        ("focus", "focuses", "focused", "focusing", [["on"]]),
        ("call", "calls", "called", "calling", [["for"], ["out"]]),
        ("push", "pushes", "pushed", "pushing", [["for"], ["back", "on"], ["back", "against"]]),
        ("press", "presses", "pressed", "pressing", [["for"]]),
        ("weigh", "weighs", "weighed", "weighing", [["in", "on"]]),
        ("touch", "touches", "touched", "touching", [["on"]]),
        ("talk", "talks", "talked", "talking", [["about"]]),
        ("joke", "jokes", "joked", "joking", [["about"]]),
        ("brag", "brags", "bragged", "bragging", [["about"]]),
        ("boast", "boasts", "boasted", "boasting", [["about"]]),
        ("go", "goes", "went", "going", [["after"]]),
        ("believe", "believes", "believed", "believing", [["in"]]),
        ("agree", "agrees", "agreed", "agreeing", [["with"]]),
        ("refer", "refers", "referred", "referring", [["to"]]),
        ("zero", "zeroes", "zeroed", "zeroing", [["in", "on"]]),
        ("rule", "rules", "ruled", "ruling", [["out"]]),
        ("lay", "lays", "laid", "laying", [["out"]]),
        ("play", "plays", "played", "playing", [["down"]]),
        ("shrug", "shrugs", "shrugged", "shrugging", [["off"]]),
        ("speak", "speaks", "spoke", "speaking", [["about"]]),
        ("vouch", "vouches", "vouched", "vouching", [["for"]]),
        ("campaign", "campaigns", "campaigned", "campaigning", [["for"], ["against"]]),
        ("stand", "stands", "stood", "standing", [["by"]]),
        ("comment", "comments", "commented", "commenting", [["on"]]),
        ("spell", "spells", "spelled", "spelling", [["out"]]),
        ("apologize", "apologizes", "apologized", "apologizing", [["for"]]));

    // Light verbs that with a noun of attitude and its preposition report a stance on a noun phrase ("voiced concerns about [the
    // levy]", "threw her support behind [Ruiz]", "made the case for [a smaller council]"; docs/quotes.md, "recall72").
    private static readonly FrozenSet<string> Voicing = FrozenSet.ToFrozenSet(
        ["express", "expresses", "expressed", "expressing", "voice", "voices", "voiced", "voicing", "raise", "raises", "raised", "raising",
            "throw", "throws", "threw", "thrown", "throwing", "offer", "offers", "offered", "offering", "lend", "lends", "lent", "lending",
            "share", "shares", "shared", "sharing", .. Make], StringComparer.Ordinal);

    // The nouns of attitude after a light verb, each with the prepositions that must follow it.
    private static readonly FrozenDictionary<string, string[]> Attitudes = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["support"] = ["for", "behind", "to"], ["opposition"] = ["to"], ["concern"] = ["about", "over", "for", "regarding"],
        ["concerns"] = ["about", "over", "for", "regarding"], ["doubts"] = ["about", "over"], ["questions"] = ["about", "over"],
        ["case"] = ["for", "against"], ["thoughts"] = ["on", "about"], ["opinion"] = ["on", "about"], ["views"] = ["on", "about"],
        ["praise"] = ["for"], ["skepticism"] = ["about", "over"], ["frustration"] = ["with", "over"], ["reservations"] = ["about"],
        ["objections"] = ["to"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Adjectives of attitude after a copula, each with the prepositions that must follow it ("is upbeat about [the vote]", "were
    // wary of [the deal]"; docs/quotes.md, "recall72"); "critical of" since recall63. The AttitudeAdjectives that list prepositions.
    private static readonly FrozenDictionary<string, string[]> Moods = AttitudeAdjectives.Prepositions.Where(a => a.Value.Length > 0)
        .ToFrozenDictionary(StringComparer.Ordinal);

    // Words of degree that may stand between a copula and its adjective as adverbs do ("so dismissive of", "less pleased by").
    private static bool Modifier(string word) =>
        Lexicon.Adverbs.Contains(word) || Lexicon.EndsLikeAnAdverb(word) || AttitudeAdjectives.Degrees.Contains(word);

    private static FrozenDictionary<string, string[][]> PhrasalForms(params (string, string, string, string, string[][])[] verbs) =>
        verbs.SelectMany(v => new[] { v.Item1, v.Item2, v.Item3, v.Item4 }.Distinct(StringComparer.Ordinal).Select(f => (Form: f, Particles: v.Item5)))
            .ToFrozenDictionary(x => x.Form, x => x.Particles, StringComparer.Ordinal);

    internal static readonly WordTable.HashFilter FirstWords = new([.. Take, .. Voicing, .. Copulas, .. Moods.Keys, .. Phrasal.Keys]);

    /// <summary>Whether the form's lower case can open this rule (asked of the forms whose lower case's hash <see cref="FirstWords"/> may hold; see <see cref="TriggerTokens"/>).</summary>
    internal static bool IsFirstWord(string w) => Take.Contains(w) || Voicing.Contains(w) || Copulas.Contains(w) || Moods.ContainsKey(w) || Phrasal.ContainsKey(w);

    /// <summary>The attributions with a statement added for each criticism phrase found (see the class), in text order.</summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        var t = doc.Tokens;
        List<Attribution>? added = null;
        foreach (var k in TriggerTokens.Of(doc).Tokens(TriggerTokens.Rule.Phrase))
        {
            if (k < 1 || k + 3 >= t.Count || t[k].IsCapitalized || Object(doc, k) is not { } first
                || (EndorsementReport.Find(doc, k, first) ?? Aside(doc, k, first)) is not { } found
                || StanceReport.Touches(attributions, found.Touched) || added is not null && StanceReport.Touches(added, found.Touched))
            {
                continue;
            }

            added ??= [];
            var cueText = string.Join(' ', Enumerable.Range(k, first - k).Select(i => t[i].Lower));
            var content = Phrasal.ContainsKey(t[k].Lower) || Attitudes.ContainsKey(t[first - 2].Lower) || Moods.ContainsKey(t[first - 2].Lower)
                ? NounReport.Clause(doc, first) : found.Content;
            added.Add(new Attribution(content, QuoteType.Indirect, found.Cue, cueText, found.Speaker, null));
        }

        return Attribution.WithAdded(attributions, added);
    }

    /// <summary>
    /// An adjective of attitude at token <paramref name="k"/> in an aside after the people it describes, after a comma or dash and at
    /// most two adverbs or "while": "[Democrats], while still confident in [the outcome], ...", "[voters], disappointed in [the choices]"
    /// (docs/quotes.md, "recall73"); the speaker is the name or the word naming people before the comma, with the names before it.
    /// </summary>
    private static (Span Speaker, Span Cue, Span Content, Span Touched)? Aside(TokenizedDocument doc, int k, int first)
    {
        var t = doc.Tokens;
        var sentenceStart = doc.SentenceStartToken(k);
        if (!Moods.ContainsKey(t[k].Lower) || doc.Quoted[k] || first >= doc.SentenceEndToken(k) || !EndorsementReport.Object(t[first]))
        {
            return null;
        }

        var s = k - 1;
        while (s > sentenceStart && k - s <= EndorsementReport.MaxFillers && (Modifier(t[s].Lower) || t[s].Lower == "while"))
        {
            s--;
        }

        if (s - 1 <= sentenceStart || t[s].Value is not ("," or "—" or "–" or "--") || doc.Quoted[s - 1] || !EndorsementReport.Head(t[s - 1]))
        {
            return null;
        }

        var start = s - 1;
        while (t[s - 1].IsCapitalized && start - 1 >= sentenceStart && EndorsementReport.Name(t, start - 1))
        {
            start--;
        }

        return (new Span(t[start].Span.Start, t[s - 1].Span.End), new Span(t[k].Span.Start, t[first - 1].Span.End), EndorsementReport.ObjectSpan(doc, first),
            new Span(t[start].Span.Start, t[first].Span.End));
    }

    /// <summary>The object's first token when token <paramref name="k"/> opens a criticism phrase, else null.</summary>
    private static int? Object(TokenizedDocument doc, int k)
    {
        var t = doc.Tokens;
        var w = t[k].Lower;
        var n = t.Count;
        if (Take.Contains(w))
        {
            if (t[k + 1].Lower == "issue" && t[k + 2].Lower == "with" || t[k + 1].Lower == "aim" && t[k + 2].Lower == "at")
            {
                return k + 3;
            }

            var j = k + 1;
            if (Quantities.Contains(t[j].Lower))
            {
                j++;
            }

            if (j + 1 < n && !Blows.Contains(t[j].Lower) && t[j].IsWord && !t[j].IsCapitalized)
            {
                j++; // one modifier: "took a parting shot at"
            }

            return j + 1 < n && j > k + 1 && Blows.Contains(t[j].Lower) && t[j + 1].Lower == "at" ? j + 2 : null;
        }

        if (Phrasal.TryGetValue(w, out var particles))
        {
            foreach (var words in particles)
            {
                if (k + words.Length < n && words.Select((p, i) => t[k + 1 + i].Lower == p).All(b => b))
                {
                    return k + 1 + words.Length;
                }
            }

            return null;
        }

        if (Make.Contains(w) && k + 3 < n && t[k + 1].Lower == "no" && t[k + 2].Lower == "secret" && t[k + 3].Lower == "of")
        {
            return k + 4;
        }

        if (Voicing.Contains(w))
        {
            // At most two words between the verb and the noun ("voiced [her] concerns", "threw [his full] support behind").
            for (var j = k + 1; j <= k + 3 && j + 1 < n; j++)
            {
                if (Attitudes.TryGetValue(t[j].Lower, out var after))
                {
                    return after.Contains(t[j + 1].Lower, StringComparer.Ordinal) ? j + 2 : null;
                }

                if (!t[j].IsWord || t[j].IsCapitalized)
                {
                    return null;
                }
            }

            return null;
        }

        // A copula, at most two adverbs, an adjective of attitude and its preposition ("is deeply skeptical of", "were both sharply
        // critical of", "had been so dismissive of").
        var a = k + 1;
        while (!Moods.ContainsKey(w) && a < n && a <= k + 2 && Modifier(t[a].Lower))
        {
            a++;
        }

        a = Moods.ContainsKey(w) ? k : a;
        return a + 1 < n && Moods.TryGetValue(t[a].Lower, out var preps) && preps.Contains(t[a + 1].Lower, StringComparer.Ordinal) ? a + 2 : null;
    }
}
