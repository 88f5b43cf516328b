using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// Given names apposed to a person noun: a given name written alone between commas after a person noun ("Trump prevented his first wife,
/// Ivana, who ... . She signed") is a person a pronoun may take. The index keeps no mention of one word that no full name ends in, so
/// such a "she" went to the last woman named paragraphs before.
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>Family nouns the lexicon's person nouns lack, written before a given name ("her first child, Arabella,").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> MoreRelationNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["child", "widow", "widower", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "stepson", "stepdaughter"],
        StringComparer.Ordinal);

    /// <summary>Words that open a description of a person before its noun ("his first wife", "Her father", "the couple's daughter").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> DescriptionOpeners = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["his", "her", "their", "its", "my", "our", "your", "the"], StringComparer.Ordinal);

    // The given names apposed to a person noun (ApposedGivenNames), in text order, each with its first name's gender; null when none.
    // Found when a pronoun of a gender first asks (speed95lazy: most articles resolve none).
    private List<(PersonMention Mention, int Gender)>? _apposedGivenNames;
    private bool _apposedGivenNamesFound;

    /// <summary>
    /// The given names written alone between a lower-case person noun and a comma, outside quotations ("his first wife, Ivana, who", "Her
    /// father, Brad, 39, worried", "his wife, Jane, offered"), whose first name is clearly a man's or a woman's and that no mention of the
    /// index covers: each as a mention of the given name (its full name is read when asked, <see cref="ByGivenName"/>), a subject when the
    /// description before it stands where a sentence's subject does (<see cref="IsSentenceSubjectPosition"/>, with no person named before
    /// it in the sentence). Not "in Georgia, Virginia," (no person noun before), "his wife, Jane Sanders," (a name of two words, indexed).
    /// </summary>
    /// <remarks>With the article's word table (<paramref name="words"/>, its forms those of <paramref name="tokens"/>), a token between two
    /// commas is found by the forms' numbers before any token's string is read (speed94res: reading each token's string to test its
    /// capital was most of the pass).</remarks>
    private static List<(PersonMention Mention, int Gender)>? ApposedGivenNames(List<Token> tokens, int[] sentenceOfToken, bool[] quoted, List<PersonMention> mentions, WordTable? words = null)
    {
        List<(PersonMention, int)>? found = null;
        var formOf = words is null ? default : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words.FormOf);
        var comma = words?.IndexOf(",") ?? -1;
        for (var i = 2; i + 1 < tokens.Count; i++)
        {
            if (words is not null && (formOf[i + 1] != comma || formOf[i - 1] != comma))
            {
                continue;
            }

            var name = tokens[i];
            if (!name.IsCapitalized || tokens[i + 1].Value != "," || tokens[i - 1].Value != "," || quoted[i]
                || sentenceOfToken[i - 2] != sentenceOfToken[i] || sentenceOfToken[i + 1] != sentenceOfToken[i])
            {
                continue;
            }

            var noun = tokens[i - 2];
            if (!noun.IsWord || noun.IsCapitalized || !(Lexicon.PersonNouns.Contains(noun.Lower) || MoreRelationNouns.Contains(noun.Lower))
                || FirstNameGender.OfGivenName(name.Value) is var gender && gender == 0
                || AnyMentionCovers(mentions, name.Span.Start))
            {
                continue;
            }

            var subject = DescriptionStart(tokens, sentenceOfToken, i - 2) is { } start
                          && !AnyMentionBefore(mentions, sentenceOfToken[i], tokens[start].Span.Start)
                          && IsSentenceSubjectPosition(tokens, sentenceOfToken, start, start, out var afterRole) && !afterRole;
            (found ??= []).Add((new PersonMention(name.Span, name.Value, sentenceOfToken[i], subject), gender));
        }

        return found;
    }

    // Plain loops, not List.Exists with a lambda: a lambda capturing the loop's token would allocate its closure on every token of the
    // article (about 6 MB a round over the 181 Zyte pages), not only where a given name is tested.
    private static bool AnyMentionCovers(List<PersonMention> mentions, int position)
    {
        foreach (var m in mentions)
        {
            if (m.Span.Start <= position && position < m.Span.End)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyMentionBefore(List<PersonMention> mentions, int sentence, int position)
    {
        foreach (var m in mentions)
        {
            if (m.Sentence == sentence && m.Span.Start < position)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The first token of the description whose person noun is token <paramref name="noun"/>: a possessive word, "the" or a possessive
    /// name before at most three lower-case modifiers ("his first wife", "the couple's daughter", "Sanders's wife"); null when none opens it.
    /// </summary>
    private static int? DescriptionStart(List<Token> tokens, int[] sentenceOfToken, int noun)
    {
        for (var k = noun - 1; k >= Math.Max(0, noun - 4) && sentenceOfToken[k] == sentenceOfToken[noun] && tokens[k].IsWord; k--)
        {
            if (DescriptionOpeners.Contains(tokens[k].Lower))
            {
                return k;
            }

            if (EndsPossessive(tokens[k].Value))
            {
                // "the couple's daughter", "Sanders's wife": the owner's phrase opens the description.
                var first = k;
                while (first > 0 && sentenceOfToken[first - 1] == sentenceOfToken[k] && tokens[first - 1].IsWord
                       && (tokens[first - 1].IsCapitalized || DescriptionOpeners.Contains(tokens[first - 1].Lower)) && k - first < 3)
                {
                    first--;
                }

                return first;
            }

            if (tokens[k].IsCapitalized)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The full name (<see cref="ByGivenName"/>, else the given name itself) of the latest apposed given name (<see cref="ApposedGivenNames"/>)
    /// starting after <paramref name="after"/> and before <paramref name="position"/>, whose first name is of the pronoun's gender
    /// (<paramref name="male"/>): a subject in sentence <paramref name="subjectFrom"/> or later, any other in sentence
    /// <paramref name="otherFrom"/> or later; or null.
    /// </summary>
    private string? ApposedGivenNameBetween(int after, int position, int subjectFrom, int otherFrom, bool? male)
    {
        if (male is not { } isMale)
        {
            return null;
        }

        if (!_apposedGivenNamesFound)
        {
            _apposedGivenNames = ApposedGivenNames(_deferred.Tokens, _deferred.SentenceOfToken, _deferred.Quoted, _mentions, _deferred.Words);
            _apposedGivenNamesFound = true;
        }

        if (_apposedGivenNames is null)
        {
            return null;
        }

        for (var g = _apposedGivenNames.Count - 1; g >= 0; g--)
        {
            var (mention, gender) = _apposedGivenNames[g];
            if (mention.Span.Start >= position)
            {
                continue;
            }

            if (mention.Span.Start <= after)
            {
                break;
            }

            if (mention.Sentence >= (mention.IsSubject ? subjectFrom : otherFrom) && gender == (isMale ? 1 : -1))
            {
                return ByGivenName(mention.FullName) ?? mention.FullName;
            }
        }

        return null;
    }
}
