namespace ClaimExtract.Text;

/// <summary>
/// The distinct forms (token values, as written) of one article, made with its tokens: each token's form, each form's
/// string (shared by all its tokens), lower case and number of tokens. The quote and speaker stage asks the same things
/// of a word many times (is it a cue, a trigger, a known cue word, its traits, its count in the article); what a form
/// answers is worked out once per form and read by the form's index, instead of once per token, each by its own look-up.
/// </summary>
internal sealed class WordTable
{
    // An open-addressing table of the forms by their characters (hashed as the tokenizer reads them, without a string):
    // each slot holds a form's index + 1, or 0 when free; a form's hash is kept to compare before its characters.
    private int[] _slots;
    private int _mask;
    private int[] _hashes;
    // Each form's lower case's hash (LowerHash), worked out once when the form is made: about ten passes over the forms per article ask it.
    private int[] _lowerHashes;
    private string[] _values;
    private string[] _lowers;
    // Whether each form is all ASCII (read with its lower case, when the form is made): the rules' passes over the forms ask it of
    // each form their hash filters leave out (a form outside ASCII may match a table that ignores case whatever its hash).
    private bool[] _ascii;
    private int _count;
    private List<int> _formOf;

    // The form of each one-character token of ASCII or General Punctuation (U+2000–U+206F: ’ “ ” —), once it is met
    // (index + 1): no hashing for the commas, periods and quotation marks, a fifth of the tokens.
    private readonly int[] _marks;
    private int[]? _uses;

    // The arrays and list the forms are made in (one set per thread, reused by each article: see Seal). Sized from the text,
    // each article's own were 38% too long for its forms and 22% for its tokens on the Zyte pages, and some still grew (speed92tok).
    [ThreadStatic]
    private static Scratch? t_scratch;

    // The arrays and list a reused table keeps after its Seal (TokenizedDocument.Reusing): a second set per thread, so that a table
    // made the other way on the same thread leaves the reused one alone.
    [ThreadStatic]
    private static Scratch? t_reused;

    private readonly bool _reused;

    public WordTable(int capacity)
        : this(capacity, false)
    {
    }

