using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A pronoun that is the subject of a reporting verb does not refer to a person named inside what it introduces or as the verb's object
/// (binding: "he" commands both): "Roe is no reformer, he said" is not Roe speaking, "“...,” he told Roe" is not Roe telling himself.
/// The pronoun passes over those names and takes the person the resolver would take next. Branch quirks124.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Reporting verbs whose object is the person spoken to ("he told Roe", "she asked Roe").</summary>
    private static readonly HashSet<string> AddressVerbs = new(StringComparer.Ordinal)
    {
        "told", "tells", "asked", "asks", "assured", "assures", "reminded", "reminds", "informed", "informs", "urged", "urges",
    };

    /// <summary>
    /// The full names the pronoun at <paramref name="mention"/> cannot take as the subject of a reporting verb right after it: the person
    /// named right after an addressing verb ("he told Roe"), and, where the pronoun and verb close a reported clause after a comma
    /// (", he said." <see cref="ClosesItsSentence"/>) and the sentence before reports another person's words
    /// (<see cref="ReporterOfSentenceBefore"/>), the persons the index names in that clause, from the sentence's start to the comma.
    /// Null when the pronoun is no such subject or none is named there.
    /// </summary>
    private HashSet<string>? NamesTheCueCommands(Span mention, bool male)
    {
        var verb = NextWord(mention.End);
        if (verb is null || !Lexicon.CueVerbs.ContainsKey(verb))
        {
            return null;
        }

        HashSet<string>? names = null;
        var verbEnd = mention.End + 1 + verb.Length;
        if (AddressVerbs.Contains(verb) && verbEnd + 1 < _text.Length && _text[verbEnd] == ' ' && char.IsUpper(_text[verbEnd + 1])
            && _entities.MentionFrom(verbEnd + 1) is { } addressee && addressee.Span.Start == verbEnd + 1)
        {
            (names = new HashSet<string>(StringComparer.Ordinal)).Add(addressee.FullName);
        }

        // ", he said." closing the clause it reports: the comma right before the pronoun, nothing after the verb but a time or place phrase.
        // Writers close a clause about its own subject so too ("Ms. Roe found the work dull, she said"), so the names are passed over only
        // where the sentence before reports another person's words: the pronoun goes on with that speaker ("Ann Roe said she would not
        // vote for Lind. Lind is no reformer, she said").
        var comma = mention.Start - 2;
        if (comma > 0 && _text[comma] == ',' && _text[comma + 1] == ' ' && ClosesItsSentence(verbEnd))
        {
            var start = SentenceStart(mention.Start, 0);
            HashSet<string>? inClause = null;
            // The index's mentions are in the text's order.
            foreach (var m in _entities.Mentions)
            {
                if (m.Span.Start >= comma)
                {
                    break;
                }

                if (m.Span.Start >= start && m.Span.End <= comma)
                {
                    (inClause ??= new HashSet<string>(StringComparer.Ordinal)).Add(m.FullName);
                }
            }

            if (inClause is not null && ReporterOfSentenceBefore(start, inClause, male))
            {
                (names ??= new HashSet<string>(StringComparer.Ordinal)).UnionWith(inClause);
            }
        }

        return names;
    }

    /// <summary>
    /// Whether the reporting verb ending at <paramref name="verbEnd"/> closes its sentence: a full stop or a comma right after it, or a
    /// preposition or a day opening what follows ("he said on Monday.", "she said in an interview").
    /// </summary>
    private bool ClosesItsSentence(int verbEnd)
    {
        if (verbEnd >= _text.Length || _text[verbEnd] is '.' or ',')
        {
            return true;
        }

        if (_text[verbEnd] != ' ')
        {
            return false;
        }

        var i = verbEnd + 1;
        var start = i;
        while (i < _text.Length && char.IsLetter(_text[i]))
        {
            i++;
        }

        var word = _text[start..i];
        return Lexicon.Prepositions.Contains(word) || word is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday"
            or "today" or "yesterday" or "last" or "this" or "later";
    }

    /// <summary>
    /// Whether the sentence before the one opening at <paramref name="sentenceStart"/> has a reporting verb and, as a subject or the name
    /// before a closing cue, a person the index names who is none of <paramref name="others"/> and may be of the pronoun's sex
    /// (<paramref name="male"/>); a verb in -ing ("while saying goodbye") reports nothing there.
    /// </summary>
    private bool ReporterOfSentenceBefore(int sentenceStart, HashSet<string> others, bool male)
    {
        if (sentenceStart == 0)
        {
            return false;
        }

        var before = SentenceStart(sentenceStart - 1, 0);
        var reporter = false;
        foreach (var m in _entities.Mentions)
        {
            if (m.Span.Start >= sentenceStart)
            {
                break;
            }

            if (m.Span.Start >= before && (m.IsSubject || m.SubjectAfterRole || m.ReportSubject) && !others.Contains(m.FullName) && _entities.MayBe(m.FullName, male))
            {
                reporter = true;
            }
        }

        if (!reporter)
        {
            return false;
        }

        var i = before;
        while (i < sentenceStart)
        {
            while (i < sentenceStart && !char.IsLetter(_text[i]))
            {
                i++;
            }

            var start = i;
            while (i < sentenceStart && char.IsLetter(_text[i]))
            {
                i++;
            }

            if (i > start && !_text.AsSpan(start, i - start).EndsWith("ing", StringComparison.Ordinal) && Lexicon.CueVerbs.ContainsKey(_text[start..i]))
            {
                return true;
            }
        }

        return false;
    }
}
