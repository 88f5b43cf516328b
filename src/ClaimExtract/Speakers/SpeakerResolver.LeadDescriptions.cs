using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A delayed-identification lead (branch pron124): news often opens on a description of its main person and names that person only in
/// the next sentences ("A lawmaker in Vexland wants ... . ... Ann Roe said", "The head of the rowers' union is worried ... . ... Ann Roe
/// said"). A person description in the lead (the first sentences) that the resolver names no one by, or names only by a person its own
/// sentence writes after it ("The city's new mayor rejected Tom Hale's offer": the offer's owner, who cannot be the mayor), is the first
/// person named as a subject in the few sentences after its own, when the article names that person nowhere before the description and
/// writes the person with no role of another noun (SpeakerResolver.IntroducedWithOtherRole, but for a party or "figure").
/// </summary>
internal sealed partial class SpeakerResolver
{
    // The lead: a headline, perhaps a second headline line, and the opening sentence or two of the body.
    private const int LeadSentences = 3;

    // How many sentences after the description's own the person may be named in ("The finance minister, Ann Roe," after an abstract).
    private const int LeadIdentificationReach = 6;

    // Nouns of a person that the person lexicon leaves out ("Another party figure endorses Roe").
    private static readonly HashSet<string> LeadPersonNouns = new(StringComparer.Ordinal) { "figure" };

    // Words that end a description's head noun phrase ("The head of the union", "A spokesman for the police", "The Republican who wrote").
    private static readonly HashSet<string> DescriptionHeadEnds = new(StringComparer.Ordinal) { "of", "for", "in", "at", "from", "who", "with", "on" };

    /// <summary>The lead description's person (see the type's summary); <paramref name="resolved"/> otherwise.</summary>
    private ResolvedSpeaker WithLeadDescriptionNamed(Span mention, ResolvedSpeaker resolved)
    {
        if (resolved.Kind is not (SpeakerKind.Person or SpeakerKind.Unknown) || mention.End <= mention.Start)
        {
            return resolved;
        }

        var sentence = _sentenceAt(mention.Start);
        if (sentence >= LeadSentences || !IsPersonDescription(mention.Of(_text)))
        {
            return resolved;
        }

        // A name written inside the mention ("Senator Ann Roe") is no description's; a headline's capitalised description the index took
        // whole for a name ("Another Party Figure") still is.
        var written = mention.Of(_text).Trim();
        if (_entities.MentionFrom(mention.Start) is { } inside && inside.Span.Start < mention.End && inside.FullName != written)
        {
            return resolved;
        }

        // A lead names no one before its description but in the headline ("The French president" after a sentence naming two presidents
        // is one of them).
        if (_entities.MentionBefore(mention.Start) is { } before && _sentenceAt(before.Span.Start) > 0)
        {
            return resolved;
        }

        var sentenceEnd = mention.End;
        while (sentenceEnd < _text.Length && _sentenceAt(sentenceEnd) == sentence)
        {
            sentenceEnd++;
        }

        // The resolver's answer stands unless it is nobody, the description's own words, or a person named only after the description
        // in its own sentence (never an apposition right after it: "The mayor, Ann Roe, said").
        if (resolved.Name is { } name && name != written && !NamedLaterInItsSentence(mention, sentenceEnd, name))
        {
            return resolved;
        }

        for (var named = _entities.MentionFrom(sentenceEnd); named is not null && _sentenceAt(named.Span.Start) <= sentence + LeadIdentificationReach;
             named = _entities.MentionFrom(named.Span.End))
        {
            if ((named.IsSubject || named.ReportSubject || named.SubjectAfterRole) && !_entities.IsPlace(named.FullName) && !NamesAnOrganisation(named.FullName))
            {
                // The lead holds the name back, so the person is new to the article: someone named before the description, in full or
                // by surname ("an aide" after a headline naming Roe), is the one the description's person works for or speaks of; and
                // someone written with a role of another noun ("Tom Lind, a senior harbour pilot" after "a port official") is someone else.
                return named.FullName == resolved.Name || _entities.Mentions.Any(m => m.FullName == named.FullName && m.Span.Start < mention.End)
                       || SurnameWrittenBefore(named, mention)
                       || !GenericDescriptionHeads.Contains(DescriptionHead(written))
                       && (IntroducedWithOtherRole(named.Span, DescriptionHead(written)) || OfficeApposed(named.Span, DescriptionHead(written)))
                    ? resolved
                    : new ResolvedSpeaker(named.FullName, SpeakerKind.Person);
            }
        }

        return resolved;
    }

