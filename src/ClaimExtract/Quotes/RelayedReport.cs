using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The report a relaying statement ("according to", "reported": <see cref="ReportRelay.RelayingCues"/>) holds at the opening of its
/// content: "The Ledger reported that [Ruiz] [said] [the deal was dead]." and "According to the Ledger, Ruiz said the deal was dead."
/// are the Ledger's, and the rules read no statement for Ruiz, whose words they are; a researcher asks for Ruiz's. The relayed
/// statement is added with the clause's subject as speaker (the words from the content's opening: "the harbour board"), the finite verb
/// of saying after it as cue (<see cref="Verbs"/>, past "has", "also": <see cref="Fillers"/>), and the rest of the relaying content as content, read as
/// <see cref="NestedReport.Inner"/> reads a clause's ("said that ..." keeps its "that", "told the pilots that ..." starts at "that").
/// The relaying statement stays as it was, and <see cref="ReportRelay"/>, run next, names its speaker the added statement's reporter.
/// Only a subject opening the content (after its "that"), within <see cref="MaximumSubjectTokens"/> tokens of the verb, with no comma
/// or quotation between: a report deeper inside ("... met for an hour before Ruiz said ...") is not the one relayed. PolNeAR does not
/// annotate these relayed reports apart (docs/quotes.md, "relay109": of 498 train gold attributions with a relaying cue, none holds
/// a gold report of saying at its opening), so each added statement costs precision: kept because the output is for readers, who want
/// Ruiz's statement. Run after the ranker, on the final attributions, just before <see cref="ReportRelay.Apply"/>.
/// </summary>
internal static class RelayedReport
{
    /// <summary>The most tokens from the content's opening (after its "that") to the verb ("Ohio Gov. John Kasich said").</summary>
    public const int MaximumSubjectTokens = 6;

    // The most tokens between a determiner opening the content and the subject's head ("the [harbour] board said").
    private const int MaximumModifiers = 3;

