using System.Text.RegularExpressions;

namespace ClaimExtract.Statements;

/// <summary>
/// Turns a statement into the model's inputs, the same way for training sentences and for extracted
/// statements: the text the n-grams are taken from, and a small vector of linguistic features that
/// the sparse n-grams of a few hundred examples cannot learn alone (modality, person, commissive and
/// retraction verbs, negated commitments, numbers).
/// </summary>
internal static partial class StatementText
{
    /// <summary>The number of <see cref="Features"/>.</summary>
    public const int FeatureCount = 26;

    /// <summary>
    /// The text whose n-grams the model reads: the statement's words without quotation marks and
    /// without a leading complementiser ("that he would ..." reads as "he would ..."), as the
    /// sentences of the training corpora read.
    /// </summary>
    public static string ModelText(StatementFeaturesInput input)
    {
        var text = StripQuotationMarks(input.Text);
        return text.StartsWith("that ", StringComparison.OrdinalIgnoreCase) ? text[5..] : text;
    }

    /// <summary>
    /// The text whose n-grams and sentence vector the model reads for a statement: <see cref="ModelText"/>, with the cue in front
    /// when the cue names a commitment (<see cref="NamesACommitment"/>): "Ana Ruiz vowed to close the plant" is a promise by its
    /// verb, while its content alone, "to close the plant", reads as nothing in particular. The training sentences carry their
    /// verbs ("Ruiz pledged to spend $3 million a month"), so the model was taught on this reading.
    /// </summary>
    /// <param name="input">The statement.</param>
    /// <param name="modelText">Its <see cref="ModelText"/>.</param>
    public static string ReadText(StatementFeaturesInput input, string modelText) =>
        NamesACommitment(input) ? $"{input.Cue} {modelText}" : modelText;

    /// <summary>
    /// Whether reported speech (indirect or mixed) has a cue that is a verb of commitment: a form of promise, pledge, vow, commit,
    /// swear or guarantee ("vowed", "has pledged", "never promised"), not a noun phrase of one ("promises of").
    /// </summary>
    public static bool NamesACommitment(StatementFeaturesInput input) =>
        input.QuoteType is "indirect" or "mixed" && input.Cue is { Length: > 0 } cue
        && !cue.EndsWith(" of", StringComparison.OrdinalIgnoreCase) && CommitmentVerbRegex().IsMatch(cue);

