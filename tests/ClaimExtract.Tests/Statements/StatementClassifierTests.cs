using ClaimExtract.Embeddings;
using ClaimExtract.Statements;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClaimExtract.Tests.Statements;

/// <summary>The embedded model: loads, answers for every input, and is safe to share. Sentences here are written for the tests.</summary>
[Category("Model")]
public class StatementClassifierTests
{
    private static readonly StatementClassifier Classifier = StatementClassifier.Default;

    private static StatementFeaturesInput Sentence(string text) => new(text, null, null);

    [TestCase(-2)]
    [TestCase(1)]
    public void AModelOfOtherLinguisticFeatures_IsRefusedOnLoad_WithAClearError(int difference)
    {
        var schema = Schema(StatementText.FeatureCount + difference);

        var e = Assert.Throws<InvalidDataException>(() => StatementClassifier.CheckInputSchema(schema));
        Assert.That(e!.Message, Does.Contain($"computes {StatementText.FeatureCount}").And.Contain("claimextract train"));
        Assert.DoesNotThrow(() => StatementClassifier.CheckInputSchema(Schema(StatementText.FeatureCount)));
    }

    [TestCase(-1)]
    [TestCase(SentenceVectors.ModelDimensions - 1)]
    [TestCase(SentenceVectors.ModelDimensions * 2)]
    public void AModelOfOtherSentenceVectors_IsRefusedOnLoad_WithAClearError(int dimensions)
    {
        // -1: a model of an earlier round, without the sentence vector column.
        var schema = Schema(StatementText.FeatureCount, dimensions < 0 ? null : dimensions);

        var e = Assert.Throws<InvalidDataException>(() => StatementClassifier.CheckInputSchema(schema));
        Assert.That(e!.Message, Does.Contain($"computes {SentenceVectors.ModelDimensions}").And.Contain("claimextract train"));
    }

    private static DataViewSchema Schema(int features, int? dimensions = SentenceVectors.ModelDimensions)
    {
        var builder = new DataViewSchema.Builder();
        builder.AddColumn("Text", TextDataViewType.Instance);
        builder.AddColumn("Lexical", new VectorDataViewType(NumberDataViewType.Single, features));
        if (dimensions is { } d)
        {
            builder.AddColumn("Embedding", new VectorDataViewType(NumberDataViewType.Single, d));
        }

        return builder.ToSchema();
    }

    [Test]
    public void EveryPrediction_HasFiveScores_ThatSumToOne_AndAConfidence()
    {
        var predictions = Classifier.Predict([Sentence("The bridge opened in 1932."), Sentence("What a day!"), Sentence("")]);

        Assert.That(predictions, Has.Count.EqualTo(3));
        foreach (var p in predictions)
        {
            Assert.That(p.Scores.Keys, Is.EquivalentTo(Enum.GetValues<StatementKind>()));
            Assert.That(p.Scores.Values.Sum(), Is.EqualTo(1).Within(1e-3));
            Assert.That(p.Scores[p.Kind], Is.EqualTo(p.Scores.Values.Max()));
            Assert.That(p.Confidence, Is.InRange(0f, 1f));
        }
    }

    [Test]
    public void CheckWorthy_IsEveryClaim_AndOtherKindsOnlyPastTheCheckWorthinessThreshold()
    {
        var inputs = new[]
        {
            "Unemployment fell to 3.5 percent last year.", "We will cut income taxes for every family earning less than $50,000.",
            "What a day!", "The war could end up lasting 20 years or more.", "He walked back his remarks on Friday.",
            "We're burning 40 percent of the region's coal.", "I think we've seen a decline in good manners.",
        }.Select(Sentence).ToList();

        var predictions = Classifier.Predict(inputs);
        var detectors = Classifier.PredictDetectors(inputs);

        Assert.That(Classifier.Calibration.CheckWorthyThreshold, Is.InRange(0.1, 0.9));
        for (var i = 0; i < inputs.Count; i++)
        {
            var expected = predictions[i].Kind == StatementKind.Claim || detectors[i].Claim >= Classifier.Calibration.CheckWorthyThreshold;
            Assert.That(predictions[i].CheckWorthy, Is.EqualTo(expected), inputs[i].Text);
        }

        Assert.That(predictions.Select(p => p.CheckWorthy), Has.Some.True.And.Some.False);
    }

    [Test]
    public void NoInput_NoPredictions()
    {
        Assert.That(Classifier.Predict([]), Is.Empty);
    }

    [Test]
    public void Predictions_AreDeterministic_AndThreadSafe()
    {
        var inputs = Enumerable.Range(0, 40).Select(i => Sentence($"We will build {i} new schools in the next {i % 7 + 2} years.")).ToList();
        var expected = Classifier.Predict(inputs).Select(p => (p.Kind, p.Confidence)).ToList();

        var results = new List<(StatementKind, float)>[8];
        Parallel.For(0, results.Length, t => results[t] = Classifier.Predict(inputs).Select(p => (p.Kind, p.Confidence)).ToList());

        Assert.That(results, Has.All.EqualTo(expected));
    }

