namespace ClaimExtract.Text;

internal sealed partial class WordTable
{
    // The forms this thread's last articles made, kept for the next ones (speed105).
    [ThreadStatic]
    private static FormCache? t_forms;

    /// <summary>
    /// A new word form of the article, its strings taken from the thread's <see cref="FormCache"/> when an earlier article made the
    /// same form (the words of the language, "the", "said", "President", recur from article to article): no string made for it, nor
    /// its lower case. Otherwise made as <see cref="New(int, string)"/> makes it; a form the slot last saw missing (its hash is the
    /// slot's <see cref="FormCache.Entry.Missed"/>) is put in the cache in place of what the slot held, any other only noted as missed,
    /// so that a word met once (most of an article's names and numbers) neither takes a frequent word's place nor is kept alive by the
    /// cache. The strings are equal whichever way they come, so every reader sees the same forms.
    /// </summary>
    private int NewFromCache(int hash, ReadOnlySpan<char> span)
    {
        var cache = t_forms ??= new FormCache();
        ref var entry = ref cache.Entries[hash & FormCache.Mask];
        if (entry.Hash == hash && entry.Value is { } value && span.SequenceEqual(value))
        {
            return New(hash, value, entry.Lower!, entry.LowerHash, entry.Ascii);
        }

        var id = New(hash, span.ToString());
        if (entry.Missed == hash)
        {
            entry = new FormCache.Entry
            {
                Hash = hash, Value = _values[id], Lower = _lowers[id], LowerHash = _lowerHashes[id], Ascii = _ascii[id], Missed = ~hash,
            };
        }
        else
        {
            entry.Missed = hash;
        }

        return id;
    }

    /// <summary>Empties this thread's <see cref="FormCache"/> (for the tests, and for timing a run that starts with it empty).</summary>
    internal static void ClearFormCache()
    {
        if (t_forms is { } cache)
        {
            Array.Clear(cache.Entries);
        }
    }

    /// <summary>
    /// Word forms by their hash, one per slot (a later form of the same slot, missed twice in a row, takes it): a direct-mapped cache,
    /// so that it stays of one size however many articles a thread reads, the frequent words staying in it and the rare ones passing by.
    /// </summary>
    private sealed class FormCache
    {
        // 4,096 slots of 32 bytes (128 KB, about a level-2 cache): with 16,384 the look-ups' misses in the processor's caches cost
        // more than the strings they saved on the Zyte pages (speed105's A/B).
        public const int Mask = (1 << 12) - 1;

        // One entry per slot, its fields side by side (a look-up reads one or two cache lines).
        public readonly Entry[] Entries = new Entry[Mask + 1];

        public struct Entry
        {
            public string? Value;
            public string? Lower;
            public int Hash;
            public int LowerHash;
            // The hash of the last form that missed this slot (the complement of Hash when none has since it was filled).
            public int Missed;
            public bool Ascii;
        }
    }
}
