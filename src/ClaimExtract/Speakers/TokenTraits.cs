using System.Collections.Frozen;
using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// What the speaker candidates and their features ask of a token (is it a pronoun, a cue verb, an auxiliary, a person
/// noun, ...), worked out once per token of an article and kept as bits: the candidate windows of an article's
/// attributions overlap, and the word lists are case-insensitive sets, whose look-ups cost more than the rest of a feature.
/// </summary>
internal sealed class TokenTraits
{
    public const uint Word = 1u << 0;
    public const uint Capitalized = 1u << 1;
    public const uint Pronoun = 1u << 2;
    public const uint PersonPronoun = 1u << 3;
    public const uint Relative = 1u << 4;
    public const uint NotNameStart = 1u << 5;
    public const uint Quantifier = 1u << 6;
    public const uint DescriptionStart = 1u << 7;
    public const uint DescriptionStop = 1u << 8;
    public const uint CueVerb = 1u << 9;
    public const uint Auxiliary = 1u << 10;
    public const uint Adverb = 1u << 11;
    public const uint EndsPossessive = 1u << 12;
    public const uint LowerFirst = 1u << 13;
    public const uint SpeakerNoun = 1u << 14;
    public const uint Comma = 1u << 15;
    public const uint Colon = 1u << 16;
    public const uint By = 1u << 17;
    public const uint Preposition = 1u << 18;
    public const uint SaidOrTold = 1u << 19;
    public const uint PossessiveMark = 1u << 20;
    public const uint PersonHead = 1u << 21;
    public const uint OrganizationHead = 1u << 22;
    public const uint DocumentHead = 1u << 23;
    public const uint GroupHead = 1u << 24;
    public const uint Title = 1u << 25;
    public const uint IngOrLy = 1u << 26;
    public const uint OpeningQuote = 1u << 27;
    // The traits of a mention's head and of the words around it, worked out only for the tokens asked about.
    private const uint HeadTraits = Preposition | SaidOrTold | PossessiveMark | PersonHead | OrganizationHead | DocumentHead | GroupHead | Title | IngOrLy;
    private const uint Known = 1u << 31;
    private const uint HeadKnown = 1u << 30;

    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(["he", "she", "they", "it", "we", "i", "you"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Relatives = FrozenSet.ToFrozenSet(["who", "which"], StringComparer.Ordinal);

    // Capitalised words that begin a sentence or a clause without being part of a name.
    private static readonly FrozenSet<string> NotNameStarts = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "but", "and", "or", "so", "in", "on", "at", "for", "with", "as", "if", "when", "while", "after", "before", "this", "that", "these",
         "those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "there", "here", "what", "why", "how", "who", "where",
         "yet", "still", "also", "then", "now", "asked", "said", "according", "by", "from", "to", "of", "not", "no", "yes", "mr", "mrs", "ms", "dr",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
         "august", "september", "october", "november", "december", "one", "some", "many", "all", "most", "both", "even", "just", "only", "instead"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> DescriptionStarts = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those", "another", "several", "some", "many", "other", "both", "each",
         "two", "three", "four", "few", "most", "one", "all", "any"],
        StringComparer.Ordinal);

    // Words that end a description ("the company said", "a source familiar with", "the group, which").
    private static readonly FrozenSet<string> DescriptionStops = FrozenSet.ToFrozenSet(
        ["that", "which", "who", "whom", "whose", "and", "or", "but", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
         "should", "may", "might", "did", "does", "do", "not", "also", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as", "about", "than",
         "said", "says", "told", "added", "if", "when", "while", "because", "after", "before"],
        StringComparer.Ordinal);

    private readonly IReadOnlyList<Token> _tokens;
    private readonly uint[] _bits;
    private readonly float[] _frequency;
    private Dictionary<string, int>? _counts;

    public TokenTraits(TokenizedDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        Doc = doc;
        _tokens = doc.Tokens;
        _bits = new uint[_tokens.Count];
        _frequency = new float[_tokens.Count];
        _frequency.AsSpan().Fill(float.NaN);
    }

    public TokenizedDocument Doc { get; }

    /// <summary>Whether token <paramref name="i"/> has any of <paramref name="traits"/>.</summary>
    public bool Has(int i, uint traits) => (((traits & HeadTraits) != 0 ? OfHead(i) : Of(i)) & traits) != 0;

