namespace ClaimExtract.Text;

/// <summary>
/// Converts UTF-16 indices of one string to Unicode code point indices, which is what the output
/// schema promises (Python's <c>text[start:end]</c>). Text without surrogate pairs maps to itself.
/// </summary>
internal sealed class CodePointMap
{
    // Positions (UTF-16) of the low surrogate of each pair; empty for most texts.
    private readonly int[] _lowSurrogates;

    public CodePointMap(string text)
    {
        var lows = new List<int>();
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                lows.Add(i);
            }
        }

        _lowSurrogates = [.. lows];
    }

    /// <summary>The code point index of the UTF-16 index <paramref name="utf16Index"/>.</summary>
    public int ToCodePoint(int utf16Index)
    {
        if (_lowSurrogates.Length == 0)
        {
            return utf16Index;
        }

        // Every low surrogate before the index is one code unit that is not a code point of its own.
        var i = Array.BinarySearch(_lowSurrogates, utf16Index);
        var before = i >= 0 ? i : ~i;
        return utf16Index - before;
    }
}
