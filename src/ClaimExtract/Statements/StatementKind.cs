namespace ClaimExtract.Statements;

/// <summary>What a statement does. See README.md and docs/statements.md for the definitions applied.</summary>
public enum StatementKind
{
    /// <summary>The source commits itself (or the body it speaks for) to a future action or outcome.</summary>
    Promise,

    /// <summary>The source withdraws, reverses or will not honour an earlier commitment or statement.</summary>
    Retraction,

    /// <summary>A claim about what will or may happen that is not a commitment.</summary>
    Prediction,

    /// <summary>A check-worthy factual assertion about the present or the past.</summary>
    Claim,

    /// <summary>Opinion, feeling, question, rhetoric.</summary>
    Other,
}

/// <summary>What the classifier looks at: the statement's words, its cue and how it is quoted.</summary>
/// <param name="Text">The statement's text.</param>
/// <param name="Cue">The cue ("promised", "said"), or null.</param>
/// <param name="QuoteType"><c>direct</c>, <c>indirect</c>, <c>mixed</c>, or null for a bare sentence.</param>
public sealed record StatementFeaturesInput(string Text, string? Cue, string? QuoteType);

/// <summary>The classifier's answer for one statement.</summary>
/// <param name="Kind">The most probable kind.</param>
/// <param name="Confidence">The calibrated probability that <paramref name="Kind"/> is right.</param>
/// <param name="Scores">The score of every kind (uncalibrated); they sum to 1 and <paramref name="Kind"/> has the highest.</param>
/// <param name="CheckWorthy">
/// Whether the statement is worth fact-checking, whatever its kind (CheckThat!'s sense): every <c>claim</c> is, and so is a
/// promise, retraction, prediction or other statement whose claim detector passes its own check-worthiness threshold.
/// </param>
public sealed record KindPrediction(StatementKind Kind, float Confidence, IReadOnlyDictionary<StatementKind, float> Scores, bool CheckWorthy = false);

/// <summary>The names the output uses for kinds.</summary>
public static class StatementKindNames
{
    /// <summary>The lower-case name of <paramref name="kind"/>: <c>promise</c>, <c>retraction</c>, ...</summary>
    public static string ToName(this StatementKind kind) => kind switch
    {
        StatementKind.Promise => "promise",
        StatementKind.Retraction => "retraction",
        StatementKind.Prediction => "prediction",
        StatementKind.Claim => "claim",
        StatementKind.Other => "other",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown kind"),
    };
}
