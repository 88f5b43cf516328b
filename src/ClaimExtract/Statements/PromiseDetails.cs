using System.Text.RegularExpressions;

namespace ClaimExtract.Statements;

/// <summary>What a promise commits to: the action or outcome, when (if stated), and whether it is too vague to test.</summary>
/// <param name="Promised">What was promised ("create 1 million jobs in the U.S. over the next five years"), or null when no verb phrase follows a commitment.</param>
/// <param name="When">The time stated for it ("over the next five years", "by 2020"), or null.</param>
/// <param name="Vague">
/// Whether the promise fails the test of the pledge literature (Thomson et al.): one could not tell
/// whether it was kept, because it names no definite action or outcome: no object, or an open-ended
/// verb (support, work, strive, continue, improve, strengthen, promote, help ...) with no number or date.
/// </param>
public sealed partial record PromiseDetails(string? Promised, string? When, bool Vague)
{
    /// <summary>Reads the details of a promise from its text (the cue before it, if any, counts as part of it).</summary>
    public static PromiseDetails Of(string text, string? cue = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        // A quotation that closes after its last words (",”" ".”") ends what was said: the attribution after it
        // ("..., ” the mayor told reporters") is no part of the promise. Marks inside a sentence (a partial quote,
        // 'take "robust steps"') are dropped and their words kept.
        text = QuotationMarkRegex().Replace(ClosingQuotationRegex().Replace(text, ";"), "");

        // The cue counts for a commitment verb ("pledged" + "to cut taxes"), not for a modal: a cue "would say" is no "would".
        var match = CommissiveObjectRegex().Match(cue is { Length: > 0 } ? $"{cue} {text}" : text);
        if (!match.Success)
        {
            match = ModalObjectRegex().Match(text);

            // "I will make this pledge to you: we will ..." announces the promise; the next modal holds it.
            while (match.Success && PledgeFormulaRegex().IsMatch(match.Groups["object"].Value))
            {
                match = ModalObjectRegex().Match(text, match.Groups["object"].Index);
            }
        }

        var obj = match.Success ? TrimObject(match.Groups["object"].Value) : null;
        if (obj is { Length: < 3 })
        {
            obj = null;
        }

        var when = obj is null ? null : WhenRegex().Match(obj) is { Success: true } w ? w.Value.Trim() : null;
        var vague = obj is null || (!SpecificRegex().IsMatch(obj) && VagueVerbRegex().IsMatch(obj));
        return new PromiseDetails(obj, when, vague);
    }

    /// <summary>The content words of a text, crudely stemmed, for matching a retraction to the promise it takes back.</summary>
    public static HashSet<string> ContentWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in WordRegex().Matches(text.ToLowerInvariant()))
        {
            var w = m.Value;
            if (w.Length < 3 || StopWords.Contains(w))
            {
                continue;
            }

            words.Add(w.Length > 5 ? w[..5] : w);
        }

        return words;
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "that", "this", "with", "his", "her", "their", "its", "our", "will", "would", "was", "were", "are", "has", "have",
        "had", "not", "but", "from", "into", "over", "than", "then", "they", "them", "she", "him", "who", "what", "which", "been", "being",
        "said", "told", "made", "make", "can", "cannot", "could", "should", "may", "might", "also", "new", "more", "all", "any", "out", "about",
        "promise", "promised", "pledge", "pledged", "commit", "committed", "commitment", "vowed",
    };

    private static string TrimObject(string obj)
    {
        var cut = ClauseEndRegex().Match(obj);
        var result = (cut.Success ? obj[..cut.Index] : obj).Trim().TrimEnd('.', ',', ';', ':', '"', '”', '’', '\'').Trim();
        return result;
    }

    [GeneratedRegex(@"\w+", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"[""“”„«»]", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex QuotationMarkRegex();

    [GeneratedRegex(@"^(?:make|give|offer)\s+(?:this|a|the|my|our|one)\s+(?:promise|pledge|commitment|vow|guarantee)\b", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex PledgeFormulaRegex();

    [GeneratedRegex(@"[,.!?]\s*[""”»](?=\s|$)", RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial Regex ClosingQuotationRegex();

    // "commit to creating", "pledged to cut", "promise to create", "vowed that it would end".
    [GeneratedRegex(@"\b(?:commit(?:s|ted|ting|ments?)?|pledg\w*|promis\w*|vow\w*|guarantee\w*|swore|sworn|intend\w*|plans?)\s+(?:himself |herself |themselves |itself |them |him |her |us |you |me )?to\s+(?!(?:you|him|her|us|them|me)\b)(?<object>\w[^;]*)", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex CommissiveObjectRegex();

    [GeneratedRegex(@"\b(?:will|would|shall|'ll|’ll|going to|gonna)\s+(?:also\s+|now\s+)?(?:be\s+(?=\w+ing\b))?(?!(?:say|add|note|argue|think|guess|imagine|suppose|agree)\b)(?<object>\w[^;]*)", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex ModalObjectRegex();

    // What follows the promised action but is not part of it: a new clause, a reason, an attribution.
    [GeneratedRegex(@"(,\s*(but|and then|amid|as|because|while|although|though|which|who|he said|she said|they said|said)\b|\s+(amid|because|despite|while|although|but)\b|,\s*and\s+(he|she|they|it|we|i)\b|(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Gen|Lt|Col|Jr|Sr|Prof|Inc|Corp|Co|No|vs))[.;!?](\s|$)|—|\s-\s)", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex ClauseEndRegex();

    [GeneratedRegex(@"\b((over|in|within|during) (the )?(next|coming) [\w\s-]{1,20}?(years?|months?|weeks?|days?|decades?|term)|(by|before|until|in) (the end of )?(\d{4}|january|february|march|april|may|june|july|august|september|october|november|december|next \w+|the end of \w+)|within (a|one|two|three|four|five|six|ten|\d+) (years?|months?|weeks?|days?)|this (year|month|week|term)|next (year|month|week|term))\b", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex WhenRegex();

    [GeneratedRegex(@"(\d|\b(million|billion|percent|per cent|half|dozen|hundred|thousand|every|all|each|free|ban|abolish|repeal|build|cut|raise|lower|introduce|create|hire|close|open|end|scrap|establish|set up)\b)", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex SpecificRegex();

    [GeneratedRegex(@"^(not\s+)?(stop\s+)?(\w+\s+){0,2}?(support\w*|work\w*|striv\w*|continu\w*|improv\w*|strengthen\w*|promot\w*|help\w*|contribut\w*|encourag\w*|consider\w*|fight\w*|look\w* (at|into)|tr(y|ies|ying)|seek\w*|focus\w*|address\w*|explor\w*|do (more|better|everything|whatever)|mak\w* (sure|america|it|things)|keep\w*|enhanc\w*|foster\w*|boost\w*|tackl\w*|protect\w*|ensur\w*|creat\w* (new )?jobs\b(?!\s+\w*\s*\d))", RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex VagueVerbRegex();
}
