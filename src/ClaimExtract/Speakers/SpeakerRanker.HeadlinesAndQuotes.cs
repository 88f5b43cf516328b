using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Rules after the ranker on headlines and quotation marks: a digest's name between a dash and a colon, a headline kicker or a
/// capitalised cue word taken for a name, and a speaker chosen inside a quotation for a cue outside it.
/// </summary>
internal sealed partial class SpeakerRanker
{
    // Words of the mention after an inverted verb of saying ("said pollster Tom Hale Jr.": 4).
    private const int MaxMentionAfterAnInvertedCue = 6;

    /// <summary>
    /// The mention right after an inverted verb of saying is its source, never nobody (branch speakers122): for a cue "said", "says",
    /// "added" or "adds" right after a quotation's closing mark and its comma, question or exclamation mark ("“…,” said pollster Tom
    /// Hale. “…”", "“…,” said the baker, who runs a shop on …"), the ranker's "nobody" gives way to the words after the cue up to a comma,
    /// a full stop, a quotation mark or a preposition (at most six, in the cue's sentence, outside quotation marks), when they hold a
    /// capitalised word or open with "the", "a" or "an". On train such a cue has a source in gold for all 695 matched statements; the
    /// ranker chose nobody for two, both where the statement runs on into a second quotation after the attribution, so that the mention
    /// lay inside the content and was no candidate.
    /// </summary>
    internal static Attribution SubjectAfterAnInvertedCue(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not null || !context.TryChosenCue(chosen, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, cueLast, traits, doc, t) = chosenCue;
        if (cueFirst < 2 || cueFirst != cueLast || cueLast + 1 >= t.Count || t[cueFirst].Value is not ("said" or "says" or "added" or "adds")
            || t[cueFirst - 1].Value is not ("”" or "\"" or "''" or "’") || !(traits.Has(cueFirst - 2, TokenTraits.Comma) || t[cueFirst - 2].Value is "?" or "!"))
        {
            return chosen;
        }

        var sentence = doc.SentenceOf[cueFirst];
        var first = cueLast + 1;
        var last = cueLast;
        var named = t[first].Lower is "the" or "a" or "an";
        while (last + 1 < t.Count && last + 1 - first < MaxMentionAfterAnInvertedCue && traits.Has(last + 1, TokenTraits.Word) && !doc.Quoted[last + 1]
               && doc.SentenceOf[last + 1] == sentence && !traits.Has(last + 1, TokenTraits.Preposition | TokenTraits.By | TokenTraits.Relative | TokenTraits.CueVerb))
        {
            last++;
            named |= t[last].IsCapitalized;
        }

        var ends = last + 1 >= t.Count || traits.Has(last + 1, TokenTraits.Comma) || t[last + 1].Value is "." || doc.SentenceOf[last + 1] != sentence
                   || traits.Has(last + 1, TokenTraits.Preposition | TokenTraits.By | TokenTraits.Relative);
        return last < first || !named || !ends ? chosen : chosen.WithSpeaker(new Span(t[first].Span.Start, t[last].Span.End));
    }

    // Tokens of the name between a dash and the colon before a quotation ("- Mark Blumenthal and Jon Cohen:").
    private const int MaxNameBeforeAColon = 8;

