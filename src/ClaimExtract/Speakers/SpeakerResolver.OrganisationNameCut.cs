using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A speaker mention cut from an organisation's name written "X of Y": "Education" of "The Department of Education", "California" of
/// "the Public Policy Institute of California". The organisation is the speaker, not what the cut words alone resolve to (a place, or a
/// person whose run the word ends: "Obama Education Secretary"). The same for a name written "X for Y" ("Reform" of "Voters for
/// Reform, a citizens group,", "Progress Action" of "the Club for Progress Action": branch names116).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The organisation whose name a mention of capitalised words right after "INSTITUTION of " completes, or null: up to four capitalised
    /// words before "of" (past "The") ending in an institution's head (<see cref="InstitutionHeads"/>: "Department", "Institute", "Bureau";
    /// not a title: "Secretary of" + "State"), expanded as the article writes the name in full. Null when a person's name starts inside the
    /// mention ("University of" + "Chicago Professor Ann Roe") or the mention is a pair ("and"); a person the index makes of the mention's
    /// own words ("Education" as the surname of "Hale Education") does not count.
    /// </summary>
    private string? OrganizationOfTheCutName(Span mention)
    {
        const string Of = " of ";
        // " of " before the mention is read first: most mentions have none, and their words are not split out (speed105).
        if (mention.Start < Of.Length || !_text.AsSpan(mention.Start - Of.Length).StartsWith(Of, StringComparison.Ordinal))
        {
            return null;
        }

        var words = Written(mention).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0 || words.Any(w => !char.IsUpper(w[0])) || words.Contains("and", StringComparer.Ordinal)
            || _entities.MentionFrom(mention.Start + 1) is { } inside && inside.Span.Start < mention.End)
        {
            return null;
        }

        var before = _text[Math.Max(0, mention.Start - Of.Length - 60)..(mention.Start - Of.Length)].Split([' ', '\n'], StringSplitOptions.None);
        var first = before.Length;
        while (first > 0 && before.Length - first < 4 && before[first - 1].Length > 0 && char.IsUpper(before[first - 1][0])
               && before[first - 1].All(char.IsLetter) && before[first - 1] != "The")
        {
            first--;
        }

        return first == before.Length || !InstitutionHeads.Contains(before[^1])
            ? null
            : _entities.ExpandOrganization(string.Join(' ', before[first..]) + Of + EntityIndex.StripPossessive(string.Join(' ', words)));
    }

    /// <summary>
    /// The organisation whose name a mention of capitalised words right after "X for " completes ("Voters for" + "Reform"), expanded as the
    /// article writes it in full: X one to four capitalised words one space apart (<see cref="CapitalisedWordsBefore"/>). Null when a word of
    /// the mention is not capitalised or is "and", a person's name starts inside the mention ("Centers for" + "Disease Control Director Ann
    /// Roe"), or X opens with a given name, a title or a preposition ("As for" + "Ann Roe's"), or X opens a sentence and the article writes
    /// "X for Y" there only ("Executives for" + "Vexo Foods": a capitalised common noun, not a name; "Voters for Reform" written twice is one).
    /// </summary>
    private string? OrganizationForTheCutName(Span mention)
    {
        const string For = " for ";
        if (mention.Start < For.Length + 1 || !_text.AsSpan(mention.Start - For.Length).StartsWith(For, StringComparison.Ordinal))
        {
            return null;
        }

        var words = Written(mention).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0 || words.Any(w => !char.IsUpper(w[0])) || words.Contains("and", StringComparer.Ordinal)
            || _entities.MentionFrom(mention.Start + 1) is { } inside && inside.Span.Start < mention.End)
        {
            return null;
        }

        var holderEnd = mention.Start - For.Length;
        var holderStart = CapitalisedWordsBefore(holderEnd, out var holderWords);
        if (holderWords == 0)
        {
            return null;
        }

        var holder = _text[holderStart..holderEnd];
        var first = EntityIndex.StripPossessive(holder.Split(' ')[0]);
        var lower = first.ToLowerInvariant();
        var name = holder + For + EntityIndex.StripPossessive(string.Join(' ', words));
        if (FirstNameGender.IsGivenName(first) || Lexicon.Titles.Contains(lower) || Lexicon.Prepositions.Contains(lower)
            || OpensSentence(holderStart) && _text.IndexOf(name, StringComparison.Ordinal) == holderStart
                                          && _text.IndexOf(name, holderStart + 1, StringComparison.Ordinal) < 0)
        {
            return null;
        }

        return _entities.ExpandOrganization(name);
    }
}
