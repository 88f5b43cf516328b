using System.Collections.Frozen;
using System.Text;
using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// What the speaker candidates and their features ask of a token (is it a pronoun, a cue verb, an auxiliary, a person
/// noun, ...), worked out once per form (distinct word as written) of an article and kept as bits: the candidate windows of an article's
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

    // In a form's bits in the table only: the form is a capitalised month or modal that may be a surname ("May", "Will"), whose
    // traits as a function word hold only where Lexicon.IsNotNameAt says it stands outside a name (see OutsideNameTraits).
    private const uint SurnameLike = 1u << 29;

    // The traits such a word loses inside a name ("Theresa May", "George Will wrote"): it is no auxiliary, adverb, description stop or name start there.
    private const uint FunctionWordTraits = Auxiliary | Adverb | DescriptionStop | NotNameStart;

    /// <summary>The bits that say which traits of a token are worked out, and the traits of a head (set once asked of the token or of another of its form).</summary>
    internal const uint KnownBits = Known | HeadKnown | SurnameLike, HeadTraitBits = HeadTraits;

    // In the case-insensitive table only: the word is a person noun (for the plural test of a group noun).
    private const uint PersonNounKey = 1u << 29;

    // In the ASCII tables only: the word is a person noun and "s" (the plural test without a second look-up).
    private const uint PluralOfPersonNounKey = 1u << 28;

    private const uint PrepositionKey = 1u << 0;
    private const uint PersonKey = 1u << 1;
    private const uint OrganizationKey = 1u << 2;
    private const uint DocumentKey = 1u << 3;
    private const uint GroupKey = 1u << 4;
    private const uint TitleKey = 1u << 5;
    private const uint OrganizationWordKey = 1u << 6;
    private const uint PluralOfPersonKey = 1u << 7;

    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(["he", "she", "they", "it", "we", "i", "you"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Relatives = FrozenSet.ToFrozenSet(["who", "which"], StringComparer.Ordinal);

    // Capitalised words that begin a sentence or a clause without being part of a name.
    private static readonly FrozenSet<string> NotNameStarts = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "but", "and", "or", "so", "in", "on", "at", "for", "with", "as", "if", "when", "while", "after", "before", "this", "that", "these",
         "those", "it", "he", "she", "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "there", "here", "what", "why", "how", "who", "where",
         "yet", "still", "also", "then", "now", "asked", "said", "according", "by", "from", "to", "of", "not", "no", "yes", "mr", "mrs", "ms", "dr",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
         "august", "september", "october", "november", "december", "one", "some", "many", "all", "most", "both", "even", "just", "only", "instead",
         // Subordinators, prepositions and sentence adverbs that open a sentence ("Despite his dislike for", "Since ...", "Ultimately, Mr. X").
         "since", "despite", "unless", "whatever", "whenever", "however", "therefore", "perhaps", "maybe", "ultimately", "let", "earlier", "along",
         "although", "though", "because", "meanwhile", "once", "sure", "specifically", "indeed", "moreover", "nevertheless", "nonetheless",
         "until", "whether", "amid", "among", "during", "without", "unlike", "like", "having", "being", "besides", "otherwise", "finally", "eventually",
         "recently", "thus", "hence", "apparently", "clearly", "obviously"],
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

    // The traits a lower-case word has by the word lists: those from lists compared as written, and those from the
    // lexicon's case-insensitive lists (one look-up each instead of one per list).
    private static readonly FrozenDictionary<string, uint> OrdinalTraits = BuildOrdinalTraits();
    private static readonly FrozenDictionary<string, uint> IgnoreCaseTraits = BuildIgnoreCaseTraits();
    private static readonly FrozenDictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> IgnoreCaseSpans = IgnoreCaseTraits.GetAlternateLookup<ReadOnlySpan<char>>();

    // The lexicon's lists a head word is in, as bits of the keys below (case-insensitive, as the lists are).
    private static readonly FrozenDictionary<string, uint> HeadKeys = BuildHeadKeys();
    private static readonly FrozenDictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> HeadSpans = HeadKeys.GetAlternateLookup<ReadOnlySpan<char>>();

    // The same for a word of ASCII characters only (nearly every word), by one ordinal look-up instead of two to five
    // case-insensitive ones: an ASCII word equals an ASCII key ignoring case exactly when it equals the key lowered, so these
    // tables hold the lists' keys lowered (with the ordinal lists' keys as they are, and the plural of each person noun).
    // Null when a list holds a key that is not ASCII (none does): the tables above then answer every word.
    private static readonly FrozenDictionary<string, uint>? AsciiTraits = BuildAsciiTable(IgnoreCaseTraits, PersonNounKey, PluralOfPersonNounKey, OrdinalTraits);
    private static readonly FrozenDictionary<string, uint>? AsciiHeadKeys = BuildAsciiTable(HeadKeys, PersonKey, PluralOfPersonKey, FrozenDictionary<string, uint>.Empty);

    // Their keys by hash (WordTable.HashFilter): most words of an article are in neither, and are known so by their form's hash, without a look-up.
    private static readonly WordTable.HashFilter? AsciiTraitWords = AsciiTraits is null ? null : new(AsciiTraits.Keys);
    private static readonly WordTable.HashFilter? AsciiHeadWords = AsciiHeadKeys is null ? null : new(AsciiHeadKeys.Keys);

    private readonly List<Token> _tokens;

    // The article's word table: a token's traits are its form's, worked out when a token of the form is first asked
    // about and kept in the table (a page's tokens repeat their words: "the", "said", a name), and so is its frequency.
    private readonly WordTable _words;
    private readonly List<int> _formOf;

    // The tokens of a surname-like form asked about, and whether each stands inside a name (worked out once per token, for these few forms only).
    private Dictionary<int, bool>? _insideName;

    public TokenTraits(TokenizedDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        Doc = doc;
        _tokens = doc.Tokens;
        _words = doc.Words;
        _formOf = doc.Words.FormOf;
    }

    public TokenizedDocument Doc { get; }

    /// <summary>Whether token <paramref name="i"/> has any of <paramref name="traits"/>.</summary>
    public bool Has(int i, uint traits) => (((traits & HeadTraits) != 0 ? OfHead(i) : Of(i)) & traits) != 0;

    /// <summary>The traits of token <paramref name="i"/>, without those of a head (see <see cref="OfHead"/>).</summary>
    public uint Of(int i)
    {
        var bits = OfForm(i);
        return (bits & SurnameLike) == 0 ? bits : AtPosition(i, bits);
    }

    /// <summary>All the traits of token <paramref name="i"/>.</summary>
    public uint OfHead(int i)
    {
        var bits = OfForm(i);
        if ((bits & HeadKnown) == 0)
        {
            bits = _words.Traits![_formOf[i]] = bits | HeadKnown | ComputeHead(_tokens[i], _words.LowerHash(_formOf[i]));
        }

        return (bits & SurnameLike) == 0 ? bits : AtPosition(i, bits);
    }

    // The traits of token i's form, as the table keeps them.
    private uint OfForm(int i)
    {
        var forms = _words.Traits ??= new uint[_words.Count];
        ref var bits = ref forms[_formOf[i]];
        if (bits == 0)
        {
            var token = _tokens[i];
            bits = Known | Compute(token, _words.LowerHash(_formOf[i])) | (token.IsCapitalized && Lexicon.IsSurnameLike(token.Value) ? SurnameLike : 0);
        }

        return bits;
    }

    // A surname-like form's traits at token i: without those of a function word where the token is part of a name there (Lexicon.InsideName),
    // as the rules that decide where a capitalised run starts and ends read it.
    private uint AtPosition(int i, uint bits)
    {
        ref var inside = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_insideName ??= [], i, out var known);
        if (!known)
        {
            inside = Lexicon.InsideName(_tokens, i);
        }

        return inside ? bits & ~FunctionWordTraits : bits;
    }

    /// <summary>The frequency feature of a mention whose last word is token <paramref name="i"/>: log(1 + the word's count in the article) / 4.</summary>
    /// <remarks>Read through the thread's <see cref="FormWords"/> (<see cref="FormWords.For"/>), made again only for another article's table (speed122).</remarks>
    public float Frequency(int i) => FormWords.For(_words).Frequency(_formOf[i]);

    /// <summary>
    /// The frequency feature of each form: log(1 + the count of its word in the article) / 4, the word being the form's
    /// lower case without a possessive ending, as <see cref="SpeakerCandidates.WordCounts"/> counts it (0 for a mark).
    /// </summary>
    internal static float[] FormFrequencies(WordTable words)
    {
        var counted = FormWords.Of(words);
        var frequency = new float[words.Count];
        for (var f = 0; f < frequency.Length; f++)
        {
            frequency[f] = counted.Frequency(f);
        }

        return frequency;
    }

    /// <summary>
    /// Each form's word count (its word: its lower case without a possessive ending, as <see cref="SpeakerCandidates.WordCounts"/> counts
    /// it), for <see cref="Frequency"/>, worked out only for the forms asked about: a page's candidates end on a few of its forms. Made
    /// from each form's token count and a chain of the forms by the hash of their lower case (both from int arrays: only the strings of
    /// the forms asked about and of their chains' forms are read, not every form's to find its word); a form's count is then the tokens
    /// of the forms whose lower case is its word, or its word with either possessive ending.
    /// </summary>
    private sealed class FormWords
    {
        private WordTable _words;

        // The tokens of each form.
        private int[] _uses;

        // The forms by their lower case's hash: _first[hash & _mask] is the last form of the chain (+ 1; 0 for none), _next[f] the one before f.
        private int[] _first;
        private int[] _next;
        private int _mask;

        // Each form's frequency feature once worked out (-1 before): a page's candidates end on the same few forms again and again.
        private float[]? _frequency;

        // The thread's table of the article whose forms it last counted (speed122): its four arrays were most of the bytes the ranker
        // allocated per article; they are kept from one article to the next and filled again for each new word table. Every reader
        // asks For with its own table, so a reader of an earlier table (a test's, the trainer's) has it counted again, never read stale.
        [ThreadStatic]
        private static FormWords? t_current;

        private FormWords(WordTable words) => (_words, _uses, _first, _next) = (words, [], [], []);

        /// <summary>The thread's counts for <paramref name="words"/>: the ones it holds when they are that table's, else made again for it.</summary>
        public static FormWords For(WordTable words)
        {
            var current = t_current;
            if (current is not null && ReferenceEquals(current._words, words))
            {
                return current;
            }

            current ??= t_current = new FormWords(words);
            current.Fill(words, ownArrays: false);
            return current;
        }

        /// <summary>A table's counts in arrays of their own, not the thread's.</summary>
        public static FormWords Of(WordTable words)
        {
            var own = new FormWords(words);
            own.Fill(words, ownArrays: true);
            return own;
        }

        // Counts the forms of `words` into this instance's arrays (grown when too short; with ownArrays, of exactly the sizes needed).
        private void Fill(WordTable words, bool ownArrays)
        {
            _words = words;
            var count = words.Count;
            var slots = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(count, 1));
            if (ownArrays || _uses.Length < count)
            {
                _uses = new int[count];
                _next = new int[count];
            }
            else
            {
                Array.Clear(_uses, 0, count);
            }

            if (ownArrays || _first.Length < slots)
            {
                _first = new int[slots];
            }
            else
            {
                Array.Clear(_first, 0, slots);
            }

            if (_frequency is not null)
            {
                if (_frequency.Length < count)
                {
                    _frequency = null;
                }
                else
                {
                    Array.Fill(_frequency, -1f, 0, count);
                }
            }

            foreach (var f in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words.FormOf))
            {
                _uses[f]++;
            }

            _mask = slots - 1;
            for (var f = 0; f < count; f++)
            {
                ref var last = ref _first[words.LowerHash(f) & _mask];
                _next[f] = last;
                last = f + 1;
            }
        }

        /// <summary>The frequency feature of form <paramref name="f"/>: log(1 + its word's count) / 4 (0 for a mark).</summary>
        public float Frequency(int f)
        {
            if (_frequency is null)
            {
                _frequency = new float[_uses.Length];
                Array.Fill(_frequency, -1f);
            }

            ref var known = ref _frequency[f];
            if (known < 0)
            {
                known = Compute(f);
            }

            return known;
        }

        private float Compute(int f)
        {
            if (!char.IsLetterOrDigit(_words.Values[f][0]))
            {
                return 0;
            }

            var lower = _words.Lowers[f];
            var word = EntityIndex.EndsPossessive(lower) ? lower.AsSpan(0, lower.Length - 2) : lower.AsSpan();
            var count = Count(word, possessive: false);
            Span<char> owned = word.Length <= 62 ? stackalloc char[word.Length + 2] : new char[word.Length + 2];
            word.CopyTo(owned);
            owned[^1] = 's';
            owned[^2] = '\'';
            count += Count(owned, possessive: true);
            owned[^2] = '\u2019';
            count += Count(owned, possessive: true);
            return MathF.Log(1 + count) / 4f;
        }

        // The tokens of the forms whose lower case is `lower` (whose word it is: one with a possessive ending only when `possessive`, the
        // ending stripped), a mark's form aside.
        private int Count(ReadOnlySpan<char> lower, bool possessive)
        {
            var hash = WordTable.Hash(lower);
            var count = 0;
            for (var g = _first[hash & _mask]; g != 0; g = _next[g - 1])
            {
                var form = g - 1;
                var other = _words.Lowers[form];
                if (_words.LowerHash(form) == hash && lower.SequenceEqual(other) && (possessive || !EntityIndex.EndsPossessive(other))
                    && char.IsLetterOrDigit(_words.Values[form][0]))
                {
                    count += _uses[form];
                }
            }

            return count;
        }
    }

    private static FrozenDictionary<string, uint> BuildOrdinalTraits()
    {
        var traits = new Dictionary<string, uint>(StringComparer.Ordinal);
        void Add(IEnumerable<string> words, uint bits)
        {
            foreach (var w in words)
            {
                traits[w] = traits.GetValueOrDefault(w) | bits;
            }
        }

        Add(Pronouns, Pronoun);
        Add(["he", "she"], PersonPronoun);
        Add(Relatives, Relative);
        Add(NotNameStarts, NotNameStart);
        Add(["some", "many", "most", "others", "several", "few", "both", "all"], Quantifier);
        Add(DescriptionStarts, DescriptionStart);
        Add(DescriptionStops, DescriptionStop);
        Add(["by"], By);
        return traits.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, uint> BuildIgnoreCaseTraits()
    {
        // Keys equal under the comparer share an entry (their bits or'ed): a word then has a list's bit exactly when
        // the list holds it, as each list's own case-insensitive look-up would say.
        var traits = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, uint bits)
        {
            foreach (var w in words)
            {
                traits[w] = traits.GetValueOrDefault(w) | bits;
            }
        }

        Add(Lexicon.CueVerbs.Keys, CueVerb);
        Add(Lexicon.Auxiliaries, Auxiliary);
        Add(Lexicon.Adverbs, Adverb);
        Add(Lexicon.PersonNouns, SpeakerNoun | PersonNounKey);
        Add(Lexicon.OrganizationNouns, SpeakerNoun);
        Add(Lexicon.DocumentNouns, SpeakerNoun);
        Add(Lexicon.GroupNouns, SpeakerNoun);
        return traits.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The traits of a token that the candidates look at in every window (see <see cref="ComputeByLists"/> for what they mean).</summary>
    internal static uint Compute(Token token) => Compute(token, WordTable.Hash(token.Lower));

    /// <summary><see cref="Compute(Token)"/>, given the hash of the token's lower case (<see cref="WordTable.LowerHash"/>).</summary>
    internal static uint Compute(Token token, int lowerHash)
    {
        var value = token.Value;
        if (!token.IsWord)
        {
            return value switch { "," => Comma, ":" => Colon, "“" or "\"" or "‘" => OpeningQuote, _ => 0 };
        }

        var lower = token.Lower;
        var bits = Word;
        bits |= token.IsCapitalized ? Capitalized : 0;
        bits |= EntityIndex.EndsPossessive(value) ? EndsPossessive : 0;
        bits |= value.Length > 0 && char.IsLower(value[0]) ? LowerFirst : 0;
        var ascii = AsciiTraits is not null && Ascii.IsValid(lower);
        var listed = ascii ? (AsciiTraitWords!.MayHold(lowerHash) ? AsciiTraits!.GetValueOrDefault(lower) : 0) : OrdinalTraits.GetValueOrDefault(lower) | IgnoreCaseTraits.GetValueOrDefault(lower);
        bits |= listed & ~(PersonNounKey | PluralOfPersonNounKey);

        // A group noun is also the plural of a person noun, or any word in -ers or -ists (Lexicon.IsGroupNoun).
        if ((bits & SpeakerNoun) == 0 && lower.Length > 3 && lower.EndsWith('s')
            && (lower.EndsWith("ers", StringComparison.OrdinalIgnoreCase) || lower.EndsWith("ists", StringComparison.OrdinalIgnoreCase)
                || (ascii
                    ? (listed & PluralOfPersonNounKey) != 0
                    : IgnoreCaseSpans.TryGetValue(lower.AsSpan(0, lower.Length - 1), out var singular) && (singular & PersonNounKey) != 0)))
        {
            bits |= SpeakerNoun;
        }

        return bits;
    }

    /// <summary>The same traits as <see cref="Compute(Token)"/>, by one look-up per list: the definition the tables are checked against.</summary>
    internal static uint ComputeByLists(Token token)
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

    /// <summary>The traits of a token as a mention's head or a word next to one (see <see cref="ComputeHeadByLists"/> for what they mean).</summary>
    internal static uint ComputeHead(Token token) => ComputeHead(token, WordTable.Hash(token.Lower));

    /// <summary><see cref="ComputeHead(Token)"/>, given the hash of the token's lower case (<see cref="WordTable.LowerHash"/>).</summary>
    internal static uint ComputeHead(Token token, int lowerHash)
    {
        var value = token.Value;
        var lower = token.Lower;
        var bits = 0u;
        var possessive = EntityIndex.EndsPossessive(lower);
        var head = possessive ? lower.AsSpan(0, lower.Length - 2) : lower.AsSpan();
        uint keys, headKeys, writtenKeys, valueKeys;
        var ascii = AsciiHeadKeys is not null && !possessive && Ascii.IsValid(value);
        if (ascii)
        {
            // The word is its own head and written form, and its lower case is the word lowered A–Z: one look-up answers for all.
            keys = headKeys = writtenKeys = valueKeys = AsciiHeadWords!.MayHold(lowerHash) ? AsciiHeadKeys!.GetValueOrDefault(lower) : 0;
        }
        else
        {
            keys = HeadKeys.GetValueOrDefault(lower);
            headKeys = head.Length == lower.Length ? keys : HeadKeysOf(head);
            writtenKeys = HeadKeysOf(EntityIndex.EndsPossessive(value) ? value.AsSpan(0, value.Length - 2) : value.AsSpan());
            valueKeys = HeadKeysOf(value);
        }

        bits |= (keys & PrepositionKey) != 0 && lower is not ("and" or "said" or "told") ? Preposition : 0;
        bits |= lower is "said" or "says" or "told" ? SaidOrTold : 0;
        bits |= lower is "'s" or "’s" ? PossessiveMark : 0;
        bits |= (headKeys & PersonKey) != 0 ? PersonHead : 0;
        bits |= (headKeys & OrganizationKey) != 0 || (writtenKeys & OrganizationWordKey) != 0 ? OrganizationHead : 0;
        bits |= (headKeys & DocumentKey) != 0 ? DocumentHead : 0;

        // Lexicon.IsGroupNoun: a group noun, or the plural of a person noun, or any word in -ers or -ists.
        bits |= (headKeys & GroupKey) != 0
                || head.Length > 3 && head.EndsWith('s')
                && ((ascii ? (keys & PluralOfPersonKey) != 0 : (HeadKeysOf(head[..^1]) & PersonKey) != 0)
                    || head.EndsWith("ers", StringComparison.OrdinalIgnoreCase) || head.EndsWith("ists", StringComparison.OrdinalIgnoreCase))
            ? GroupHead
            : 0;
        bits |= (valueKeys & TitleKey) != 0 ? Title : 0;
        bits |= value.EndsWith("ing", StringComparison.Ordinal) || value.EndsWith("ly", StringComparison.Ordinal) ? IngOrLy : 0;
        return bits;
    }

    /// <summary>The same traits as <see cref="ComputeHead(Token)"/>, by one look-up per list: the definition the table is checked against.</summary>
    internal static uint ComputeHeadByLists(Token token)
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

    private static uint HeadKeysOf(ReadOnlySpan<char> word) => HeadSpans.TryGetValue(word, out var keys) ? keys : 0;

    /// <summary>
    /// The ASCII table of a case-insensitive table: each key lowered (keys equal but for case share an entry, their bits or'ed), the plural of
    /// each key with <paramref name="personBit"/> ("official" → "officials") with <paramref name="pluralBit"/>, and the keys of the ordinal
    /// table <paramref name="ordinal"/> as they are; null when a case-insensitive key is not ASCII.
    /// </summary>
    private static FrozenDictionary<string, uint>? BuildAsciiTable(FrozenDictionary<string, uint> ignoreCase, uint personBit, uint pluralBit, FrozenDictionary<string, uint> ordinal)
    {
        var table = new Dictionary<string, uint>(StringComparer.Ordinal);
        void Add(string key, uint bits) => table[key] = table.GetValueOrDefault(key) | bits;
        foreach (var (key, bits) in ignoreCase)
        {
            if (!Ascii.IsValid(key))
            {
                return null;
            }

            var lower = key.ToLowerInvariant();
            Add(lower, bits);
            if ((bits & personBit) != 0)
            {
                Add(lower + "s", pluralBit);
            }
        }

        foreach (var (key, bits) in ordinal)
        {
            Add(key, bits);
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, uint> BuildHeadKeys()
    {
        // As for the case-insensitive traits: keys equal under the comparer share an entry, their bits or'ed.
        var keys = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, uint bits)
        {
            foreach (var w in words)
            {
                keys[w] = keys.GetValueOrDefault(w) | bits;
            }
        }

        Add(Lexicon.Prepositions, PrepositionKey);
        Add(Lexicon.PersonNouns, PersonKey);
        Add(Lexicon.OrganizationNouns, OrganizationKey);
        Add(Lexicon.DocumentNouns, DocumentKey);
        Add(Lexicon.GroupNouns, GroupKey);
        Add(Lexicon.Titles, TitleKey);
        Add(Lexicon.OrganizationWords, OrganizationWordKey);
        return keys.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
