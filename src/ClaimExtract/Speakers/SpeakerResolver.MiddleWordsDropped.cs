using System.Text.RegularExpressions;

namespace ClaimExtract.Speakers;

/// <summary>
/// An organisation written in a short form that drops the middle words of the name the article gives it in full before: "the Harbour
/// Museum" after "the Harbour Maritime Museum". data/names/GUIDE.md names an organisation by its proper name, as <see
/// cref="FullNameOfShortForm"/> does for a name's first word alone (train labels "the Holocaust Museum" by the name the article writes in
/// full a paragraph before; branch orgs122).
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Whether the word ends an institution's name: one of <see cref="ShortFormHeads"/>, or "Museum".</summary>
    private static bool IsMiddleDroppedHead(string word) => word == "Museum" || ShortFormHeads.Contains(word);

    /// <summary>
    /// <paramref name="resolved"/> with an organisation's name of two capitalised words that ends in an institution's word (<see
    /// cref="IsMiddleDroppedHead"/>: "Harbour Museum") replaced by the one longer name written before the mention that opens with the first word
    /// and ends with the second, with only capitalised words between ("Harbour Maritime Museum"); unchanged when there is none, more than
    /// one ("House Select Committee", "House Ethics Committee"), or the longer name is a person's.
    /// </summary>
    private ResolvedSpeaker WithMiddleWordsRestored(Span mention, ResolvedSpeaker resolved)
    {
        if (resolved.Kind != SpeakerKind.Organization || resolved.Name is not { } name || name.Split(' ') is not [var head, var last]
            || !IsMiddleDroppedHead(last) || !char.IsUpper(head[0]) || !head.All(char.IsLetter))
        {
            return resolved;
        }

        string? found = null;
        foreach (Match run in CapitalisedRuns)
        {
            if (run.Index >= mention.Start)
            {
                break;
            }

            if (!run.ValueSpan.Contains(head, StringComparison.Ordinal))
            {
                continue;
            }

            var words = run.Value.Split(' ');
            for (var i = 0; i < words.Length - 2; i++)
            {
                if (words[i] != head)
                {
                    continue;
                }

                for (var j = i + 2; j < words.Length && char.IsUpper(words[j - 1][0]); j++)
                {
                    if (EntityIndex.StripPossessive(words[j]) != last)
                    {
                        continue;
                    }

                    var full = EntityIndex.StripPossessive(string.Join(' ', words[i..(j + 1)]));
                    if (found is not null && found != full)
                    {
                        return resolved;
                    }

                    found = full;
                    break;
                }
            }
        }

        return found is null || _entities.ResolveName(found) is { } person && _entities.IsPersonFullName(person)
            ? resolved
            : new ResolvedSpeaker(found, SpeakerKind.Organization);
    }
}
