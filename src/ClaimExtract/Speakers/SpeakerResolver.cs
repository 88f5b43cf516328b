using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Turns a speaker mention into a name and a kind: names to the fullest form the article gives
/// ("Ma" → "Jack Ma"), pronouns to the latest subject or person named before them, person
/// descriptions ("the billionaire") to the most salient person so far; organisations, documents
/// and groups by their head noun.
/// </summary>
internal sealed class SpeakerResolver
{
    private readonly string _text;
    private readonly EntityIndex _entities;
    private readonly Func<int, int> _sentenceAt;

    public SpeakerResolver(string text, EntityIndex entities, Func<int, int> sentenceAt)
    {
        _text = text;
        _entities = entities;
        _sentenceAt = sentenceAt;
    }

    public ResolvedSpeaker Resolve(Span mention)
    {
        var written = mention.Of(_text);
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = EntityIndex.StripPossessive(words[^1]);
        var lower = head.ToLowerInvariant();

        if (words.Length == 1 && NameBesideTag(mention, words[0]) is { } beside)
        {
            return new ResolvedSpeaker(beside, SpeakerKind.Person);
        }

        if (words.Length == 1 && lower is "he" or "she" or "him" or "her")
        {
            var name = _entities.ResolvePronoun(mention.Start, _sentenceAt(mention.Start), lower is "he" or "him");
            return new ResolvedSpeaker(name, SpeakerKind.Person);
        }

        if (words.Length == 1 && lower is "who" or "which" && Antecedent(mention.Start) is { } antecedent)
        {
            // PolNeAR's source in "Jack Ma, who said ..." is the relative pronoun; its name is the noun phrase it follows.
            return Resolve(antecedent);
        }

        if (words.Length == 1 && lower is "they" or "we" or "i")
        {
            return new ResolvedSpeaker(null, lower == "they" ? SpeakerKind.Group : SpeakerKind.Unknown);
        }

        // "Jean-Marc Ayrault, the foreign minister of France,", "Sen. Richard J. Durbin (D-Ill.)": the name is one of the parts.
        if (NamedPart(written) is { } named)
        {
            return new ResolvedSpeaker(named, SpeakerKind.Person);
        }

        if (Lexicon.DocumentNouns.Contains(head))
        {
            return new ResolvedSpeaker(WithoutArticle(words), SpeakerKind.Document);
        }

        // A surname ending in -s ("Sanders") is a person the article names, not a plural group.
        if (Lexicon.IsGroupNoun(head) && !(char.IsUpper(head[0]) && _entities.ResolveName(written) is not null))
        {
            return new ResolvedSpeaker(null, SpeakerKind.Group);
        }

        if (Lexicon.PersonNouns.Contains(head))
        {
            // "Republican pollster Daron Shaw" with the mention cut before the name: the name right after the role noun.
            if (_entities.MentionFrom(mention.End) is { } nameAfter && nameAfter.Span.Start - mention.End <= 1 && nameAfter.Span.Start >= mention.End)
            {
                return new ResolvedSpeaker(nameAfter.FullName, SpeakerKind.Person);
            }

            // "The Indiana governor": the person the article gives that role ("Indiana Gov. Mike Pence") before the subject or the salient one.
            // "Alibaba’s chairman" names its organisation, not the person; the salient person is the best guess.
            return new ResolvedSpeaker(
                (IsRoleDescription(words) ? _entities.WithRole(lower, mention.Start, Modifiers(words)) : null)
                ?? _entities.RecentSubject(mention.Start, _sentenceAt(mention.Start)) ?? _entities.MostSalientBefore(mention.Start), SpeakerKind.Person);
        }

        if (Lexicon.OrganizationNouns.Contains(head) && !char.IsUpper(head[0]))
        {
            return new ResolvedSpeaker(null, SpeakerKind.Organization);
        }

        var person = _entities.ResolveName(written);
        if (person is not null)
        {
            return new ResolvedSpeaker(person, SpeakerKind.Person);
        }

        // "U.S. Defense Secretary Lena Park": what follows the last title is the person's name.
        var lastTitle = Array.FindLastIndex(words, w => Lexicon.Titles.Contains(w));
        if (lastTitle > 0 && lastTitle < words.Length - 1 && words[(lastTitle + 1)..].All(w => char.IsUpper(w[0])))
        {
            var name = string.Join(' ', words[(lastTitle + 1)..].Select(EntityIndex.StripPossessive));
            return new ResolvedSpeaker(_entities.ResolveName(name) ?? name, SpeakerKind.Person);
        }

        var titled = words.Length > 1 && Lexicon.Titles.Contains(words[0]);
        var isOrganization = words.Any(w => Lexicon.OrganizationWords.Contains(EntityIndex.StripPossessive(w)));
        if (isOrganization || words.Length == 1 && !titled)
        {
            // A single capitalised word that is nobody's surname in the article is an organisation or outlet ("Xinhua", "Alibaba"),
            // named as fully as the article names it ("Patriot" → "Patriot Coal").
            return new ResolvedSpeaker(_entities.ExpandOrganization(WithoutArticle(words)), SpeakerKind.Organization);
        }

        if (words.Length > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && words.Skip(1).All(w => char.IsUpper(w[0])))
        {
            // "The Vatican": a proper name after an article is an organisation's.
            return new ResolvedSpeaker(_entities.ExpandOrganization(WithoutArticle(words)), SpeakerKind.Organization);
        }

        return new ResolvedSpeaker(string.Join(' ', words.SkipWhile(w => Lexicon.Titles.Contains(w)).Select(EntityIndex.StripPossessive)), SpeakerKind.Person);
    }

