using System.Buffers;
using System.Text.RegularExpressions;
using ClaimExtract.Text;

namespace ClaimExtract.Statements;

/// <summary>
/// A sentence of the writer's own that reports a commitment or its withdrawal ("Jack Ma ... is backing
/// down on his promise to create 1 million jobs"): the sentence, the reporting phrase and its subject,
/// who is the one who promised or retracted.
/// </summary>
/// <param name="Sentence">The whole sentence: the statement's text.</param>
/// <param name="Cue">The reporting phrase ("is backing down on", "pledged").</param>
/// <param name="CueText">The phrase in lower case.</param>
/// <param name="Subject">The subject before the phrase, without an apposition ("Jack Ma").</param>
/// <param name="Kind">What the phrase reports: <see cref="StatementKind.Promise"/> (pledged to) or <see cref="StatementKind.Retraction"/> (backed down on a promise).</param>
internal sealed record ReportedStatement(Span Sentence, Span Cue, string CueText, Span Subject, StatementKind Kind);

/// <summary>
/// Finds the writer's own sentences that report a promise or a retraction, by their reporting verbs
/// (pledged/promised/vowed to, backed down on, walked back, reneged on, took back ... a promise or
/// remarks) and a short subject before them. Whether the sentence really is a promise or a retraction
/// is left to the classifier; only sentences no quote covers are looked at.
/// </summary>
internal static partial class ReportedStatementFinder
{
    private const int MaximumSubjectWords = 6;

    // Every match of the pattern below holds one of these (its commissive verb, or the commitment or words a retraction
    // verb takes back): a sentence without any is not run through the pattern, which most sentences are not worth.
    private static readonly SearchValues<string> RequiredWords = SearchValues.Create(
        ["pledg", "promis", "vow", "commit", "remark", "comment", "statement", "claim", "plan", "sentiment"], StringComparison.OrdinalIgnoreCase);

    // Characters the pattern's case-insensitive matching may take for an ASCII letter of those words and an ordinal
    // comparison ignoring case may not (the dotted and dotless i, the long s, the Kelvin sign): a sentence with any is
    // always run through the pattern.
    private static readonly SearchValues<char> CaseLookalikes = SearchValues.Create("\u0130\u0131\u017F\u212A");

    // A loop, not quoted.Any(q => q.Overlaps(span)): that lambda captured the sentence's span, a closure and a delegate per sentence.
    private static bool AnyOverlaps(IReadOnlyList<Span> quoted, Span span)
    {
        for (var i = 0; i < quoted.Count; i++)
        {
            if (quoted[i].Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    public static List<ReportedStatement> Find(TextDocument document, IReadOnlyList<Span> quoted)
    {
        var result = new List<ReportedStatement>();
        var text = document.Text;
        foreach (var sentence in document.Sentences)
        {
            var span = sentence.Span;
            if (AnyOverlaps(quoted, span) || span.Length > 600)
            {
                continue;
            }

            if (!MayMatch(text.AsSpan(span.Start, span.Length)))
            {
                continue;
            }

            var match = ReportRegex().Match(text, span.Start, span.Length);
            if (!match.Success)
            {
                continue;
            }

            var subjectGroup = match.Groups["subject"];
            var subject = new Span(subjectGroup.Index, subjectGroup.Index + subjectGroup.Length);
            var comma = text.IndexOf(',', subject.Start, subject.Length);
            if (comma > subject.Start)
            {
                subject = subject with { End = comma };
            }

            var words = WordRegex().Count(text[subject.Start..subject.End]);
            if (words is 0 or > MaximumSubjectWords || !char.IsUpper(text[subject.Start]))
            {
                continue;
            }

            var cue = match.Groups["cue"];
            var kind = match.Groups["retract"].Success ? StatementKind.Retraction : StatementKind.Promise;
            result.Add(new ReportedStatement(span, new Span(cue.Index, cue.Index + cue.Length), cue.Value.ToLowerInvariant(), subject, kind));
        }

        return result;
    }

    /// <summary>False only when <see cref="ReportRegex"/> cannot match <paramref name="sentence"/>: it holds none of the words every match holds.</summary>
    internal static bool MayMatch(ReadOnlySpan<char> sentence) =>
        sentence.ContainsAny(RequiredWords) || sentence.ContainsAny(CaseLookalikes);

    /// <summary>Whether the pattern matches at the start of <paramref name="sentence"/> (for the tests that hold <see cref="MayMatch"/> to it).</summary>
    internal static bool PatternMatches(string sentence) => ReportRegex().IsMatch(sentence);

    [GeneratedRegex(@"\w+", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex WordRegex();

    // The subject (no quotation marks, at most ~120 characters) then an optional auxiliary and adverb,
    // then a commissive verb with its "to", or a retraction verb with the commitment or words it takes back (a headline
    // writes them without a determiner: "Jack Ma takes back promise to Trump").
    [GeneratedRegex(
        @"\G(?<subject>[^""“”.;:?!]{2,120}?)\s+(?:(?:is|was|are|were|has|have|had|has been|have been|had been)\s+)?(?:(?:previously|also|now|reportedly|publicly|again|quietly|effectively)\s+)?" +
        @"(?<cue>(?<commit>(?:pledg|promis|vow)(?:ed|es|ing|e|s)?(?=\s+to\b)|committed (?:himself|herself|themselves|itself)(?=\s+to\b))" +
        @"|(?<retract>(?:back(?:ing|ed|s)? (?:down|away) (?:on|from)|walk(?:ing|ed|s)? back|recant(?:ing|ed|s)?|reneg(?:ing|ed|es|e) on|(?:tak(?:ing|es|e)|took) back|go(?:ing|es)? back on|went back on|abandon(?:ing|ed|s)?|brok(?:e|en)|revers(?:ing|ed|es|e)|withdr(?:ew|awing|aws|aw|awn)|scrap(?:ping|ped|s)?|drop(?:ping|ped|s)?)" +
        @"(?=\s+(?:on\s+)?(?:(?:his|her|their|its|a|the|that|this|an earlier|earlier)\s+)?(?:\w+\s+){0,2}(?:promise|pledge|vow|commitment|remarks?|comments?|statement|claim|plan|sentiments?)s?\b)))",
        RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex ReportRegex();
}
