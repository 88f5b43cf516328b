using System.Text.RegularExpressions;

namespace ClaimExtract.Statements;

/// <summary>
/// The retraction counterpart of <see cref="StatementText.CommitsNothing"/> and <see cref="PredictionGate.ForeseesNothing"/>: a
/// reported statement whose cue and content show no sign of a withdrawal or a reversal cannot be a retraction
/// (docs/statements.md, twenty-fourth round).
/// </summary>
internal static partial class RetractionGate
{
    // The indices in StatementText.Features of the signs of a withdrawal or a reversal: a retraction phrase, a reversal word, a
    // negated commitment, an earlier stance, a negated reversal, a commitment broken or turned around, one's own words withdrawn.
    private static readonly int[] WithdrawalFeatures = [4, 5, 6, 16, 20, 23, 24];

    /// <summary>
    /// Whether a reported statement withdraws nothing: indirect or mixed speech with a cue, whose cue and content together
    /// (<see cref="StatementText.FeatureText"/>) hold none of the features that read a withdrawal or a reversal (a retraction
    /// phrase, a reversal word such as "withdrew" or "no longer", a negated commitment, an earlier stance, a negated reversal, a
    /// commitment broken or turned around, one's own words withdrawn) and no apology or regret word ("had apologized to her",
    /// whose object the words-withdrawn feature does not see). "said she
    /// supported it", "said he was backing the senator" report a stance, and a stance held is not one taken back. A training
    /// sentence has no cue, so this never applies to one.
    /// </summary>
    /// <param name="input">The statement.</param>
    /// <param name="lexical">The <see cref="StatementText.Features"/> of its <see cref="StatementText.FeatureText"/>.</param>
    public static bool WithdrawsNothing(StatementFeaturesInput input, ReadOnlySpan<float> lexical) =>
        StatementText.ReportedWithNone(input, lexical, WithdrawalFeatures)
        && !ApologyRegex().IsMatch(StatementText.FeatureText(input, StatementText.ModelText(input)));

    [GeneratedRegex(@"\b(apologi\w*|regret\w*|sorry)\b", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex ApologyRegex();
}