    [GeneratedRegex(@"\b(promise[sd]?|promising|pledge[sd]?|pledging|vow(s|ed|ing)?|commit(s|ted|ting)?|swears?|swore|sworn|guarantee[sd]?|guaranteeing)\b", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex CommitmentVerbRegex();

    /// <summary>
    /// Whether a reported statement commits nothing: indirect or mixed speech with a cue, whose cue and content together
    /// (<see cref="FeatureText"/>, whose <see cref="Features"/> are <paramref name="lexical"/>) hold no sign of the future or of a
    /// commitment: no future or conditional modal, commissive verb, negated commitment, forecast word, time horizon, future of
    /// one's own, of an event or in the passive. "declined to comment on the fees", "testified before the committee",
    /// "announced the selection of a new site" report a fact after a cue that commits nothing, and a fact is not a promise
    /// (docs/statements.md, twenty-first round). A training sentence has no cue, so this never applies to one.
    /// </summary>
    /// <param name="input">The statement.</param>
    /// <param name="lexical">The <see cref="Features"/> of its <see cref="FeatureText"/>.</param>
    public static bool CommitsNothing(StatementFeaturesInput input, ReadOnlySpan<float> lexical) =>
        ReportedWithNone(input, lexical, FutureOrCommitmentFeatures);

    /// <summary>
    /// Whether <paramref name="input"/> is a reported statement (indirect or mixed speech with a cue) whose
    /// <paramref name="lexical"/> features hold none of <paramref name="features"/>: the shared test of the gates on reported
    /// statements (<see cref="CommitsNothing"/>, <see cref="RetractionGate.WithdrawsNothing"/>).
    /// </summary>
    internal static bool ReportedWithNone(StatementFeaturesInput input, ReadOnlySpan<float> lexical, ReadOnlySpan<int> features)
    {
        if (input.QuoteType is not ("indirect" or "mixed") || input.Cue is not { Length: > 0 })
        {
            return false;
        }

        foreach (var feature in features)
        {
            if (lexical[feature] > 0)
            {
                return false;
            }
        }

        return true;
    }

    // The indices in Features of the signs of the future or of a commitment: future modal, conditional modal, commissive verb,
    // negated commitment, forecast word, time horizon, one's own future, an event's future, a negated commissive, a pronoun
    // subject's future, the passive future.
    private static readonly int[] FutureOrCommitmentFeatures = [0, 1, 3, 6, 7, 8, 14, 17, 19, 22, 25];

    /// <summary>The text without the quotation marks around it.</summary>
    public static string StripQuotationMarks(string text) => text.Trim().Trim('"', '“', '”', '„', '\'', '‘', '’', '«', '»').Trim();

    /// <summary>
    /// The text the linguistic features are computed from: a reported statement with its cue in front
    /// ("pledged he would ..."), since a training sentence carries its own reporting verb.
    /// </summary>
    public static string FeatureText(StatementFeaturesInput input, string modelText) =>
        input.Cue is { Length: > 0 } cue && input.QuoteType is "indirect" or "mixed" ? $"{cue} {modelText}" : modelText;

    /// <summary>Linguistic features of <paramref name="text"/>, each 0 or 1 except the length.</summary>
    /// <param name="text">The text.</param>
    /// <param name="preChecks">
    /// Skip a pattern when the text holds none of the literals every match of it contains (see <see cref="Cues"/>):
    /// the same result, cheaper; and count the words without running <see cref="WordRegex"/>. False only in the test
    /// that checks the two agree.
    /// </param>
    public static float[] Features(string text, bool preChecks = true)
    {
        var lower = text.ToLowerInvariant();
        var runs = preChecks ? WordRuns.Scan(lower) : null;
        var words = Math.Max(1, runs?.Count ?? (preChecks ? CountWords(lower) : WordRegex().Count(lower)));
        var cues = preChecks ? Cues.Scan(lower) : Cues.All;
        return
        [
            Has(lower, FutureRegex()),
            runs is null ? Has(lower, ConditionalRegex()) : Flag(runs.Conditional),
            runs is null ? Has(lower, FirstPersonRegex()) : Flag(runs.FirstPerson),
            Has(lower, CommissiveRegex(), cues, Cues.Commissive),
            Has(lower, RetractionRegex(), cues, Cues.Retraction),
            Has(lower, ReversalRegex(), cues, Cues.Reversal),
            Has(lower, NegatedCommitmentRegex(), cues, Cues.NegatedCommitment),
            Has(lower, PredictionRegex(), cues, Cues.Prediction),
            Has(lower, TimeHorizonRegex(), cues, Cues.TimeHorizon),
            runs is null ? Has(lower, NumberRegex()) : Flag(runs.Number),
            runs is null ? Has(lower, PastRegex()) : Flag(runs.Past),
            text.Contains('?', StringComparison.Ordinal) ? 1 : 0,
            Has(lower, OpinionRegex(), cues, Cues.Opinion),
            runs is null ? Has(lower, SecondPersonRegex()) : Flag(runs.SecondPerson),
            Has(lower, SelfFutureRegex(), cues, Cues.OwnFuture, "’ll"),
            MathF.Min(1f, MathF.Log(words + 1) / 4f),
            Has(lower, EarlierStanceRegex(), cues, Cues.EarlierStance),
            Has(lower, EventFutureRegex(), cues, Cues.EventFuture, "’ll"),
            runs is null ? Has(lower, EpistemicRegex()) : Flag(runs.Epistemic),
            Has(lower, NegatedCommissiveRegex(), cues, Cues.NegatedCommissive),
            Has(lower, NegatedReversalRegex(), cues, Cues.NegatedReversal),
            Has(lower, ConditionalClauseRegex(), cues, Cues.ConditionalClause),
            Has(lower, FirstPersonFutureRegex(), cues, Cues.FirstPersonFuture, "’ll"),
            Has(lower, BrokenCommitmentRegex(), cues, Cues.BrokenCommitment),
            Has(lower, WordsWithdrawnRegex(), cues, Cues.WordsWithdrawn),
            Has(lower, PassiveFutureRegex(), cues, Cues.PassiveFuture),
        ];
    }

    private static float Has(string lower, Regex regex) => regex.IsMatch(lower) ? 1 : 0;

    private static float Flag(bool value) => value ? 1 : 0;

    // The pattern runs only when the text holds one of the set's literals (the set's bit in cues, from one scan of the
    // text for all the sets' literals) or otherCue: no literal outside ASCII is among the sets (the one such literal,
    // "’ll", is looked for on its own).
    private static float Has(string lower, Regex regex, uint cues, int set, string? otherCue = null) =>
        ((cues & (1u << set)) != 0 || (otherCue is not null && lower.Contains(otherCue, StringComparison.Ordinal))) && regex.IsMatch(lower) ? 1 : 0;

    // Whether a character is one \w matches: 1 yes, 2 no, 0 not known yet (asked of the regex itself the first time, so
    // the answer is the regex engine's; concurrent writers write the same value).
    private static readonly byte[] WordCharacters = new byte[char.MaxValue + 1];

    /// <summary>The number of matches of <see cref="WordRegex"/> (runs of word characters), without running it.</summary>
    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var word = IsWordCharacter(c);
            if (word && !inWord)
            {
                count++;
            }

            inWord = word;
        }

        return count;
    }

