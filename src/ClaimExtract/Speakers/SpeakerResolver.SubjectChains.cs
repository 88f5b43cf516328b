using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// A "he" or "she" goes on with the person its sentences are about, not with a man or woman those sentences name only as the object
/// of that person (branch persons120). The entity index reads the two sentences before a pronoun for a person named as a subject and,
/// with none there, takes the person named last. But a name written as the object of a sentence whose subject is already "he"
/// ("During the visit, he was seen with Ned Cross") is not that "he": a pronoun does not stand for a name it governs in its own clause
/// ("he praised Cross" is never Cross praising himself). So the "he" of the next sentences goes on with the person that sentence's "he"
/// is about: the subject named a little further back. "Tom Hale claims he went to see Ned Cross to end the deal. The talks took
/// three days. Nobody came out. During the visit, he was seen with Cross. He told the reporter ..." is Tom Hale, not Ned Cross.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>How many sentences before the pronoun's window the subject of a pronoun chain may be named in.</summary>
    private const int SubjectChainReach = 3;

    /// <summary>Lower-case words before a name that make it a subject of a clause of its own, not an object ("and Cross said", "that Cross").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> ClauseOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["and", "or", "but", "nor", "so", "yet", "that", "when", "while", "as", "because", "if", "after", "before", "since", "until", "though",
         "although", "whether", "where", "once", "unless", "whereas", "than"],
        StringComparer.Ordinal);

    /// <summary>
    /// The person <paramref name="resolved"/> gives way to, for "he" or "she" (<paramref name="male"/>) read back from
    /// <paramref name="at"/>: when the latest mention of <paramref name="resolved"/> lies in the pronoun's window as the object of a
    /// sentence that writes the same pronoun before it (outside quotation marks), and the window names no subject of that gender, the
    /// latest person of the pronoun's gender named as a subject in the <see cref="SubjectChainReach"/> sentences before the window; else null.
    /// </summary>
    private string? SubjectOfPronounChain(int at, bool male, string? resolved)
    {
        if (resolved is null)
        {
            return null;
        }

        var sentence = _sentenceAt(at);
        PersonMention? latest = null;
        foreach (var m in _entities.Mentions)
        {
            if (m.Span.Start >= at)
            {
                break;
            }

            if (m.FullName == resolved)
            {
                latest = m;
            }
        }

        if (latest is not { } mention || mention.Sentence < sentence - 2 || !WrittenAsObject(mention.Span.Start)
            || !SamePronounBefore(SentenceStart(mention.Span.Start, 0), mention.Span.Start, male))
        {
            return null;
        }

        var subject = _entities.SubjectBeforeWindow(at, sentence, male, NamesAnOrganisation, SubjectChainReach);
        return subject is not null && subject != resolved ? subject : null;
    }

    /// <summary>
    /// Whether the name at <paramref name="start"/> is written as an object: past the capitalised words of its title ("Mr.", "House
    /// Speaker"), the word before it is a lower-case word that opens no clause of its own ("with Cross", "critiques of Mr. Cross", not
    /// "and Cross", "that Cross").
    /// </summary>
    private bool WrittenAsObject(int start)
    {
        var i = start;
        for (var words = 0; words < 4; words++)
        {
            var end = i;
            while (end > 0 && _text[end - 1] == ' ')
            {
                end--;
            }

            var begin = end;
            while (begin > 0 && (char.IsLetter(_text[begin - 1]) || _text[begin - 1] == '.'))
            {
                begin--;
            }

            if (begin == end)
            {
                return false;
            }

            var word = _text[begin..end];
            if (char.IsUpper(word[0]) && (word.EndsWith('.') || Lexicon.Titles.Contains(word)))
            {
                i = begin;
                continue;
            }

            return char.IsLower(word[0]) && !word.Contains('.', StringComparison.Ordinal) && !ClauseOpeners.Contains(word);
        }

        return false;
    }

    /// <summary>
    /// Whether the text from <paramref name="from"/> up to <paramref name="to"/> writes "he" (<paramref name="male"/>; else "she") as a
    /// word outside quotation marks: curly marks by the last one before the word in its paragraph, straight ones by their count there.
    /// </summary>
    private bool SamePronounBefore(int from, int to, bool male)
    {
        var pronoun = male ? "he" : "she";
        for (var i = Math.Max(0, from); i < to; i++)
        {
            if (!char.IsLetter(_text[i]) || i > 0 && char.IsLetter(_text[i - 1]))
            {
                continue;
            }

            var end = i;
            while (end < to && char.IsLetter(_text[end]))
            {
                end++;
            }

            if (_text.AsSpan(i, end - i).Equals(pronoun, StringComparison.OrdinalIgnoreCase)
                && (end == _text.Length || !char.IsLetterOrDigit(_text[end])) && !InsideQuotation(i))
            {
                return true;
            }

            i = end;
        }

        return false;
    }

    /// <summary>Whether <paramref name="position"/> is inside a quotation of its paragraph: after an opening curly mark not yet closed, or after an odd number of straight marks.</summary>
    private bool InsideQuotation(int position)
    {
        var straight = 0;
        for (var i = position - 1; i >= 0 && _text[i] != '\n'; i--)
        {
            switch (_text[i])
            {
                case '“':
                    return true;
                case '”':
                    return false;
                case '"':
                    straight++;
                    break;
            }
        }

        return straight % 2 == 1;
    }
}