    /// <summary>A description that names a role: a definite article or none before it, no possessive ("The Indiana governor", "the mayor"; not "his wife", "a lawyer").</summary>
    private static bool IsRoleDescription(string[] words) =>
        words[0].ToLowerInvariant() is "the" || words.Length == 1 || char.IsUpper(words[0][0]) && !EntityIndex.EndsPossessive(words[0]) && words[0].ToLowerInvariant() is not ("a" or "an" or "his" or "her" or "their" or "its");

    /// <summary>The capitalised words of a description before its head but its article, lower case ("The Indiana governor" → "indiana", "Republican pollster" → "republican").</summary>
    private static List<string> Modifiers(string[] words) =>
        [.. words[..^1].Select(w => EntityIndex.StripPossessive(w)).Where(w => w.Length > 0 && char.IsUpper(w[0]) && w.ToLowerInvariant() is not ("the" or "a" or "an" or "former" or "this"))
            .Select(w => w.ToLowerInvariant())];

    /// <summary>The person named by a part of a mention split at commas and parentheses, when the mention has more than one part.</summary>
    private string? NamedPart(string written)
    {
        var parts = written.Split([',', '(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length < 2 ? null : parts.Select(_entities.ResolveName).FirstOrDefault(name => name is not null);
    }

    /// <summary>
    /// When the mention is only a word beside a name, the person named there: a party-state tag ("Paul Ryan, R-Wis."), a party word
    /// before a role and a name ("Democratic presidential nominee Hillary Clinton"), the place of an apposed role
    /// ("Jean-Marc Ayrault, the foreign minister of France").
    /// </summary>
    private string? NameBesideTag(Span mention, string word)
    {
        word = word.Trim('(', ')', ',', '.');
        if (word.Length > 2 && word[1] == '-' && word[0] is 'R' or 'D' or 'I' && char.IsUpper(word[2]) && word[3..].All(char.IsLetter))
        {
            return _entities.MentionBefore(mention.Start) is { } before && before.Span.End <= mention.Start && _text[before.Span.End..mention.Start].All(c => c is ' ' or ',' or '(')
                ? before.FullName : null;
        }

        if (EntityIndex.IsAffiliation(word))
        {
            return _entities.MentionFrom(mention.End) is { } after && after.Span.Start - mention.End < 60
                   && _text[mention.End..after.Span.Start].All(c => c is ' ' or '-' || char.IsLower(c)) ? after.FullName : null;
        }

        var start = mention.Start;
        while (start > 0 && _text[start - 1] == ' ')
        {
            start--;
        }

        var wordStart = start;
        while (wordStart > 0 && char.IsLetter(_text[wordStart - 1]))
        {
            wordStart--;
        }

        var previous = _text[wordStart..start];
        if (previous is "of" or "from" && _entities.MentionBefore(mention.Start) is { } holder && holder.Span.End <= mention.Start
            && _sentenceAt(holder.Span.Start) == _sentenceAt(mention.Start))
        {
            var between = _text[holder.Span.End..mention.Start];
            return between.TrimStart().StartsWith(',') && between.Count(c => c == ',') == 1 ? holder.FullName : null;
        }

        return null;
    }

    /// <summary>The words a relative pronoun follows ("Jack Ma, who" → "Jack Ma"; "leaders who" → "leaders"): capitalised words back to the first, else the one noun.</summary>
    private Span? Antecedent(int pronounStart)
    {
        var end = pronounStart;
        while (end > 0 && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] == ','))
        {
            end--;
        }

        var start = WordStart(end);
        if (start == end)
        {
            return null;
        }

        if (char.IsUpper(_text[start]))
        {
            // Back over the name's other capitalised words, one space apart.
            while (start > 1 && _text[start - 1] == ' ' && WordStart(start - 1) is var previous && previous < start - 1 && char.IsUpper(_text[previous]))
            {
                start = previous;
            }
        }

        return new Span(start, end);
    }

    private int WordStart(int end)
    {
        var i = end;
        while (i > 0 && (char.IsLetterOrDigit(_text[i - 1]) || _text[i - 1] is '.' or '-' or '\'' or '’'))
        {
            i--;
        }

        return i;
    }

    private static string WithoutArticle(string[] words) =>
        string.Join(' ', words.Length > 1 && words[0].ToLowerInvariant() is "a" or "an" or "the" ? words[1..] : words);
}
