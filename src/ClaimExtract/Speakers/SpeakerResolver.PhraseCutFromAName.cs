using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A speaker mention cut from a noun phrase that names a person: "Former Secretary" of "Former Secretary of State Ann Roe", "Roe campaign"
/// of "Roe campaign communications director Tom Lind", "Ohio" of "Tom Lind of Ohio". The phrase's person is the speaker, not what the
/// cut words alone resolve to (a role's last holder, the campaign, the state).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The person whose name completes the noun phrase <paramref name="mention"/> was cut from, or null. After the mention: a mention
    /// ending in a role or organisation noun ("Former Secretary", "Roe campaign") followed, in the same sentence, by up to four words and
    /// then a person the index holds, where the words are lower-case and end in a role noun ("communications director") or are "of" and
    /// capitalised words ("of State"), and the person is no possessive ("of State Ann Roe's office"). Before the mention: "NAME of " right
    /// before a capitalised mention ("Tom Lind of" + "Ohio", "Tom Lind of" + "the Heritage Foundation") that names no person and no pair
    /// itself. Either way the person's name reads as one (<see cref="FirstNameGender.IsPersonName(string)"/>: not "Dunmore Chamber").
    /// </summary>
    private string? PersonOfTheCutPhrase(Span mention)
    {
        var written = Written(mention).Trim();
        if (written.Length == 0)
        {
            return null;
        }

        return PersonAfterTheCut(mention, written) ?? PersonBeforeTheCut(mention, written);
    }

    private string? PersonAfterTheCut(Span mention, string written)
    {
        var last = written[(written.LastIndexOf(' ') + 1)..].ToLowerInvariant();
        if (!Lexicon.PersonNouns.Contains(last) && !Lexicon.OrganizationNouns.Contains(last) || _entities.MentionFrom(mention.End) is not { } person)
        {
            return null;
        }

        var gap = person.Span.Start - mention.End;
        if (gap < 2 || gap > 45 || _sentenceAt(person.Span.Start) != _sentenceAt(mention.Start) || _text[mention.End] != ' '
            || _text.AsSpan(person.Span.End).StartsWith("'s", StringComparison.Ordinal) || _text.AsSpan(person.Span.End).StartsWith("’s", StringComparison.Ordinal))
        {
            return null;
        }

        var between = _text[mention.End..person.Span.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (between.Length is 0 or > 4 || between.Any(w => !w.All(c => char.IsLetter(c) || c is '-' or '.')))
        {
            return null;
        }

        var roleTail = between.All(w => char.IsLower(w[0])) && (Lexicon.PersonNouns.Contains(between[^1]) || IsRoleNounByEnding(between[^1]));
        var placeTail = between.Length >= 2 && between[0] == "of" && between.Skip(1).All(w => char.IsUpper(w[0]));
        return (roleTail || placeTail) && FirstNameGender.IsPersonName(person.FullName) ? person.FullName : null;
    }

    private string? PersonBeforeTheCut(Span mention, string written)
    {
        const string Of = " of ";
        if (!char.IsUpper(written[0]) && !written.StartsWith("the ", StringComparison.Ordinal) || mention.Start < Of.Length
            || !_text.AsSpan(mention.Start - Of.Length).StartsWith(Of, StringComparison.Ordinal)
            || _entities.MentionBefore(mention.Start - Of.Length + 1) is not { } person || person.Span.End != mention.Start - Of.Length)
        {
            return null;
        }

        // Not "Missouri Secretary of" + "State Ann Roe" (the mention holds its own person), nor "Ann Roe and Tom Lind of" + "the
        // University and Professor Hale", nor "the Dunmore Chamber of" + "Commerce" (no person's name before "of").
        return _sentenceAt(person.Span.Start) == _sentenceAt(mention.Start) && FirstNameGender.IsPersonName(person.FullName)
               && !written.Contains(" and ", StringComparison.Ordinal)
               && !(_entities.MentionFrom(mention.Start) is { } inside && inside.Span.Start < mention.End)
            ? person.FullName
            : null;
    }
}
