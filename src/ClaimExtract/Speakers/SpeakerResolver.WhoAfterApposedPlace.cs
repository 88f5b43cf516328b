namespace ClaimExtract.Speakers;

/// <summary>
/// "who" after a place that ends an apposition to a person's name is that person (branch pronouns122): "Ann Roe, the opposition
/// leader in North Vexland, who suggested" is Ann Roe, not "North Vexland", which the entity index may hold as a name of its own
/// when the article writes it only once. The organisation case ("Ann Roe, a senior editor at the Vexo Ledger, who") is the
/// resolver's already; this is the same apposition ending in "in", "from" or "of" and a name that opens with no given name.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The person an apposition ending at <paramref name="antecedent"/> follows, when the antecedent, resolved as
    /// <paramref name="resolved"/> (a person's name by the index, opening with no given name), comes right after "in", "from" or "of";
    /// else null.
    /// </summary>
    private string? PersonBeforeApposedPlace(Span antecedent, ResolvedSpeaker resolved)
    {
        if (resolved is not { Kind: SpeakerKind.Person, Name: { } name } || FirstNameGender.IsGivenName(name.Split(' ')[0])
            || !char.IsUpper(_text[antecedent.Start]) || WordBefore(antecedent.Start) is not ("in" or "from" or "of"))
        {
            return null;
        }

        return PersonApposedBefore(antecedent.Start) is { } person && person != name ? person : null;
    }
}
