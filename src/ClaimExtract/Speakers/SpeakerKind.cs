namespace ClaimExtract.Speakers;

/// <summary>What kind of source a speaker is.</summary>
public enum SpeakerKind
{
    Unknown,
    Person,
    Organization,
    Document,
    Group,
}

/// <summary>A speaker resolved from its mention: the full name (or the mention when nothing better is known) and its kind.</summary>
public sealed record ResolvedSpeaker(string? Name, SpeakerKind Kind);
