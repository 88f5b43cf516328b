namespace ClaimExtract.Speakers;

/// <summary>
/// A company's "they" (branch orgwe120). British and much company news writes an organisation in the plural: "The firm that runs the
/// fair, Lind Productions, denies that a deal was struck. “There is nothing more to add,” they said." Data/names/GUIDE.md names such a
/// "they said in a statement" by the company; the resolver had read every "they" as a group with no name.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// For "they" with a reporting verb right after it, closing a quotation ("“...,” they said"): the named organisation whose report is
    /// the last one written before the quotation opens, in the quotation's sentence or the one before (the subject of that reporting verb,
    /// as <see cref="ReportingOrganizationBefore(Span)"/> reads an "It added"). Null for a "they" that closes no quotation ("They said the
    /// fair would open"), or when the last report before the quotation is a person's, a group's ("the stewards said") or anyone's but a
    /// named organisation's: "Stewards at Lind Productions said ... . “...,” they said" stays a group.
    /// </summary>
    private string? OrganisationsThey(Span mention)
    {
        var opening = QuotationOpening(mention.Start);
        return opening == mention.Start ? null : ReportingOrganizationBefore(mention, opening);
    }
}
