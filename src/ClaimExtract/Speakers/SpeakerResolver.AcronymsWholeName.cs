namespace ClaimExtract.Speakers;

/// <summary>
/// An acronym spelt out inside a longer name the article writes as one run: "Caldonian Office for Water Safety and Protection" for OWS,
/// where the run opens with a nationality the letters leave out and closes with "and" and a word they leave out too. data/names/GUIDE.md
/// names an organisation by its proper name, the whole run (the fourth Zyte block labels "The CDC" of a Chinese agency by its name in
/// full, nationality and closing words; branch orgs122). Other words beside the letters' stretch are another thing's ("Director Ann Roe",
/// "and Russia") and stay out. A nationality written before the acronym ("the Caldonian OWS") is that whole name when it opens it.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The first and last of <paramref name="words"/> (a capitalised run) of the whole name whose stretch <paramref name="first"/> to
    /// <paramref name="last"/> the acronym's letters spell out: past a nationality that opens the run (after "The" or not) right before
    /// the stretch ("Caldonian"), and on to "and" and one capitalised word that closes the run right after it ("and Protection"), a word
    /// the article writes nowhere but inside such runs; the stretch itself otherwise.
    /// </summary>
    private (int First, int Last) WholeNameAround(string[] words, int first, int last)
    {
        var from = first >= 1 && (first == 1 || first == 2 && words[0] == "The") && IsNationality(words[first - 1]) ? first - 1 : first;
        var to = last + 2 == words.Length - 1 && words[last + 1] == "and" && words[last + 2] is var closing && char.IsUpper(closing[0])
                 && closing.All(char.IsLetter) && !WrittenStandingAlone(closing) ? last + 2 : last;
        return (from, to);
    }

    // Whether the text writes the word as a whole word outside every run of two or more capitalised words (CapitalisedRun).
    private bool WrittenStandingAlone(string word)
    {
        for (var at = _text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (at > 0 && char.IsLetterOrDigit(_text[at - 1]) || end < _text.Length && char.IsLetterOrDigit(_text[end]))
            {
                continue;
            }

            var inRun = false;
            foreach (System.Text.RegularExpressions.Match run in CapitalisedRuns)
            {
                if (run.Index <= at && end <= run.Index + run.Length)
                {
                    inRun = true;
                    break;
                }
            }

            if (!inRun)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="resolved"/> with an organisation's name of a nationality and an acronym ("Caldonian OWS") replaced by the acronym's
    /// spelt-out name (<see cref="CachedAcronymExpansion"/>) when that name opens with the same nationality ("Caldonian Office for Water
    /// Safety and Protection"); unchanged otherwise (another state's office of the same letters is not this one).
    /// </summary>
    private ResolvedSpeaker WithNationalityAcronymSpelt(ResolvedSpeaker resolved)
    {
        if (resolved.Kind != SpeakerKind.Organization || resolved.Name is not { } name || name.Split(' ') is not [var nationality, var acronym]
            || !AcronymPattern().IsMatch(acronym) || !IsNationality(nationality))
        {
            return resolved;
        }

        return CachedAcronymExpansion(acronym) is { } spelt && spelt.StartsWith(nationality + " ", StringComparison.Ordinal)
            ? new ResolvedSpeaker(spelt, SpeakerKind.Organization)
            : resolved;
    }
}
