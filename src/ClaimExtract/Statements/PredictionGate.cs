using System.Text.RegularExpressions;

namespace ClaimExtract.Statements;

/// <summary>
/// The prediction counterpart of <see cref="StatementText.CommitsNothing"/>: a reported statement whose cue and content show no
/// sign of the future, of a commitment or of possibility cannot be a prediction (docs/statements.md, twenty-third round).
/// </summary>
internal static partial class PredictionGate
{
    // The indices in StatementText.Features of the signs of possibility that CommitsNothing does not read: an epistemic word
    // (could, might, may, perhaps, possibly, potentially) and a conditional clause (if, unless, as long as, in case).
    private const int Epistemic = 18;
    private const int ConditionalClause = 21;

    /// <summary>
    /// Whether a reported statement foresees nothing: it commits nothing (<see cref="StatementText.CommitsNothing"/>: indirect or
    /// mixed speech with a cue, with no future or conditional modal, commissive verb, negated commitment, forecast word such as
    /// "likely", "expects" or "predicted", time horizon, or future of one's own, of an event or in the passive, in cue and
    /// content together) and holds no epistemic word, no conditional clause and no "can" ("says she can win") either.
    /// "said the plant closed in March", "noted that turnout was low" report a fact, and a fact is not a prediction. A training
    /// sentence has no cue, so this never applies to one.
    /// </summary>
    /// <param name="input">The statement.</param>
    /// <param name="lexical">The <see cref="StatementText.Features"/> of its <see cref="StatementText.FeatureText"/>.</param>
    public static bool ForeseesNothing(StatementFeaturesInput input, ReadOnlySpan<float> lexical) =>
        StatementText.CommitsNothing(input, lexical) && lexical[Epistemic] == 0 && lexical[ConditionalClause] == 0
        && !CanRegex().IsMatch(StatementText.FeatureText(input, StatementText.ModelText(input)));

    [GeneratedRegex(@"\bcan\b", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex CanRegex();
}
