namespace ClaimExtract;

// A blog's "we": the organisation whose blog the publisher's name says it is (branch orgwe120).
public sealed partial class ClaimPipeline
{
    /// <summary>
    /// The organisation a blog's site name is named after: "The Harbour Trust Blog", "Harbour Trust Blog" and "Harbour Trust blog" are
    /// the Harbour Trust's blog, and a post there that says "We believe the grant will pay for itself" speaks for the Harbour Trust, as
    /// data/names/GUIDE.md names a charity blog's "we" (`GiveWell` for "The GiveWell Blog", a page whose text writes "GiveWell" but never
    /// the site name). Null for any other site name ("The Quayside Gazette" keeps its "The": a newspaper is its own name), or when
    /// nothing but "The" stands before "Blog" ("The Blog").
    /// </summary>
    internal static string? BlogsOrganisation(string? publisher)
    {
        var name = publisher?.Trim();
        if (name is null || !(name.EndsWith(" Blog", StringComparison.Ordinal) || name.EndsWith(" blog", StringComparison.Ordinal)))
        {
            return null;
        }

        name = name[..^" Blog".Length].TrimEnd();
        if (name == "The" || name.StartsWith("The ", StringComparison.Ordinal))
        {
            name = name["The".Length..].TrimStart();
        }

        return name.Length > 0 && char.IsUpper(name[0]) ? name : null;
    }
}
