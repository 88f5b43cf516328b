using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A headline's speaker run that opens with a person's name: "Trump Addresses Munich Attack", "Gingrich Takes", "Kasich Just" taken
/// whole as the speaker of a title-case headline are the person the body names, the words after the name being the headline's verb
/// and what follows it (branch names105).
/// </summary>
internal sealed partial class SpeakerResolver
{
    // Words that, right after a person's name, make the run a group, office or thing of that person's ("Trump Campaign", "Clinton
    // Camp", "Obama Aides"), not the person: the organisation endings and these.
    private static readonly System.Collections.Frozen.FrozenSet<string> AfterNameNotThePerson = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["camp", "team", "aide", "aides", "allies", "ally", "staff", "staffer", "supporters", "backers", "voters", "fans", "family", "cash",
         "era", "plan", "rally", "doctrine", "world", "white", "tower", "jr.", "jr", "sr.", "sr"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The span of the person's name at the front of a headline's capitalised speaker run of two words or more ("Trump" of "Trump
    /// Addresses Munich Attack", "Gingrich" of "Gingrich Takes"): the longest front of at most three words, shorter than the run, that
    /// the body writes as a word of its own and that resolves to a person's full name of the article. Null when the run is itself a
    /// person's full name or the body writes the whole run (then it is a name); when the word after the front is an organisation's or a
    /// group's word ("Trump Campaign Just", "Clinton Camp Plans": the speaker is the campaign); when the front ends in a possessive
    /// ("Trump's Lawyer Says": someone else); when a role or person noun or a possessive pronoun follows the name anywhere in the run
    /// ("Tom Hale Action Fund Chief", "... To Rebuke Admiral", "... What His Radio Delmar Rival Just": the speaker is that other person);
    /// and when a headline function word opens the run.
    /// </summary>
    private Span? PersonOpeningHeadlineRun(Span mention, string[] words, string written)
    {
        if (words.Length < 2 || !InHeadline(mention, words) || _entities.IsPersonFullName(written)
            || EntityIndex.HeadlineFunctionWords.Contains(words[0].ToLowerInvariant()))
        {
            return null;
        }

        var bodyStart = _text.IndexOf('\n', StringComparison.Ordinal) + 1;
        if (WrittenWholeFrom(written, bodyStart))
        {
            return null;
        }

        for (var k = Math.Min(3, words.Length - 1); k >= 1; k--)
        {
            var front = string.Join(' ', words[..k]);
            var next = words[k].TrimEnd(',', ':', ';');
            if (EntityIndex.StripPossessive(words[k - 1]) != words[k - 1] || words[..k].Any(w => !w.All(c => char.IsLetter(c) || c is '.' or '-' or '’' or '\''))
                || OrganizationEndings.Contains(next) || AfterNameNotThePerson.Contains(next) || Lexicon.PersonNouns.Contains(next.ToLowerInvariant())
                || EntityIndex.IsRoleWord(next.ToLowerInvariant()))
            {
                continue;
            }

            if (words[k..].Any(w => SomeoneElseAfterTheName(EntityIndex.StripPossessive(w.TrimEnd(',', ':', ';')).ToLowerInvariant())))
            {
                return null;
            }

            if (WrittenWholeFrom(front, bodyStart) && _entities.ResolveName(front) is { } full && _entities.IsPersonFullName(full))
            {
                return new Span(mention.Start, mention.Start + front.Length);
            }
        }

        return null;
    }

    // A word after the name that makes the headline's speaker someone else: a role or person noun ("Tom Hale Action Fund Chief", "... To
    // Rebuke Admiral Who ...") or a possessive pronoun ("Hale Heard What His Radio Delmar Rival Just Said").
    private static bool SomeoneElseAfterTheName(string lower) =>
        Lexicon.PersonNouns.Contains(lower) || EntityIndex.IsRoleWord(lower) || lower is "his" or "her" or "their" or "its";

    // Whether the text from `from` writes `phrase` as whole words (no letter or digit on either side).
    private bool WrittenWholeFrom(string phrase, int from)
    {
        for (var at = _text.IndexOf(phrase, from, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(_text[at - 1])) && (end == _text.Length || !char.IsLetterOrDigit(_text[end])))
            {
                return true;
            }
        }

        return false;
    }
}