    private static bool IsWordCharacter(char c)
    {
        if (c < 128)
        {
            return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';
        }

        var known = WordCharacters[c];
        if (known == 0)
        {
            known = WordRegex().IsMatch(new string(c, 1)) ? (byte)1 : (byte)2;
            WordCharacters[c] = known;
        }

        return known == 1;
    }

    /// <summary>
    /// The patterns that are a list of whole words between word boundaries (<see cref="ConditionalRegex"/>,
    /// <see cref="FirstPersonRegex"/>, <see cref="NumberRegex"/>, <see cref="PastRegex"/>, <see cref="SecondPersonRegex"/>,
    /// <see cref="EpistemicRegex"/>) and the word count, answered in one pass over the runs of word characters. Such a pattern
    /// matches exactly when one run is one of its words: a match starts and ends at a boundary and holds only word
    /// characters, so it is a whole run ("i'm", "we’re", "may well" also hold "i", "we", "may" as runs; "per cent" is the run
    /// "cent" after "per" and one space). A character whose class could differ between \w and \b (a combining mark, a
    /// joiner, a surrogate, a connector, a letter-like number) makes <see cref="Scan"/> return null, and the patterns run.
    /// </summary>
    private sealed class WordRuns
    {
        /// <summary>The number of runs of word characters (the matches of <see cref="WordRegex"/>).</summary>
        public int Count;
        public bool Conditional;
        public bool FirstPerson;
        public bool Number;
        public bool Past;
        public bool SecondPerson;
        public bool Epistemic;

