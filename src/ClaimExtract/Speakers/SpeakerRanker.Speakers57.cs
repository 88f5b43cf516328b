using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>Rules after the ranker added by branch speakers57 (see docs/quotes.md, "speakers57").</summary>
internal sealed partial class SpeakerRanker
{
    // Verbs whose "it" is an expletive standing for a clause ("it appears that", "it turns out", "it remains to be seen"): no subject.
    private static readonly System.Collections.Frozen.FrozenSet<string> ExpletiveVerbs = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["seem", "seems", "seemed", "appear", "appears", "appeared", "remain", "remains", "remained", "turn", "turns", "turned", "emerge", "emerges",
         "emerged", "look", "looks", "looked", "sound", "sounds", "sounded", "follow", "follows", "followed", "matter", "matters", "mattered",
         "happen", "happens", "happened", "become", "becomes", "became", "feel", "feels", "felt", "make", "makes", "made", "take", "takes", "took"],
        StringComparer.Ordinal);

    // Words after which a pronoun opens a clause of its own: conjunctions and subordinators that do not make the clause reported or
    // embedded by another verb ("and it hopes", "although it does say", "after it announced"), and clause-opening adverbs ("and now it says").
    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["and", "but", "or", "nor", "yet", "so", "although", "though", "after", "before", "because", "while", "when", "since", "once", "until",
         "unless", "as", "that", "now", "then", "still", "also", "instead", "meanwhile", "later", "today", "here", "there"],
        StringComparer.Ordinal);

    /// <summary>
    /// "It" right before the cue, over adverbs and auxiliaries (not over "be"), opening a clause of its own, is the cue's subject and
    /// PolNeAR's source ("and it hopes to reap", "although it does say that", "after it announced a breach", "a race that it says will"):
    /// a speaker chosen elsewhere (the antecedent, an organisation named earlier, a stray word) gives way to it, as
    /// <see cref="PronounBeforeTheCue"/> does for "he", "she", "they", "we" and "I", which leaves "it" and "you" out. The pronoun must open
    /// its clause: the sentence start, a punctuation mark, a conjunction or subordinator, a relative "that" (not after a cue verb), a
    /// clause-opening adverb, or an auxiliary of a question; not the object of a verb or preposition ("made it clear"), not after a form
    /// of "be" ("Nor is it clear"), a cue verb, "what" or "whether", nor an expletive "it" ("it appears", "it turns out"). Not a pronoun
    /// inside the content or a quotation, nor one already chosen. "You" is left out: a statement whose speaker is "you" is dropped
    /// later (on train the transcript questions "Q: Now you're talking about" then lose their match). A capitalised speaker chosen
    /// before the pronoun in its sentence or the one before stays the name the pronoun resolves to (<see cref="Attribution.Referent"/>).
    /// </summary>
    internal static Attribution ItBeforeTheCue(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        if (!IsLowerCaseVerbCue(traits, cueFirst))
        {
            return chosen;
        }

        var k = BeforeAuxiliaries(traits, cueFirst, overBe: false);
        if (k < 0 || doc.Quoted[k] || doc.SentenceOf[k] != doc.SentenceOf[cueFirst] || context.Original.Content.Overlaps(t[k].Span) || speaker.Overlaps(t[k].Span))
        {
            return chosen;
        }

        if (t[k].Lower != "it" || ExpletiveVerbs.Contains(FirstVerbAfter(traits, k, cueFirst)))
        {
            return chosen;
        }

        if (k > 0 && doc.SentenceOf[k - 1] == doc.SentenceOf[k] && traits.Has(k - 1, TokenTraits.Word) && !traits.Has(k - 1, TokenTraits.Colon))
        {
            var before = t[k - 1].Lower;
            // "that" only as a relative after a noun ("a race that it says will"), not as the complementizer of a verb, also past a time
            // ("said that it expects", "showed in 2013 that it responded").
            var complementizer = before == "that" && k > 1 && (traits.Has(k - 2, TokenTraits.CueVerb) || char.IsDigit(t[k - 2].Value[0]) || Lexicon.TimeWords.Contains(t[k - 2].Lower));
            var opens = ClauseOpeners.Contains(before) && !complementizer || traits.Has(k - 1, TokenTraits.Auxiliary) && !IsBe(before) && !traits.Has(k - 1, TokenTraits.Pronoun);
            if (!opens || traits.Has(k - 1, TokenTraits.CueVerb))
            {
                return chosen;
            }
        }

        // The speaker chosen, when it is a capitalised mention ending before the pronoun in its sentence or the one before and is no
        // object of a preposition ("The FBI needs to ... unless it wants"; not "were due to NASA, it said"), is what the pronoun stands
        // for: it stays the name the new speaker resolves to.
        var (first, last) = context.SpeakerTokens(speaker);
        var antecedent = first < t.Count && last < k && doc.SentenceOf[k] - doc.SentenceOf[first] <= 1 && char.IsUpper(t[first].Value[0])
                         && (first == 0 || !traits.Has(first - 1, TokenTraits.Preposition | TokenTraits.By));
        return chosen with { Speaker = t[k].Span, Referent = antecedent ? chosen.Referent ?? speaker : null, InheritedFrom = null };

        // The first word after the pronoun that is no auxiliary or adverb (the verb the pronoun is the subject of).
        static string FirstVerbAfter(TokenTraits traits, int k, int cueFirst)
        {
            var j = k + 1;
            while (j < cueFirst && (traits.Has(j, TokenTraits.Auxiliary | TokenTraits.Adverb) || IsLyAdverb(traits.Doc.Tokens[j].Value) || traits.Doc.Tokens[j].Lower is "not" or "also" or "never"))
            {
                j++;
            }

            return traits.Doc.Tokens[j].Lower;
        }
    }

    // Verbs after which "with" opens what closes or fills the subject's act ("The ad ends with a voice over saying").
    private static readonly System.Collections.Frozen.FrozenSet<string> WithOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["ends", "end", "ended", "begins", "begin", "began", "opens", "open", "opened", "closes", "close", "closed", "starts", "start", "started"],
        StringComparer.Ordinal);

    // Tokens of the noun phrase between "with" and the participle ("one of her ads", "many marchers and spectators").
    private const int MaxWithSubject = 7;

    /// <summary>
    /// The subject of an absolute "with" phrase is the speaker of its -ing cue: in "..., with one of her ads asking, “...”", "..., with
    /// many marchers and spectators chanting", "The ad ends with a voice over saying:" the noun phrase between "with" and the participle
    /// does the saying, and PolNeAR's source is that phrase; a speaker chosen elsewhere (the sentence's subject, a place) gives way to
    /// it. The cue's first word is a lower-case -ing form (over adverbs); the phrase is one to seven words right after "with", no comma,
    /// quotation, relative, "to", cue verb or preposition other than "of" among them; "with" follows a comma or dash, opens the sentence or
    /// follows a verb of ending or opening ("ends with"): not "ran ads with both outlets reminding" (a companion of the subject).
    /// </summary>
    internal static Attribution SubjectOfAnAbsoluteWith(AfterRankerContext context, Attribution chosen)
    {
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
        var v = t[cueFirst].Lower;
        if (!traits.Has(cueFirst, TokenTraits.Word) || !char.IsLower(t[cueFirst].Value[0]) || v.Length <= 4 || !v.EndsWith("ing", StringComparison.Ordinal))
        {
            return chosen;
        }

        var last = cueFirst - 1;
        while (last >= 0 && (IsLyAdverb(t[last].Value) || t[last].Lower is "all" or "also" or "then" or "still"))
        {
            last--;
        }

        var with = last;
        while (with >= 0 && last - with < MaxWithSubject && t[with].Lower != "with")
        {
            with--;
        }

        if (with < 0 || with == last || t[with].Lower != "with" || doc.SentenceOf[with] != doc.SentenceOf[cueFirst])
        {
            return chosen;
        }

        for (var j = with + 1; j <= last; j++)
        {
            if (!traits.Has(j, TokenTraits.Word) || doc.Quoted[j] || traits.Has(j, TokenTraits.Relative | TokenTraits.CueVerb | TokenTraits.By)
                || traits.Has(j, TokenTraits.Preposition) && t[j].Lower != "of" || t[j].Lower is "to" or "that" or "who" or "which")
            {
                return chosen;
            }
        }

        var opens = with == 0 || doc.SentenceOf[with - 1] != doc.SentenceOf[with] || t[with - 1].Value is "," or "—" or "–" or "--" or "-"
                    || WithOpeners.Contains(t[with - 1].Lower);
        var subject = new Span(t[with + 1].Span.Start, t[last].Span.End);
        if (!opens || speaker.Overlaps(subject) || context.Original.Content.Overlaps(subject))
        {
            return chosen;
        }

        return chosen.WithSpeaker(subject);
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
        if (chosen.Speaker is not { } speaker || !context.ChosenCueOutsideQuotes(chosen, out var cueFirst, out _))
        {
            return chosen;
        }

        var traits = context.Traits;
        var doc = traits.Doc;
        var t = doc.Tokens;
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
}