    /// <summary>
    /// The name between a dash and a colon right before a quotation is its source: a digest's line "POLLS WERE NOT WRONG, ONLY EARLY -
    /// Ana Ruiz and Tom Hale: “...”" or "- More from the report: “...”" quotes the name after the dash, not the headline before it,
    /// which the ranker can take for a name in capitals. The content opens right after the colon (over the opening quotation mark),
    /// outside quotation marks; back from the colon, within eight tokens and over no comma, period or quotation mark, stands a dash
    /// ("-", "–", "—"); the words after it (past "More from") up to the colon, a name (capitalised words, "and", "of") or a description
    /// ("the" and lower-case words, no auxiliary, pronoun or preposition), become the speaker unless the one chosen overlaps them.
    /// </summary>
    internal static Attribution NameBetweenADashAndAColon(AfterRankerContext context, Attribution chosen)
    {
        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var colon = doc.IndexAtOrAfter(chosen.Content.Start) - 1;
        while (colon > 0 && traits.Has(colon, TokenTraits.OpeningQuote))
        {
            colon--;
        }

        if (colon < 2 || colon >= t.Count || !traits.Has(colon, TokenTraits.Colon) || doc.Quoted[colon])
        {
            return chosen;
        }

        var dash = colon - 1;
        while (dash > 0 && colon - dash <= MaxNameBeforeAColon && t[dash].Value is not ("-" or "–" or "—"))
        {
            if (traits.Has(dash, TokenTraits.Comma | TokenTraits.Colon | TokenTraits.OpeningQuote) || t[dash].Value is "." or "”" or "\"" or "(" or ")")
            {
                return chosen;
            }

            dash--;
        }

        var first = dash + 1;
        if (t[dash].Value is not ("-" or "–" or "—") || first >= colon)
        {
            return chosen;
        }

        if (t[first].Lower == "more" && first + 2 < colon && t[first + 1].Lower == "from")
        {
            first += 2;
        }

        // A name ("Ana Ruiz and Tom Hale", "Pew Research") or a description after "the" ("the report"), no clause ("Cruz called them on it").
        var description = t[first].Lower == "the";
        for (var k = first; k < colon; k++)
        {
            if (!(t[k].IsCapitalized || t[k].Lower is "and" or "&" or "of" || description && (k == first || char.IsLower(t[k].Value[0])
                                                                              && !traits.Has(k, TokenTraits.Auxiliary | TokenTraits.Pronoun | TokenTraits.Preposition))))
            {
                return chosen;
            }
        }

        var span = new Span(t[first].Span.Start, t[colon - 1].Span.End);
        return chosen.Speaker is { } s && s.Overlaps(span) ? chosen : chosen.WithSpeaker(span);
    }