        public static WordRuns? Scan(string lower)
        {
            var result = new WordRuns();
            var text = lower.AsSpan();
            var start = -1;
            var previousStart = -1;
            var previousEnd = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                bool word;
                if (i == text.Length)
                {
                    word = false;
                }
                else
                {
                    var c = text[i];
                    if (c < 128)
                    {
                        word = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_';
                        result.Number |= c is >= '0' and <= '9';
                    }
                    else
                    {
                        switch (char.GetUnicodeCategory(c))
                        {
                            case System.Globalization.UnicodeCategory.UppercaseLetter or System.Globalization.UnicodeCategory.LowercaseLetter
                                or System.Globalization.UnicodeCategory.TitlecaseLetter or System.Globalization.UnicodeCategory.ModifierLetter
                                or System.Globalization.UnicodeCategory.OtherLetter:
                                word = true;
                                break;
                            case System.Globalization.UnicodeCategory.DecimalDigitNumber:
                                word = true;
                                result.Number = true;
                                break;
                            case System.Globalization.UnicodeCategory.DashPunctuation or System.Globalization.UnicodeCategory.OpenPunctuation
                                or System.Globalization.UnicodeCategory.ClosePunctuation or System.Globalization.UnicodeCategory.InitialQuotePunctuation
                                or System.Globalization.UnicodeCategory.FinalQuotePunctuation or System.Globalization.UnicodeCategory.OtherPunctuation
                                or System.Globalization.UnicodeCategory.MathSymbol or System.Globalization.UnicodeCategory.CurrencySymbol
                                or System.Globalization.UnicodeCategory.ModifierSymbol or System.Globalization.UnicodeCategory.OtherSymbol
                                or System.Globalization.UnicodeCategory.SpaceSeparator or System.Globalization.UnicodeCategory.LineSeparator
                                or System.Globalization.UnicodeCategory.ParagraphSeparator or System.Globalization.UnicodeCategory.Control:
                                word = false;
                                break;
                            default:
                                return null;
                        }
                    }
                }

                if (word)
                {
                    if (start < 0)
                    {
                        start = i;
                    }

                    continue;
                }

                if (start >= 0)
                {
                    result.Count++;
                    result.Take(text[start..i], previousStart >= 0 && previousEnd == start - 1 && text[previousEnd] == ' ' && text[previousStart..previousEnd].SequenceEqual("per"));
                    previousStart = start;
                    previousEnd = i;
                    start = -1;
                }
            }

            return result;
        }

