using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// PolNeAR starts the content of an attribution in a relative clause at its relative pronoun: "a levy, which she said
/// runs the risk of ...", "what past tenants have called a “rigged lottery”" (the content is "which she said runs
/// the risk of ...", the source "he"); a free relative "what" one or two words before the cue starts it too ("what officials
/// described as a gimmick", "what is known as ...": <see cref="FreeRelative"/>). Applied after the speakers are chosen, so the speaker ranker reads the content
/// as it was trained on.
/// </summary>
internal static class RelativeClauseContent
{
    // Relative words whose clause holds the content. "that" is left out: after a cue it is mostly the complementiser of
    // another verb, and moving to it lowered exact F1 on dev ("noted that I had always thought ...").
    private static readonly System.Collections.Frozen.FrozenSet<string> RelativeWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["which", "what", "who", "whom"], StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> SubjectPronouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["he", "she", "they", "i", "we", "it", "you"], StringComparer.Ordinal);

    // Prepositions before a relative "which", "who" or "whom" ("in which he said", "during which", "to whom"): the relative
    // word is then the preposition's object, not the content's subject or object, and PolNeAR starts the content after the
    // cue ("a letter in which she says [she will ...]"; docs/quotes.md, "exact84").
    private static readonly System.Collections.Frozen.FrozenSet<string> PrepositionsBeforeRelative = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["in", "on", "at", "during", "of", "for", "with", "about", "after", "before", "from", "by", "through", "over", "under", "into",
         "within", "amid", "upon", "throughout", "against", "among", "to"], StringComparer.Ordinal);

    // Words allowed between the subject and the cue ("which he has long said", "what she once called").
    private static readonly System.Collections.Frozen.FrozenSet<string> BeforeCue = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["has", "had", "have", "would", "will", "also", "previously", "once", "later", "repeatedly", "often"], StringComparer.Ordinal);

    /// <summary>The attributions, each reported one whose cue follows a relative word and its subject starting at that word.</summary>
    public static List<Attribution> Apply(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        for (var i = 0; i < attributions.Count; i++)
        {
            if ((Start(doc, attributions[i]) ?? FreeRelative(doc, attributions[i])) is { } start)
            {
                var a = attributions[i];
                var content = new Span(start, a.Content.End);
                attributions[i] = a with { Content = content, Parts = [content] };
            }
        }

        return attributions;
    }

    /// <summary>
    /// Where the content of <paramref name="a"/> starts when its cue stands in a relative clause ("which he said"); null when it
    /// does not, and when a preposition stands before "which", "who" or "whom" ("an interview in which he says ..."; on PolNeAR
    /// train gold starts such a content after the cue on 15 of the 19 matched items, at the relative on none: docs/quotes.md, "exact84").
    /// </summary>
    internal static int? Start(TokenizedDocument doc, Attribution a)
    {
        if (a.Type is not (QuoteType.Indirect or QuoteType.Mixed) || a.Cue is not { } cue || a.PartCount != 1 || cue.End > a.Content.Start)
        {
            return null;
        }

        var t = doc.Tokens;
        var c = doc.IndexAtOrAfter(cue.Start);
        var contentFirst = doc.IndexAtOrAfter(a.Content.Start);

        // Only a comma or the complementiser between the cue and the content ("which he said, ...", "what he said that").
        var cueLast = c;
        while (cueLast + 1 < t.Count && t[cueLast + 1].Span.Start < cue.End)
        {
            cueLast++;
        }

        if (contentFirst - cueLast - 1 > 1 || contentFirst - cueLast - 1 == 1 && t[cueLast + 1].Value != "," && t[cueLast + 1].Lower != "that")
        {
            return null;
        }

        var sentenceStart = doc.SentenceStartToken(c);
        var j = c - 1;
        while (j >= sentenceStart && BeforeCue.Contains(t[j].Lower))
        {
            j--;
        }

        // The subject: a pronoun, or one to three capitalised words.
        if (j < sentenceStart || !t[j].IsWord || doc.Quoted[j])
        {
            return null;
        }

        int subjectFirst;
        if (SubjectPronouns.Contains(t[j].Lower))
        {
            subjectFirst = j;
        }
        else if (DeterminerSubject(doc, j, sentenceStart) is { } determiner)
        {
            // "which the campaign says ...", "whom many progressives believed ...": a noun phrase after a determiner.
            subjectFirst = determiner;
        }
        else
        {
            subjectFirst = j;
            while (subjectFirst >= sentenceStart && subjectFirst > j - 3 && IsNameWord(doc, subjectFirst))
            {
                subjectFirst--;
            }

            subjectFirst++;
            if (subjectFirst > j)
            {
                return null;
            }
        }

        var relative = subjectFirst - 1;
        if (relative < sentenceStart || !RelativeWords.Contains(t[relative].Lower) || doc.Quoted[relative])
        {
            return null;
        }

        // "in which he said", "to whom she wrote": the relative is a preposition's object; the content stays after the cue.
        if (t[relative].Lower != "what" && relative - 1 >= sentenceStart && PrepositionsBeforeRelative.Contains(t[relative - 1].Lower))
        {
            return null;
        }

        // The speaker, when there is one, is that subject (or after it), not a word before the relative clause.
        if (a.Speaker is { } speaker && speaker.Start < t[subjectFirst].Span.Start)
        {
            return null;
        }

        return t[relative].Span.Start;
    }

    /// <summary>
    /// Where the content of <paramref name="a"/> starts when its cue follows a free relative "what" with one or two words
    /// between ("what he called ...", "what officials described as ...", "what is known as ...", "what critics have called
    /// ..."): at "what", as PolNeAR starts it ("[what officials described as a gimmick]"). The words between must be words
    /// (no punctuation, none quoted, the first no preposition: "what about ...") in the cue's sentence; the content must follow
    /// the cue with white space, "as", a comma or "that" between at most, and not start with a subject pronoun ("what researchers
    /// say they need": "what" is the object of the content's own verb); the cue must not end in a preposition ("what others are
    /// saying about ..."); a speaker, when there is one, must not stand before "what". On PolNeAR train, 6 spans made exact, none
    /// unmade, no match lost (docs/quotes.md, "content34"). Null when it does not apply.
    /// </summary>
    internal static int? FreeRelative(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (a.Type is not (QuoteType.Indirect or QuoteType.Mixed) || a.Cue is not { } cue || a.PartCount != 1 || cue.End > a.Content.Start)
        {
            return null;
        }

        var t = doc.Tokens;
        var c = doc.IndexAtOrAfter(cue.Start);
        var cueLast = doc.IndexAtOrAfter(cue.End) - 1;
        var contentFirst = doc.IndexAtOrAfter(a.Content.Start);
        if (c >= t.Count || cueLast < c || contentFirst - cueLast - 1 > 1
            || contentFirst - cueLast - 1 == 1 && t[cueLast + 1].Value != "," && t[cueLast + 1].Lower is not ("that" or "as")
            || Lexicon.Prepositions.Contains(t[cueLast].Lower) || contentFirst < t.Count && SubjectPronouns.Contains(t[contentFirst].Lower))
        {
            return null;
        }

        var sentenceStart = doc.SentenceStartToken(c);
        for (var what = c - 2; what >= Math.Max(sentenceStart, c - 3); what--)
        {
            if (t[what].Lower == "what" && !doc.Quoted[what])
            {
                if (Lexicon.Prepositions.Contains(t[what + 1].Lower))
                {
                    return null;
                }

                for (var j = what + 1; j < c; j++)
                {
                    if (!t[j].IsWord || doc.Quoted[j])
                    {
                        return null;
                    }
                }

                return a.Speaker is { } speaker && speaker.Start < t[what].Span.Start ? null : t[what].Span.Start;
            }
        }

        return null;
    }

    /// <summary>
    /// The first token of a subject noun phrase ending at token <paramref name="j"/> that opens with a determiner
    /// (<see cref="SubjectDeterminers"/>) one to three words before it, all words outside quotation marks, right after "which" or
    /// "whom" ("which the campaign says", "which some Republicans want", "whom many progressives believed"); null otherwise. On
    /// PolNeAR train gold starts 8 of the 9 matched contents of that shape at the relative (docs/quotes.md, "exact84").
    /// </summary>
    private static int? DeterminerSubject(TokenizedDocument doc, int j, int sentenceStart)
    {
        var t = doc.Tokens;
        for (var d = j - 1; d >= Math.Max(sentenceStart + 1, j - 3); d--)
        {
            if (!t[d].IsWord || doc.Quoted[d])
            {
                return null;
            }

            if (SubjectDeterminers.Contains(t[d].Lower))
            {
                for (var k = d + 1; k <= j; k++)
                {
                    if (!t[k].IsWord || doc.Quoted[k] || SubjectDeterminers.Contains(t[k].Lower) || BeforeCue.Contains(t[k].Lower))
                    {
                        return null;
                    }
                }

                return t[d - 1].Lower is "which" or "whom" ? d : null;
            }
        }

        return null;
    }

    // Determiners that open a relative clause's subject ("which the campaign says").
    private static readonly System.Collections.Frozen.FrozenSet<string> SubjectDeterminers = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["the", "a", "an", "some", "many", "most", "several", "his", "her", "their", "its", "our", "these", "those", "both", "few"],
        StringComparer.Ordinal);

    // A capitalised word of a name ("Mr.", "O’Neill", "Trump"), an abbreviation's full stop after one.
    private static bool IsNameWord(TokenizedDocument doc, int i)
    {
        var t = doc.Tokens;
        return t[i].IsWord && t[i].IsCapitalized && !doc.Quoted[i]
            || t[i].Value == "." && i > 0 && t[i - 1].IsWord && t[i - 1].IsCapitalized;
    }
}
