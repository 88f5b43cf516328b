namespace ClaimExtract;

/// <summary>
/// A half-open range [<see cref="Start"/>, <see cref="End"/>) of UTF-16 code units in an article's text.
/// Inside the library every offset is a .NET string index; the output writers convert to Unicode
/// code points, which is what the published schema promises.
/// </summary>
public readonly record struct Span(int Start, int End)
{
    /// <summary>The number of code units covered.</summary>
    public int Length => End - Start;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this span.</summary>
    public bool Contains(Span other) => other.Start >= Start && other.End <= End;

    /// <summary>Whether the two spans share at least one code unit.</summary>
    public bool Overlaps(Span other) => other.Start < End && Start < other.End;

    /// <summary>The text this span covers.</summary>
    public string Of(string text) => text[Start..End];
}