    // Kicker words that open a headline before a colon ("Wow: Al Sharpton Just Said", "BUSTED: Emails Reveal"): no speaker's name.
    private static readonly System.Collections.Frozen.FrozenSet<string> HeadlineKickers = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["wow", "busted", "look", "watch", "breaking", "exclusive", "video", "update", "shocking", "boom", "alert", "listen", "whoa", "yikes", "ouch",
         "finally", "revealed", "confirmed", "caught", "exposed", "bombshell", "huge", "uh-oh", "oops"],
        StringComparer.OrdinalIgnoreCase);

    // Words of the subject between the kicker's colon and the cue.
    private const int MaxKickerSubject = 5;

    /// <summary>
    /// A headline kicker is no speaker: when the speaker chosen is a lone kicker word opening its line before a colon ("Wow: Al Sharpton
    /// Just Said Something", "BUSTED: Emails Reveal Hillary Aide ..."), the words between the colon and the cue (over adverbs such as
    /// "Just") are the cue's subject and take its place. A label that names a speaker ("BOULDUAN:", "Q:", "Wash Post Fact-Check:") is
    /// no kicker and stays; nothing between the colon and the cue, or a cue in -ed (a headline passive: "Look: Man Spotted"), leaves the
    /// choice.
    /// </summary>
    internal static Attribution SubjectAfterAHeadlineKicker(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var (first, last) = context.SpeakerTokens(speaker);
        if (first >= t.Count || first != last || first + 2 >= cueFirst || t[first + 1].Value != ":" || !HeadlineKickers.Contains(t[first].Value))
        {
            return chosen;
        }

        // A headline's -ed form after a noun is read as a passive ("Look: Man Spotted Behind ..."): its noun is no source.
        if (t[cueFirst].Lower.EndsWith("ed", StringComparison.Ordinal))
        {
            return chosen;
        }

        var text = doc.Document.Text;
        var lineStart = text.LastIndexOf('\n', Math.Max(0, t[first].Span.Start - 1)) + 1;
        if (!string.IsNullOrWhiteSpace(text[lineStart..t[first].Span.Start]) || text.IndexOf('\n', t[first].Span.End, t[cueFirst].Span.Start - t[first].Span.End) >= 0)
        {
            return chosen;
        }

        var end = cueFirst - 1;
        while (end > first + 1 && (traits.Has(end, TokenTraits.Adverb) || IsLyAdverb(t[end].Value) || t[end].Lower is "just" or "also" or "now" or "finally"))
        {
            end--;
        }

        if (end <= first + 1 || end - first - 1 > MaxKickerSubject)
        {
            return chosen;
        }

        for (var j = first + 2; j <= end; j++)
        {
            if (!traits.Has(j, TokenTraits.Word) || doc.Quoted[j])
            {
                return chosen;
            }
        }

        return chosen.WithSpeaker(new Span(t[first + 2].Span.Start, t[end].Span.End));
    }

    /// <summary>
    /// No speaker from inside a quotation for a cue outside it: a speaker chosen within quotation marks (“The dip you see,” said
    /// an aide; “... like we did,” Ana Ruiz said) while the cue stands outside the statement's content (between or after its quoted parts) gives way to the words beside the cue outside the quotation: those after it up to
    /// the sentence's end or a comma ("said an aide."), or, for a cue the sentence's end or a comma follows, those between the closing
    /// quotation mark (and its comma) and the cue ("Ortega said."); at most eight words, else the choice stays.
    /// </summary>
    internal static Attribution SpeakerOutsideTheQuotation(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue || !InAPart(chosen, speaker.Start) || AnyPartOverlaps(chosen, cue))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var (cueFirst, cueLast) = context.CueTokens(cue);
        var (first, _) = context.SpeakerTokens(speaker);
        if (first >= doc.Tokens.Count || !doc.Quoted[first] || cueLast < cueFirst || cueLast >= doc.Tokens.Count)
        {
            return chosen;
        }

        var t = doc.Tokens;
        var sentence = doc.SentenceOf[cueLast];
        Span? replacement = null;
        if (cueLast + 1 < t.Count && !doc.Quoted[cueLast + 1] && !IsQuoteMark(t[cueLast + 1].Value) && !traits.Has(cueLast + 1, TokenTraits.Preposition | TokenTraits.By))
        {
            // The words after the cue up to the end of its sentence, a comma or a quotation mark ("said a person close to the mayor.").
            var k = cueLast + 1;
            while (k < t.Count && k - cueLast <= MaxBesideTheCue && doc.SentenceOf[k] == sentence && !traits.Has(k, TokenTraits.Comma) && !IsQuoteMark(t[k].Value)
                   && t[k].Value != ".")
            {
                k++;
            }

            replacement = k > cueLast + 1 && k - cueLast <= MaxBesideTheCue && (k >= t.Count || doc.SentenceOf[k] != sentence || t[k].Value is "." or ",")
                ? new Span(t[cueLast + 1].Span.Start, t[k - 1].Span.End) : null;
        }
        else if (cueFirst > 0 && cueLast + 1 < t.Count && t[cueLast + 1].Value is "." or ",")
        {
            // The words between the closing quotation mark (and its comma) and the cue ("...,” Ana Ruiz said.").
            var k = cueFirst - 1;
            while (k >= 0 && cueFirst - k <= MaxBesideTheCue && !doc.Quoted[k] && !IsQuoteMark(t[k].Value) && !traits.Has(k, TokenTraits.Comma) && doc.SentenceOf[k] == sentence)
            {
                k--;
            }

            replacement = k >= 0 && k < cueFirst - 1 && IsQuoteMark(t[k].Value) || k >= 1 && k < cueFirst - 1 && traits.Has(k, TokenTraits.Comma) && IsQuoteMark(t[k - 1].Value)
                ? new Span(t[k + 1].Span.Start, t[cueFirst - 1].Span.End) : null;
        }

        return replacement is { } s && !s.Overlaps(speaker) ? chosen.WithSpeaker(BeforeCue(doc.Document.Text, s, chosen.Cue)) : chosen;
    }

    // Words of a speaker written beside a cue between quoted parts.
    private const int MaxBesideTheCue = 8;

    private static bool IsQuoteMark(string value) => value is "“" or "”" or "\"" or "‘" or "’" or "''" or "``";

    // Loops over the parts by index, not Any with a lambda: the lambda's captured cue cost every call an allocation (even one that returned
    // at once), and so did the enumerator and the one-part list that Parts makes for a content in one piece.
    private static bool InAPart(Attribution a, int position)
    {
        for (var i = 0; i < a.PartCount; i++)
        {
            var p = a.PartCount == 1 ? a.FirstPart : a.Parts[i];
            if (p.Start <= position && position < p.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyPartOverlaps(Attribution a, Span span)
    {
        for (var i = 0; i < a.PartCount; i++)
        {
            if ((a.PartCount == 1 ? a.FirstPart : a.Parts[i]).Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// No speaker that begins with its own cue: a speaker span that opens at (or inside) the cue and reaches at least to the cue's end
    /// is the cue word read as a name (a capitalised headline verb or noun: "Ana Ruiz Says We Need ...", "Recall Tad Hale ...").
    /// It gives way to the candidate ending right before the cue (over adverbs: "Ana Ruiz Just Announced"), in the cue's sentence
    /// and outside quotation marks; with none, to no speaker. On train gold's source lies outside that span for 8 of the 9 matched
    /// statements of this shape (docs/quotes.md, "speakers85"); a speaker that ends before the cue, or lies inside it, stays.
    /// </summary>
    internal static Attribution NoSpeakerAtItsOwnCue(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || chosen.Cue is not { } cue || speaker.Start < cue.Start || speaker.Start >= cue.End
            || speaker.End < cue.End)
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var (cueFirst, _) = context.CueTokens(cue);
        if (cueFirst <= 0 || cueFirst >= t.Count)
        {
            return chosen.WithSpeaker(null);
        }

        var sentence = doc.SentenceOf[cueFirst];
        var last = cueFirst - 1;
        while (last > 0 && cueFirst - last <= 2 && (traits.Has(last, TokenTraits.Adverb) || IsLyAdverb(t[last].Value))
               && doc.SentenceOf[last] == sentence)
        {
            last--;
        }

        var found = WidestCandidateEndingIn(context, sentence, last, last);

        return found is { } f
            ? chosen.WithSpeaker(f.Span)
            : chosen.WithSpeaker(null);
    }

    /// <summary>
    /// No speaker for a headline's passive of accusing or judging: a capitalised participle followed at once by its preposition
    /// ("Harbour Board Accused Of Hiding Costs", "Ana Ruiz Slammed For Pier Vote", "Tom Hale Criticized Over Levy"), with the subject
    /// chosen before it in its sentence. The verb needs an object before that preposition when active ("Accuses The Board Of"), so with
    /// none the heading is a passive with its "is" left out, and its subject is the one accused or judged; PolNeAR gives it no source
    /// (two train headings, both without a gold source; docs/quotes.md, speakers121a). <see cref="SubjectOfAPassive"/> reads the lower-case passives ("was accused of") and leaves capitalised
    /// participles, which a heading may use in the active ("Tom Hale Called For A Vote"), to this rule. An agent after "By" is left to
    /// the ranker.
    /// </summary>
    internal static Attribution HeadlinePassiveOfJudging(AfterRankerContext context, Attribution chosen)
    {
        if (!context.TrySpeakerAndCue(chosen, out var speaker, out var chosenCue))
        {
            return chosen;
        }

        var (cueFirst, _, traits, doc, t) = chosenCue;
        var verb = cueFirst;
        if (verb + 1 >= t.Count || !t[verb].IsCapitalized || !JudgingParticiples.TryGetValue(t[verb].Lower, out var prepositions)
            || !t[verb + 1].IsCapitalized || !prepositions.Contains(t[verb + 1].Lower) || doc.Quoted[verb])
        {
            return chosen;
        }

        var (_, last) = context.SpeakerTokens(speaker);
        var sentenceFirst = doc.SentenceFirst[doc.SentenceOf[verb]];
        return last >= sentenceFirst && last < verb ? chosen.WithSpeaker(null) : chosen;
    }

    // Participles of accusing or judging whose active needs an object before the preposition ("accuses the board of"), with that preposition.
    private static readonly System.Collections.Frozen.FrozenDictionary<string, string[]> JudgingParticiples =
        System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(new Dictionary<string, string[]>
        {
            ["accused"] = ["of"], ["charged"] = ["with"], ["blamed"] = ["for"], ["criticized"] = ["for", "over"], ["criticised"] = ["for", "over"],
            ["slammed"] = ["for", "over"], ["blasted"] = ["for", "over"], ["attacked"] = ["for", "over"], ["mocked"] = ["for", "over"],
            ["ridiculed"] = ["for", "over"], ["condemned"] = ["for", "over"], ["praised"] = ["for"], ["sued"] = ["for", "over"],
            ["fined"] = ["for", "over"], ["grilled"] = ["over", "on"],
        }, StringComparer.Ordinal);
}
