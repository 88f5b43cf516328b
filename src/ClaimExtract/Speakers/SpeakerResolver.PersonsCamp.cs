namespace ClaimExtract.Speakers;

/// <summary>
/// A person's camp: "the Sanders camp", "Clinton camp" (a headline) name the person's political organisation as "the Trump team" and
/// "the Clinton campaign" do (<see cref="OwnedOrganization"/>: the owner's surname and the noun). "camp" is no organisation noun of the
/// lexicon (a summer camp, a training camp), so the owner must be a person the article names.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// "SURNAME camp" for a mention "[the] NAME camp" whose capitalised owner the article names as a person ("Sanders camp"); null
    /// otherwise ("the boot camp", "Camp David", "the Army camp").
    /// </summary>
    private string? PersonsCamp(Span mention)
    {
        // The mention's last word read in place first: nearly every mention ends in another word, and its words are not split out (speed105).
        if (!LastWordIs(mention, "camp"))
        {
            return null;
        }

        var words = Written(mention).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[^1] == "camp" ? OwnedOrganization(words) : null;
    }
}
