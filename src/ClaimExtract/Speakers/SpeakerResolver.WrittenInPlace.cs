namespace ClaimExtract.Speakers;

/// <summary>
/// Cheap first looks at a speaker mention as written, read in place in the text (branch speed120). The checks orgnames120 added for
/// every mention the resolver names ("the CFL" tied to its spelt-out name, "Corvania" cut from a headline's "Corvania Refuse", "The
/// French foreign ministry", "Russia" before "'s foreign ministry said") each split the mention into words and joined them again, a few
/// strings per mention, though almost every mention ("Anna Roe", "the mayor", "he") fails them at once; on the Zyte pages that was
/// most of the megabyte a round the resolver's allocations grew by. Each check first asks the text itself what it needs (an acronym,
/// a name run on past the mention, an institution's noun last, "'s" right after the mention) and makes its strings only when that holds.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>The institution nouns of <see cref="StateInstitutionNouns"/>, looked up by a word read in place.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StateInstitutionNounsInPlace =
        StateInstitutionNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The mention trimmed, without a leading "a", "an" or "the" of any case that has a word after it, and without a closing
    /// possessive ("the CFL's" → "CFL"): what <see cref="EntityIndex.StripPossessive"/> of <see cref="WithoutArticle"/> of its words
    /// split at spaces gives, read in place. False when two spaces stand together inside the mention (its words' join would not be the
    /// text), for the caller to read the words as it always did.
    /// </summary>
    private bool TryWrittenInPlace(Span mention, out ReadOnlySpan<char> written)
    {
        written = _text.AsSpan(mention.Start, mention.End - mention.Start).Trim();
        if (written.IndexOf("  ", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var space = written.IndexOf(' ');
        var first = space > 0 ? written[..space] : [];
        if (space > 0
            && (first.Equals("a", StringComparison.OrdinalIgnoreCase) || first.Equals("an", StringComparison.OrdinalIgnoreCase)
                || first.Equals("the", StringComparison.OrdinalIgnoreCase)))
        {
            written = written[(space + 1)..];
        }

        if (written.Length >= 2 && written[^1] == 's' && written[^2] is '’' or '\'')
        {
            written = written[..^2];
        }

        return true;
    }

    /// <summary>
    /// Whether the mention may be a bare acronym for <see cref="WithBareAcronymTied"/>: as written, one word of two to six capitals
    /// ("the CFL's", "F.B.I."); true too when the mention cannot be read in place.
    /// </summary>
    private bool MayBeBareAcronym(Span mention) =>
        !TryWrittenInPlace(mention, out var written) || written.IndexOf(' ') < 0 && AcronymPattern().IsMatch(written);

    /// <summary>
    /// Whether <paramref name="name"/> may run on past the mention's words for <see cref="WithoutHeadlineRunOn"/>: it opens with the
    /// mention as written, a capitalised word of two or more letters, and a space ("Corvania" in "Corvania Refuse"); true too when the
    /// mention cannot be read in place.
    /// </summary>
    private bool MayRunOnPastMention(Span mention, string name) =>
        !TryWrittenInPlace(mention, out var written)
        || written.Length >= 2 && char.IsUpper(written[0]) && name.Length > written.Length && name[written.Length] == ' '
           && name.AsSpan().StartsWith(written, StringComparison.Ordinal);

    /// <summary>
    /// Whether the mention may be a state's institution for <see cref="NationalInstitutionAsWritten"/>: its last word, as written, is an
    /// institution's noun other than "police" ("The French foreign ministry"); true too when the mention cannot be read in place.
    /// </summary>
    private bool MayEndInInstitutionNoun(Span mention)
    {
        var whole = _text.AsSpan(mention.Start, mention.End - mention.Start).Trim();
        if (whole.IndexOf("  ", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        var last = whole[(whole.LastIndexOf(' ') + 1)..];
        return !last.SequenceEqual("police") && StateInstitutionNounsInPlace.Contains(last);
    }

    /// <summary>Whether a possessive's "'s" or "’s" stands right after the mention, as <see cref="InstitutionAfterItsOwner"/> needs ("Russia" in "Russia's foreign ministry said").</summary>
    private bool PossessiveRightAfter(Span mention) =>
        mention.End + 1 < _text.Length && _text[mention.End] is '\'' or '’' && _text[mention.End + 1] == 's';
}