    [TestCase("We will cut income taxes for every family earning less than $50,000.", StatementKind.Promise)]
    [TestCase("The senator walked back his earlier remarks about the trade deal on Friday.", StatementKind.Retraction)]
    [TestCase("The river is likely to flood again next spring, forecasters predicted.", StatementKind.Prediction)]
    public void UnambiguousSentences(string text, StatementKind expected)
    {
        Assert.That(Classifier.Predict([Sentence(text)])[0].Kind, Is.EqualTo(expected));
    }

    [Test]
    public void ReportedStatement_IsReadWithItsCue()
    {
        var text = new StatementFeaturesInput("that she would build 200 new homes by 2027", "promised", "indirect");

        Assert.That(StatementText.FeatureText(text, StatementText.ModelText(text)), Is.EqualTo("promised she would build 200 new homes by 2027"));
        Assert.That(Classifier.Predict([text])[0].Kind, Is.EqualTo(StatementKind.Promise));
    }

    // A reported commitment whose verb is the cue: the content alone ("to close the plant") names no commitment, so the model
    // reads the verb with it, as its training sentences carry theirs.
    [TestCase("to close the coal plant by the end of next year", "vowed")]
    [TestCase("to repeal the new parking levy on her first day in office", "has pledged")]
    [TestCase("to rebuild the harbour bridge if re-elected", "promised")]
    public void ReportedCommitment_IsReadWithItsVerb(string content, string cue)
    {
        var statement = new StatementFeaturesInput(content, cue, "indirect");

        Assert.That(Classifier.Predict([statement])[0].Kind, Is.EqualTo(StatementKind.Promise));
    }

    // A reported fact after a cue that commits nothing, with no sign of the future in cue or content: the promise detector is
    // silenced. Each of these passes the promise threshold and wins under the rule on the raw detector scores (the classifier
    // before the twenty-first round decided on those); the classifier now calls it something else.
    [TestCase("to comment on the new jobs program for veterans", "declined")]
    [TestCase("the city council to fund more buses", "called on")]
    [TestCase("a grant to expand broadband in rural counties", "recommended")]
    [TestCase("a bill to fund more police officers", "backed")]
    public void ReportedFact_AfterACueThatCommitsNothing_IsNotAPromise(string content, string cue)
    {
        var statement = new StatementFeaturesInput(content, cue, "indirect");
        var flags = new bool[1];
        var raw = Classifier.PredictDetectors([statement], commitsNothing: flags)[0];

        Assert.That(flags[0], Is.True);
        Assert.That(Classifier.Calibration.Decide(raw).Kind, Is.EqualTo(StatementKind.Promise), "the case must be one the detectors alone call a promise");
        Assert.That(Classifier.Predict([statement])[0].Kind, Is.Not.EqualTo(StatementKind.Promise));
    }

    [TestCase("to comment on the price of the ferry tickets", "declined", "indirect", true)]
    [TestCase("the selection of three towns", "announced", "mixed", true)]
    [TestCase("that the ferry would run every hour", "announced", "indirect", false)]
    [TestCase("the ferry will run every hour", "announced", "indirect", false)]
    [TestCase("to extend the ferry service", "vowed", "indirect", false)]
    [TestCase("to extend the ferry service next year", "announced plans", "indirect", false)]
    [TestCase("a plan to create 5,000 jobs in the region", "outlined", "indirect", false)]
    [TestCase("the ferry runs every hour", "said", "direct", false)]
    [TestCase("the ferry runs every hour", null, "indirect", false)]
    [TestCase("The ferry runs every hour.", null, null, false)]
    public void CommitsNothing_OnlyReportedStatementsWithoutASignOfTheFuture(string content, string? cue, string? quoteType, bool expected)
    {
        var statement = new StatementFeaturesInput(content, cue, quoteType);
        var lexical = StatementText.Features(StatementText.FeatureText(statement, StatementText.ModelText(statement)));

        Assert.That(StatementText.CommitsNothing(statement, lexical), Is.EqualTo(expected));
    }

    [TestCase("to close the coal plant", "vowed", "indirect", "vowed to close the coal plant")]
    [TestCase("to close the coal plant", "has pledged", "mixed", "has pledged to close the coal plant")]
    [TestCase("that she would close the coal plant", "never promised", "indirect", "never promised she would close the coal plant")]
    [TestCase("to close the coal plant", "said", "indirect", "to close the coal plant")]
    [TestCase("better cooperation", "promises of", "indirect", "better cooperation")]
    [TestCase("“We will close the coal plant.”", "vowed", "direct", "We will close the coal plant.")]
    [TestCase("the plant will close", "commitment", "indirect", "the plant will close")]
    public void ReadText_PutsAVerbOfCommitmentInFront(string content, string cue, string quoteType, string expected)
    {
        var statement = new StatementFeaturesInput(content, cue, quoteType);

        Assert.That(StatementText.ReadText(statement, StatementText.ModelText(statement)), Is.EqualTo(expected));
    }
}

/// <summary>The confidence is calibrated: higher top scores never get a lower confidence.</summary>
[Category("Model")]
public class StatementConfidenceTests
{
    [Test]
    public void Confidence_RisesWithTheTopScore()
    {
        var calibration = StatementClassifier.Default.Calibration;
        var confidences = Enumerable.Range(2, 8).Select(i => calibration.Confidence(i / 10f)).ToList();

        Assert.That(confidences, Is.Ordered.Ascending);
        Assert.That(calibration.PlattA, Is.GreaterThan(0));
    }
}
