namespace ClaimExtract.Speakers;

/// <summary>
/// Who relays a statement ("“...,” Ruiz said, according to Vexo Edition.", "according to a version she gave to The Carson Beacon"):
/// resolved as a speaker is, but typed a person only when the article clearly names one there. The resolver types an unknown
/// capitalised name a person; after a relaying cue, where news text names the outlet that carried the words far more often than a
/// person, that made a radio show and a newspaper persons (branch names110).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The reporter named by <paramref name="mention"/>: <see cref="Resolve(Span)"/>'s answer, with a person's kind made an organisation's
    /// when the name is written in the mention (<see cref="NamesAMedium"/>).
    /// </summary>
    public ResolvedSpeaker ResolveReporter(Span mention)
    {
        // "according to a version she gave to The Carson Beacon": the reporter is the outlet that carried the words (the account is the
        // speaker's document only: SpeakerResolver.AccountsGiven.cs).
        ResolvedSpeaker resolved;
        _resolvingReporter = true;
        try
        {
            resolved = Resolve(mention);
        }
        finally
        {
            _resolvingReporter = false;
        }

        return resolved is { Kind: SpeakerKind.Person, Name: { } name } && NamesAMedium(mention, name) ? resolved with { Kind = SpeakerKind.Organization } : resolved;
    }

    /// <summary>
    /// Whether <paramref name="name"/>, the person the reporter <paramref name="mention"/> resolved to, is rather a medium's name: it is
    /// written in the mention as it stands (not a pronoun, a description or a surname the article gives in full), and either "the" is
    /// written right before it ("The Carson Beacon": a person's name takes no article) or it has two words or more and its first word is
    /// no given name (<see cref="FirstNameGender.IsPersonName(string)"/>: "Vexo Edition"; not "Carson Wells", "J. Ann Roe"), and the
    /// article does not write it after a role or before an apposed role ("President Xi Jinping", "Bao Lin, a doctoral candidate").
    /// </summary>
    private bool NamesAMedium(Span mention, string name)
    {
        var written = Written(mention);
        var at = written.LastIndexOf(name, StringComparison.Ordinal);
        if (at < 0 || at + name.Length < written.Length && char.IsLetterOrDigit(written[at + name.Length]) || at > 0 && char.IsLetterOrDigit(written[at - 1]))
        {
            return false;
        }

        var before = written[..at].TrimEnd();
        var article = before.Equals("the", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" the", StringComparison.OrdinalIgnoreCase);
        return (article || name.Contains(' ', StringComparison.Ordinal) && !FirstNameGender.IsPersonName(name)) && !WrittenAfterRole(name);
    }
}