    /// <summary>
    /// A table for about <paramref name="capacity"/> tokens; with <paramref name="reused"/>, one that keeps this thread's reused working
    /// arrays after <see cref="Seal"/> (its slots, hashes, ASCII flags and <see cref="FormOf"/>), valid until the next such table is made
    /// on the thread (see TokenizedDocument.Reusing).
    /// </summary>
    internal WordTable(int capacity, bool reused)
    {
        // Distinct forms are about two in five of an article's tokens; the table is kept at most half full.
        var forms = capacity / 2 + 16;
        var scratch = reused ? t_reused ??= new Scratch() : t_scratch ??= new Scratch();
        _reused = reused;
        var slots = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)forms * 2);
        scratch.Fit(forms, slots, capacity);
        // The scratch's slots may be longer than this article needs: its table is their first power of two that is.
        _slots = scratch.Slots;
        _mask = slots - 1;
        _hashes = scratch.Hashes;
        _lowerHashes = scratch.LowerHashes;
        _values = scratch.Values;
        _lowers = scratch.Lowers;
        _ascii = scratch.Ascii;
        _formOf = scratch.FormOf;
        _marks = reused ? scratch.Marks : new int[0x80 + 0x70];
    }

    /// <summary>
    /// Ends the adding: the forms, their hashes and the tokens' forms move from the thread's scratch into arrays of exactly their
    /// number (the table's slots into the smallest power of two at most half full), and the scratch is emptied for the next article.
    /// </summary>
    internal void Seal()
    {
        if (_reused)
        {
            SealReused();
            return;
        }

        var scratch = t_scratch!;
        var count = _count;
        // The scratch keeps any array a large article grew it to.
        (scratch.Hashes, scratch.LowerHashes, scratch.Values, scratch.Lowers, scratch.Ascii) = (_hashes, _lowerHashes, _values, _lowers, _ascii);
        if (_slots.Length > scratch.Slots.Length)
        {
            scratch.Slots = _slots;
        }

        _hashes = _hashes[..count];
        _lowerHashes = _lowerHashes[..count];
        _values = _values[..count];
        _lowers = _lowers[..count];
        _ascii = _ascii[..count];
        _formOf = new List<int>(scratch.FormOf.Count);
        _formOf.AddRange(scratch.FormOf);
        Rehash(new int[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(count * 2, 16))]);
        // Emptied (not only counted as empty; Rehash emptied the slots): the scratch would otherwise hold this article's strings alive.
        Array.Clear(scratch.Values, 0, count);
        Array.Clear(scratch.Lowers, 0, count);
        scratch.FormOf.Clear();
        scratch.InUse = false;
    }

    // Seal of a reused table: every array stays the thread's reused one, longer than the forms (Values and Lowers are read by form
    // index below Count, as their summaries say; the slots through the mask); the next reused table's Fit empties what this one filled.
    private void SealReused()
    {
        var scratch = t_reused!;
        (scratch.Hashes, scratch.LowerHashes, scratch.Values, scratch.Lowers, scratch.Ascii) = (_hashes, _lowerHashes, _values, _lowers, _ascii);
        scratch.Slots = _slots;
        scratch.Filled = _mask + 1;
        scratch.Forms = _count;
        scratch.InUse = false;
    }

    /// <summary>The number of distinct forms.</summary>
    public int Count => _count;

    /// <summary>The form of each token.</summary>
    public List<int> FormOf => _formOf;

    /// <summary>Each form as written (the first <see cref="Count"/> entries).</summary>
    public string[] Values => _values;

    /// <summary>Each form's lower case (<see cref="Token.LowerInvariant"/>; the first <see cref="Count"/> entries).</summary>
    public string[] Lowers => _lowers;

    /// <summary>The number of tokens of each form (counted when first asked).</summary>
    public int[] Uses
    {
        get
        {
            if (_uses is null)
            {
                var uses = new int[_count];
                foreach (var f in _formOf)
                {
                    uses[f]++;
                }

                _uses = uses;
            }

            return _uses;
        }
    }

    // Per-form answers cached by the stage's parts (each filled by its owner; null until asked).

    /// <summary>The speaker candidates' token traits per form (see Speakers.TokenTraits), 0 until worked out.</summary>
    internal uint[]? Traits { get; set; }

    /// <summary>The rules' flags per form (see Quotes.AttributionFinder).</summary>
    internal byte[]? RuleFlags { get; set; }

    /// <summary>The tokens that can open each of the after-ranker rules that scan every token (see Quotes.TriggerTokens).</summary>
    internal Quotes.TriggerTokens? Triggers { get; set; }

    /// <summary>Whether each form is a cue word of saying, as Quotes.ContentEdges asks it (0 until asked, then 1 no, 2 yes).</summary>
    internal byte[]? SpeechCues { get; set; }

    private Quotes.CuePriors? _priorsOwner;
    private (int Cue, int Total)[]? _priors;
    private bool[]? _known;

    /// <summary>
    /// Each form's counts in <paramref name="priors"/> (by its lower case; (0, 0) for a word the priors do not hold), and
    /// whether they hold it: looked up once per form, kept for the last priors asked about.
    /// </summary>
    internal ((int Cue, int Total)[] Counts, bool[] Known) PriorsOf(Quotes.CuePriors priors)
    {
        if (!ReferenceEquals(priors, _priorsOwner))
        {
            var counts = new (int Cue, int Total)[_count];
            var known = new bool[counts.Length];
            FillPriors(priors, counts, known);
            (_priors, _known, _priorsOwner) = (counts, known, priors);
        }

        return (_priors!, _known!);
    }

    /// <summary>
    /// <see cref="PriorsOf"/>'s answers written into the first <see cref="Count"/> items of <paramref name="counts"/> and
    /// <paramref name="known"/> (each item written, so tables used before for another article may be given), not kept by the table:
    /// the cue tagger's pass over an article reads them once, into the thread's tables (speed123).
    /// </summary>
    internal void FillPriors(Quotes.CuePriors priors, (int Cue, int Total)[] counts, bool[] known)
    {
        for (var f = 0; f < _count; f++)
        {
            // One look-up per form whose hash the priors' words have: a word the priors hold has its counts.
            if (priors.Words.MayHold(LowerHash(f)))
            {
                known[f] = priors.TryGetCounts(_lowers[f], out counts[f]);
            }
            else
            {
                (known[f], counts[f]) = (false, default);
            }
        }
    }

    /// <summary>
    /// Adds a token of <paramref name="length"/> characters at <paramref name="start"/> of <paramref name="text"/>: the
    /// form's string (<paramref name="made"/> when the form is new and it is given) and its lower case.
    /// </summary>
    internal string Add(string text, int start, int length, string? made, out string lower)
    {
        int id;
        var mark = length == 1 ? MarkIndex(text[start]) : -1;
        if (mark >= 0)
        {
            id = _marks[mark] - 1;
            if (id < 0)
            {
                id = New(0, made ?? text.Substring(start, 1));
                _marks[mark] = id + 1;
            }
        }
        else
        {
            var span = text.AsSpan(start, length);
            var hash = Hash(span);
            var slot = hash & _mask;
            while (true)
            {
                var at = _slots[slot] - 1;
                if (at < 0)
                {
                    id = New(hash, made ?? span.ToString());
                    _slots[slot] = id + 1;
                    if (_count * 2 > _mask + 1)
                    {
                        Grow();
                    }

                    break;
                }

                if (_hashes[at] == hash && span.SequenceEqual(_values[at]))
                {
                    id = at;
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        _formOf.Add(id);
        lower = _lowers[id];
        return _values[id];
    }

    /// <summary>The form written as <paramref name="value"/>, or -1 when the article has none.</summary>
    internal int IndexOf(string value) => IndexOf(value.AsSpan());

    /// <summary>The form written as <paramref name="value"/>, or -1 when the article has none (no string made to ask).</summary>
    internal int IndexOf(ReadOnlySpan<char> value)
    {
        if (value.Length == 1 && MarkIndex(value[0]) is >= 0 and var mark)
        {
            return _marks[mark] - 1;
        }

        var hash = Hash(value);
        for (var slot = hash & _mask; _slots[slot] != 0; slot = (slot + 1) & _mask)
        {
            var at = _slots[slot] - 1;
            if (_hashes[at] == hash && value.SequenceEqual(_values[at]))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>
    /// The hash of form <paramref name="f"/>'s lower case, as <see cref="Hash"/> computes it: the form's own when it is its lower case
    /// (a mark, one character, is hashed here: the table does not hash marks). Worked out once, when the form is made (speed89): a form
    /// written with capitals was hashed again by each of the ten or so passes over the forms that ask it.
    /// </summary>
    internal int LowerHash(int f) => _lowerHashes[f];

    /// <summary>
    /// Whether form <paramref name="f"/> is all ASCII (<c>System.Text.Ascii.IsValid</c>), worked out once, when the form is
    /// made (speed92after): <see cref="Quotes.TriggerTokens"/> and the rules' flags asked it of nearly every form, a call each.
    /// </summary>
    internal bool IsAscii(int f) => _ascii[f];

    /// <summary>
    /// Whether each form, as written, is a word <paramref name="holds"/> answers for, asked only of the forms whose lower case's hash
    /// <paramref name="filter"/> may hold: the filter must be of the lower cases of every word <paramref name="holds"/> answers for
    /// (as for a set of lower-case words matched as written, whose words are their own lower case).
    /// </summary>
    internal bool[] FormsWhere(HashFilter filter, Func<string, bool> holds) => Where(filter, holds, _values);

    /// <summary>
    /// Whether each form's lower case is a word <paramref name="holds"/> answers for (as <see cref="Token.Lower"/> is matched), asked only
    /// of the forms whose lower case's hash <paramref name="filter"/> may hold: the filter must be of every word <paramref name="holds"/>
    /// answers for. A rule that reads every token's lower case asks once per form instead.
    /// </summary>
    internal bool[] LowerFormsWhere(HashFilter filter, Func<string, bool> holds) => Where(filter, holds, _lowers);

    // Each form's answer from holds, of the form's string in strings (as written or lower case), where the filter may hold its lower case's hash.
    private bool[] Where(HashFilter filter, Func<string, bool> holds, string[] strings)
    {
        var forms = new bool[_count];
        for (var f = 0; f < forms.Length; f++)
        {
            forms[f] = filter.MayHold(LowerHash(f)) && holds(strings[f]);
        }

        return forms;
    }

    private static int MarkIndex(char c) => c < 0x80 ? c : c is >= '\u2000' and < '\u2070' ? 0x80 + c - 0x2000 : -1;

    internal static int Hash(ReadOnlySpan<char> span)
    {
        var h = 2166136261u;
        foreach (var c in span)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h ^ (h >> 15));
    }

    private int New(int hash, string value)
    {
        if (_count == _values.Length)
        {
            Array.Resize(ref _values, _count * 2);
            Array.Resize(ref _lowers, _count * 2);
            Array.Resize(ref _hashes, _count * 2);
            Array.Resize(ref _lowerHashes, _count * 2);
            Array.Resize(ref _ascii, _count * 2);
        }

        _values[_count] = value;
        var lower = Token.LowerInvariantAscii(value, out _ascii[_count]);
        _lowers[_count] = lower;
        _hashes[_count] = hash;
        _lowerHashes[_count] = value.Length > 1 && ReferenceEquals(value, lower) ? hash : Hash(lower);
        return _count++;
    }

    private void Grow() => Rehash(new int[(_mask + 1) * 2]);

    // Moves the table's slots into slots (empty, a power of two in length, more than twice the forms), and empties the old ones (the
    // scratch's are used again).
    private void Rehash(int[] slots)
    {
        var mask = slots.Length - 1;
        var old = _slots.AsSpan(0, _mask + 1);
        foreach (var s in old)
        {
            if (s == 0)
            {
                continue;
            }

            var slot = _hashes[s - 1] & mask;
            while (slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = s;
        }

        old.Clear();
        (_slots, _mask) = (slots, mask);
    }

    private sealed class Scratch
    {
        public int[] Slots = [];
        public int[] Hashes = [];
        public int[] LowerHashes = [];
        public string[] Values = [];
        public string[] Lowers = [];
        public bool[] Ascii = [];
        public readonly List<int> FormOf = [];

        // A reused table's marks (emptied for each table), and the number of slots it left filled (emptied by the next Fit).
        public readonly int[] Marks = new int[0x80 + 0x70];
        public int Filled;

        // The number of forms a reused table left in Values and Lowers (emptied by the next Fit).
        public int Forms;

        // Between a table's making and its Seal: a table left unsealed (an exception while tokenizing) left its slots filled.
        public bool InUse;

        // Room for forms forms, a table of slots slots and tokens tokens, all empty.
        public void Fit(int forms, int slots, int tokens)
        {
            if (Forms > 0)
            {
                // Emptied before any new arrays are made: a reused table's strings are not kept alive past the next table.
                Array.Clear(Values, 0, Forms);
                Array.Clear(Lowers, 0, Forms);
                Forms = 0;
            }

            if (Values.Length < forms)
            {
                (Hashes, LowerHashes, Values, Lowers, Ascii) =
                    (new int[forms], new int[forms], new string[forms], new string[forms], new bool[forms]);
            }

            if (Slots.Length < slots)
            {
                Slots = new int[slots];
            }
            else if (InUse)
            {
                Array.Clear(Slots);
            }
            else if (Filled > 0)
            {
                Array.Clear(Slots, 0, Filled);
            }

            Filled = 0;
            Array.Clear(Marks);

            InUse = true;

            FormOf.Clear();
            FormOf.EnsureCapacity(tokens);
        }
    }

    /// <summary>
    /// A set of words by their hashes (<see cref="Hash"/>, one bit of 2^16 per hash): a form whose lower case's bit is clear is
    /// none of the words, known without comparing strings; a set bit says only that it may be one (about one in 50 of other words
    /// for a set of a thousand).
    /// </summary>
    internal sealed class HashFilter
    {
        private readonly ulong[] _bits = new ulong[1024];

        public HashFilter(IEnumerable<string> words)
        {
            foreach (var w in words)
            {
                var hash = Hash(w);
                _bits[(hash >> 6) & 1023] |= 1UL << hash;
            }
        }

        /// <summary>The union of <paramref name="filters"/>: it may hold every hash one of them may hold, and no other.</summary>
        public HashFilter(params HashFilter[] filters)
        {
            foreach (var filter in filters)
            {
                for (var i = 0; i < _bits.Length; i++)
                {
                    _bits[i] |= filter._bits[i];
                }
            }
        }

        public bool MayHold(int hash) => (_bits[(hash >> 6) & 1023] & (1UL << hash)) != 0;
    }
}
