using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A second report of the same speaker inside a statement's content, after its cue: "“...,” Lee said, [adding [that ...]]", "said
/// Ana Ruiz, a farmer, [who said [she ...]]", "..., he told the panel [when asked about [the levy]]". The rules and the tagger take
/// one cue per stretch, so the first statement's content runs over the second cue and its words, and PolNeAR annotates the second
/// report apart: on train (branch recall38) most of the missed gold attributions whose cue is a verb of saying lie inside another
/// statement's content, and these three forms are the ones where a second statement is mostly right (other inner speech verbs,
/// mostly inside quotations, match a gold attribution less than one time in ten). A fourth form (docs/quotes.md, "recall49"): a
/// clause of its own after a comma or semicolon ("..., Lena Marsh said ..."), with its own subject as speaker, which also ends the
/// outer content before the comma. The added statement takes the words after the
/// inner cue (a comma or colon skipped) to the end of the outer content, and the outer statement's speaker; the outer statement is
/// otherwise left as it is (its content still takes its own gold; cutting it lost more than it gained). Run after the learned models, which
/// never see these statements.
/// </summary>
internal static class NestedReport
{
    /// <summary>Participles that, after a comma, add a report of the clause's speaker ("..., adding that ...").</summary>
    public static readonly FrozenSet<string> Participles = FrozenSet.ToFrozenSet(
        ["adding", "noting", "explaining", "suggesting", "arguing", "insisting", "stressing", "acknowledging", "warning",
         "citing", "calling", "asking", "comparing", "accusing", "urging", "praising", "blaming", "describing", "criticizing"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Finite verbs of saying that, after ", who", report the speaker just named ("..., who said ...").</summary>
    public static readonly FrozenSet<string> RelativeCues = FrozenSet.ToFrozenSet(
        ["said", "says", "added", "noted", "explained", "suggested", "argued", "insisted", "stressed", "acknowledged", "declared",
         "wrote", "announced", "contended", "maintained", "warned"],
        StringComparer.OrdinalIgnoreCase);

    // Words that may stand between "who" and its cue: "who also said", "who has said".
    private static readonly FrozenSet<string> RelativeFillers = FrozenSet.ToFrozenSet(["also", "has", "had", "later"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The most words of an addressee between "told" and its "that" in a clause of its own.</summary>
    public const int MaxAddressee = 4;

    /// <summary>The fewest words of an added content.</summary>
    public const int MinimumWords = 2;

    /// <summary>The attributions with a statement added for each second report found inside one's content (see the class), in text order.</summary>
    public static List<Attribution> Add(TokenizedDocument doc, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(attributions);
        List<Attribution>? added = null;
        List<Attribution>? emptied = null;
        var t = doc.Tokens;
        var triggers = TriggerTokens.Of(doc);
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (AfterSpeaker(doc, a) is { } relative && !Held(attributions, relative.Cue) && (added is null || !Held(added, relative.Cue)))
            {
                (added ??= []).Add(a with
                {
                    Content = relative.Content, Type = relative.Type, Cue = relative.Cue, CueText = relative.CueText, CueVerb = null, Addressee = null,
                    Absorbs = null, TaggerScore = null, CueAfterQuotation = null, Parts = [relative.Content],
                    Speaker = relative.Relative, Referent = a.Referent ?? a.Speaker, Conjuncts = null, InheritedFrom = null,
                });
            }

            if (a.Cue is not { } cue || cue.End > a.Content.End)
            {
                continue;
            }

            var from = Math.Max(cue.End, a.Content.Start);
            for (var k = doc.IndexAtOrAfter(from); k < t.Count && t[k].Span.End <= a.Content.End; k++)
            {
                // Inner's word test by form first (TriggerTokens): most tokens of a content open no report.
                if (!triggers.Opens(k, TriggerTokens.Rule.Nested) || Inner(doc, k, a.Content.End) is not { } inner || Held(attributions, inner.Cue) || added is not null && Held(added, inner.Cue))
                {
                    continue;
                }

                // A clause of its own ends the outer content at its comma (PolNeAR annotates the two reports apart), and the outer statement
                // when nothing of it is left; none where the comma closes a third report ("claims that, Vale noted, Ruiz said ...") or
                // stands before the outer cue.
                var clauseEnd = -1;
                if (inner.Form == Form.Clause)
                {
                    var comma = doc.IndexAtOrAfter(inner.Relative.Start) - 1;
                    if (ClauseJoiners.Contains(t[comma].Lower))
                    {
                        // "According to ProPublica, Clinton praised ..., and she asked ...": the source reports both clauses.
                        if (a.CueText == "according to")
                        {
                            continue;
                        }

                        comma--;
                    }

                    if (comma < 1 || t[comma].Span.Start < a.Content.Start || t[comma].Span.Start < cue.End || CueEndsAt(attributions, t[comma - 1].Span.End, t[comma].Span.Start == a.Content.Start ? a : null))
                    {
                        continue;
                    }

                    clauseEnd = comma;
                }

                var nested = a with
                {
                    Content = inner.Content, Type = inner.Type, Cue = inner.Cue, CueText = inner.CueText, CueVerb = null, Addressee = null,
                    Absorbs = null, TaggerScore = null, CueAfterQuotation = null, Parts = [inner.Content],
                };
                added ??= [];
                added.Add(inner.Form switch
                {
                    // PolNeAR's source of a cue in a relative clause is the pronoun, whose name is the noun it follows (the outer
                    // speaker when it stands just before: "said Ana Ruiz, a farmer, who said"); see SpeakerRanker.InRelativeClause.
                    Form.Relative => nested with
                    {
                        Speaker = inner.Relative, Conjuncts = null, InheritedFrom = null,
                        Referent = a.Speaker is { } s && Antecedent(doc, s, inner.Relative) ? a.Referent ?? s : null,
                    },

                    // "..., Lee said ...": the clause's own subject (its name resolved by the resolver as any speaker's).
                    Form.Clause => nested with { Speaker = inner.Relative, Referent = null, Conjuncts = null, InheritedFrom = null },

                    // "when asked": the one asking is not named (PolNeAR leaves the source empty), and is not the outer speaker.
                    Form.Asked => nested with { Speaker = null, Referent = null, Conjuncts = null, InheritedFrom = null },
                    _ => nested,
                });
                if (clauseEnd >= 0)
                {
                    var last = clauseEnd - 1;
                    while (last >= 0 && !t[last].IsWord && t[last].Span.Start >= a.Content.Start)
                    {
                        last--;
                    }

                    if (last < 0 || t[last].Span.Start < a.Content.Start)
                    {
                        (emptied ??= []).Add(a);
                    }
                    else
                    {
                        var content = new Span(a.Content.Start, t[last].Span.End);
                        attributions[i] = a with { Content = content, Parts = Clipped(a.Parts, content) };
                    }

                    // The words after the clause's subject are its own: a later "adding ..." reports them, not the outer speaker.
                    break;
                }

                k = doc.IndexAtOrAfter(inner.Content.Start);
            }
        }

        if (emptied is not null)
        {
            attributions.RemoveAll(a => emptied.Exists(e => ReferenceEquals(e, a)));
        }

        // Stable: an added statement goes after those that start where it starts, the list stays in text order (by content start).
        return Attribution.WithAdded(attributions, added);
    }

    /// <summary>Whether <see cref="Inner"/> can open on a token of this form: one of its participles or relative cues, a cue verb, or "asked".</summary>
    internal static bool MayOpen(string value, string lower) =>
        Participles.Contains(value) || RelativeCues.Contains(value) || Lexicon.CueVerbs.ContainsKey(lower) || lower == "asked";

    /// <summary>
    /// The second report whose cue starts at token <paramref name="k"/>, with its content up to <paramref name="end"/>; null when none does.
    /// A <paramref name="subject"/> the caller read before the verb stands for <see cref="ClauseSubject"/> (a clause opening a relaying
    /// content after its "that": <see cref="RelayedReport"/>).
    /// </summary>
    internal static (Span Cue, string CueText, Span Content, QuoteType Type, Form Form, Span Relative)? Inner(TokenizedDocument doc, int k, int end, Span? subject = null)
    {
        var t = doc.Tokens;
        if (k < 2 || doc.Quoted[k] || !t[k].IsWord)
        {
            return null;
        }

        var cueLast = k;
        var form = Form.Participle;
        var relative = default(Span);
        if (Participles.Contains(t[k].Value))
        {
            if (t[k - 1].Value != ",")
            {
                return null;
            }
        }
        else if (RelativeCues.Contains(t[k].Value))
        {
            var w = k - 1;
            while (w > 0 && RelativeFillers.Contains(t[w].Value) && w > k - 3)
            {
                w--;
            }

            if (w >= 1 && t[w].Lower == "who" && t[w - 1].Value == ",")
            {
                form = Form.Relative;
                relative = t[w].Span;
            }
            else if ((subject ?? ClauseSubject(doc, k)) is { } clause)
            {
                form = Form.Clause;
                relative = clause;
            }
            else
            {
                return null;
            }
        }
        else if (Lexicon.CueVerbs.ContainsKey(t[k].Lower) && !t[k].Lower.EndsWith("ing", StringComparison.Ordinal)
            && (t[k].Lower.EndsWith("ed", StringComparison.Ordinal) || t[k].Lower is "told" or "wrote" or "said" or "says" or "tells" or "writes")
            && !(t[k].Lower == "asked" && t[k - 1].Lower == "when") && (subject ?? ClauseSubject(doc, k)) is { } clauseSubject)
        {
            form = Form.Clause;
            relative = clauseSubject;
        }
        else if (t[k].Lower == "asked" && t[k - 1].Lower == "when")
        {
            form = Form.Asked;
            if (k + 1 < t.Count && t[k + 1].Lower == "about")
            {
                cueLast = k + 1;
            }
            else if (k + 1 < t.Count && t[k + 1].Lower == "to")
            {
                // "when asked to leave the car": a request to act, no question reported.
                return null;
            }
        }
        else
        {
            return null;
        }

        // The content: after the cue (and a comma or colon right after it) to the end of the outer content, words of the cue's sentence first.
        var first = cueLast + 1;
        if (first < t.Count && t[first].Value is "," or ":")
        {
            first++;
        }

        // "..., Lee told the council that ...": the addressee is not the content (PolNeAR starts it at "that").
        if (form == Form.Clause && t[k].Lower is "told" or "tells")
        {
            for (var j = first; j < t.Count && j <= first + MaxAddressee && t[j].IsWord && !doc.Quoted[j]; j++)
            {
                if (t[j].Lower == "that")
                {
                    first = j;
                    break;
                }
            }
        }

        if (first >= t.Count || t[first].Span.Start >= end || doc.SentenceOf[first] != doc.SentenceOf[k] || !t[first].IsWord && !IsQuotationMark(t[first].Value))
        {
            return null;
        }

        // Enough words in the cue's own sentence ("..., she said when asked. “...”" has none).
        var words = 0;
        var quoted = false;
        for (var j = first; j < t.Count && t[j].Span.End <= end; j++)
        {
            words += t[j].IsWord && doc.SentenceOf[j] == doc.SentenceOf[k] ? 1 : 0;
            quoted |= doc.Quoted[j];
        }

        if (words < MinimumWords)
        {
            return null;
        }

        var cueSpan = new Span(t[k].Span.Start, t[cueLast].Span.End);
        var text = doc.Document.Text;
        return (cueSpan, text.Substring(cueSpan.Start, cueSpan.Length).ToLowerInvariant(), new Span(t[first].Span.Start, end), quoted ? QuoteType.Mixed : QuoteType.Indirect, form, relative);
    }

    /// <summary>
    /// The report of a relative clause right after a statement's speaker that follows its content (recall54): "“...,” said Ana Ruiz,
    /// a farmer, [who] [added] [that the levy stays].", its content from after the cue to the sentence's end (a closing quotation mark
    /// kept, other closing punctuation left out). Null when the speaker does not follow the content, when more than
    /// <see cref="MaxAntecedentGap"/> tokens (or a quotation, or another sentence) stand between the speaker and ", who", or when the
    /// verb is not one of <see cref="RelativeCues"/>.
    /// </summary>
    internal static (Span Cue, string CueText, Span Content, QuoteType Type, Form Form, Span Relative)? AfterSpeaker(TokenizedDocument doc, Attribution a)
    {
        if (a.Speaker is not { } speaker || a.Cue is not { } outerCue || speaker.Start < a.Content.End || outerCue.Start < a.Content.End)
        {
            return null;
        }

        var t = doc.Tokens;
        var last = doc.IndexAtOrAfter(speaker.End) - 1;
        if (last < 0 || last + 2 >= t.Count)
        {
            return null;
        }

        for (var w = last + 1; w < t.Count && w - last <= MaxAntecedentGap && doc.SentenceOf[w] == doc.SentenceOf[last] && !doc.Quoted[w]; w++)
        {
            if (t[w].Lower != "who")
            {
                continue;
            }

            if (t[w - 1].Value != ",")
            {
                return null;
            }

            var k = w + 1;
            while (k < t.Count && k - w <= 2 && RelativeFillers.Contains(t[k].Value))
            {
                k++;
            }

            if (k >= t.Count || !RelativeCues.Contains(t[k].Value))
            {
                return null;
            }

            var end = doc.SentenceEndToken(k) - 1;
            while (end > k && !t[end].IsWord && !IsClosingQuotationMark(t[end].Value))
            {
                end--;
            }

            return end > k && Inner(doc, k, t[end].Span.End) is { Form: Form.Relative } inner ? inner : null;
        }

        return null;
    }

    private static bool IsClosingQuotationMark(string value) => value is "”" or "\"" or "’" or "'" or "»";

    /// <summary>The forms of a second report.</summary>
    internal enum Form
    {
        /// <summary>"..., adding that ...": the outer speaker's.</summary>
        Participle,

        /// <summary>"..., who said ...": the relative pronoun's.</summary>
        Relative,

        /// <summary>"..., Lee said ...", "...; she added ...": a report of its own after a comma or semicolon, the subject's.</summary>
        Clause,

        /// <summary>"... when asked about ...": no speaker.</summary>
        Asked,
    }

    /// <summary>
    /// The subject of a finite verb of saying at token <paramref name="k"/> that opens a clause of its own after a comma or semicolon
    /// ("While the levy passed, [Lee] said ...", "...; [she] added ...", "..., [the mayor's aides] noted, ..."): a pronoun, a name or a word naming
    /// people as <see cref="StanceReport.SubjectBefore"/> reads it, not "who" (<see cref="Form.Relative"/>); null otherwise.
    /// </summary>
    internal static Span? ClauseSubject(TokenizedDocument doc, int k)
    {
        if (StanceReport.SubjectBefore(doc, k) is not ({ } subject, _) || doc.Tokens[doc.IndexAtOrAfter(subject.Start)].Lower == "who")
        {
            return null;
        }

        var before = doc.IndexAtOrAfter(subject.Start) - 1;
        if (before >= 1 && ClauseJoiners.Contains(doc.Tokens[before].Lower))
        {
            before--;
        }

        return before >= 0 && doc.SentenceOf[before] == doc.SentenceOf[k] && doc.Tokens[before].Value is "," or ";" && !doc.Quoted[before] ? subject : null;
    }

    // Conjunctions that may join a clause of its own to the comma before it ("..., and officials warned that ...": recall54).
    private static readonly FrozenSet<string> ClauseJoiners = FrozenSet.ToFrozenSet(["and", "but", "while"], StringComparer.Ordinal);

    /// <summary>The most tokens between a speaker and the ", who" after it for the pronoun to stand for it ("Ana Ruiz, 24, of Leeds, who").</summary>
    public const int MaxAntecedentGap = 8;

    private static bool Antecedent(TokenizedDocument doc, Span speaker, Span relative)
    {
        var last = doc.IndexAtOrAfter(speaker.End) - 1;
        var who = doc.IndexAtOrAfter(relative.Start);
        return last >= 0 && last < who && who - last <= MaxAntecedentGap && doc.SentenceOf[last] == doc.SentenceOf[who];
    }

    private static bool IsQuotationMark(string value) => value is "“" or "\"" or "‘" or "'" or "«" or "„";

    // Whether a statement other than `except` has its cue end at `end` (a parenthetical report: "attacks that, Sweet noted, ..."); the
    // outer statement is passed over when its content opens at the comma ("With the vote ruled out, Lee said ...": nothing of it is left).
    private static bool CueEndsAt(List<Attribution> attributions, int end, Attribution? except)
    {
        foreach (var a in attributions)
        {
            if (!ReferenceEquals(a, except) && a.Cue is { } c && c.End == end)
            {
                return true;
            }
        }

        return false;
    }

    // The pieces of a content cut to end at `content`'s end (the pieces after it dropped, the last one clipped).
    private static List<Span> Clipped(IReadOnlyList<Span> parts, Span content)
    {
        var clipped = new List<Span>(parts.Count);
        foreach (var p in parts)
        {
            if (p.Start < content.End)
            {
                clipped.Add(new Span(p.Start, Math.Min(p.End, content.End)));
            }
        }

        return clipped.Count > 0 ? clipped : [content];
    }

    /// <summary>Whether a statement of the list holds a cue overlapping <paramref name="cue"/> (the report is read already).</summary>
    internal static bool Held(List<Attribution> attributions, Span cue)
    {
        foreach (var a in attributions)
        {
            if (a.Cue is { } c && c.Overlaps(cue))
            {
                return true;
            }
        }

        return false;
    }
}