    /// <summary>The traits of token <paramref name="i"/>, without those of a head (see <see cref="OfHead"/>).</summary>
    public uint Of(int i)
    {
        var bits = _bits[i];
        if (bits == 0)
        {
            bits = _bits[i] = Known | Compute(_tokens[i]);
        }

        return bits;
    }

    /// <summary>All the traits of token <paramref name="i"/>.</summary>
    public uint OfHead(int i)
    {
        var bits = Of(i);
        if ((bits & HeadKnown) == 0)
        {
            bits = _bits[i] = bits | HeadKnown | ComputeHead(_tokens[i]);
        }

        return bits;
    }

    /// <summary>The frequency feature of a mention whose last word is token <paramref name="i"/>: log(1 + the word's count in the article) / 4.</summary>
    public float Frequency(int i)
    {
        var f = _frequency[i];
        if (float.IsNaN(f))
        {
            _counts ??= SpeakerCandidates.WordCounts(_tokens);
            f = _frequency[i] = _counts.TryGetValue(EntityIndex.StripPossessive(_tokens[i].Lower), out var count) ? MathF.Log(1 + count) / 4f : 0;
        }

        return f;
    }

    private static uint Compute(Token token)
    {
        var value = token.Value;
        if (!token.IsWord)
        {
            return value switch { "," => Comma, ":" => Colon, "“" or "\"" or "‘" => OpeningQuote, _ => 0 };
        }

        var lower = token.Lower;
        var bits = Word;
        if (token.IsCapitalized)
        {
            bits |= Capitalized;
        }

        if (Pronouns.Contains(lower))
        {
            bits |= Pronoun | (lower is "he" or "she" ? PersonPronoun : 0);
        }

        bits |= Relatives.Contains(lower) ? Relative : 0;
        bits |= NotNameStarts.Contains(lower) ? NotNameStart : 0;
        bits |= lower is "some" or "many" or "most" or "others" or "several" or "few" or "both" or "all" ? Quantifier : 0;
        bits |= DescriptionStarts.Contains(lower) ? DescriptionStart : 0;
        bits |= DescriptionStops.Contains(lower) ? DescriptionStop : 0;
        bits |= Lexicon.CueVerbs.ContainsKey(lower) ? CueVerb : 0;
        bits |= Lexicon.Auxiliaries.Contains(lower) ? Auxiliary : 0;
        bits |= Lexicon.Adverbs.Contains(lower) ? Adverb : 0;
        bits |= EntityIndex.EndsPossessive(value) ? EndsPossessive : 0;
        bits |= value.Length > 0 && char.IsLower(value[0]) ? LowerFirst : 0;
        bits |= Lexicon.PersonNouns.Contains(lower) || Lexicon.OrganizationNouns.Contains(lower) || Lexicon.DocumentNouns.Contains(lower) || Lexicon.IsGroupNoun(lower) ? SpeakerNoun : 0;
        bits |= lower == "by" ? By : 0;
        return bits;
    }

    private static uint ComputeHead(Token token)
    {
        var value = token.Value;
        var lower = token.Lower;
        var bits = 0u;
        bits |= Lexicon.Prepositions.Contains(lower) && lower is not ("and" or "said" or "told") ? Preposition : 0;
        bits |= lower is "said" or "says" or "told" ? SaidOrTold : 0;
        bits |= lower is "'s" or "’s" ? PossessiveMark : 0;
        var head = EntityIndex.StripPossessive(lower);
        bits |= Lexicon.PersonNouns.Contains(head) ? PersonHead : 0;
        bits |= Lexicon.OrganizationNouns.Contains(head) || Lexicon.OrganizationWords.Contains(EntityIndex.StripPossessive(value)) ? OrganizationHead : 0;
        bits |= Lexicon.DocumentNouns.Contains(head) ? DocumentHead : 0;
        bits |= Lexicon.IsGroupNoun(head) ? GroupHead : 0;
        bits |= Lexicon.Titles.Contains(value) ? Title : 0;
        bits |= value.EndsWith("ing", StringComparison.Ordinal) || value.EndsWith("ly", StringComparison.Ordinal) ? IngOrLy : 0;
        return bits;
    }
}
