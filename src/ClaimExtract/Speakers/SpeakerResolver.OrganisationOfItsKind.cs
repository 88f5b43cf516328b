using System.Collections.Frozen;
using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// An organisation's description left unnamed: "Halvard Power warned of outages on Monday. ... The utility said", "a spokesman for
/// Brenner Oil said that the company felt", "accused Lind and Acme Records of ... . The company denied": "the" and one organisation
/// noun of a kind ("company", "utility", "agency", "network", "newspaper" ...) that the resolver's other readings (an apposition, a
/// sentence's subject or opening, the noun capitalised in a name) leave without a name is the organisation the article names last
/// before it, in its sentence or the three before, whose name does not say it is of another kind (a "company" is no "Department",
/// "Party" or "University"; an "agency" no "Inc." or "Party"). A name counts as an organisation when the resolver itself reads it as one
/// (not a person, a place, a state, a date or a nationality), wherever it stands: a possessive ("Brenner Oil's letter"), after a
/// preposition ("a spokesman for Brenner Oil"), an object. data/names/GUIDE.md names an organisation's description by the organisation
/// (branch orgs124). Only a description the resolver left unnamed is read, so no name given before changes.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Organisation nouns of a kind, each with the capitalised name words that say an organisation is of another kind.</summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>> KindNounsOtherKinds = BuildKindNouns();

    private static FrozenDictionary<string, FrozenSet<string>> BuildKindNouns()
    {
        string[] publicBodies =
        [
            "Department", "Agency", "Administration", "Commission", "Committee", "Party", "Police", "University", "College", "Court", "Senate",
            "House", "Congress", "Council", "Ministry", "Office", "Bureau", "Campaign", "Foundation", "Association", "Union", "Government",
            "Army", "Navy", "Parliament", "Authority", "Institute", "Caucus", "Coalition",
        ];
        string[] businesses = ["Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Company", "Corporation", "LLC", "Ltd", "Ltd.", "Party", "Campaign", "University", "College"];
        var business = publicBodies.ToFrozenSet(StringComparer.Ordinal);
        var agency = businesses.ToFrozenSet(StringComparer.Ordinal);
        return new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
        {
            ["company"] = business, ["firm"] = business, ["utility"] = business, ["retailer"] = business, ["airline"] = business,
            ["automaker"] = business, ["carmaker"] = business, ["bank"] = business, ["network"] = business, ["newspaper"] = business,
            ["broadcaster"] = business, ["agency"] = agency,
        }.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>
    /// For a mention "the NOUN" (<see cref="KindNounsOtherKinds"/>, the article in either case) that the resolver left unnamed: the
    /// organisation of that kind the article names last before it, in its sentence or the three before; null when there is none.
    /// </summary>
    private string? OrganisationOfItsKind(Span mention)
    {
        var words = mention.Of(_text).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length != 2 || !words[0].Equals("the", StringComparison.OrdinalIgnoreCase) || !KindNounsOtherKinds.TryGetValue(words[1], out var otherKinds))
        {
            return null;
        }

        // A newspaper is a name with a publication's word ("the Harbour Courier reported"), read back to the article's opening.
        var newspaper = words[1] == "newspaper";
        var from = newspaper ? 0 : SentenceStart(mention.Start, 3);
        var runs = CapitalisedRunsBetween(from, mention.Start);
        for (var r = runs.Count - 1; r >= 0; r--)
        {
            var (start, end) = runs[r];
            var run = _text[start..end];
            var runWords = run.Split(' ');
            if (runWords.Any(otherKinds.Contains) || runWords.Length == 1 && (DateWords.Contains(run) || IsNationality(run) || Lexicon.NotNames.Contains(run.ToLowerInvariant()))
                || _entities.IsPlace(run) || EntityIndex.IsStateName(run.ToLowerInvariant()) || !WrittenMidSentence(run) || ModifiesANoun(start, end)
                || NationalitiesStates.Values.Any(states => states.Contains(run))
                || _entities.ResolveName(run) is { } person && (_entities.IsPersonFullName(person) || FirstNameGender.IsPersonName(person)) && !NamedAsNoPerson(person)
                || end + 1 < _text.Length && _text[end] is '\'' or '’' && run.EndsWith('s') || InsideAnOrganisationsDescription(start))
            {
                continue;
            }

            if (newspaper)
            {
                if (runWords.Any(PublicationWords.Contains))
                {
                    return _entities.ExpandOrganization(run);
                }

                continue;
            }

            var resolved = ResolveMention(new Span(start, end));
            if (resolved.Name is { } name && (resolved.Kind == SpeakerKind.Organization || NamedAsNoPerson(name)) && !name.Split(' ').Any(otherKinds.Contains)
                && (!_entities.IsPersonFullName(name) || NamedAsNoPerson(name))
                && !_entities.IsPlace(name) && !EntityIndex.IsStateName(name.ToLowerInvariant()))
            {
                return AmpersandAcronymSpelt(name) ?? (resolved.Kind == SpeakerKind.Organization ? name : _entities.ExpandOrganization(name));
            }
        }

        return null;
    }

    /// <summary>Capitalised words that name a newspaper.</summary>
    private static readonly FrozenSet<string> PublicationWords = FrozenSet.ToFrozenSet(
        ["News", "Times", "Post", "Journal", "Herald", "Tribune", "Gazette", "Sentinel", "Daily", "Chronicle", "Globe", "Star", "Register",
         "Examiner", "Inquirer", "Observer", "Telegraph", "Guardian", "Courier", "Dispatch", "Ledger", "Bee", "Beacon", "Standard"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether the run at <paramref name="start"/> is inside an organisation's description ("Acme, the parent company of Brio,"): an
    /// organisation noun and "of" right before it; the organisation is the one the description is apposed to.
    /// </summary>
    private bool InsideAnOrganisationsDescription(int start)
    {
        var (ofStart, _) = WordBoundsBefore(start);
        return WordBefore(start) == "of" && IsOrganizationNoun(WordBefore(ofStart).ToLowerInvariant());
    }

    /// <summary>
    /// Whether a name the resolver typed a person is no person's: a company's ending closes it ("Walt Disney Co"), or two words or more
    /// that open with no given name and that the article never writes as a person's full name ("Big Machine").
    /// </summary>
    private bool NamedAsNoPerson(string name)
    {
        var words = name.Split(' ');
        return words.Length > 1 && (CompanyEndings.Contains(words[^1].TrimEnd('.'))
                                    || !FirstNameGender.IsGivenName(words[0]) && !_entities.IsPersonFullName(name) && !FirstNameGender.IsPersonName(name) && !Lexicon.Titles.Contains(words[0]));
    }

    private static readonly FrozenSet<string> CompanyEndings = FrozenSet.ToFrozenSet(["Co", "Inc", "Corp", "Ltd", "LLC", "Company", "Corporation"], StringComparer.Ordinal);

    /// <summary>
    /// Whether the run at <paramref name="start"/>..<paramref name="end"/> modifies a noun after an article or a possessive pronoun ("the
    /// Burbank studio", "a Netflix documentary"): a lower-case word follows it that is no verb (an auxiliary, a cue verb, a word in "-ed"
    /// or "-s"), and no possessive ends it.
    /// </summary>
    private bool ModifiesANoun(int start, int end)
    {
        if (end < _text.Length && _text[end] is '\'' or '’' || WordBefore(start).ToLowerInvariant() is not ("the" or "a" or "an" or "its" or "their" or "his" or "her" or "our"))
        {
            return false;
        }

        var next = NextWord(end);
        return next is { Length: > 0 } && char.IsLower(next[0]) && !Lexicon.Auxiliaries.Contains(next) && !Lexicon.CueVerbs.ContainsKey(next)
               && !next.EndsWith("ed", StringComparison.Ordinal) && !(next.EndsWith('s') && !next.EndsWith("ss", StringComparison.Ordinal));
    }

    /// <summary>
    /// "PG&amp;E" after "Pacific Gas &amp; Electric Co.": an acronym with an ampersand is the capitalised run the article writes whose
    /// words' initials and ampersand spell it, a company's ending after them kept; null when the article writes no such run.
    /// </summary>
    private string? AmpersandAcronymSpelt(string name)
    {
        if (!name.Contains('&') || name.Contains(' ') || !name.All(c => char.IsUpper(c) || c == '&'))
        {
            return null;
        }

        foreach (var (start, end) in CapitalisedRunsBetween(0, _text.Length))
        {
            var words = _text[start..end].Split(' ');
            var letters = words.Length > 1 && NameEndingsWithStop.Contains(words[^1]) ? words[..^1] : words;
            if (letters.Length == name.Length && letters.Select((w, i) => w == "&" ? w[0] == name[i] : w[0] == name[i] && w.Skip(1).All(char.IsLower)).All(b => b))
            {
                return _text[start..end];
            }
        }

        return null;
    }

    /// <summary>Words with a full stop that go on inside a name.</summary>
    private static readonly FrozenSet<string> NameEndingsWithStop = FrozenSet.ToFrozenSet(["Co.", "Inc.", "Corp.", "Ltd.", "Jr.", "Sr.", "St."], StringComparer.Ordinal);

    /// <summary>
    /// The runs of capitalised words between <paramref name="from"/> and <paramref name="to"/> (an ampersand may join them: "Pacific Gas
    /// &amp; Electric Co."), each without a possessive ending, an opening "The" or a title; no run crosses a mark between its words.
    /// </summary>
    private List<(int Start, int End)> CapitalisedRunsBetween(int from, int to)
    {
        var runs = new List<(int Start, int End)>();
        int? runStart = null;
        var runEnd = 0;
        var at = from;
        while (at < to)
        {
            if (!char.IsLetterOrDigit(_text[at]) && _text[at] != '&')
            {
                if (_text[at] != ' ' && runStart is not null)
                {
                    runs.Add((runStart.Value, runEnd));
                    runStart = null;
                }

                at++;
                continue;
            }

            var end = at;
            while (end < to && (char.IsLetterOrDigit(_text[end]) || _text[end] is '.' or '-' or '\'' or '’' or '&'))
            {
                end++;
            }

            var word = _text[at..end];
            var possessive = EntityIndex.EndsPossessive(word);
            var bare = EntityIndex.StripPossessive(word).TrimEnd('\'', '’');
            var wordEnd = at + bare.Length;
            // A full stop ends a sentence unless the word is an initial, an abbreviation, a title or a company's ending ("Co.", "U.S.").
            var sentenceEnd = bare.EndsWith('.') && bare.Length > 2 && bare.Count(c => c == '.') == 1 && !Lexicon.Titles.Contains(bare)
                && !NameEndingsWithStop.Contains(bare);
            if (sentenceEnd)
            {
                bare = bare.TrimEnd('.');
                wordEnd = at + bare.Length;
            }

            var capitalised = bare.Length > 0 && (char.IsUpper(bare[0]) || bare == "&");
            var opening = bare is "The" || runStart is null && Lexicon.Titles.Contains(bare);
            if (capitalised && !opening)
            {
                runStart ??= at;
                runEnd = wordEnd;
            }
            else if (runStart is not null)
            {
                runs.Add((runStart.Value, runEnd));
                runStart = null;
            }

            if ((possessive || sentenceEnd) && runStart is not null)
            {
                runs.Add((runStart.Value, runEnd));
                runStart = null;
            }

            at = end;
        }

        if (runStart is not null)
        {
            runs.Add((runStart.Value, runEnd));
        }

        // Not a lone ampersand, nor a run that ends in one.
        return runs.Where(r => _text[r.Start..r.End] is var t && t != "&" && !t.EndsWith(" &", StringComparison.Ordinal) && !t.StartsWith("& ", StringComparison.Ordinal)).ToList();
    }
}
