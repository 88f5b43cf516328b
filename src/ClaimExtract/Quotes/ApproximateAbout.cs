using System.Text.RegularExpressions;

namespace ClaimExtract.Quotes;

/// <summary>
/// "About" read as a cue where it is an approximation: "She trails him by about 15 points", "The plan would cost about $2 billion",
/// "rising about 4 percent a month", "about an hour after the attack". The content after such an "about" is a quantity, not the topic
/// of a report; PolNeAR annotates no "about" cue whose content is a quantity (train: 12 gold "about" cues, none of them). A
/// statement goes when its cue is the bare word "about" and its content opens with a quantity: a number, a money sum, "an hour",
/// "half", "the same". A year ("about 2016") is a topic, not a quantity, and stays. On PolNeAR train (precision56, docs/quotes.md)
/// 9 drops, 2 of them matched (dev: 1 drop, unmatched). Run after every model: no learned model reads its output.
/// </summary>
internal static partial class ApproximateAbout
{
    /// <summary>The attributions without those whose "about" is an approximation (see the class); the list itself when none is.</summary>
    public static List<Attribution> Apply(string text, List<Attribution> attributions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(attributions);
        return AttributionFilter.Without(attributions, i => IsApproximation(text, attributions[i]));
    }

    /// <summary>Whether <paramref name="a"/>'s cue is the bare word "about" and its content opens with a quantity other than a year.</summary>
    public static bool IsApproximation(string text, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(a);
        if (!string.Equals(a.CueText?.Trim(), "about", StringComparison.OrdinalIgnoreCase)
            || a.Content.Start < 0 || a.Content.End > text.Length || a.Content.End <= a.Content.Start)
        {
            return false;
        }

        var content = text.AsSpan(a.Content.Start, a.Content.End - a.Content.Start);
        return Quantity().IsMatch(content) && !Year().IsMatch(content);
    }

    /// <summary>A quantity at the start: a number or money sum, a counted unit ("an hour", "two weeks"), "half", "the same".</summary>
    [GeneratedRegex(@"^(?:[$€£][ \t]?\d|\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|a[ \t]+few|several)[ \t]+(?:hour|minute|day|week|month|year|percent|point|time|third|quarter|half|dozen|hundred|thousand|million|billion)s?\b|half\b|the[ \t]+same\b|the[ \t]+\d)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, PatternTimeout.Milliseconds)]
    private static partial Regex Quantity();

    /// <summary>A year at the start ("2016 and the race ahead"): four digits from 1900 to 2099 not followed by a digit, comma, point or
    /// "%"; a count written so ("2000 people") is read as a year too, and stays.</summary>
    [GeneratedRegex(@"^(?:19|20)\d\d(?![\d,.%])", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex Year();
}