    // Heads of a description that any role holder may be written as (a party or a vague "figure"): a role apposed to the name never
    // disagrees with them ("the Utah Republican" is "Committee Chairman Ann Roe").
    private static readonly HashSet<string> GenericDescriptionHeads = new(StringComparer.Ordinal) { "republican", "democrat", "figure" };

    /// <summary>The head noun of a description (the last word before "of", "for", "who" ...), lower case without a possessive.</summary>
    private static string DescriptionHead(string written)
    {
        var words = written.Split((char[])[' ', '\n', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        var end = 0;
        while (end < words.Length && !DescriptionHeadEnds.Contains(words[end].ToLowerInvariant()))
        {
            end++;
        }

        return end == 0 ? string.Empty : EntityIndex.StripPossessive(words[end - 1]).ToLowerInvariant();
    }

    /// <summary>
    /// Whether a capitalised office of another person noun is apposed to the name ("Ann Roe, Vexland Secretary of State, said" after "A
    /// judge"), which <see cref="IntroducedWithOtherRole"/> reads only after "a", "an", "the" or a lower-case word.
    /// </summary>
    private bool OfficeApposed(Span name, string head)
    {
        if (name.End + 2 >= _text.Length || _text[name.End] != ',')
        {
            return false;
        }

        var to = _text.IndexOfAny([',', '.', ';', '\n'], name.End + 1);
        var words = _text[(name.End + 1)..(to < 0 ? Math.Min(_text.Length, name.End + 60) : to)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && char.IsUpper(words[0][0])
               && words.Any(w => Lexicon.PersonNouns.Contains(w.ToLowerInvariant()) && !w.Equals(head, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether the article writes <paramref name="named"/>'s surname before <paramref name="mention"/> ("Roe Hid Health Problems, Former
    /// White House Doctor Says": a headline surname the index keeps no mention of).
    /// </summary>
    private bool SurnameWrittenBefore(PersonMention named, Span mention)
    {
        var surname = named.FullName[(named.FullName.LastIndexOf(' ') + 1)..];
        for (var at = _text.IndexOf(surname, 0, mention.Start, StringComparison.Ordinal); at >= 0;
             at = at + 1 < mention.Start ? _text.IndexOf(surname, at + 1, mention.Start - at - 1, StringComparison.Ordinal) : -1)
        {
            var end = at + surname.Length;
            if ((at == 0 || !char.IsLetter(_text[at - 1])) && (end >= _text.Length || !char.IsLetter(_text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="name"/> is the full name of a person mention between the description's end and its sentence's, not apposed to it.</summary>
    private bool NamedLaterInItsSentence(Span mention, int sentenceEnd, string name)
    {
        for (var named = _entities.MentionFrom(mention.End); named is not null && named.Span.Start < sentenceEnd; named = _entities.MentionFrom(named.Span.End))
        {
            if (named.FullName == name)
            {
                return _text.AsSpan(mention.End, named.Span.Start - mention.End).Trim() is not ",";
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="written"/> is a description of a person: no pronoun, its head noun (the last word before "of", "for", "who" ...)
    /// a person noun ("The head of the union", "Philippine lawmaker", "the Utah Republican", "Another party figure").
    /// </summary>
    internal static bool IsPersonDescription(string written)
    {
        // "his wife", "her son": a relative or a thing of someone named before (SpeakerResolver.FamilyMembers.cs and others); "a source":
        // nobody the article names.
        var first = written.TrimStart().Split(' ')[0].ToLowerInvariant();
        var head = DescriptionHead(written);
        return first is not ("his" or "her" or "their" or "its" or "my" or "our" or "your") && head is not "source"
               && (Lexicon.PersonNouns.Contains(head) || LeadPersonNouns.Contains(head));
    }
}
