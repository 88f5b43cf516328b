namespace ClaimExtract.Speakers;

/// <summary>What <see cref="SpeakerResolver"/>'s fuller-form search asks of the article's words (SpeakerResolver.FullerFormWritten.cs).</summary>
internal sealed partial class EntityIndex
{
    /// <summary>Whether the article writes <paramref name="word"/> in lower case somewhere ("will", "mark"): a common word, not a given name, there.</summary>
    public bool WrittenInLowerCase(string word) => _lowerWords is { } lower && lower.Contains(Text.Token.LowerInvariant(word));
}
