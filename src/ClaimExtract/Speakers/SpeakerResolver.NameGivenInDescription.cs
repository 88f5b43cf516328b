namespace ClaimExtract.Speakers;

/// <summary>
/// A description that ends by giving the person's name ("the night porter known as Ben", "a nurse named Ann Roe", "the lawyer called Lind"):
/// the name it gives is the person, whatever the description's own words would resolve to.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The person a description names in its closing words: "known as", "named" or "called" followed by a person the index holds, ending
    /// the mention (a possessive ending allowed), or right after a description the mention was cut to ("said the night porter" + " known as
    /// Ben"); null otherwise. Only lower-case words stand before the naming words ("the chief known as
    /// Bob"; not "Fox News known as Roe", whose capitals are a name of their own).
    /// </summary>
    private string? PersonNamedAtEnd(Span mention, string[] words)
    {
        if (char.IsUpper(words[0][0]) && words[0] is not ("The" or "A" or "An"))
        {
            return null;
        }

        // "said the night porter known as Ben" with the mention cut before the naming words: the words right after it name the person.
        if (words.Length >= 2 && words.Skip(1).All(w => !char.IsUpper(w[0])) && NamedRightAfter(mention.End) is { } after)
        {
            return after;
        }

        if (words.Length < 3)
        {
            return null;
        }

        var naming = -1;
        for (var k = 1; k < words.Length - 1; k++)
        {
            if (words[k] is "named" or "called" || words[k] == "known" && words[k + 1] == "as")
            {
                naming = words[k] == "known" ? k + 1 : k;
                break;
            }

            if (char.IsUpper(words[k][0]))
            {
                return null;
            }
        }

        if (naming < 0 || naming + 1 >= words.Length || !char.IsUpper(words[naming + 1][0]))
        {
            return null;
        }

        var nameStart = _text.IndexOf(words[naming + 1], mention.Start + string.Join(' ', words[..(naming + 1)]).Length, StringComparison.Ordinal);
        if (nameStart < 0 || nameStart >= mention.End || _entities.MentionFrom(nameStart) is not { } inside || inside.Span.Start != nameStart)
        {
            return null;
        }

        var rest = _text.AsSpan(inside.Span.End, mention.End - inside.Span.End).Trim();
        return rest.IsEmpty || rest is "'s" or "’s" or "'" or "’" or "," ? inside.FullName : null;
    }

    /// <summary>The person named by " known as NAME", " named NAME" or " called NAME" right at <paramref name="end"/>, or null.</summary>
    private string? NamedRightAfter(int end)
    {
        foreach (var naming in NamingWords)
        {
            if (end + naming.Length < _text.Length && _text.AsSpan(end).StartsWith(naming, StringComparison.Ordinal)
                && _entities.MentionFrom(end + naming.Length) is { } named && named.Span.Start == end + naming.Length)
            {
                return named.FullName;
            }
        }

        return null;
    }

    private static readonly string[] NamingWords = [" known as ", " named ", " called "];
}
