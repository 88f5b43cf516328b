using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Headlines: a speaker written in the article's first line, every word capitalised. A headline's description ("..., Former White House
/// Doctor Says") names the person the body gives that role; a capitalised run with words around a person's name ("Lee Park Just
/// Explained") is the person.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// Whether <paramref name="mention"/> lies in the text's first line (a headline), every word of it capitalised, with a body after
    /// the line.
    /// </summary>
    private bool InHeadline(Span mention, string[] words)
    {
        var lineEnd = _text.IndexOf('\n', StringComparison.Ordinal);
        return lineEnd > mention.End && _text.AsSpan(0, mention.Start).IndexOf('\n') < 0 && _text.AsSpan(lineEnd).Trim().Length > 0
               && words.All(w => char.IsUpper(w[0]));
    }

    /// <summary>
    /// The person a headline's description ("Former White House Doctor Says", "Former Navy Physician Says") is: the person the body gives
    /// that role with the same capitalised modifiers, a doctor's role read as a physician's too ("former White House physician Dr. Mary
    /// Pike"); else the person whose name the body writes right before the role noun in an apposition or a predicate ("Dr. Mary Pike, who
    /// served as White House doctor", "Mary Pike, a former White House physician", "Pike was the White House doctor"). Null when the body
    /// ties the role to no one: the caller's guess (the recent subject, the most salient person) is not taken for a headline, whose
    /// subject is the headline's own capitalised words or the article's main person, not the one described.
    /// </summary>
    private string? HeadlineRoleHolder(Span mention, string[] words, string lower)
    {
        var bodyStart = _text.IndexOf('\n', StringComparison.Ordinal) + 1;
        var modifiers = Modifiers(words);
        string[] roles = lower switch
        {
            "doctor" or "physician" => ["doctor", "physician"],
            _ => [lower],
        };
        foreach (var role in roles)
        {
            if (_entities.WithRole(role, bodyStart, modifiers) is { } holder)
            {
                return holder;
            }
        }

        foreach (var role in roles)
        {
            for (var at = _text.IndexOf(role, bodyStart, StringComparison.OrdinalIgnoreCase); at >= 0; at = _text.IndexOf(role, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + role.Length;
                if (char.IsLetter(_text[at - 1]) || end < _text.Length && char.IsLetter(_text[end]))
                {
                    continue;
                }

                if (_entities.MentionBefore(at) is { } named && named.Span.End <= at && named.Span.Start >= bodyStart
                    && BeforeRoleNoun(_text[named.Span.End..at], modifiers))
                {
                    return named.FullName;
                }
            }
        }

        // "Woman Steps Forward With Claim ... \n\nA woman who has accused ... said Sunday ... . Mary Brandt, who said ...": a body that
        // opens with an indefinite description of the headline's noun introduces the person it names next as a subject, when the
        // headline does not write that person's name.
        var opening = _text[bodyStart..Math.Min(_text.Length, bodyStart + 60)].TrimStart().Split(' ', 5, StringSplitOptions.RemoveEmptyEntries);
        if (opening.Length > 1 && opening[0] is "A" or "An" && opening[1..Math.Min(4, opening.Length)].Any(w => w.Equals(lower, StringComparison.OrdinalIgnoreCase)))
        {
            var firstSentence = _sentenceAt(_text.IndexOf(opening[0], bodyStart, StringComparison.Ordinal));
            var headline = _text[..(bodyStart - 1)];
            return _entities.Mentions.FirstOrDefault(m => m.Span.Start >= bodyStart && _sentenceAt(m.Span.Start) > firstSentence && m.IsSubject) is { } named
                   && !named.FullName.Split(' ').Any(w => headline.Contains(w, StringComparison.Ordinal))
                ? named.FullName
                : null;
        }

        return null;
    }

    // The words between a name and a role noun that tie the noun to the name: ", a former White House ", ", who served as White House ",
    // " was the White House ": one clause (no sentence end, at most the opening comma), at most eight words, opened by an apposition's
    // article or "who" or by a copula, and every modifier of the headline's description among them.
    private static bool BeforeRoleNoun(string between, List<string> modifiers)
    {
        if (between.Length > 80 || between.IndexOfAny(['.', ';', ':', '\n', '"', '“', '”', '(']) >= 0)
        {
            return false;
        }

        var words = between.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 8 || between.Count(c => c == ',') > 1)
        {
            return false;
        }

        var opening = between.StartsWith(", ", StringComparison.Ordinal)
            ? words.Length > 0 && words[0].ToLowerInvariant() is "a" or "an" or "the" or "who" or "former" or "then"
            : words.Length > 0 && words[0] is "was" or "is" or "became" && between.IndexOf(',', StringComparison.Ordinal) < 0;
        var lowerWords = words.Select(w => w.Trim(',').ToLowerInvariant()).ToHashSet();
        return opening && modifiers.All(lowerWords.Contains);
    }

    /// <summary>
    /// The span of the person's name inside a headline's capitalised speaker run of three words or more ("Lee Park Just", "Pundit Lee Park
    /// Just", "Ann Roe Fully"): the longest run of two words or more inside it that opens with a given name and is a person's full name of the
    /// article (the body writes it), no given name cut off its front; null when the run is itself a person's name or holds none. Not when
    /// the run ends in a role noun after the name ("Ann Roe Campaign Chief", "... To Fire General": the role's holder is someone else) nor
    /// when a headline's function word comes before the name ("Claim That Ann Roe Is ...": the name is not the subject).
    /// </summary>
    private Span? PersonInsideHeadlineRun(Span mention, string[] words, string written)
    {
        if (words.Length < 3 || !InHeadline(mention, words) || _entities.IsPersonFullName(written))
        {
            return null;
        }

        var end = EntityIndex.StripPossessive(words[^1]).ToLowerInvariant();
        if (Lexicon.PersonNouns.Contains(end) || EntityIndex.IsRoleWord(end))
        {
            return null;
        }

        var starts = new int[words.Length];
        for (int w = 0, at = 0; w < words.Length; w++)
        {
            starts[w] = at = written.IndexOf(words[w], at, StringComparison.Ordinal);
            at += words[w].Length;
        }

        Span? best = null;
        var bestWords = 0;
        for (var a = 0; a < words.Length - 1; a++)
        {
            if (a > 0 && FirstNameGender.IsGivenName(EntityIndex.StripPossessive(words[a - 1])))
            {
                break;
            }

            if (EntityIndex.HeadlineFunctionWords.Contains(words[a].ToLowerInvariant()))
            {
                break;
            }

            if (!FirstNameGender.IsGivenName(words[a]))
            {
                continue;
            }

            for (var b = words.Length - 1; b > a; b--)
            {
                if ((a, b) != (0, words.Length - 1) && b - a + 1 > bestWords
                    && _entities.IsPersonFullName(string.Join(' ', words[a..(b + 1)]).TrimEnd(',', ':', ';')))
                {
                    best = new Span(mention.Start + starts[a], mention.Start + starts[b] + words[b].Length);
                    bestWords = b - a + 1;
                }
            }
        }

        return best;
    }
}
