namespace ClaimExtract.Speakers;

/// <summary>What kind of source a speaker is.</summary>
public enum SpeakerKind
{
    /// <summary>No speaker, or a mention that could not be resolved (a pronoun with nothing before it, "you").</summary>
    Unknown,

    /// <summary>A named person, or a pronoun or description resolved to one ("he", "the billionaire" → Jack Ma).</summary>
    Person,

    /// <summary>A company, party, agency, outlet or other body that speaks for itself ("Alibaba", "the White House", "Reuters").</summary>
    Organization,

    /// <summary>A written source: a report, a statement, a filing, a study ("a Bloomberg report").</summary>
    Document,

    /// <summary>People not named one by one ("officials", "critics", "they").</summary>
    Group,
}

/// <summary>A speaker resolved from its mention: the full name (or the mention when nothing better is known) and its kind.</summary>
public sealed record ResolvedSpeaker(string? Name, SpeakerKind Kind);