        /// <summary>Records what the run <paramref name="run"/> matches; <paramref name="afterPer"/>: it follows "per" and one space.</summary>
        private void Take(ReadOnlySpan<char> run, bool afterPer)
        {
            switch (run.Length)
            {
                case 1:
                    FirstPerson |= run[0] == 'i';
                    break;
                case 2:
                    FirstPerson |= run.SequenceEqual("we") || run.SequenceEqual("us") || run.SequenceEqual("my") || run.SequenceEqual("me");
                    break;
                case 3:
                    FirstPerson |= run.SequenceEqual("our");
                    SecondPerson |= run.SequenceEqual("you");
                    Conditional |= run.SequenceEqual("may");
                    Epistemic |= run.SequenceEqual("may");
                    Past |= run.SequenceEqual("was") || run.SequenceEqual("had") || run.SequenceEqual("did");
                    break;
                case 4:
                    SecondPerson |= run.SequenceEqual("your");
                    Past |= run.SequenceEqual("were");
                    Number |= run.SequenceEqual("half") || (afterPer && run.SequenceEqual("cent"));
                    break;
                default:
                    Past |= run.EndsWith("ed");
                    switch (run.Length)
                    {
                        case 5:
                            Conditional |= run.SequenceEqual("would") || run.SequenceEqual("could") || run.SequenceEqual("might");
                            Epistemic |= run.SequenceEqual("could") || run.SequenceEqual("might");
                            Number |= run.SequenceEqual("dozen");
                            break;
                        case 7:
                            Number |= run.SequenceEqual("million") || run.SequenceEqual("billion") || run.SequenceEqual("percent");
                            Epistemic |= run.SequenceEqual("perhaps");
                            break;
                        case 8:
                            Epistemic |= run.SequenceEqual("possibly");
                            break;
                        case 11:
                            Epistemic |= run.SequenceEqual("potentially");
                            break;
                    }

                    break;
            }
        }
    }

    /// <summary>
    /// For the costlier patterns, literals of which every match contains one (each alternative of the pattern holds
    /// one: "walk\w* back", "take\w* back" and "backtrack" all hold "back"). A text with none of them cannot match, so
    /// the pattern is not run on it; whether it matches is still the pattern's answer (tested on every corpus sentence).
    /// The text is scanned once for the literals of all the sets (<see cref="Scan"/>) rather than once a set.
    /// </summary>
    private static class Cues
    {
        public const int Retraction = 0;
        public const int Commissive = 1;
        public const int Prediction = 2;
        public const int TimeHorizon = 3;
        public const int Opinion = 4;
        public const int EarlierStance = 5;
        public const int EventFuture = 6;
        public const int Reversal = 7;
        public const int NegatedCommitment = 8;
        public const int NegatedCommissive = 9;
        public const int NegatedReversal = 10;
        public const int OwnFuture = 11;
        public const int ConditionalClause = 12;
        public const int FirstPersonFuture = 13;
        public const int BrokenCommitment = 14;
        public const int WordsWithdrawn = 15;
        public const int PassiveFuture = 16;

        /// <summary>Every set (no pre-check).</summary>
        public const uint All = uint.MaxValue;

        // The literals of each set, by the set numbers above.
        private static readonly string[][] Sets =
        [
            ["back", "recant", "retract", "reneg", "flip", "u-turn", "broke ", "change", "misspo", "disavow", "about-face", "wrong", "apologi", "distanc", "revers", "promise", "pledge", "commitment", "vow", "word"], // Retraction
            ["promis", "pledg", "vow", "commit", "guarantee", "ensure", "assure", "swore", "sworn", "intend", "plan to", "will "], // Commissive
            ["likely", "expect", "predict", "forecast", "project", "poised", "on track", "probably", "almost certainly", "could end up", "set to", "bound to", "risk", "chance"], // Prediction
            ["next ", "by 20", "coming ", "within ", "year"], // TimeHorizon
            ["i think", "i believe", "i feel", "should", "must", "great", "terrible", "wonderful", "disgrace", "shame", "love", "hate", "sad", "happy", "proud", "thank"], // Opinion
            ["initially", "originally", "previously", "earlier", "once", "at first", "chang", "revers", "incorrectly", "misstated", "now ", "no longer"], // EarlierStance
            ["will", "won't", "'ll", "going to", "would"], // EventFuture
            ["no longer", "revers", "withdr", "abandon", "rescind", "distanc", "drop"], // Reversal
            ["will not", "won't", "cannot", "can't", "not be able to", "no longer", "not going to"], // NegatedCommitment
            ["promis", "pledg", "vow", "commit", "guarantee", "no plan", "no intention"], // NegatedCommissive
            ["back", "revers", "retract", "recant", "abandon", "withdr", "apologi", "chang"], // NegatedReversal: the reversal every match holds after its negation ("walk\w* back" and "backtrack" hold "back")
            ["would", "will", "'ll", "going to"], // OwnFuture
            ["if", "unless", "provided that", "as long as", "in case", "in the event"], // ConditionalClause
            ["will", "shall", "'ll", "going to"], // FirstPersonFuture
            ["broke", "break", "after ", "despite", " before ", "used to", "flip", "tune"], // BrokenCommitment
            ["apologi", "regret", "sorry", "take", "joking", "evolved", "changed", "shifted", "mistake", "clarif", "never mind"], // WordsWithdrawn
            [" be ", " get "], // PassiveFuture: the auxiliary every match holds between spaces
        ];

        // Every literal once, in ordinal order, with the sets it belongs to; and, for each pair of ASCII characters, the
        // range of the literals that start with that pair (every literal is ASCII and two characters long or more).
        private static readonly string[] Literals;
        private static readonly uint[] LiteralSets;
        private static readonly int[] PairEnds;

        static Cues()
        {
            var literals = new SortedDictionary<string, uint>(StringComparer.Ordinal);
            for (var set = 0; set < Sets.Length; set++)
            {
                foreach (var literal in Sets[set])
                {
                    if (literal.Length < 2 || !System.Text.Ascii.IsValid(literal))
                    {
                        throw new InvalidOperationException($"the pre-check literal \"{literal}\" is not ASCII of two characters or more");
                    }

                    literals[literal] = literals.GetValueOrDefault(literal) | (1u << set);
                }
            }

            Literals = [.. literals.Keys];
            LiteralSets = [.. literals.Values];
            PairEnds = new int[(128 * 128) + 1];
            foreach (var literal in Literals)
            {
                PairEnds[Pair(literal[0], literal[1]) + 1]++;
            }

            for (var p = 1; p < PairEnds.Length; p++)
            {
                PairEnds[p] += PairEnds[p - 1];
            }
        }

        /// <summary>The sets (a bit each) one of whose literals occurs in <paramref name="lower"/>.</summary>
        public static uint Scan(string lower)
        {
            var found = 0u;
            var text = lower.AsSpan();
            for (var i = 0; i + 1 < text.Length; i++)
            {
                var a = text[i];
                var b = text[i + 1];
                if ((a | b) >= 128)
                {
                    continue;
                }

                var pair = Pair(a, b);
                for (var j = PairEnds[pair]; j < PairEnds[pair + 1]; j++)
                {
                    if (text[i..].StartsWith(Literals[j], StringComparison.Ordinal))
                    {
                        found |= LiteralSets[j];
                    }
                }
            }

            return found;
        }

        private static int Pair(char a, char b) => (a << 7) | b;
    }

    // Every pattern is linear in the input (no nested quantifiers); the timeout guards hostile text all the same.
    [GeneratedRegex(@"\w+", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"\b(will|won't|shall|'ll|’ll|going to|gonna)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex FutureRegex();

    [GeneratedRegex(@"\b(would|could|might|may)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex ConditionalRegex();

    [GeneratedRegex(@"\b(i|we|our|us|my|me|i'm|i’m|we're|we’re|i'll|i’ll|we'll|we’ll)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex FirstPersonRegex();

    [GeneratedRegex(@"\b(promis\w*|pledg\w*|vow\w*|commit\w*|guarantee\w*|ensure|assure\w*|swore|sworn|intend\w*|plan to|will (create|build|cut|introduce|provide|invest|deliver|fund|restore|protect|establish|make|bring|end|reduce|increase|give|set up))\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex CommissiveRegex();

    // Words that take back one's own statement or commitment.
    [GeneratedRegex(@"(walk\w* back|recant\w*|retract\w*|take\w* back|took back|go\w* back on|went back on|reneg\w*|backtrack\w*|flip-?flop\w*|u-turn|back\w* (down|away) (from|on)|(take|takes|taking|took) back (\w+ )?(promise|pledge|vow|commitment|remark|comment|statement)|broke (his|her|their|its|our|my|a) (promise|pledge|word)|changed? (his|her|their|its|our|my) (mind|position|stance)|misspo\w*|disavow\w*|backpedal\w*|about-face|(i|we) (was|were) wrong\b|apologi\w* for (saying|(his|her|their|my|our) (remarks?|comments?|words|statements?|tweets?))|distanc\w* (himself|herself|themselves|itself) from (his|her|their|its) (own )?(remarks?|comments?|words|statements?|position)|revers\w* (himself|herself|themselves|itself|course|(his|her|their|its|a) (position|decision|pledge|stance|support|opposition))|(promise|pledge|commitment|vow|word)s?\b[^.]{0,40}\b(cannot|can't|can not|won't|will not|no longer|not)\b[^.]{0,20}\b(fulfil\w*|kept|keep|honou?r\w*|met|meet|deliver\w*))", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex RetractionRegex();

    // Words that often, but not always, report a reversal ("no longer", "reverse", "withdraw").
    [GeneratedRegex(@"\b(no longer|revers\w*|withdr\w*|abandon\w*|rescind\w*|distanc\w* (himself|herself|themselves|itself)|drop\w* (his|her|their|its) )", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex ReversalRegex();

    [GeneratedRegex(@"\b(will not|won't|cannot|can't|not be able to|no longer|not going to)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex NegatedCommitmentRegex();

    [GeneratedRegex(@"\b(likely|unlikely|expect\w*|predict\w*|forecast\w*|project\w*|poised|on track|probably|almost certainly|could end up|set to|bound to|risk\w*|chance)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex PredictionRegex();

    [GeneratedRegex(@"\b(next (year|month|week|decade)|by 20\d\d|in (the )?(coming|next) |within (a|the next|\d+|two|three|five|ten) |years? (from now|or more)|\d+ years)", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex TimeHorizonRegex();

    [GeneratedRegex(@"(\d|\b(million|billion|percent|per cent|half|dozen)\b)", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"\b(was|were|had|did|\w{3,}ed)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex PastRegex();

    [GeneratedRegex(@"\b(i think|i believe|i feel|should|must|great|terrible|wonderful|disgrace\w*|shame\w*|love|hate|sad|happy|proud|thank\w*)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex OpinionRegex();

    // A reversal told as a fact: an earlier stance set against a later one ("initially said ...", "changing her
    // position", "reversed the decision"), or a correction of the writer's own earlier report.
    [GeneratedRegex(@"\b((initially|originally|previously|earlier|once|at first) (had )?(said|say|saying|promised|pledged|vowed|supported|opposed|called|backed|defended|insisted|denied|rejected|endorsed|dismissed)|chang\w* (his|her|their|its) (position|stance|mind|tune|views?)|revers\w* (the|a|its|his|her|their) (decision|policy|course|ban|order|plan)|earlier version|incorrectly (stated|said|reported|indicated|identified|described)|misstated|now (says|supports|opposes|backs|favors|wants)|no longer (supports?|backs?|favors?|opposes?|wants?|plans?|intends?|believes?|thinks?|endorses?))", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex EarlierStanceRegex();

    // The future of an event rather than of an action the subject controls: "will be", "will likely win", "is going to face"
    // (not "will be stepping down": a progressive future is an action).
    [GeneratedRegex(@"\b(will|won't|'ll|’ll|is going to|are going to|would)( (likely|probably|almost certainly|certainly|surely|not|never|still|also|soon))? (be(?! \w+ing\b)|become|win|lose|face|need|see|happen|remain|continue|prove|end up|get|go (up|down)|rise|fall|grow|take place|come|have to|struggle|fail|succeed|carry|beat|hurt|help|cost|last|determine|depend|decide)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex EventFutureRegex();

    // Epistemic modals, apart from "would" (which also reports commitments).
    [GeneratedRegex(@"\b(could|might|may|may well|perhaps|possibly|potentially)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex EpistemicRegex();

    // A commissive verb inside the scope of a negation: "never promised", "did not commit to", "won't pledge", "no plans to".
    [GeneratedRegex(@"(\b(not|never|no longer|refus\w* to|declin\w* to)|n't|n’t)( \w+){0,2} (promis\w*|pledg\w*|vow\w*|commit\w*|guarantee\w*)\b|\bno (plans?|intention|commitment) to\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex NegatedCommissiveRegex();

    // A reversal inside the scope of a negation: "did not back down", "has not reversed", "never walked back", "refused to retract".
    [GeneratedRegex(@"(\b(not|never|refus\w* to|declin\w* to)|n't|n’t)( \w+){0,2} (back\w* (down|away|off)|walk\w* back|revers\w*|retract\w*|recant\w*|abandon\w*|withdr\w*|backtrack\w*|apologi\w*|chang\w* (his|her|their|its|our|my) (mind|position))", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex NegatedReversalRegex();

    // A conditional clause: a commitment or forecast that holds only if something else does.
    [GeneratedRegex(@"\b(if|unless|provided that|as long as|in case|in the event)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex ConditionalClauseRegex();

    // The speaker's own future: "I will", "we'll", "we are going to" (a direct promise speaks in the first person; a
    // third person's "will" is more often a forecast).
    [GeneratedRegex(@"\b(i|we)( will| shall|'ll|’ll| am going to| are going to|'m going to|’m going to|'re going to|’re going to)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex FirstPersonFutureRegex();

    // Eighth round: a commitment reported as broken or reversed, and one's own words taken back.

    // A commitment broken or turned around: "broke their promises", "breaking an election promise", "after saying he wouldn't",
    // "after promising not to", "despite his pledge to", "was for it before she was against it", "used to support",
    // "backflip", "changed its tune".
    [GeneratedRegex(@"\bbr(oke|oken|eak|eaks|eaking)( \w+){0,3} (promise|pledge|commitment|vow|word)s?\b|\bafter (initially |first |previously )?(saying|promising|pledging|vowing|insisting) (that )?(he|she|they|it|we|i) (would|wouldn't|wouldn’t|will|won't|won’t|did not|didn't|didn’t)\b|\bafter (promising|pledging|vowing) not to\b|\bdespite (his|her|their|its|a|an|the)( \w+){0,2} (pledge|promise|vow|commitment)|\b(was|were) for( \w+){1,4} before (he|she|they|it) (was|were) against\b|\bused to (say|support|oppose|believe|back|favou?r)\b|\bback[- ]?flip\w*|\bchang\w* (its|his|her|their|my|our) tune\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex BrokenCommitmentRegex();

    // One's own words taken back: an apology or regret for words ("apologize for those words", "regretted her remarks"),
    // "I take it back", "I was joking", "my position has evolved", "I made a mistake in how I described", "clarified his
    // remarks", "never mind". (An apology for an act is not a retraction: the object must be words.)
    [GeneratedRegex(@"\b(apologi\w*|regret\w*|sorry)( for| about)?( \w+){0,2} (words|remarks?|comments?|statements?|insults?|tweets?|jokes?|language|suggestion|characteri[sz]ation)\b|\b(i|we) take (it|that|this|those words) back\b|\b(i was|i'm|i’m|i am|was just|just) joking\b|\b(my|his|her|our|their|its) (position|views?|thinking|stance) (has |have |had )?(evolved|changed|shifted)\b|\bmade a mistake (in|when) (how|the way|saying|talking|describing|i said|he said|she said)\b|\bclarif\w* (that |his |her |their |my )?(remarks?|comments?|statements?)\b|\bnever mind\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex WordsWithdrawnRegex();

    // A passive future: what will be done, its doer unnamed ("will be built", "would be provided", "are to be funded"); in a
    // press release or a platform more often a commitment than a forecast, though the event-future feature also matches it.
    [GeneratedRegex(@"\b((will|would|shall|won't|won’t|wouldn't|wouldn’t)|(?<=\w)('ll|’ll)|(is|are) to)( (also|now|then|soon|still|not|never|all|each|quickly|immediately|finally|only|further|fully|directly|first|properly))? (be|get) (\w+ly )?(\w{2,}ed|built|made|given|paid|held|spent|done|taken|kept|set|put|cut|sent|brought|run|met|shown|drawn|grown|written|chosen|rebuilt|upheld|undertaken|overseen|laid|dealt|sold|bought|won|led|hit|struck)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex PassiveFutureRegex();

    [GeneratedRegex(@"\b(you|your|you're|you’re)\b", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex SecondPersonRegex();

    // A pronoun subject with a future or conditional modal: "we will build", "he would commit", "she'll fight".
    [GeneratedRegex(@"\b(i|we|he|she|they)( would| will|'ll|’ll| is going to| are going to| was going to| am going to)( not| never)? \w+", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex SelfFutureRegex();
}
