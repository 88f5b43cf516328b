using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ClaimExtract.Speakers;

/// <summary>
/// An organisation written in a short form of the name the article gives it in full before: "the Fed" after "the Federal Reserve" (its
/// first word clipped), "State" after "the State Department" (its first word alone), "the BLM group" after "Black Lives Matter" (its
/// acronym and an organisation noun). data/names/GUIDE.md names an organisation by its proper name ("The Fed" is `Federal Reserve`
/// where the article writes it), as <see cref="WithAcronymExpanded"/> does for an acronym alone.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Nouns after an acronym that name the organisation itself ("the BLM group"), not a part of it ("the AFL-CIO political committee").</summary>
    private static readonly FrozenSet<string> AcronymGroupNouns = FrozenSet.ToFrozenSet(
        ["group", "movement", "organization", "organisation", "network", "coalition"], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AcronymGroupNounSpans = AcronymGroupNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The last of the mention's words as <c>Written(mention).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]</c> gives it
    /// (empty for a blank mention), read in place: the trimmed mention after its last space.
    /// </summary>
    private ReadOnlySpan<char> LastWord(Span mention)
    {
        var written = _text.AsSpan(mention.Start, mention.Length).Trim();
        return written[(written.LastIndexOf(' ') + 1)..];
    }

    private bool LastWordIs(Span mention, string word) => LastWord(mention).SequenceEqual(word);

    private bool LastWordIsIn(Span mention, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words) => LastWord(mention) is { Length: > 0 } last && words.Contains(last);

    /// <summary>
    /// The last words that make a capitalised run an institution's name (<see cref="InstitutionHeads"/> and a few more: "Federal
    /// Reserve", "Fox News"); not the lexicon's wider organisation words, which hold places, days and nations ("China Sea", "Super
    /// Tuesday").
    /// </summary>
    private static readonly FrozenSet<string> ShortFormHeads = FrozenSet.ToFrozenSet(
        InstitutionHeads.Concat(["Reserve", "Bank", "Board", "News"]), StringComparer.Ordinal);

    /// <summary>
    /// The acronym's spelt-out form for a mention "[the] ACRONYM group" (<see cref="AcronymExpansion"/>), or <paramref name="resolved"/> with
    /// an organisation's one-word name that is a short form replaced by the full name the article writes (<see cref="FullNameOfShortForm"/>);
    /// <paramref name="resolved"/> otherwise.
    /// </summary>
    private ResolvedSpeaker WithShortFormExpanded(Span mention, ResolvedSpeaker resolved)
    {
        // "the BLM group": the acronym's organisation, whatever the words resolved to (the group's name as written, or none). The
        // mention's last word is read in place first (speed105): for a mention that ends in no such noun the words are not split out.
        var written = !LastWordIsIn(mention, AcronymGroupNounSpans) ? [] : WrittenWithoutArticle(mention).Split(' ');
        if (written.Length == 2 && AcronymGroupNouns.Contains(written[1]) && AcronymPattern().IsMatch(written[0])
            && CachedAcronymExpansion(written[0]) is { } spelt)
        {
            return new ResolvedSpeaker(spelt, SpeakerKind.Organization);
        }

        return resolved.Kind == SpeakerKind.Organization && resolved.Name is { } name && !name.Contains(' ', StringComparison.Ordinal)
               && FullNameOfShortForm(name, mention.Start) is { } full
            ? new ResolvedSpeaker(full, SpeakerKind.Organization)
            : resolved;
    }

    /// <summary>
    /// The organisation's name of two to four capitalised words that <paramref name="word"/> opens or clips ("State Department" for
    /// "State", "Federal Reserve" for "Fed": three letters or more that begin the name's first word), that opens its capitalised run (past
    /// "The"; not "Israel" of "American Israel Public Affairs Committee") and ends in an institution's word (<see cref="ShortFormHeads"/>),
    /// written before <paramref name="position"/> and before the word is first written alone (news names in full first, as <see
    /// cref="EntityIndex.ExpandOrganization"/>); the one written most often, of two the first. Null when there is none, when the name is a
    /// person's or a place's, or when the word is a place, a state, a nationality ("Florida" of "the Florida Education Association") or
    /// an institution named by itself ("the Senate", not "Senate Democrats").
    /// </summary>
    private string? FullNameOfShortForm(string word, int position)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]) || !word.Skip(1).All(char.IsLower) || UniqueInstitutions.Contains(word)
            || _entities.IsPlace(word) || EntityIndex.IsStateName(word.ToLowerInvariant()) || IsNationality(word))
        {
            return null;
        }

        // The answer depends on the word and the place its runs are read up to, not on the mention: the same organisation's short form
        // asked again (each of its statements) reads its answer (speed124), and where the word is first written alone is found once.
        ref var firstAlone = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
            _firstWrittenAlone ??= new Dictionary<string, int>(StringComparer.Ordinal), word, out var known);
        if (!known)
        {
            firstAlone = FirstWrittenAlone(word);
        }

        var until = Math.Min(position, firstAlone);
        _shortFormNames ??= [];
        if (_shortFormNames.TryGetValue((word, until), out var answered))
        {
            return answered;
        }

        var answer = ShortFormName(word, until);
        _shortFormNames[(word, until)] = answer;
        return answer;
    }

    // FullNameOfShortForm's answers by the word and the place read up to, and where each word is first written alone, made when first asked.
    private Dictionary<(string Word, int Until), string?>? _shortFormNames;
    private Dictionary<string, int>? _firstWrittenAlone;

    // The name FullNameOfShortForm gives word from the capitalised runs before until.
    private string? ShortFormName(string word, int until)
    {
        Dictionary<string, int>? counts = null;
        string? best = null;
        foreach (Match run in CapitalisedRuns)
        {
            if (run.Index >= until)
            {
                break;
            }

            // Only a run that opens with the word, or with "The" and the word, can hold its name (the test of each of the run's first
            // words below); the others are passed over before their words are split out (speed105: most runs of an article are not).
            var opening = run.ValueSpan;
            if (!opening.StartsWith(word, StringComparison.Ordinal)
                && !(opening.StartsWith("The ", StringComparison.Ordinal) && opening[4..].StartsWith(word, StringComparison.Ordinal)))
            {
                continue;
            }

            var runWords = run.Value.Split(' ');
            for (var i = 0; i < Math.Min(runWords.Length - 1, runWords[0] == "The" ? 2 : 1); i++)
            {
                if (!runWords[i].StartsWith(word, StringComparison.Ordinal) || !runWords[i].All(char.IsLetter))
                {
                    continue;
                }

                // The longest name from i whose words are capitalised and whose last is an institution's word: "Federal Reserve" of
                // "Federal Reserve Chair Janet Yellen", "State Department" of "The State Department".
                string? name = null;
                for (var j = i + 1; j < Math.Min(runWords.Length, i + 4) && char.IsUpper(runWords[j][0]); j++)
                {
                    if (ShortFormHeads.Contains(EntityIndex.StripPossessive(runWords[j])))
                    {
                        name = EntityIndex.StripPossessive(string.Join(' ', runWords[i..(j + 1)]));
                    }
                }

                if (name is null || _entities.IsPlace(name) || _entities.ResolveName(name) is { } person && _entities.IsPersonFullName(person))
                {
                    continue;
                }

                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                var count = counts[name] = counts.GetValueOrDefault(name) + 1;
                if (best is null || count > counts[best])
                {
                    best = name;
                }

                break;
            }
        }

        return best;
    }

    /// <summary>
    /// Where <paramref name="word"/> is first written alone: as a whole word, not before another capitalised word ("State Department")
    /// and not after one other than "The" ("Secretary of State" aside, "Foggy Bottom State"); the text's length when it never is.
    /// </summary>
    private int FirstWrittenAlone(string word)
    {
        for (var at = _text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (at > 0 && (char.IsLetterOrDigit(_text[at - 1]) || _text[at - 1] is '-' or '\'' or '’') || end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] == '-'))
            {
                continue;
            }

            var next = end + 1 < _text.Length && _text[end] == ' ' ? _text[end + 1] : ' ';
            var before = WordBefore(at);
            if (!char.IsUpper(next) && (before.Length == 0 || !char.IsUpper(before[0]) || before is "The"))
            {
                return at;
            }
        }

        return _text.Length;
    }
}
