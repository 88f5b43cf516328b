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

        if (words.Length == 1 && lower is "he" or "she" or "him" or "her")
        {
            var name = _entities.ResolvePronoun(mention.Start, _sentenceAt(mention.Start));
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

        if (Lexicon.DocumentNouns.Contains(head))
        {
            return new ResolvedSpeaker(WithoutArticle(words), SpeakerKind.Document);
        }

        if (Lexicon.IsGroupNoun(head))
        {
            return new ResolvedSpeaker(null, SpeakerKind.Group);
        }

        if (Lexicon.PersonNouns.Contains(head))
        {
            // "Alibaba’s chairman" names its organisation, not the person; the salient person is the best guess.
            return new ResolvedSpeaker(_entities.MostSalientBefore(mention.Start), SpeakerKind.Person);
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
            // A single capitalised word that is nobody's surname in the article is an organisation or outlet ("Xinhua", "Alibaba").
            return new ResolvedSpeaker(WithoutArticle(words), SpeakerKind.Organization);
        }

        return new ResolvedSpeaker(string.Join(' ', words.SkipWhile(w => Lexicon.Titles.Contains(w)).Select(EntityIndex.StripPossessive)), SpeakerKind.Person);
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