    /// <summary>
    /// Finite verbs of saying that open a relayed report: <see cref="NestedReport.RelativeCues"/> and a few more. Other cue verbs there
    /// report no words ("the State Department issued subpoenas", "Trump posted 5,000 times", train: docs/quotes.md, "relay109").
    /// </summary>
    public static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
        [.. NestedReport.RelativeCues, "told", "tells", "stated", "claimed", "revealed"], StringComparer.Ordinal);

    // Words that may stand between the subject and its verb ("Ruiz has said", "Ruiz also told"); a negation or a modal may not.
    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(["has", "have", "had", "also", "later", "earlier"], StringComparer.Ordinal);

    // Words that cannot be a modifier between a determiner and the subject's head: they open a phrase or clause of their own.
    private static readonly FrozenSet<string> NotModifiers = FrozenSet.ToFrozenSet(
        ["of", "for", "in", "on", "at", "by", "with", "before", "after", "while", "when", "and", "but", "or", "that", "who", "which", "as", "if"],
        StringComparer.Ordinal);

    /// <summary>The attributions with the relayed statement added after each relaying one whose content opens with a report (see the class).</summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        List<Attribution>? added = null;
        foreach (var a in attributions)
        {
            if (a.Speaker is not { } source || a.CueText is null || !ReportRelay.RelayingCues.Contains(a.CueText) || Find(doc, a) is not { } inner
                || source.Overlaps(inner.Speaker) || NestedReport.Held(attributions, inner.Cue) || added is not null && NestedReport.Held(added, inner.Cue))
            {
                continue;
            }

            (added ??= []).Add(a with
            {
                Content = inner.Content, Type = inner.Type, Cue = inner.Cue, CueText = inner.CueText, CueVerb = null, Addressee = null,
                Absorbs = null, TaggerScore = null, CueAfterQuotation = null, Parts = [inner.Content],
                Speaker = inner.Speaker, Referent = null, Conjuncts = null, InheritedFrom = null, ReportedBy = null,
            });
        }

        return Attribution.WithAdded(attributions, added);
    }

    /// <summary>The report opening <paramref name="relaying"/>'s content (see the class): its speaker, cue and content; null when there is none.</summary>
    internal static (Span Speaker, Span Cue, string CueText, Span Content, QuoteType Type)? Find(TokenizedDocument doc, Attribution relaying)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(relaying);
        var t = doc.Tokens;
        var end = relaying.Content.End;
        var o = doc.IndexAtOrAfter(relaying.Content.Start);
        if (o < t.Count && t[o].Lower == "that")
        {
            o++;
        }

        // Not right after a quotation: "“...?” Marel said at a public forum, according to the Ledger" relays the quotation's own
        // report; one closed by a full stop ends a sentence of its own ("... harbour.” Vermont Gov. Ben Vale said ...").
        if (o < 2 || o >= t.Count || t[o].Span.Start >= end || !t[o].IsWord || doc.Quoted[o]
            || t[o - 1].Value is "”" or "\"" or "’" or "''" && t[o - 2].Value != ".")
        {
            return null;
        }

        // The first word that may open a report decides: the subject before it must open the content.
        for (var k = o + 1; k < t.Count && k - o <= MaximumSubjectTokens && t[k].Span.End <= end && t[k].IsWord && !doc.Quoted[k]; k++)
        {
            if (!NestedReport.MayOpen(t[k].Value, t[k].Lower))
            {
                continue;
            }

            // "All told, super PACs spent ...": a verb set off by a comma reports nothing.
            if (!Verbs.Contains(t[k].Value) || k + 1 < t.Count && t[k + 1].Value == ",")
            {
                return null;
            }

            // A subject as the stances read it ("Ruiz", "Ana Ruiz", "he", "officials"), else a determiner's phrase ("the harbour board").
            var subject = StanceReport.SubjectBefore(doc, k) is (var read, _) ? read : Phrase(doc, o, k);
            if (subject is null || !Opens(doc, o, subject.Value, k))
            {
                return null;
            }

            var speaker = new Span(t[o].Span.Start, subject.Value.End);
            return NestedReport.Inner(doc, k, end, speaker) is { Form: NestedReport.Form.Clause } inner && !ReportRelay.RelayingCues.Contains(inner.CueText)
                ? (speaker, inner.Cue, inner.CueText, inner.Content, inner.Type)
                : null;
        }

        return null;
    }

    // Whether the subject (of the verb at token k) opens the content at token o: it starts there, or after a determiner there and at
    // most MaximumModifiers words that open no phrase of their own ("the harbour board"); only Fillers between it and the verb.
    private static bool Opens(TokenizedDocument doc, int o, Span subject, int k)
    {
        var t = doc.Tokens;
        var first = doc.IndexAtOrAfter(subject.Start);
        var last = doc.IndexAtOrAfter(subject.End) - 1;
        if (first < o || last >= k)
        {
            return false;
        }

        for (var j = last + 1; j < k; j++)
        {
            if (!Fillers.Contains(t[j].Lower))
            {
                return false;
            }
        }

        if (first == o)
        {
            return true;
        }

        if (t[o].Lower is not ("the" or "a" or "an"))
        {
            return false;
        }

        return Modifiers(t, o + 1, first);
    }

    // The phrase from a determiner at token o to the word before the verb at token k (Fillers left out): "the harbour board", "The
    // president"; null when o is no determiner or the words between are no modifiers.
    private static Span? Phrase(TokenizedDocument doc, int o, int k)
    {
        var t = doc.Tokens;
        var head = k - 1;
        while (head > o && Fillers.Contains(t[head].Lower))
        {
            head--;
        }

        return head > o && t[o].Lower is "the" or "a" or "an" && Modifiers(t, o + 1, head + 1) ? new Span(t[o].Span.Start, t[head].Span.End) : null;
    }

    // Whether tokens from..to-1 (at most MaximumModifiers) may stand between a determiner and a noun: words opening no phrase or clause
    // of their own, no past form.
    private static bool Modifiers(List<Token> t, int from, int to)
    {
        if (to - from > MaximumModifiers)
        {
            return false;
        }

        for (var j = from; j < to; j++)
        {
            if (!t[j].IsWord || NotModifiers.Contains(t[j].Lower) || t[j].Lower.EndsWith("ed", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
