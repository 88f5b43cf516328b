using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A delayed-identification lead (branch pron124): news often opens on a description of its main person and names that person only in
/// the next sentences ("A lawmaker in Vexland wants ... . ... Ann Roe said", "The head of the rowers' union is worried ... . ... Ann Roe
/// said"). A person description in the lead (the first sentences) that the resolver names no one by, or names only by a person its own
/// sentence writes after it ("The city's new mayor rejected Tom Hale's offer": the offer's owner, who cannot be the mayor), is the first
/// person named as a subject in the few sentences after its own, when the article names that person nowhere before the description.
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
                // The lead holds the name back, so the person is new to the article: someone named before the description ("Roe's
                // spokesman", "an aide" after a headline naming Roe) is the one the description's person works for or speaks of.
                return named.FullName == resolved.Name || _entities.Mentions.Any(m => m.FullName == named.FullName && m.Span.Start < mention.End)
                       || OtherRoleApposed(named, written)
                    ? resolved
                    : new ResolvedSpeaker(named.FullName, SpeakerKind.Person);
            }
        }

        return resolved;
    }

    // Heads of a description that any role holder may be written as ("official", "figure", "Republican"): no role apposed to the name
    // disagrees with them.
    private static readonly HashSet<string> GenericDescriptionHeads = new(StringComparer.Ordinal)
    {
        "official", "figure", "man", "woman", "republican", "democrat", "leader", "head", "chief", "boss", "source",
    };

    /// <summary>
    /// Whether the person <paramref name="named"/> is written with a role of another person noun than the description's specific head
    /// ("A judge ruled ... . Ann Roe, the state's secretary of state, said": the secretary is not the judge).
    /// </summary>
    private bool OtherRoleApposed(PersonMention named, string description)
    {
        var words = description.Split((char[])[' ', '\n', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        var end = 0;
        while (end < words.Length && !DescriptionHeadEnds.Contains(words[end].ToLowerInvariant()))
        {
            end++;
        }

        var head = EntityIndex.StripPossessive(words[end - 1]).ToLowerInvariant();
        if (GenericDescriptionHeads.Contains(head))
        {
            return false;
        }

        // The words before the name (its title: "communications director Ann Roe") and after it up to the next comma or full stop but one
        // (its apposition: "Ann Roe, the state's secretary of state,").
        var from = Math.Max(0, named.Span.Start - 40);
        var to = Math.Min(_text.Length, named.Span.End + 60);
        var after = _text[named.Span.End..to];
        if (!after.StartsWith(','))
        {
            after = string.Empty;
        }
        else if (after.IndexOfAny([',', '.', ';'], 1) is var close && close > 0)
        {
            after = after[..close];
        }

        var roles = (_text[from..named.Span.Start] + " " + after).Split((char[])[' ', ',', '\n', '.', ';'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => EntityIndex.StripPossessive(w).ToLowerInvariant()).Where(w => Lexicon.PersonNouns.Contains(w) && !GenericDescriptionHeads.Contains(w)).ToList();
        return roles.Count > 0 && !roles.Contains(head);
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
        var words = written.Split((char[])[' ', '\n', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);
        var end = 0;
        while (end < words.Length && !DescriptionHeadEnds.Contains(words[end].ToLowerInvariant()))
        {
            end++;
        }

        // "his wife", "her son": a relative or a thing of someone named before (SpeakerResolver.FamilyMembers.cs and others); "a source":
        // nobody the article names.
        if (end == 0 || words[0].ToLowerInvariant() is "his" or "her" or "their" or "its" or "my" or "our" or "your")
        {
            return false;
        }

        var head = EntityIndex.StripPossessive(words[end - 1]).ToLowerInvariant();
        return (Lexicon.PersonNouns.Contains(head) || LeadPersonNouns.Contains(head)) && head is not "source";
    }
}
