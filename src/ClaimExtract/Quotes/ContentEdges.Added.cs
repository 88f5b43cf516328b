using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// Three end edges for the statements added after <see cref="Apply"/> (docs/quotes.md, "content41"): <see cref="StanceReport"/>
/// and <see cref="EndorsementReport"/> run after the models and the edges and give their content to the sentence's end or its
/// first punctuation, so a stance runs on past the breaks the edges end reported content at: a coordinated clause with a
/// report of its own ("Okafor backed [the levy], but told reporters ..."), a participle of saying ("Delgado endorsed [the
/// mayor], calling her ..."), a semicolon ("they are willing [to wait]; the union is not").
/// </summary>
internal static partial class ContentEdges
{
    /// <summary>
    /// The attributions with the end edges of <see cref="Apply"/> applied to those of <paramref name="all"/> that
    /// <paramref name="before"/> does not hold (by reference): the statements the rules after the edges added.
    /// </summary>
    public static List<Attribution> EndAdded(TokenizedDocument doc, List<Attribution> before, List<Attribution> all)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(all);
        if (ReferenceEquals(before, all))
        {
            return all;
        }

        var old = before.ToHashSet(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < all.Count; i++)
        {
            var a = all[i];
            if (!old.Contains(a) && AddedEnd(doc, a, all) is { } end && end > a.Content.Start)
            {
                var content = new Span(a.Content.Start, end);
                all[i] = a with { Content = content, Parts = [content] };
            }
        }

        return all;
    }

    /// <summary>
    /// Where the content of a statement added after the edges ends: the earliest of <see cref="EndBeforeNextReport"/>,
    /// <see cref="EndBeforeTrailingParticiple"/> and <see cref="EndBeforeSemicolon"/>, the edges that on PolNeAR train made
    /// such contents exact and unmade none (docs/quotes.md, "content41").
    /// </summary>
    private static int? AddedEnd(TokenizedDocument doc, Attribution a, List<Attribution> all) =>
        Earlier(Earliest(EndBeforeNextReport(doc, a, all), EndBeforeTrailingParticiple(doc, a), EndBeforeSemicolon(doc, a)), EndBeforeMainClause(doc, a, all));
}
