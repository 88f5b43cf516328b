using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Two more shapes of a state's institution that the article names only in lower case, which data/names/GUIDE.md takes as written
/// (`Russia's foreign ministry`, `French foreign ministry` in the fifth Zyte block's labels; <see cref="StateInstitutionAsWritten"/> names
/// "China's commerce ministry"): a nationality before the institution ("The French foreign ministry said"), and an owner whose
/// institution the speaker span left out ("Russia's foreign ministry said ... and said it would ...", where the second statement's
/// speaker is cut to "Russia"). A nationality's police stays a group, as the labels have "German police" (branch orgnames120).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Nationalities not made from their country's name by an ending that <see cref="IsNationality"/> reads ("French", "Dutch").</summary>
    private static readonly FrozenSet<string> IrregularNationalities = FrozenSet.ToFrozenSet(
        ["French", "Dutch", "Swiss", "Greek", "Thai", "Czech", "Welsh", "Irish", "Scottish", "Danish", "Finnish", "Polish", "Turkish", "Spanish", "Swedish"],
        StringComparer.Ordinal);

    /// <summary>
    /// The mention as written without a leading "the" for "[the] NATIONALITY [one or two lower-case modifiers] NOUN" (<see
    /// cref="IsNationality"/>, <see cref="IrregularNationalities"/>; <see cref="StateInstitutionNouns"/> but "police"): "The French foreign ministry" → "French foreign
    /// ministry". Null otherwise: a description of one of several ("the French biggest agency", <see cref="NotInstitutionModifiers"/>),
    /// police, a noun the article writes capitalised anywhere (a proper name may be meant), and a mention followed by a word that is no
    /// verb ("according to American military officials", where the institution modifies the noun).
    /// </summary>
    private string? NationalInstitutionAsWritten(Span mention)
    {
        var words = WrittenWithoutArticle(mention).Split(' ');
        if (words.Length is < 2 or > 4 || !(IrregularNationalities.Contains(words[0]) || IsNationality(words[0])) || words[^1] == "police" || !StateInstitutionNouns.Contains(words[^1])
            || words[1..].Any(w => w.Length == 0 || !w.All(c => char.IsLower(c) || c == '-') || NotInstitutionModifiers.Contains(w) || w.EndsWith("est", StringComparison.Ordinal)))
        {
            return null;
        }

        // "according to American military officials": the nationality's institution modifies the noun after it.
        var next = mention.End;
        while (next < _text.Length && _text[next] == ' ')
        {
            next++;
        }

        var word = next;
        while (word < _text.Length && char.IsLetter(_text[word]))
        {
            word++;
        }

        var capitalised = char.ToUpperInvariant(words[^1][0]) + words[^1][1..];
        return word > next && !ReadsAsItsVerb(_text[next..word]) || WrittenAsWord(capitalised) ? null : string.Join(' ', words);
    }

    /// <summary>
    /// The institution written right after a mention that is its owner alone, "Russia" in "Russia's foreign ministry said", named as
    /// <see cref="StateInstitutionAsWritten"/> names the whole phrase, when a finite verb follows the institution's noun (a cue word or
    /// an auxiliary or a word in -ed: "said", "says", "has", "warned"), so that the noun heads the subject: not "Russia's foreign ministry spokesman".
    /// Null otherwise, and when the mention is no capitalised name written without its possessive.
    /// </summary>
    private string? InstitutionAfterItsOwner(Span mention)
    {
        var written = Written(mention);
        if (written.Length < 2 || !char.IsUpper(written[0]) || EntityIndex.EndsPossessive(written.TrimEnd()))
        {
            return null;
        }

        var after = InstitutionAfterOwner().Match(_text, mention.End);
        if (!after.Success || after.Index != mention.End || !StateInstitutionNouns.Contains(after.Groups["noun"].Value))
        {
            return null;
        }

        return !ReadsAsItsVerb(after.Groups["verb"].Value) ? null : StateInstitutionAsWritten(new Span(mention.Start, after.Groups["noun"].Index + after.Groups["noun"].Length));
    }

    /// <summary>Whether <paramref name="word"/> after a subject reads as its verb: a cue word, an auxiliary, "also", or a word in -ed.</summary>
    private static bool ReadsAsItsVerb(string word) =>
        Lexicon.CueVerbs.ContainsKey(word) || Lexicon.Auxiliaries.Contains(word) || word is "also" || word.Length > 3 && word.EndsWith("ed", StringComparison.Ordinal);

    // The possessive's "'s", up to two lower-case modifiers, a noun of StateInstitutionNouns, and the word after it.
    [GeneratedRegex(@"\G['’]s (?:[a-z-]+ ){0,2}?(?<noun>ministry|police|army|navy|military|parliament|embassy|regulator|cabinet|legislature|department|agency|commission|authority) (?<verb>[a-z]+)", RegexOptions.CultureInvariant, PatternTimeout.Milliseconds)]
    private static partial Regex InstitutionAfterOwner();
}
