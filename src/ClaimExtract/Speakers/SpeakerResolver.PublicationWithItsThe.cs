using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A publication written with its own "The" (branch orgs123): "according to The Harbour Courier", "first reported by The Daily Lantern".
/// Inside a sentence a capital "The" before capitalised words is part of a title, as papers and magazines write their names; when the
/// last word is a person's noun ("Courier", "Reporter", "Leader") the resolver read the run as a description of a person and gave the
/// person it guessed. Such a run is the organisation as written, without "The" (data/names/GUIDE.md: "The Hill" is `Hill`).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The words after "The" for a mention "The" and capitalised words (no possessive, no title) written inside a sentence (after a letter,
    /// a digit or a comma), that the resolver took for a person whose name shares none of its words; null otherwise ("The Senate Majority
    /// Leader" opening a sentence, "the Utah Republican", "The Washington Post's Ann Roe").
    /// </summary>
    private string? PublicationWithItsThe(Span mention, ResolvedSpeaker resolved)
    {
        if (resolved.Kind != SpeakerKind.Person || mention.End - mention.Start < 6 || !_text.AsSpan(mention.Start).StartsWith("The ", StringComparison.Ordinal))
        {
            return null;
        }

        var before = mention.Start;
        while (before > 0 && _text[before - 1] == ' ')
        {
            before--;
        }

        if (before == 0 || !(char.IsLetterOrDigit(_text[before - 1]) || _text[before - 1] == ','))
        {
            return null;
        }

        var words = Written(mention).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..];
        if (words.Length == 0 || !words.All(w => char.IsUpper(w[0]) && EntityIndex.StripPossessive(w) == w && !Lexicon.Titles.Contains(w)))
        {
            return null;
        }

        return resolved.Name is { } guessed && guessed.Split(' ').Any(words.Contains) ? null : string.Join(' ', words);
    }
}
