using System.Collections.Frozen;
using ClaimExtract.Quotes;

namespace ClaimExtract.Speakers;

/// <summary>
/// Turns a speaker mention into a name and a kind: names to the fullest form the article gives
/// ("Ma" → "Jack Ma"), pronouns to the latest subject or person named before them, person
/// descriptions ("the billionaire") to the most salient person so far; organisations, documents
/// and groups by their head noun.
/// </summary>
internal sealed partial class SpeakerResolver
{
    private readonly string _text;
    private readonly EntityIndex _entities;
    private readonly Func<int, int> _sentenceAt;
    // The answers of the questions about a word that scan every place the text writes it (WrittenBeforeHis, NameWrittenAround,
    // WrittenAfterPersonalTitle), by word, made when first asked: each attribution of a speaker asks them of the speaker's name again,
    // and neither the text nor the entity index changes.
    private Dictionary<string, bool>? _beforeHis;
    private Dictionary<string, string?>? _writtenAround;
    private Dictionary<string, bool>? _afterPersonalTitle;

    // The last span's text (Written): the paths of one resolution ask the same mention's text many times over.
    private Span _writtenSpan = new(-1, -1);
    private string _written = "";

    public SpeakerResolver(string text, EntityIndex entities, Func<int, int> sentenceAt)
    {
        _text = WithPlainSpaces(text);
        _entities = entities;
        _sentenceAt = sentenceAt;
    }

    /// <summary>
    /// The text with every space character other than ' ' (a no-break space, a thin space: Unicode's space separators) written as ' ',
    /// so that a mention is split into its words as the entity index splits them ("a\u00A0Univision host", "FBI Director
    /// James\u00A0Comey"); the length and so every offset are the same.
    /// </summary>
    internal static string WithPlainSpaces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = IndexOfOtherSpace(text);
        return first < 0
            ? text
            : string.Create(text.Length, (text, first), static (chars, state) =>
            {
                var (source, from) = state;
                source.AsSpan().CopyTo(chars);
                var rest = chars[from..];
                for (var i = 0; i < rest.Length; i++)
                {
                    if (IsOtherSpace(rest[i]))
                    {
                        rest[i] = ' ';
                    }
                }
            });
    }

    // Every character (of the Basic Multilingual Plane: a lone surrogate is of no category) that is a space separator other than ' ' (Unicode's
    // Zs: U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000; WithPlainSpaces_AgreesWithTheUnicodeCategoryForEveryCharacter checks the list).
    private static bool IsOtherSpace(char c) => c is '\u00A0' or '\u1680' or >= '\u2000' and <= '\u200A' or '\u202F' or '\u205F' or '\u3000';

    /// <summary>
    /// Where <paramref name="text"/> first writes a space separator other than ' ', or -1: three vectorised scans of a few values each
    /// (speed95lazy: one scan with a <see cref="System.Buffers.SearchValues{T}"/> of the seventeen took the runtime's probabilistic path, a
    /// bloom filter per character: 8% of the samples under the resolver's questions on the Zyte pages, for a text most articles write no such
    /// space in); each later scan reads only the text before the place found so far.
    /// </summary>
    private static int IndexOfOtherSpace(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAny('\u00A0', '\u1680', '\u202F');
        var before = first < 0 ? text : text[..first];
        if (before.IndexOfAnyInRange('\u2000', '\u200A') is >= 0 and var range)
        {
            first = range;
            before = before[..range];
        }

        return before.IndexOfAny('\u205F', '\u3000') is >= 0 and var other ? other : first;
    }

    /// <summary>
    /// The text <paramref name="span"/> covers (<see cref="Span.Of"/> of the resolver's text), the last span's string kept and given again
    /// when the same span is asked next (speed124): the tests of one resolution each cut the mention's words out of the text anew.
    /// </summary>
    private string Written(Span span)
    {
        if (span != _writtenSpan)
        {
            (_written, _writtenSpan) = (span.Of(_text), span);
        }

        return _written;
    }

    private static bool IsSpeakerNoun(string lower) =>
        Lexicon.PersonNouns.Contains(lower) || Lexicon.OrganizationNouns.Contains(lower) || DescriptionOrganizationNouns.Contains(lower)
        || Lexicon.DocumentNouns.Contains(lower) || Lexicon.IsGroupNoun(lower) || Lexicon.PersonPronouns.Contains(lower);

    /// <summary>
    /// Coordinated subjects ("Volker and Morrison said", "He and others questioned"): a group, named by each conjunct's name joined
    /// with "and" when every conjunct resolves to one ("Kurt Volker and Tim Morrison"), else unnamed (audit 14).
    /// </summary>
    public ResolvedSpeaker ResolveCoordinated(IReadOnlyList<Span> conjuncts)
    {
        ArgumentNullException.ThrowIfNull(conjuncts);
        var names = new List<string?>(conjuncts.Count);
        foreach (var c in conjuncts)
        {
            // A conjunct the rules for a lone mention give the name of another ("Volker, the envoy, and Morrison" → Volker, as the end of
            // an apposition) names itself.
            var name = Resolve(c).Name;
            names.Add(name is not null && names.Contains(name) ? _entities.ResolveName(Written(c)) : name);
        }

        return new ResolvedSpeaker(names.All(n => n is not null) ? string.Join(" and ", names.Distinct(StringComparer.Ordinal)) : null, SpeakerKind.Group);
    }

    /// <summary>
    /// The speaker a pronoun the article's names leave unresolved continues: the speaker of the statement before it
    /// (<paramref name="previous"/>), when that is one named referent the pronoun may stand for ("“...,” Hale recalled. Yet the months that
    /// followed, he said": a "he" or "she" after a person the pronoun's gender allows, or after a one-word name read as an organisation)
    /// (branch names50). Null otherwise. "It" after a named organisation was measured and not kept: it is a document more often
    /// ("“...,” the letter's author wrote. It said", an ad, a film).
    /// </summary>
    public ResolvedSpeaker? Continuing(Span mention, ResolvedSpeaker previous)
    {
        ArgumentNullException.ThrowIfNull(previous);
        if (previous.Name is not { } name)
        {
            return null;
        }

        var lower = Written(mention).Trim().ToLowerInvariant();
        return lower switch
        {
            "he" or "she" when previous.Kind == SpeakerKind.Person && _entities.MayBe(name, lower == "he")
                               || previous.Kind == SpeakerKind.Organization && !name.Contains(' ', StringComparison.Ordinal)
                => new ResolvedSpeaker(name, SpeakerKind.Person),
            _ => null,
        };
    }

    /// <summary>
    /// The writer an opinion piece names in its closing line about them ("Rep. Ann Roe, D-Ore., was an early backer of the bill.", "Tom
    /// Lind is a senior editor at the Courier. His new book ..."): the text's last paragraph, of at most 400 characters and no quotation
    /// mark, opening with titles and a person's name of two to four words (the first a given name, initials aside), then an optional
    /// apposition closed by a comma, then "is", "was" or "has been" and "a", "an", "the" or a capitalised word; null otherwise ("Ann Roe
    /// is expected to appear in court" describes no writer).
    /// </summary>
    public string? WriterOfClosingLine() => WriterOfClosingLine(_text);

    /// <summary>
    /// A resolved person's name with the generational suffix the article writes after it ("Mr. Kowalski" → "Martin T. Kowalski Jr." after
    /// "Senator Martin T. Kowalski Jr. spoke"; <see cref="EntityIndex.WithGenerationalSuffix"/>, branch names107).
    /// </summary>
    public string WithGenerationalSuffix(string fullName) => _entities.WithGenerationalSuffix(fullName);

    /// <summary>
    /// As <see cref="WriterOfClosingLine()"/>, of <paramref name="text"/>: its last line is read with every space character written as ' '
    /// (<see cref="WithPlainSpaces"/>), as a resolver of the text reads it; no resolver (and no entity index) needs to be made for it.
    /// </summary>
    public static string? WriterOfClosingLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = text.TrimEnd();
        var start = body.LastIndexOf('\n') + 1;
        var line = WithPlainSpaces(body[start..]);
        if (line.Length > 400 || line.IndexOfAny(['"', '“', '”', '‘']) >= 0)
        {
            return null;
        }

        var match = ClosingLinePattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        var first = name.Split(' ').First(w => w.TrimEnd('.').Length > 1);
        return FirstNameGender.IsGivenName(first) ? name : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:Rep|Sen|Gov|Dr|Mr|Mrs|Ms)\.\s)?(?<name>(?:[A-Z]\.\s?)*[A-Z][a-z]+(?:\s(?:[A-Z]\.|[A-Z][a-z]+(?:-[A-Z][a-z]+)?)){1,3})(?:,[^,]{1,60},)?\s(?:is|was|has\sbeen)\s(?:(?:a|an|the)\s|[A-Z])", System.Text.RegularExpressions.RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex ClosingLinePattern();

    /// <summary>The speaker <paramref name="mention"/> names; an organisation's name not run on into a headline's word (SpeakerResolver.HeadlineRunOn.cs) and without a lower-case word opening it (SpeakerResolver.OrganisationModifier.cs); a lead's description named by the person the next sentences name (SpeakerResolver.LeadDescriptions.cs).</summary>
    public ResolvedSpeaker Resolve(Span mention) =>
        WithLeadDescriptionNamed(mention, WithoutRanks(WithoutLowerCaseOpening(WithoutHeadlineRunOn(mention, ResolveMention(mention)))));

    private ResolvedSpeaker ResolveMention(Span mention)
    {
        // "Former Secretary" cut from "Former Secretary of State Ann Roe": the phrase's person (SpeakerResolver.PhraseCutFromAName.cs).
        if (PersonOfTheCutPhrase(mention) is { } phrasePerson)
        {
            return new ResolvedSpeaker(phrasePerson, SpeakerKind.Person);
        }

        // "the Sanders camp": the person's organisation, named as "the Sanders campaign" is (SpeakerResolver.PersonsCamp.cs).
        if (PersonsCamp(mention) is { } camp)
        {
            return new ResolvedSpeaker(camp, SpeakerKind.Organization);
        }

        // "the Roe| administration's hopes": the person's organisation, not the person (SpeakerResolver.OwnerCutBeforeItsOrganisation.cs, branch orgs123).
        if (OrganisationOfTheCutOwner(mention) is { } ownersOrganisation)
        {
            return new ResolvedSpeaker(ownersOrganisation, SpeakerKind.Organization);
        }

        // "Education" cut from "The Department of Education": the organisation (SpeakerResolver.OrganisationNameCut.cs).
        if (OrganizationOfTheCutName(mention) is { } cutOrganization)
        {
            return new ResolvedSpeaker(cutOrganization, SpeakerKind.Organization);
        }

        // "Reform" cut from "Voters for Reform": the organisation (SpeakerResolver.OrganisationNameCut.cs, branch names116).
        if (OrganizationForTheCutName(mention) is { } cutForOrganization)
        {
            return new ResolvedSpeaker(cutForOrganization, SpeakerKind.Organization);
        }

        var resolved = WithShortFormExpanded(mention, WithAcronymExpanded(WithHonorificBefore(mention, Resolve(mention, roleNoun: false))));
        // "the CFL" after "the Caldonian Farmers' League, or CFL,": the spelt-out name, not a run on such as "Eurosceptic CFL" (SpeakerResolver.AcronymTies.cs, branch orgnames120).
        resolved = WithBareAcronymTied(mention, resolved);
        // "the Caldonian OWS" after "the Caldonian Office for Water Safety and Protection": that name (SpeakerResolver.AcronymsWholeName.cs, branch orgs122).
        resolved = WithNationalityAcronymSpelt(resolved);
        // "the Harbour Museum" after "the Harbour Maritime Museum": that name (SpeakerResolver.MiddleWordsDropped.cs, branch orgs122).
        resolved = WithMiddleWordsRestored(mention, resolved);
        // "according to The Harbour Courier": the publication as written, not a person guessed for "Courier" (SpeakerResolver.PublicationWithItsThe.cs, branch orgs123).
        if (PublicationWithItsThe(mention, resolved) is { } publication)
        {
            return new ResolvedSpeaker(publication, SpeakerKind.Organization);
        }

        // "Beijing wants", "Seoul expects": a capital standing for its state is the state (SpeakerResolver.CapitalForItsState.cs, branch orgnames119).
        if (StateOfTheCapital(mention, resolved) is { } state)
        {
            return new ResolvedSpeaker(state, SpeakerKind.Organization);
        }

        // "The Russians have warned": a state's people standing for the state is the state (SpeakerResolver.StateOfItsPeople.cs, branch orgs121).
        if (StateOfItsPeople(mention, resolved) is { } peoplesState)
        {
            return new ResolvedSpeaker(peoplesState, SpeakerKind.Organization);
        }

        // "The Caldonian government said": the state, when the article names it (SpeakerResolver.GovernmentOfItsState.cs, branch orgs123).
        if (GovernmentOfItsState(mention) is { } governed)
        {
            return new ResolvedSpeaker(governed, SpeakerKind.Organization);
        }

        // "China's commerce ministry", named nowhere else: the state's institution as written (SpeakerResolver.StateInstitutionAsWritten.cs, branch orgnames119).
        if (resolved.Name is null && StateInstitutionAsWritten(mention) is { } institution)
        {
            return new ResolvedSpeaker(institution, SpeakerKind.Organization);
        }

        // "The French foreign ministry", and "Russia" cut from "Russia's foreign ministry said": the institution as written
        // (SpeakerResolver.StateInstitutionBesideItsOwner.cs, branch orgnames120).
        if (resolved.Name is null && MayEndInInstitutionNoun(mention) && NationalInstitutionAsWritten(mention) is { } national)
        {
            return new ResolvedSpeaker(national, SpeakerKind.Organization);
        }

        if (PossessiveRightAfter(mention) && (resolved.Name is null || resolved.Name == Written(mention).Trim())
            && InstitutionAfterItsOwner(mention) is { } owned)
        {
            return new ResolvedSpeaker(owned, SpeakerKind.Organization);
        }

        // "Indiana State Police", "Hong Kong police": a place's police as written, not a group (SpeakerResolver.StateInstitutionAsWritten.cs, branch orgnames119).
        if (resolved.Name is null && PlacePoliceAsWritten(mention) is { } police)
        {
            return new ResolvedSpeaker(police, SpeakerKind.Organization);
        }

        // "The utility said" left unnamed: the organisation of its kind named last before it (SpeakerResolver.OrganisationOfItsKind.cs, branch orgs124).
        if (resolved.Name is null && resolved.Kind is SpeakerKind.Organization or SpeakerKind.Unknown && OrganisationOfItsKind(mention) is { } ofItsKind)
        {
            return new ResolvedSpeaker(ofItsKind, SpeakerKind.Organization);
        }

        // "Hayek" where only a title-case headline writes "Salma Hayek", "BOULDUAN" after a transcript's "KATE BOULDUAN:" (names101).
        if (resolved.Name is { } bare && resolved.Kind is SpeakerKind.Person or SpeakerKind.Unknown or SpeakerKind.Organization
            && bare == EntityIndex.StripPossessive(Written(mention).Trim()) && FullerFormWritten(bare) is { } fuller)
        {
            resolved = new ResolvedSpeaker(fuller, SpeakerKind.Person);
        }

        // "Maddow said" after "The Ann Maddow Hour", "Lind" after "J.J. Lind": the person, not an organisation (SpeakerResolver.SurnameLeftAnOrganisation.cs, branch descr123).
        if (SurnameLeftAnOrganisation(mention, resolved) is { } surnamed)
        {
            resolved = new ResolvedSpeaker(surnamed, SpeakerKind.Person);
        }

        if (PossessorOfThing(mention, resolved) is { } possessor)
        {
            return possessor;
        }

        // "his son", "Lind's late father" left unnamed: the one other person of the owner's surname and the noun's sex (SpeakerResolver.FamilyMembers.cs, branch descr123).
        if (resolved.Name is not { } name || PossessorOfRelation(mention) is not { } owner)
        {
            return WithFamilyMember(mention, resolved);
        }

        // "the president’s spokeswoman" → the most salient person, "Sanders's campaign manager" → Hillary Clinton: a relation is the
        // person the article ties to it ("his campaign manager, Jeff Weaver,", "Jeff Weaver, Sanders's campaign manager", "campaign
        // manager Jeff Weaver"), or a relative who shares the owner's surname; any other person the resolver reached is a guess.
        var ownerName = OwnerName(owner);
        return ownerName == name && !WrittenBeside(mention, name) || ownerName != name && !TiedToRelation(mention, owner, name, ownerName)
            ? WithFamilyMember(mention, new ResolvedSpeaker(null, SpeakerKind.Person))
            : resolved;
    }

    /// <summary>
    /// A surname whose mention leaves out the honorific written right before it ("Ms." + "Vesey"), resolved to a full name of the other
    /// sex than the honorific's, is resolved with the honorific (<see cref="EntityIndex.HonorificAgrees"/>; branch names80): "Ms. Vesey"
    /// after "Harold Vesey" is not him.
    /// </summary>
    private ResolvedSpeaker WithHonorificBefore(Span mention, ResolvedSpeaker resolved)
    {
        // The tests read the mention in place; its string is made only for the few that pass them (speed124).
        var writtenSpan = _text.AsSpan(mention.Start, mention.Length);
        if (resolved.Name is not { } name || !name.Contains(' ', StringComparison.Ordinal) || writtenSpan.Length < 2 || !char.IsUpper(writtenSpan[0])
            || writtenSpan.Contains(' ') || mention.Start < 3 || _text[mention.Start - 1] != ' ')
        {
            return resolved;
        }

        var written = writtenSpan.ToString();

        var start = mention.Start - 1;
        while (start > 0 && !char.IsWhiteSpace(_text[start - 1]))
        {
            start--;
        }

        var honorific = _text[start..(mention.Start - 1)];
        return honorific is "Mr." or "Mrs." or "Ms." or "Miss" or "Mr" or "Mrs" or "Ms" && !_entities.HonorificAgrees(honorific, EntityIndex.StripPossessive(written), name)
            ? Resolve(new Span(start, mention.End), roleNoun: false)
            : resolved;
    }

    // Relations whose holder often shares the owner's surname ("his brother" → Alastair Osman after "Ahmed Osman").
    private static readonly FrozenSet<string> FamilyNouns = new[]
    {
        "son", "daughter", "brother", "sister", "father", "mother", "wife", "husband", "widow", "cousin", "uncle", "aunt", "nephew", "niece",
        "grandson", "granddaughter", "grandfather", "grandmother",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Whether the article ties the person named to the mention's relation noun: the noun written right before the name's first word or
    // surname, over a comma and titles ("spokeswoman, Jane Roe", "campaign manager Jeff Weaver", "aide Dr. Roe"); the name's surname or
    // first word closing an apposition that the noun ends within six words, in one clause ("Jane Roe, Trump's spokeswoman"); or, for a
    // family noun, the owner's surname ending the name. A relation of another owner is no tie ("Murphy’s spokeswoman Galia Slayen" does
    // not name "Grayson's spokeswoman").
    private bool TiedToRelation(Span mention, Span owner, string name, string? ownerName)
    {
        var ownerWords = Written(owner).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(EntityIndex.StripPossessive)
            .Where(w => w.Length > 0 && char.IsUpper(w[0]) && !Lexicon.Titles.Contains(w)).ToList();
        if (ownerWords.Count == 0 && ownerName is not null)
        {
            ownerWords = [.. ownerName.Split(' ')];
        }

        var relation = Written(mention).Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd(',', '.', ';', ':');
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return false;
        }

        var (first, last) = (parts[0], parts[^1]);
        if (FamilyNouns.Contains(relation) && ownerName is not null && parts.Length > 1
            && string.Equals(ownerName.Split(' ')[^1], last, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var at = _text.IndexOf(relation, StringComparison.OrdinalIgnoreCase); at >= 0; at = _text.IndexOf(relation, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + relation.Length;
            if (at > 0 && char.IsLetter(_text[at - 1]) || end < _text.Length && char.IsLetter(_text[end]))
            {
                continue;
            }

            if (PossessorBefore(at) is { } other && ownerWords.Count > 0 && !ownerWords.Contains(other, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            // After the noun: "spokeswoman, Jane Roe", "manager Jeff Weaver", "aide, Dr. Jane Roe".
            var after = _text.AsSpan(end, Math.Min(60, _text.Length - end)).TrimStart(',').TrimStart();
            var words = after.ToString().Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
            var k = 0;
            while (k < words.Length - 1 && Lexicon.Titles.Contains(words[k]))
            {
                k++;
            }

            if (k < words.Length && (StartsWithWord(words[k], first) || StartsWithWord(words[k], last)))
            {
                return true;
            }

            // Before the noun: "Jane Roe, Trump's spokeswoman", "Bruce Roe, his best friend".
            var from = Math.Max(0, at - 80);
            var before = _text[from..at];
            var comma = before.LastIndexOf(',');
            if (comma > 0 && before.AsSpan(comma + 1).IndexOfAny(".;:\n") < 0
                && before[(comma + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6)
            {
                var head = before[..comma].TrimEnd();
                if (EndsWithWord(head, last) || EndsWithWord(head, first))
                {
                    return true;
                }
            }
        }

        return false;

        // The capitalised possessor of the relation noun at a ("Murphy’s spokeswoman", "Murphy’s longtime spokeswoman"), without its
        // possessive; null for a pronoun's, a description's or none.
        string? PossessorBefore(int a)
        {
            var words = _text[Math.Max(0, a - 60)..a].Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            for (var i = words.Length - 1; i >= Math.Max(0, words.Length - 3); i--)
            {
                var w = words[i].TrimStart('(', '"', '“');
                if (w.Length > 2 && EntityIndex.EndsPossessive(w))
                {
                    var stripped = EntityIndex.StripPossessive(w);
                    return stripped.Length > 0 && char.IsUpper(stripped[0]) ? stripped : null;
                }

                if (w.Length == 0 || !char.IsLetter(w[^1]) || Lexicon.Determiners.Contains(w))
                {
                    return null;
                }
            }

            return null;
        }

        static bool StartsWithWord(string word, string part) =>
            word.StartsWith(part, StringComparison.Ordinal) && (word.Length == part.Length || !char.IsLetter(word[part.Length]));

        static bool EndsWithWord(string text, string part) =>
            text.EndsWith(part, StringComparison.Ordinal) && (text.Length == part.Length || !char.IsLetter(text[^(part.Length + 1)]));
    }

    // Whether the article writes the mention's relation noun right before the name or its first word ("his brother Alastair Roe", "his
    // wife, Ana Roe,", "his wife, Ana,"): then the name is the relation's own, even when the owner shares it (a surname) or was resolved to it.
    private bool WrittenBeside(Span mention, string name)
    {
        var relation = Written(mention).Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1].TrimEnd(',', '.', ';', ':');
        var first = name.Split(' ')[0];
        return Beside(relation + " " + first) || Beside(relation + ", " + first);

        bool Beside(string phrase)
        {
            for (var at = _text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = _text.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + phrase.Length;
                if ((at == 0 || !char.IsLetter(_text[at - 1])) && (end == _text.Length || !char.IsLetter(_text[end])))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// Nouns of a person known by their relation to another: "Trump's campaign manager", "his mother", "Cameron's spokesman". Such a
    /// person is never the one they belong to, so a name that resolves to the owner is wrong (audit of the lead, 2026-12-01: "Trump's
    /// campaign manager" → Donald Trump, "His chief aide" → Bernie Sanders, "his late son" → Donald J. Trump).
    /// </summary>
    private static readonly FrozenSet<string> RelationNouns = new[]
    {
        "spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "counsel", "aide", "adviser", "advisor", "secretary", "manager",
        "strategist", "pollster", "doctor", "physician", "assistant", "deputy", "successor", "predecessor", "biographer", "rival",
        "opponent", "challenger", "mate", "son", "daughter", "brother", "sister", "father", "mother", "wife", "husband", "widow", "friend",
        "cousin", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "grandfather", "grandmother", "fiance", "fiancé",
        "fiancee", "fiancée",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RelationNounSpans = RelationNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// For a mention "OWNER's [modifiers] RELATION" or "his/her [modifiers] RELATION" (<see cref="RelationNouns"/>, up to two words between),
    /// the owner's span with its possessive ("Trump’s", "his"); null for any other mention.
    /// </summary>
    private Span? PossessorOfRelation(Span mention)
    {
        // Most mentions end in no relation noun: their last word is read in place, before the words are split out.
        var text = _text.AsSpan(mention.Start, mention.Length).TrimEnd();
        if (!RelationNounSpans.Contains(text[(text.LastIndexOfAny(WhiteSpaces) + 1)..].TrimEnd(",.;:")))
        {
            return null;
        }

        var words = MentionWords(mention);
        if (words.Count < 2 || !RelationNouns.Contains(words[^1].Word.TrimEnd(',', '.', ';', ':')))
        {
            return null;
        }

        for (var i = words.Count - 2; i >= Math.Max(0, words.Count - 4); i--)
        {
            var (word, at) = words[i];
            if (word.ToLowerInvariant() is "his" or "her")
            {
                return new Span(at, at + word.Length);
            }

            if (EntityIndex.EndsPossessive(word) && word.Length > 2)
            {
                // A name takes the mention's words before it too ("Ms. Merkel's").
                return new Span(mention.Start, at + word.Length);
            }
        }

        return null;
    }

    // The name of a relation's owner: a pronoun resolved as a speaker "he" or "she" is; a name as the article gives it in full, read
    // alone (the mention's words after it, "Ms. Merkel's spokesman, Steffen Seibert," are the relation's, not the owner's).
    private string? OwnerName(Span owner)
    {
        var words = Written(owner).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && words[0].ToLowerInvariant() is "his" or "her")
        {
            return Resolve(owner, roleNoun: false).Name;
        }

        var name = words.Select(EntityIndex.StripPossessive).SkipWhile(w => !char.IsUpper(w[0])).ToArray();
        return name.Length == 0 ? null : _entities.ResolveName(string.Join(' ', name)) ?? (Lexicon.Titles.Contains(name[0].ToLowerInvariant().TrimEnd('.')) ? null : string.Join(' ', name));
    }

    /// <param name="mention">The speaker mention.</param>
    /// <param name="roleNoun">Whether the mention's head is a role noun outside the lexicon's person nouns ("front-runner", "hopeful"),
    /// found by <see cref="RoleAfterModifier"/>: it is read as a person's description.</param>
    private ResolvedSpeaker Resolve(Span mention, bool roleNoun)
    {
        var written = Written(mention);
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = EntityIndex.StripPossessive(words[^1]);
        var lower = head.ToLowerInvariant();
        if (words.Length == 1 && WithoutContraction(lower) is { } pronoun)
        {
            // "You’re", "they'll", "we've": a pronoun with its verb contracted onto it is the pronoun.
            lower = pronoun;
        }

        // "The Ohio governor hasn’t", "The campaign hasn't": a mention run on into its contracted verb is the mention before the verb.
        if (words.Length > 1 && IsContractedVerb(words[^1]))
        {
            return Resolve(new Span(mention.Start, mention.Start + written.TrimEnd().LastIndexOf(' ')), roleNoun);
        }

        // "an account she gave to The Carson Beacon", "audio provided to the Ledger": a document, not the outlet (SpeakerResolver.AccountsGiven.cs).
        if (words.Length > 2 && !_resolvingReporter && AccountGiven(words) is { } account)
        {
            return account;
        }

        // "the night porter known as Ben", "a nurse named Ann Roe": the name the description gives is the person (names101).
        if (PersonNamedAtEnd(mention, words) is { } namedAtEnd)
        {
            return new ResolvedSpeaker(namedAtEnd, SpeakerKind.Person);
        }

        // "Woman Steps Forward With Bombshell" taken whole as a headline's speaker: a person noun opening a headline's capitalised run
        // before a verb's form in -s is the noun, its verb after it, not a name (branch names56).
        if (words.Length >= 2 && Lexicon.PersonNouns.Contains(words[0].ToLowerInvariant()) && words[1].Length > 3 && words[1].EndsWith('s') && !words[1].EndsWith("ss", StringComparison.Ordinal)
            && !words.Any(FirstNameGender.IsGivenName) && InHeadline(mention, words) && !_entities.IsPersonFullName(written))
        {
            return Resolve(new Span(mention.Start, mention.Start + words[0].Length), roleNoun);
        }

        // "Woman Steps Forward With Claim", "..., Former White House Doctor Says": a headline's description of a person, no name in it, is
        // the person the body ties the description to (branch names56), before the paths that read the headline's capitals as a name.
        if (words.Length <= 5 && Lexicon.PersonNouns.Contains(lower) && !words.Any(FirstNameGender.IsGivenName) && InHeadline(mention, words)
            && HeadlineRoleHolder(mention, words, lower) is { } headlined)
        {
            return new ResolvedSpeaker(headlined, SpeakerKind.Person);
        }

        // "Lee Park Just Explained" taken whole as a headline's speaker: the person's name the body writes inside the run (branch names72).
        if (PersonInsideHeadlineRun(mention, words, written) is { } headlinePerson)
        {
            return Resolve(headlinePerson, roleNoun);
        }

        // "Trump Addresses Munich Attack", "Gingrich Takes" taken whole as a headline's speaker: the person whose name opens the run (branch names105).
        if (PersonOpeningHeadlineRun(mention, words, written) is { } headlineOpening)
        {
            return Resolve(headlineOpening, roleNoun);
        }

        if (words.Length == 1 && NameBesideTag(mention, words[0]) is { } beside)
        {
            return new ResolvedSpeaker(beside, SpeakerKind.Person);
        }

        // "Will urged", "King says": a capitalised auxiliary or role noun alone before a finite verb is a surname, not the modal or the
        // role, when the article writes it after one person's given name ("George Will", "Billie Jean King") (branch names54).
        if (words.Length == 1 && (Lexicon.Auxiliaries.Contains(lower) || Lexicon.PersonNouns.Contains(lower)) && SurnameOfCommonWord(mention, head) is { } commonSurname)
        {
            return new ResolvedSpeaker(commonSurname, SpeakerKind.Person);
        }

        // "Tennis great Billie Jean" cut before "King remembered": a mention ending in a given name, right before a capitalised role noun
        // that is also a title and no capitalised word after it, runs on to that word, the surname (as EntityIndex reads such names).
        if (words.Length >= 1 && FirstNameGender.IsGivenName(words[^1]) && TitleSurnameAfter(mention.End) is { } titleSurname)
        {
            return Resolve(new Span(mention.Start, mention.End + 1 + titleSurname.Length), roleNoun);
        }

        // "says J.J. Roe" cut after the initials: initials alone right before a capitalised word open that person's name (branch names54).
        if (words.Length == 1 && IsInitials(head) && NameAfterInitials(mention) is { } initialled)
        {
            return new ResolvedSpeaker(initialled, SpeakerKind.Person);
        }

        // "her March comment", "his confusing argument" cut after a capitalised word: a possessive pronoun before words that name nobody is the pronoun.
        if (words.Length > 1 && words[0] is "his" or "her" or "His" or "Her" && words.Skip(1).All(w => char.IsUpper(w[0])) && _entities.ResolveName(string.Join(' ', words[1..])) is null)
        {
            return Resolve(new Span(mention.Start, mention.Start + words[0].Length));
        }

        if (words.Length == 1 && lower is "his")
        {
            lower = "he";
        }

        if (words.Length == 1 && lower is "he" or "she" or "him" or "her")
        {
            // "He says Trump's call ... . “...,” he told USA TODAY": the same pronoun opening this or the sentence before, with no subject named
            // since, is the same person.
            // "“He called me. ... I hung up,” she said": a pronoun right after a quotation reads the sentences before the quotation, not
            // the quotation's own.
            var at = lower is "he" or "she" ? OpeningPronoun(QuotationOpening(mention.Start), lower) : mention.Start;
            // "He lambasted the deal negotiated by President Obama. He pledged to ... . And he seemed to": the rule above, step by step
            // back, while each sentence before opens with the same pronoun and names no subject (branch names84).
            for (var hop = 0; hop < 5 && lower is "he" or "she" && OpeningPronoun(at, lower) is var earlier && earlier < at; hop++)
            {
                at = earlier;
            }

            // "After failing to convince members that he shares their worry, Hale said": a pronoun inside the subordinate clause that
            // opens its sentence, with nobody named before it there, is the person named as the subject right after the clause's comma.
            if (lower is "he" or "she" && SubjectAfterOpeningClause(mention) is { } cataphoric && _entities.MayBe(cataphoric, lower == "he"))
            {
                return new ResolvedSpeaker(cataphoric, SpeakerKind.Person);
            }

            // "The Ohio senator did offer Ruiz some praise ... . “...,” he said": a definite description opening this sentence or
            // the one before, with no person named as a subject since, is the person the pronoun continues.
            if (lower is "he" or "she" && OpeningDescription(at) is { } opening && Resolve(opening).Name is { } described
                && _entities.MayBe(described, lower == "he"))
            {
                return new ResolvedSpeaker(described, SpeakerKind.Person);
            }

            // A name the article writes as an organisation's is passed over (SpeakerResolver.OrganisationNotAPronoun.cs).
            // "Roe is no reformer, he said", "“...,” he told Roe": not a person the cue's content or object names (CueSubjectPronouns.cs, quirks124).
            var commanded = lower is "he" or "she" ? NamesTheCueCommands(mention, lower == "he") : null;
            var name = commanded is null
                ? _entities.ResolvePronoun(at, _sentenceAt(at), lower is "he" or "him", NamesAnOrganisation)
                : _entities.ResolvePronoun(at, _sentenceAt(at), lower == "he", n => commanded.Contains(n) || NamesAnOrganisation(n));
            // "Tom Hale claims he ... . During the visit, he was seen with Cross. He told": not the man the sentence before names as the
            // object of its "he", but the subject that "he" goes on with (SpeakerResolver.SubjectChains.cs).
            if (lower is "he" or "she" && SubjectOfPronounChain(at, lower == "he", name) is { } chained && commanded?.Contains(chained) != true)
            {
                name = chained;
            }

            return new ResolvedSpeaker(name, SpeakerKind.Person);
        }

        // "According to WHO, there were": the capitals are the health body's acronym, not the pronoun (SpeakerResolver.AcronymWho.cs).
        if (words.Length == 1 && AcronymWho(mention, head) is { } acronymWho)
        {
            return acronymWho;
        }

        if (words.Length == 1 && lower is "who" or "which")
        {
            // "the Vexo Chamber of Commerce, which said": "which" is no person's, so the words after "of" are the organisation's name,
            // not a place of the name before it (SpeakerResolver.WhichAfterAnOfName.cs).
            if (lower == "which" && OrganizationOfNameBeforeWhich(mention.Start) is { } organizationOf)
            {
                return new ResolvedSpeaker(organizationOf, SpeakerKind.Organization);
            }

            // PolNeAR's source in "Jack Ma, who said ..." is the relative pronoun; its name is the noun phrase it follows. With none
            // ("Who said that?"), the word itself is nobody's name.
            if (Antecedent(mention.Start) is not { } antecedent)
            {
                return new ResolvedSpeaker(null, SpeakerKind.Unknown);
            }

            // "Ana Ruiz, a senior editor at the Vexo Ledger, who", "Tom Hale, the head of rowing's ruling body, WRB, who": "who"
            // after an organisation or a place that ends an apposition to a person's name is that person.
            var resolved = Resolve(antecedent);

            // "Roe is a serial liar, braggart and bully who has", "Lind was a desperate man who": "who" after the noun of a predicate is the
            // subject the predicate describes.
            if (lower == "who" && resolved.Name is null && char.IsLower(_text[antecedent.Start]) && PredicateSubject(antecedent.Start) is { } subject)
            {
                return subject;
            }

            if (lower == "who" && resolved.Kind == SpeakerKind.Organization && PersonApposedBefore(antecedent.Start) is { } apposedPerson)
            {
                return new ResolvedSpeaker(apposedPerson, SpeakerKind.Person);
            }

            // "Ann Roe, the opposition leader in North Vexland, who": the same for a place (SpeakerResolver.WhoAfterApposedPlace.cs).
            if (lower == "who" && PersonBeforeApposedPlace(antecedent, resolved) is { } apposedBeforePlace)
            {
                return new ResolvedSpeaker(apposedBeforePlace, SpeakerKind.Person);
            }

            // "Rep. Ann Roe, a member of the harbour caucus who now wants", "Tom Lind, the Vermont socialist who has": "who" after a
            // description the resolver names no one by, which ends an apposition to a person's name, is that person (branch names49).
            if (lower == "who" && resolved.Name is null && resolved.Kind is not (SpeakerKind.Organization or SpeakerKind.Group)
                && char.IsLower(_text[antecedent.Start]) && ApposedDescription(antecedent) && PersonApposedBefore(antecedent.End, roleNounNeeded: false) is { } apposedToDescription)
            {
                return new ResolvedSpeaker(apposedToDescription, SpeakerKind.Person);
            }

            // "the staff of The Vexo Ledger, who", "farmers and bakers in Delmar, who": "who" after an organisation that a plural of
            // people ends in ("PEOPLE of/in/at/from ORGANISATION") is those people, a group, not the organisation.
            return lower == "who" && resolved.Kind == SpeakerKind.Organization && PluralOfPeopleBefore(antecedent.Start)
                ? new ResolvedSpeaker(null, SpeakerKind.Group)
                : resolved;
        }

        // "A: I think ...": the person a question-and-answer interview is with (SpeakerResolver.InterviewAnswers.cs).
        if (words.Length == 1 && lower is "i" && Interviewee(mention) is { } interviewee)
        {
            return new ResolvedSpeaker(interviewee, SpeakerKind.Person);
        }

        // "“...,” they said" after a sentence whose last report is a named organisation's (SpeakerResolver.OrganisationsThey.cs).
        // "Harbex have denied it. “...,” they said", "the Roe campaign had sought because they": SpeakerResolver.OrganisationsTheyInOtherShapes.cs (branch orgs123).
        if (words.Length == 1 && lower is "they" && (OrganisationsThey(mention) ?? OrganisationWithPluralVerb(mention) ?? CampaignBeforeItsThey(mention)) is { } organisation)
        {
            return new ResolvedSpeaker(organisation, SpeakerKind.Organization);
        }

        if (words.Length == 1 && lower is "they" or "we" or "i" or "you")
        {
            return new ResolvedSpeaker(null, lower == "they" ? SpeakerKind.Group : SpeakerKind.Unknown);
        }

        if (words.Length == 1 && lower is "it")
        {
            // "it" is an organisation or a document this resolver does not follow back; the word itself is never its name; but "“...,” the
            // company wrote. It added, “...”" names the organisation that reported last before it (branch names53); else "Harbex is
            // bidding for the port. In a note, it said" the organisation its sentence or the one before opens with as a subject
            // (SpeakerResolver.OrganisationItGoesOnWith.cs).
            return new ResolvedSpeaker(ReportingOrganizationBefore(mention) ?? OrganisationItGoesOnWith(mention), SpeakerKind.Organization);
        }

        // A single lower-case word that is no pronoun and no noun of a speaker names nobody, nor does a function word contracted with
        // "’s" ("That’s", "There’s", "Let’s"), an auxiliary ("Is", "Have") or a letter ("A:" answering "Q:"): the learned stages'
        // candidates included them (audit 13: "been", "always", "obvious", "week"), and they were written as names, typed organisation.
        if (words.Length == 1
            && (char.IsLower(head[0]) && !IsSpeakerNoun(lower) && !(lower.EndsWith('s') && IsSpeakerNoun(lower[..^1]))
                || words[0] != head && Lexicon.NotNames.Contains(head) || Lexicon.Auxiliaries.Contains(lower) || head.Length == 1))
        {
            return new ResolvedSpeaker(null, SpeakerKind.Unknown);
        }

        // "A pro-Roe action fund called Fair Start is gearing up", "a group called Citizens for Roe", "A recently created action fund called
        // Bright 12 ran": an indefinite description of an organisation with "called", "named" or "known as" and a name after it is the
        // organisation of that name, not nobody (nor, for "PAC" alone, another PAC the article names).
        if ((head == "PAC" || char.IsLower(head[0]) && IsOrganizationNoun(lower)) && IsIndefiniteDescription(mention, words) && NameCalledAfter(mention.End) is { } called)
        {
            return new ResolvedSpeaker(_entities.ExpandOrganization(called), SpeakerKind.Organization);
        }

        // "A Boston newspaper called on Roe to resign. The Courier had chided ...", "A large river charity is asking ... . Green
        // Tomorrow, founded by ..., will air": an indefinite description of an organisation is the organisation the next sentence opens
        // with as its subject, when its own sentence names no such organisation ("a Daily Star investigation found. Daily Star
        // identified": the writer, not the description).
        if (words.Length > 1 && words[0].ToLowerInvariant() is "a" or "an" && char.IsLower(words[^1][0]) && IsOrganizationNoun(EntityIndex.StripPossessive(words[^1]).ToLowerInvariant())
            && !WordBefore(mention.Start).EndsWith(',') && OrganizationOpeningNextSentence(mention) is { } openingOrganization)
        {
            return new ResolvedSpeaker(_entities.ExpandOrganization(openingOrganization), SpeakerKind.Organization);
        }

        // "the super PAC backing Ann Roe", "Conservative Solutions PAC", "An anti-Roe super PAC": a political action committee is an
        // organisation, named as the article names it ("the super PAC" as "the campaign" is: the organisation written last), never a
        // person named by its last words.
        if (words.Length > 1 && EntityIndex.StripPossessive(words[^1]) == "PAC")
        {
            // "Fair Start, an action fund supporting Ann Roe,": a description apposed to the organisation's name is that organisation.
            var described = words[..^1].All(w => char.IsLower(w[0]) || w.ToLowerInvariant() is "a" or "an" or "the");
            return new ResolvedSpeaker(
                !described ? _entities.ExpandOrganization(WithoutArticle([.. words[..^1], "PAC"]))
                : OrganizationApposedBefore(mention.Start) ?? (words[0].Equals("the", StringComparison.OrdinalIgnoreCase) ? OrganizationBefore(mention.Start, "PAC") : null),
                SpeakerKind.Organization);
        }

        // "The party's mayoral favourite predicted", "Green mayoral candidate Sen. Tom Hale": a mention cut after a
        // capitalised modifier, before the lower-case role noun that heads its noun phrase, is that role's description, not the party.
        if (!IsPersonPronoun(lower) && RoleAfterModifier(mention, words) is { } description)
        {
            return Resolve(description, roleNoun: true);
        }

        // "SoftBank CEO Masayoshi Son", "Rep. Peter T. King", "Amy Pope": a capitalised person noun that ends a person's name is the surname,
        // not a role noun ("son", "king", "pope"); without this the paths for a role noun (a name after it, a description) gave the recent subject or the most salient person.
        if (!roleNoun && PersonNameEndingInNoun(words) is { } surnamed)
        {
            return new ResolvedSpeaker(surnamed, SpeakerKind.Person);
        }

        // "Ana Ruiz’s press chief Tom Hale said", "The city’s party secretary, Ben Vale, said": a role and a name
        // after the mention, ending the subject, name the speaker.
        if (!IsPersonPronoun(lower) && NameAfterRole(mention.End, Lexicon.PersonNouns.Contains(head) || words.Length > 1 && char.IsLower(head[0])) is { } roleHolder)
        {
            return new ResolvedSpeaker(roleHolder, SpeakerKind.Person);
        }

        // "Acme's chief human resources officer, Tom Lind, told": a mention cut inside a longer role ("Acme's chief") that ends in a role
        // noun with a full name apposed after it, then the cue, is that name.
        if (!IsPersonPronoun(lower) && Lexicon.PersonNouns.Contains(lower) && NameAfterLongRole(mention.End) is { } longRoleHolder)
        {
            return new ResolvedSpeaker(longRoleHolder, SpeakerKind.Person);
        }

        // "Sen. Ann Roe of Ohio": a person's name and the place after "of" is that person.
        if (words.Length > 2 && PersonOfPlace(words) is { } ofPlace)
        {
            return new ResolvedSpeaker(ofPlace, SpeakerKind.Person);
        }

        // "Ashley Yago, 33, a supporter ... in Greeley, Colo., said": a mention at the end of the apposition of the person who opens the
        // sentence (the speaker's span as PolNeAR writes it spans the whole phrase) names that person.
        if (!IsPersonPronoun(lower) && AppositionHead(mention) is { } appositionHead)
        {
            return new ResolvedSpeaker(appositionHead, SpeakerKind.Person);
        }

        // "Jean-Luc Marel, the trade minister of Vexland,", "Sen. Tom J. Hale (D-Vt.)": the name is one of the parts.
        if (NamedPart(written) is { } named)
        {
            return new ResolvedSpeaker(named, SpeakerKind.Person);
        }

        // "The Post reported", "the Riverside Post noted": a capitalised word naming both a text and a publication is the publication,
        // named in full as the article wrote it before (branch names70), not a document named "Post".
        if (PublicationName(words) is { } publication)
        {
            return new ResolvedSpeaker(publication, SpeakerKind.Organization);
        }

        // "Several polls show", "Exit polls told" (a mention widened over its modifiers, SubjectHead.ModifiedHead): a lower-case plural too.
        var modified = HeadBeforeModifier(words);
        // "Photos which were released online show ...": a word of evidence opening its sentence is a document, not a name.
        if (Lexicon.DocumentNouns.Contains(head) || words.Length > 1 && char.IsLower(head[0]) && IsDocumentNoun(lower) || modified is { } document && IsDocumentNoun(document)
            || words.Length == 1 && SubjectHead.EvidenceNouns.Contains(lower))
        {
            // "the Vexo Survey Institute study finds": an organisation's document is the organisation's word (branch names57).
            if (OrganizationOfItsDocument(words) is { } owner)
            {
                return new ResolvedSpeaker(owner, SpeakerKind.Organization);
            }

            return new ResolvedSpeaker(WithoutArticle(words), SpeakerKind.Document);
        }

        if (modified is { } group && Lexicon.IsGroupNoun(group))
        {
            return new ResolvedSpeaker(null, SpeakerKind.Group); // "officials at the port", "Residents of the island"
        }

        // "A spokeswoman for Neumann", "a rep for Braun" is not Neumann, Braun; a capitalised role is a title before a name ("Secretary of State John Kerry").
        if (modified is { } role && words.Length > 1 && (Lexicon.PersonNouns.Contains(role) || IsAgentNoun(role) || role is "rep") && words[..^1].Any(w => w == role))
        {
            return new ResolvedSpeaker(null, SpeakerKind.Person);
        }

        // A surname ending in -s ("Sanders") is a person the article names, not a plural group; a capitalised word in the middle of
        // its sentence that the group nouns hold only by its ending ("Reuters", not "Democrats" or "Officials" opening a sentence) is a name.
        if (Lexicon.IsGroupNoun(head) && !(char.IsUpper(head[0]) && (_entities.ResolveName(written) is not null || IsNameByEndingOnly(words, mention.Start))))
        {
            return new ResolvedSpeaker(null, SpeakerKind.Group);
        }

        // "Republican legislators", "Chinese military commentators", "Trump fans" (a mention widened over its capitalised modifiers): a
        // lower-case plural of an agent noun after them is a group, not the organisation or person its first words would name.
        if (words.Length > 1 && char.IsLower(head[0]) && (lower.Length > 4 && lower.EndsWith('s') && IsAgentNoun(lower[..^1]) || lower is "fans" or "advocates")
            && !IsDocumentNoun(lower) && !words[..^1].Any(w => Lexicon.Prepositions.Contains(w) || w.EndsWith("ed", StringComparison.Ordinal)))
        {
            return new ResolvedSpeaker(null, SpeakerKind.Group);
        }

        // "Mr. King", "Ms. Price": a capitalised word after an honorific is a surname, not a role noun.
        if ((roleNoun || Lexicon.PersonNouns.Contains(head)) && !(words.Length == 2 && char.IsUpper(head[0]) && words[0].TrimEnd('.').ToLowerInvariant() is "mr" or "mrs" or "ms" or "dr" or "miss"))
        {
            // "Republican pollster Daron Shaw" with the mention cut before the name: the name right after the role noun.
            // "Green mayoral candidate Sen. Tom Hale": titles may stand between them.
            if (_entities.MentionFrom(mention.End) is { } nameAfter && nameAfter.Span.Start >= mention.End && nameAfter.Span.Start - mention.End <= 40
                && _text[mention.End..nameAfter.Span.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries).All(Lexicon.Titles.Contains)
                && !_text[mention.End..nameAfter.Span.Start].Contains("  ", StringComparison.Ordinal))
            {
                return new ResolvedSpeaker(nameAfter.FullName, SpeakerKind.Person);
            }

            // "The Indiana governor": the person the article gives that role ("Indiana Gov. Mike Pence") before the subject or the salient one.
            // "Alibaba’s chairman" names its organisation, not the person; the salient person is the best guess.
            // "A senior Ana Ruiz aide says ... . Ben Vale talked to reporters": an indefinite description is a new person, the one the
            // next sentence opens with when the article has not named them before.
            // "his wife, Jane, offered": a given name apposed right after the description.
            if (ApposedGivenName(mention.End) is { } given)
            {
                return new ResolvedSpeaker(given, SpeakerKind.Person);
            }

            // "According to her aunt, Jane Quill, ...", "the company’s founder, Sen. Ann Roe, said": a full name apposed right after the
            // description, closed by a comma or a parenthesis, is the person it describes.
            if (ApposedFullName(mention.End) is { } apposedName)
            {
                return new ResolvedSpeaker(apposedName, SpeakerKind.Person);
            }

            // "If Hillary Clinton is elected, her husband would be ...", "Clinton's husband, Bill,": a spouse is the person of the other
            // gender who shares the owner's surname, not the owner; with none, someone the article does not name.
            if (words.Length == 2 && lower is "husband" or "wife" && Spouse(mention, words[0], lower == "husband") is var (owned, spouse) && owned)
            {
                return new ResolvedSpeaker(spouse, SpeakerKind.Person);
            }

            // "my editor at the time argued", "our pollster told us": a role of the writer's (or the speaker's in a quotation) is someone the
            // article does not name by it, not the recent subject or the most salient person.
            if (words.Length <= 3 && (words[0].ToLowerInvariant() is "my" or "our" or "your" || words.Length == 1 && WordBefore(mention.Start).ToLowerInvariant() is "my" or "our" or "your"))
            {
                return new ResolvedSpeaker(null, SpeakerKind.Person);
            }

            var isIndefinite = words[0].ToLowerInvariant() is "a" or "an" || WordBefore(mention.Start) is "a" or "an" or "A" or "An";

            // "a tall man who had been a night porter in Delmar asked": an indefinite predicate of a relative "who" describes the
            // relative's antecedent (here someone unnamed), not the recent subject or the most salient person.
            if (isIndefinite && WhoBeforePredicate(mention.Start, words) is { } who)
            {
                // "a young man who had been ...": an indefinite antecedent is someone the article does not name there.
                return Antecedent(who) is { } antecedent && char.IsLower(_text[antecedent.Start]) && WordsBefore(antecedent.Start, 3) is var before
                       && before.FindLastIndex(w => w.Word is "a" or "an" or "A" or "An") is var article && article >= 0
                       && before.Skip(article + 1).All(w => char.IsLower(w.Word[0]) && !Lexicon.Prepositions.Contains(w.Word))
                    ? new ResolvedSpeaker(null, SpeakerKind.Person)
                    : Resolve(new Span(who, who + 3));
            }

            // "Vexland, which for a time was an ally of Ann Roe,", "part of being a careful mayor", "Roe — who is listed as a
            // notary": an indefinite predicate is the one it is said of (PredicateHolder), else someone the article does not name by it; it
            // introduces no one, and it is not the recent subject or the most salient person.
            if (isIndefinite && IndefinitePredicateArticle(mention, words) is { } articleStart)
            {
                return PredicateHolder(articleStart) ?? new ResolvedSpeaker(null, SpeakerKind.Person);
            }

            // "Kenneth Roe, a vice president for public affairs, wrote": an indefinite apposed to a person's name is that person, before the
            // next sentence's new subject ("... . In a call, Treasury Secretary Ann Lee said").
            if (isIndefinite && IntroducedIndefinite(mention, words) is (true, { } apposedTo))
            {
                return new ResolvedSpeaker(apposedTo, SpeakerKind.Person);
            }

            // "the vice president", "the lieutenant governor": a deputy's role, not the role of its head ("President Barack Obama").
            var heldRole = words.Length >= 2 && EntityIndex.DeputyWord(words[^2].ToLowerInvariant()) is { } deputy ? deputy + " " + lower : lower;
            var holder = IsRoleDescription(words) ? _entities.WithRole(heldRole, mention.Start, Modifiers(words), SaysFormer(words)) : null;

            // "..., Former White House Doctor Says": a headline's description is the person the body gives the role, not the recent
            // subject (the headline's own words) or the most salient person; nobody when the body ties the role to no one (branch names56).
            if (holder is null && InHeadline(mention, words))
            {
                return new ResolvedSpeaker(HeadlineRoleHolder(mention, words, heldRole), SpeakerKind.Person);
            }

            // "Comedian Joe Ray stopped by ... . Ray's show was cancelled ... . The star noted": a bare description ("the star", "the
            // candidate") whose role holder was last named more than three sentences back is the recent subject, not that holder.
            // "In his state, Christie said, ... . The governor claimed": nor a later holder over the recent subject the article also gives the role.
            if (holder is not null && words.Length == 2 && words[0] is "the" or "The" && _sentenceAt(mention.Start) is var here
                && _entities.RecentSubject(mention.Start, here) is { } recentSubject
                && ((_entities.LastSentenceNamed(holder, mention.Start) ?? here) < here - 3 || _entities.HasRole(recentSubject, lower, SaysFormer(words))))
            {
                holder = recentSubject;
            }

            // "One man in Manchester interrupted the candidate: “...,” the man shouted": a definite description repeating the noun of an
            // indefinite one a few sentences before is the person that one introduced, unnamed unless the article names them there. Not when
            // the article gives the role to a named person ("Judge Ann Roe", "campaign manager Ann Roe"): the description is theirs.
            if (holder is null && words[0].ToLowerInvariant() is "the" or "this" or "that" && IndefiniteAntecedent(mention.Start, lower) is { } introduced)
            {
                return new ResolvedSpeaker(introduced.Name, SpeakerKind.Person);
            }

            if (roleNoun && (isIndefinite || words[0].ToLowerInvariant() is "one" or "another" || WordBefore(mention.Start) is "one" or "One" or "another" or "Another"))
            {
                // "an EP member", "one Obama insider", "a Clinton supporter" with no name after: someone the article does not name.
                return new ResolvedSpeaker(null, SpeakerKind.Person);
            }

            // "A Treasury spokesman said ... . In a call, Treasury Secretary Ann Lee said": not a new subject the article introduces with a
            // role of its own.
            var indefinite = isIndefinite && _entities.NewSubjectMentionOfNextSentence(mention.Start, _sentenceAt(mention.Start)) is { } newSubject
                                          && !IntroducedWithOtherRole(newSubject.Span, lower)
                ? newSubject.FullName
                : null;

            // "a Twitter spokesman said", "said one party activist", "a campaign surrogate who said": an indefinite description that is no
            // predicate or apposition introduces someone new; with no name given beside it, or as the next sentence's new subject, it is someone
            // the article does not name, not the recent subject or the most salient person.
            if (indefinite is null && (isIndefinite || words[0].ToLowerInvariant() is "one" or "another" || WordBefore(mention.Start) is "one" or "One" or "another" or "Another")
                && IntroducedIndefinite(mention, words) is (true, var newPerson))
            {
                return new ResolvedSpeaker(newPerson, SpeakerKind.Person);
            }

            var guessed = _entities.RecentSubject(mention.Start, _sentenceAt(mention.Start)) ?? _entities.MostSalientBefore(mention.Start);

            // "Port Elm's chief harbour engineer concluded", "NATO's secretary general called": a role of a place or an organisation is
            // the person the article gives that role there ("Ohio Gov. Ann Roe" for "Ohio's governor"), else someone it does not name, not
            // the recent subject or the most salient person.
            if (indefinite is null && holder is null && OwnedByPlaceOrOrganization(mention, words))
            {
                holder = _entities.WithRole(heldRole, mention.Start, Modifiers(words), SaysFormer(words));
                guessed = null;
            }

            // "“...,” the man said", "The homeless woman told police": a man or a woman the article does not introduce is someone it does not
            // name; the recent subject or the salient person is taken only for a description a relative clause goes on ("said the man who
            // made his name on ..."), and only when "he" or "she" may refer to them.
            if (indefinite is null && holder is null && guessed is not null && GenericPersonNoun(lower) is { } male
                && (!_entities.MayBe(guessed, male) || !RelativeFollows(mention.End)))
            {
                guessed = null;
            }

            return new ResolvedSpeaker(indefinite ?? holder ?? guessed, SpeakerKind.Person);
        }

        // "The state admitted", "The city is seeking": the state or the town the article names before (branch names85).
        if (PlaceOfTheDescription(mention, words) is { } place)
        {
            return new ResolvedSpeaker(place, SpeakerKind.Organization);
        }

        // "his campaign", "Trump’s| campaign" (cut after the owner), "Kasich’s presidential campaign", "The Obama administration", and
        // "the campaign" after one of them: a person's campaign or administration is named by its owner's surname and the noun.
        if (PersonalOrganizationNouns.Contains(head) && PersonalOrganization(mention, words) is { } personal)
        {
            return new ResolvedSpeaker(personal, SpeakerKind.Organization);
        }

        if ((Lexicon.OrganizationNouns.Contains(head) || DescriptionOrganizationNouns.Contains(head)) && !char.IsUpper(head[0]))
        {
            // "The charity group River Watch is funding ... . The non-profit is seeking": "the" and an organisation noun name the
            // organisation written last in this or the two sentences before.
            // "the National Golf Foundation ... . the foundation predicts", "the nonpartisan Congressional Budget Office ... . The budget
            // office said": with none of those, "the" and lower-case words are the organisation the article named before with those words
            // capitalised at the end of its name.
            var definite = words[0].Equals("the", StringComparison.OrdinalIgnoreCase);
            return new ResolvedSpeaker(
                (definite && words.Length == 2 ? OrganizationBefore(mention.Start, noun: head) : OwnedOrganization(words))
                ?? OrganizationNamedBeforeItsNoun(mention, words)
                ?? (definite && words.Length <= 3 && words[^1] == head && words[1..].All(w => char.IsLower(w[0])) && !NounFollows(mention.End)
                    ? OrganizationNamedWith(mention.Start, words[1..]) ?? (words.Length == 2 ? OrganizationOpeningBefore(mention.Start) : null)
                    : null)
                ?? (definite && words.Length == 2 && SubjectOrganizationNouns.Contains(head) ? OrganizationSubjectBefore(mention.Start) : null)
                ?? (definite && words.Length == 2 && SubjectOrganizationNouns.Contains(head) ? OrganizationOfAnEarlierDescription(mention.Start, head) : null)
                // "the production company said": as "the company" (SpeakerResolver.OrganisationWithConnector.cs).
                ?? (ModifiedSubjectOrganizationNoun(words) ? OrganizationSubjectBefore(mention.Start) : null),
                SpeakerKind.Organization);
        }

        // "the Pentagon", "the Senate", "Congress": an institution with a name of its own is that name, not a longer capitalised run the
        // article writes it in ("VOA Pentagon correspondent", "Senate Majority Leader", "Senate Republicans").
        if (words.Length <= 2 && UniqueInstitutions.Contains(head) && (words.Length == 1 || words[0].Equals("the", StringComparison.OrdinalIgnoreCase)))
        {
            return new ResolvedSpeaker(head, SpeakerKind.Organization);
        }

        // "The Justice Department", "State Department": a capitalised institution noun at the end is an organisation, whatever a title
        // before it ("Justice", "State") would make of the words.
        if (char.IsUpper(head[0]) && InstitutionHeads.Contains(head))
        {
            return new ResolvedSpeaker(_entities.ExpandOrganization(WithoutArticle([.. words[..^1], head])), SpeakerKind.Organization);
        }

        var person = _entities.ResolveName(written, mention.Start, _sentenceAt(QuotationOpening(mention.Start)));

        // "the Brookings Institution", "The Iowa Electronic Markets", "the Washington Free Beacon": "the" before capitalised words that
        // the index holds as a person's name as written is an organisation's name; a person's name takes no article (a title aside: "the
        // Rev. Ann Roe").
        if (person is not null && words.Length > 2 && words[0] is "the" or "The" && !Lexicon.Titles.Contains(words[1])
            && words.Skip(1).All(w => char.IsUpper(w[0])) && person == string.Join(' ', words[1..].Select(EntityIndex.StripPossessive)))
        {
            return new ResolvedSpeaker(_entities.ExpandOrganization(person), SpeakerKind.Organization);
        }

        // "the Centre for Tide Research", not a person "Tide Research" (SpeakerResolver.OrganisationWithConnector.cs).
        if (OrganizationWithConnector(words, person) is { } connected)
        {
            return new ResolvedSpeaker(connected, SpeakerKind.Organization);
        }

        // "Mr. Lou" after "The finance minister, Lou Jiwei,", "Ms. Kessel" after "April Kessel, a spokeswoman": a title or an honorific
        // before a word the article writes only in one person's name of two words, after a role, is that person (branch names52).
        // Not for an honorific of the other sex ("Mr. Roe" after "Ann Roe, the author,": branch names80).
        if ((person is null || person == head) && words.Length == 2 && Lexicon.Titles.Contains(words[0]) && char.IsUpper(head[0]) && NameWrittenAround(head) is { } aroundTitled
            && _entities.HonorificAgrees(words[0], head, aroundTitled) && (_entities.ResolveName(head) is not { } alone || _entities.HonorificAgrees(words[0], head, alone)))
        {
            return new ResolvedSpeaker(aroundTitled, SpeakerKind.Person);
        }

        if (person is not null)
        {
            return new ResolvedSpeaker(person, SpeakerKind.Person);
        }

        // "U.S. Defense Secretary Lena Park": what follows the last title is the person's name.
        var lastTitle = Array.FindLastIndex(words, w => Lexicon.Titles.Contains(w));
        if (lastTitle > 0 && lastTitle < words.Length - 1 && words[(lastTitle + 1)..].All(w => char.IsUpper(w[0])))
        {
            var name = string.Join(' ', words[(lastTitle + 1)..].Select(EntityIndex.StripPossessive));
            return new ResolvedSpeaker(_entities.ResolveName(name) ?? name, SpeakerKind.Person);
        }

        // "Interim Vexo Transit Police Chief Tom Hale", "NASA Administrator Ana Ruiz": a capitalised role word that is no title ends what
        // goes before the name, as in the entity index's sequences; the name is what follows it, two words or more, or one the article
        // gives a full name ("Police Chief Alvarez"). Without this the organisation's word ("Police", "NASA") made the whole an organisation.
        if (PersonAfterRoleWord(words) is { } afterRole)
        {
            return new ResolvedSpeaker(afterRole, SpeakerKind.Person);
        }

        // "China’s ambassador to Britain Liu Xiaoming", "Questioning Vindman": where the entity index starts a person's name inside the
        // mention and ends it with the mention, that person is the speaker: the index decides where names start in a capitalised run.
        if (PersonEndingMention(mention) is { } inside)
        {
            return new ResolvedSpeaker(inside, SpeakerKind.Person);
        }

        var titled = words.Length > 1 && Lexicon.Titles.Contains(words[0]);
        // "Justice Scalia", "Bill Clinton": the lexicon words that are also a title or a first name do not make an organisation when
        // they open the name (as in EntityIndex.ContainsOrganizationWord).
        var isOrganization = words.Where((w, i) => !(i == 0 && words.Length > 1 && w.ToLowerInvariant() is "justice" or "bill"))
            .Any(w => Lexicon.OrganizationWords.Contains(EntityIndex.StripPossessive(w)));
        if (isOrganization || words.Length == 1 && !titled)
        {
            // "a Syrian refugee who feared ... said", "a Danish engineer charged with theft": a nationality before a person's noun is
            // that person's (someone the article does not name by it) or, before a plural, a group's; never an organisation named by it.
            // "Alan Roe, a Danish engineer charged with theft,": an indefinite one apposed to a name is that person.
            if (words.Length == 1 && IsNationality(head) && PersonNounAfter(mention.End) is var (plural, nounEnd))
            {
                var article = WordBefore(mention.Start);
                var apposedTo = !plural && article.ToLowerInvariant() is "a" or "an"
                    ? IntroducedIndefinite(new Span(mention.Start - article.Length - 1, nounEnd), [article, head, _text[(mention.End + 1)..nounEnd]]).Name
                    : null;
                return new ResolvedSpeaker(apposedTo, plural ? SpeakerKind.Group : SpeakerKind.Person);
            }

            // A single capitalised word that is nobody's surname in the article is an organisation or outlet ("Xinhua", "Alibaba"),
            // named as fully as the article names it ("Patriot" → "Patriot Coal"); a possessive is no part of the name ("NASA's" → "NASA").
            var expanded = _entities.ExpandOrganization(WithoutArticle([.. words[..^1], head]));

            // "Bernie said", "Elise wrote": a given name alone that opens a person's full name the article writes is that person, by first name.
            // Not one the article names in full only after it ("Apple says" before "the Apple Thunderbolt 2 adapter": branch orgnames117).
            var firstName = !isOrganization && words.Length == 1 && FirstNameGender.IsGivenName(head) && expanded.StartsWith(head + " ", StringComparison.Ordinal)
                && _entities.IsPersonFullName(expanded) && WrittenBefore(expanded, mention.Start);

            // "York said" after "Kate York": a surname the article completes to a person's full name is that person; "Trump tweeted" after
            // "President Trump": a word the article writes after a person's title is a person's name, full or not.
            // (An organisation's longer name the word opens is then no name of the person's: "Obama" of "Obama Says ...", a headline.)
            if (!firstName && !isOrganization && words.Length == 1 && !(expanded.EndsWith(" " + head, StringComparison.Ordinal) && _entities.IsPersonFullName(expanded))
                && WrittenAfterPersonalTitle(head))
            {
                return new ResolvedSpeaker(EntityIndex.StripPossessive(head), SpeakerKind.Person);
            }

            var personName = firstName || !isOrganization && words.Length == 1 && expanded.EndsWith(" " + head, StringComparison.Ordinal) && _entities.IsPersonFullName(expanded);

            // "Kate York ... York said", "said Steven Law ... Law added": a surname that the lexicon takes for a place or a common
            // organisation word, after a given name, is a person's (the index does not hold such names: ContainsOrganizationWord).
            // "Xi said" after "Chinese President Xi Jinping", "Liu said" after "ambassador to Britain Liu Xiaoming": a name written
            // surname first is a person's when the article writes it after a role. "Hillary" of "the Bill and Hillary Clinton
            // Foundation" is the one person whose full name the article opens with it.
            // "said Craig Law": so is the full name written as the mention.
            if (!personName && words.Length == 2 && !titled && PersonBySurnameAfterGivenName(expanded, EntityIndex.StripPossessive(head)))
            {
                return new ResolvedSpeaker(expanded, SpeakerKind.Person);
            }

            if (!personName && words.Length == 1 && !titled)
            {
                if (PersonBySurnameAfterGivenName(expanded, EntityIndex.StripPossessive(head)) || PersonBySurnameFirst(expanded, EntityIndex.StripPossessive(head)))
                {
                    return new ResolvedSpeaker(expanded, SpeakerKind.Person);
                }

                // "Tom Hale, the board chair, ... Hale said", "Will Dorne, a professor, ... Dorne said": a word the article writes only
                // as the first or the last word of one person's name of two words, written after a role or before an apposed role, is that
                // person (branch names52; the index misses such names: "Ki-moon" after a hyphen, "Will" and "April" common words).
                if (!isOrganization && expanded == EntityIndex.StripPossessive(head) && NameWrittenAround(expanded) is { } around)
                {
                    return new ResolvedSpeaker(around, SpeakerKind.Person);
                }

                if (!isOrganization && FirstNameGender.IsGivenName(EntityIndex.StripPossessive(head)) && WordBefore(mention.Start) is not ("a" or "an" or "the" or "A" or "An" or "The")
                    && _entities.ByGivenName(head) is { } byGiven && byGiven != expanded && byGiven.Split(' ').Count(w => w.TrimEnd('.').Length > 1) == 2
                    && _entities.IsPersonFullName(byGiven) && WrittenBefore(byGiven, mention.Start)
                    && (_entities.Mentions.Any(m => m.FullName == byGiven && m.IsSubject) || WrittenAfterRole(byGiven)))
                {
                    return new ResolvedSpeaker(byGiven, SpeakerKind.Person);
                }

                // "Donald" of "Donald J. Trump!”" (a name in a quotation, which the index does not hold): a surname in the expansion that the
                // article resolves to a person whose full name opens with the given name is that person.
                if (!isOrganization && FirstNameGender.IsGivenName(EntityIndex.StripPossessive(head)) && expanded.StartsWith(head + " ", StringComparison.Ordinal)
                    && expanded.Split(' ')[1..].Select(w => w.TrimEnd('.').Length > 1 ? _entities.ResolveName(w) : null)
                        .FirstOrDefault(p => p is not null && p.StartsWith(head + " ", StringComparison.Ordinal) && p.Split(' ').Count(w => w.TrimEnd('.').Length > 1) == 2
                                             && expanded.Split(' ').Contains(p[(p.LastIndexOf(' ') + 1)..]) && _entities.IsPersonFullName(p)) is { } bySurname)
                {
                    return new ResolvedSpeaker(bySurname, SpeakerKind.Person);
                }
            }

            // "When Trump launched his campaign ... . Trump said": a word the article writes as the subject of a verb with "his" after it is
            // a person's name, not the organisation's longer name it opens ("Trump Train"); organisations take "its".
            if (!personName && !isOrganization && words.Length == 1 && !titled && (expanded == head || expanded.StartsWith(head + " ", StringComparison.Ordinal))
                && WrittenBeforeHis(EntityIndex.StripPossessive(head)))
            {
                return new ResolvedSpeaker(EntityIndex.StripPossessive(head), SpeakerKind.Person);
            }

            // "Fox News Sean Hannity", "Vale" of "City Hall Counsel W. Ben Vale": a person's name ending an organisation's name or
            // a role in one capitalised run is that person, not the organisation.
            if (!personName && PersonEndingRun(expanded, EntityIndex.StripPossessive(head)) is { } runName)
            {
                return new ResolvedSpeaker(runName, SpeakerKind.Person);
            }

            return new ResolvedSpeaker(expanded, personName ? SpeakerKind.Person : SpeakerKind.Organization);
        }

        if (words.Length > 1 && words[0].Equals("the", StringComparison.OrdinalIgnoreCase) && words.Skip(1).All(w => char.IsUpper(w[0])))
        {
            // "The Vatican": a proper name after an article is an organisation's ("The Federal Reserve’s" → "Federal Reserve").
            return new ResolvedSpeaker(_entities.ExpandOrganization(WithoutArticle([.. words[..^1], head])), SpeakerKind.Organization);
        }

        // "The unions", "Both companies", "the two firms": a lower-case plural of an organisation's noun is a group, not a person
        // named "The unions" (audit 13).
        if (char.IsLower(head[0]) && PluralOfOrganizationNoun(head))
        {
            return new ResolvedSpeaker(null, SpeakerKind.Group);
        }

        // "the insider", "one user", "the whole point": a description whose head is a lower-case word, with no referent found above,
        // names nobody (README: null), whatever its words (audit 14: 96 such descriptions were written as names, typed person, on the
        // Zyte pages). It is a person when its head is an agent noun ("the insider", "a radiologist", "the patient"), else unknown.
        if (char.IsLower(head[0]))
        {
            // "According to her aunt, Jane Quill, ...": unless a full name is apposed right after it.
            return ApposedFullName(mention.End) is { } apposedName
                ? new ResolvedSpeaker(apposedName, SpeakerKind.Person)
                : new ResolvedSpeaker(null, IsAgentNoun(lower) ? SpeakerKind.Person : SpeakerKind.Unknown);
        }

        // "A Libertarian, he backed ...": an indefinite article before capitalised words that name nobody is someone the article does not
        // name by them, never a name that holds the article.
        if (words.Length > 1 && words[0].ToLowerInvariant() is "a" or "an")
        {
            return new ResolvedSpeaker(null, SpeakerKind.Person);
        }

        // "Mr. King": a surname that is also a title is still the name.
        var untitled = words.SkipWhile(w => Lexicon.Titles.Contains(w)).ToArray();
        return new ResolvedSpeaker(string.Join(' ', (untitled.Length > 0 ? untitled : words[^1..]).Select(EntityIndex.StripPossessive)), SpeakerKind.Person);
    }

    /// <summary>
    /// The person's name after the last capitalised role word of a mention ("Chief", "Administrator", "Insider"), or null: the words after it
    /// capitalised, no organisation's word among them, and two or more of them or one the article resolves to a full name.
    /// </summary>
    private string? PersonAfterRoleWord(string[] words)
    {
        var role = Array.FindLastIndex(words, w => char.IsUpper(w[0]) && EntityIndex.IsRoleWord(w) && !NounsOfNames.Contains(w));
        if (role < 0 || role == words.Length - 1)
        {
            return null;
        }

        var after = words[(role + 1)..];
        if (!after.All(w => char.IsUpper(w[0]) && !Lexicon.OrganizationWords.Contains(EntityIndex.StripPossessive(w))))
        {
            return null;
        }

        var name = string.Join(' ', after.Select(EntityIndex.StripPossessive));
        var full = _entities.ResolveName(name) ?? (after.Length > 1 ? name : null);
        return full is not null && FirstNameGender.IsPersonName(full) ? full : null;
    }

    /// <summary>
    /// The person whose name ends a mention with a capitalised person noun ("Masayoshi Son", "Peter T. King", "Amy Pope"), or null. The
    /// capitalised words before the noun, back to a role word, a title or a lower-case word, are the rest of the name: with the noun, a name
    /// the article gives in full whose last word is the noun, or two words or more that open with a given name the table knows and hold no
    /// organisation's word. A possessive before the noun ("Trump’s Son") or a role or title right before it ("Majority Leader") is no name.
    /// </summary>
    private string? PersonNameEndingInNoun(string[] words)
    {
        var head = EntityIndex.StripPossessive(words[^1]);
        if (words.Length < 2 || !char.IsUpper(head[0]) || !Lexicon.PersonNouns.Contains(head) || PartyNouns.Contains(head))
        {
            return null;
        }

        var first = words.Length - 1;
        while (first > 0 && IsNameWordBeforeNoun(words[first - 1]))
        {
            first--;
        }

        if (first == words.Length - 1)
        {
            return null;
        }

        var tail = words[first..].Select(EntityIndex.StripPossessive).ToArray();
        var name = string.Join(' ', tail);
        // A role or title right before the name says it is a person's when the table lacks its given name ("CEO Masayoshi Son").
        var afterRole = first > 0 && (EntityIndex.IsRoleWord(words[first - 1]) || Lexicon.Titles.Contains(words[first - 1]));
        return _entities.ResolveName(name) is { } full && full.Contains(' ', StringComparison.Ordinal) && full.EndsWith(" " + head, StringComparison.Ordinal)
            && (FirstNameGender.IsPersonName(full) || afterRole) && !full.Split(' ').Any(Lexicon.OrganizationWords.Contains) ? full : null;

        static bool IsNameWordBeforeNoun(string word) =>
            char.IsUpper(word[0]) && !EntityIndex.IsRoleWord(word) && !Lexicon.Titles.Contains(word) && !Lexicon.NotNames.Contains(word)
            && EntityIndex.StripPossessive(word) == word && !word.EndsWith(',');
    }

    /// <summary>A party's member ("the Nevada Democrat"): a description after a place, never a surname.</summary>
    private static readonly FrozenSet<string> PartyNouns = new[] { "democrat", "republican" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Person nouns that are often a word of a name or a title of a work ("Star Wars", "Head Start", "Son of God"), not a role before a name.</summary>
    private static readonly FrozenSet<string> NounsOfNames = new[]
    {
        "star", "head", "host", "source", "man", "woman", "son", "daughter", "father", "mother", "brother", "sister", "friend", "partner", "wife", "husband",
        "king", "queen", "prince", "princess", "pope", "general", "resident", "student", "player", "witness",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The full name of the entity index's person mention that starts after the first character of <paramref name="mention"/>, after a
    /// capitalised word of it ("Sen.", "Britain", "But"; not "the" alone), and ends where it ends (a possessive ending aside), when it reads
    /// as a person's name; else null.
    /// </summary>
    private string? PersonEndingMention(Span mention)
    {
        if (_entities.MentionFrom(mention.Start + 1) is not { } inside || inside.Span.End > mention.End
            || !FirstNameGender.IsPersonName(inside.FullName) && !PersonBySurnameFirst(inside.FullName, inside.FullName.Split(' ')[0])
            || !_text.AsSpan(mention.Start, inside.Span.Start - mention.Start).ContainsAnyInRange('A', 'Z'))
        {
            return null;
        }

        var rest = _text.AsSpan(inside.Span.End, mention.End - inside.Span.End);
        return rest.IsEmpty || rest is "'s" or "’s" or "'" or "’" ? inside.FullName : null;
    }

    /// <summary>A verb with "not" or an auxiliary contracted onto it ("hasn’t", "didn't", "won’t"); "’s" is a possessive's too, so not it.</summary>
    private static bool IsContractedVerb(string word) =>
        word.Length > 3 && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase))
        && word.Take(word.Length - 3).All(char.IsLetter);

    /// <summary>The pronoun of a contraction ("you’re" → "you", "they'll" → "they"), or null.</summary>
    private static string? WithoutContraction(string lower)
    {
        var apostrophe = lower.IndexOfAny(['\'', '\u2019']);
        if (apostrophe <= 0 || lower[(apostrophe + 1)..] is not ("re" or "ll" or "ve" or "d" or "m" or "s"))
        {
            return null;
        }

        var pronoun = lower[..apostrophe];
        return pronoun is "i" or "you" or "we" or "they" or "he" or "she" or "it" or "who" ? pronoun : null;
    }

    /// <summary>
    /// Whether a one-word capitalised mention is a group noun only by its ending ("Reuters", "Rogers": -ers, -ists) and stands where
    /// its capital is its own, not the sentence's (a group noun "Officials" opening a sentence stays a group).
    /// </summary>
    private bool IsNameByEndingOnly(string[] words, int start) =>
        words.Length == 1 && !Lexicon.GroupNouns.Contains(words[0]) && !Lexicon.PersonNouns.Contains(words[0][..^1])
        && !IsSentenceOpening(start);

    /// <summary>Whether only spaces and opening marks stand between <paramref name="start"/> and the start of its sentence (as the sentence splitter cut it) or a line.</summary>
    private bool IsSentenceOpening(int start)
    {
        var i = start - 1;
        while (i >= 0 && (_text[i] is ' ' or '\t' or '"' or '\u201C' or '\u2018' or '\'' or '(' or '\u2014' or '-'))
        {
            i--;
        }

        return i < 0 || _text[i] is '\n' or ':' || _sentenceAt(i) != _sentenceAt(start);
    }

    /// <summary>Head nouns of institutions, which are not surnames (unlike "Post", "Street" or "House" of the organisation words).</summary>
    /// <summary>Institutions one word names, the country's own: "the Pentagon", "the Kremlin", "the Senate".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> UniqueInstitutions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Pentagon", "Kremlin", "Vatican", "Congress", "Parliament", "Senate", "Knesset", "Bundestag", "Duma", "Élysée", "Elysee"], StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> InstitutionHeads = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Department", "Committee", "Agency", "Commission", "Bureau", "Office", "Council", "Court", "Administration", "Ministry", "Institute",
         "Foundation", "Association", "University", "Company", "Corporation", "Center", "Centre", "Services", "Service", "Authority", "Organization", "Organisation"],
        StringComparer.Ordinal);

    /// <summary>A description that names a role: a definite article or none before it, no possessive ("The Indiana governor", "the mayor"; not "his wife", "a lawyer").</summary>
    private static bool IsRoleDescription(string[] words) =>
        words[0].ToLowerInvariant() is "the" || words.Length == 1 || char.IsUpper(words[0][0]) && !EntityIndex.EndsPossessive(words[0]) && words[0].ToLowerInvariant() is not ("a" or "an" or "his" or "her" or "their" or "its");

    /// <summary>The capitalised words of a description before its head but its article, lower case ("The Indiana governor" → "indiana", "Republican pollster" → "republican").</summary>
    private static List<string> Modifiers(string[] words) =>
        [.. words[..^1].Select(w => EntityIndex.StripPossessive(w)).Where(w => w.Length > 0 && char.IsUpper(w[0]) && w.ToLowerInvariant() is not ("the" or "a" or "an" or "former" or "this")
                                                                                          && EntityIndex.DeputyWord(w.ToLowerInvariant()) is null)
            .Select(w => w.ToLowerInvariant())];

    /// <summary>
    /// The person named by a part of a mention split at commas, parentheses and dashes ("Rep. Ana Ruiz — like Hale, a backer of
    /// ..., Rep. Ben Vale —": the first part that names someone), when the mention has more than one part.
    /// </summary>
    private string? NamedPart(string written)
    {
        // A mention with none of the separators is one part (speed105: most mentions; not split out).
        if (written.AsSpan().IndexOfAny(",()—–") < 0)
        {
            return null;
        }

        var parts = written.Split([',', '(', ')', '—', '–'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // "his wife, Jane,": a given name apposed to a description is the one person of the article whose full name opens with it.
        return parts.Length < 2 ? null : parts.Select(_entities.ResolveName).FirstOrDefault(name => name is not null)
            ?? parts.Skip(1).Where(p => !p.Contains(' ', StringComparison.Ordinal) && p.Length > 1 && char.IsUpper(p[0]) && p.All(char.IsLetter))
                .Select(_entities.ByGivenName).FirstOrDefault(name => name is not null);
    }

    /// <summary>The person named by a lone given name between commas right after <paramref name="end"/> (", Jane,"), or null.</summary>
    /// <summary>
    /// The full name of the person mention apposed right after <paramref name="end"/>: ", " and titles before it, a comma, a closing
    /// parenthesis or a dash after it; null otherwise.
    /// </summary>
    private string? ApposedFullName(int end)
    {
        if (end + 2 >= _text.Length || _text[end] != ',' || _text[end + 1] != ' ' || _entities.MentionFrom(end) is not { } named
            || named.Span.Start - end > 40 || !named.FullName.Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        var gap = _text[(end + 1)..named.Span.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var after = named.Span.End < _text.Length ? _text[named.Span.End] : '.';
        return gap.All(Lexicon.Titles.Contains) && after is ',' or ')' or '—' or '–' ? named.FullName : null;
    }

    private string? ApposedGivenName(int end)
    {
        if (end + 2 >= _text.Length || _text[end] != ',' || _text[end + 1] != ' ' || !char.IsUpper(_text[end + 2]))
        {
            return null;
        }

        var close = end + 2;
        while (close < _text.Length && char.IsLetter(_text[close]))
        {
            close++;
        }

        return close < _text.Length && _text[close] == ',' ? _entities.ByGivenName(_text[(end + 2)..close]) : null;
    }

    /// <summary>
    /// For "his wife", "her husband", "Clinton's husband" (<paramref name="owner"/> the first word): whether the owner names a person of the
    /// article, and then the spouse: the one other person whose full name ends in the owner's surname and whom "he" (a husband) or "she" (a
    /// wife) may refer to; null when there is none or more than one.
    /// </summary>
    private (bool Owned, string? Spouse) Spouse(Span mention, string owner, bool husband)
    {
        var pronoun = owner.ToLowerInvariant();
        var ownerName = pronoun is "his" or "her"
            ? _entities.ResolvePronoun(mention.Start, _sentenceAt(mention.Start), pronoun == "his")
            : EntityIndex.EndsPossessive(owner) ? _entities.ResolveName(EntityIndex.StripPossessive(owner)) : null;
        if (ownerName is null || !ownerName.Contains(' ', StringComparison.Ordinal))
        {
            return (false, null);
        }

        var surname = ownerName[(ownerName.LastIndexOf(' ') + 1)..];
        var spouses = _entities.Mentions.Select(m => m.FullName).Distinct(StringComparer.Ordinal)
            .Where(n => n != ownerName && n.Contains(' ', StringComparison.Ordinal) && n.EndsWith(" " + surname, StringComparison.Ordinal)
                        && !_entities.IsPlace(n) && _entities.MayBe(n, husband) && FirstNameGender.IsPersonName(n))
            .ToList();
        if (spouses.Count == 1)
        {
            return (true, spouses[0]);
        }

        // "his wife, Betsy, and ...", "Clinton's husband, Bill, hurled": a given name apposed with no fuller form in the article is the name
        // the article gives (as a person named only "Melanie" is named so).
        var at = mention.End;
        if (at + 2 < _text.Length && _text[at] == ',' && _text[at + 1] == ' ' && char.IsUpper(_text[at + 2]))
        {
            var close = at + 2;
            while (close < _text.Length && char.IsLetter(_text[close]))
            {
                close++;
            }

            var given = _text[(at + 2)..close];
            if (close < _text.Length && _text[close] == ',' && FirstNameGender.IsGivenName(given))
            {
                return (true, given);
            }
        }

        return (true, null);
    }

    /// <summary>
    /// The position of <paramref name="pronoun"/> opening the sentence of <paramref name="position"/> or the one before when no person is
    /// named as a subject between it and <paramref name="position"/> (looking back at most 1,500 characters); else <paramref name="position"/>.
    /// </summary>
    private int OpeningPronoun(int position, string pronoun)
    {
        // The sentence openings looked at are the starts of the two sentences (SentenceStart, by bisection), the later first: not a look-up
        // of the sentence at every word of the 1,500 characters before. A word opens a sentence only at a letter after a character that is
        // no letter or digit; a start found twice (the two sentences start together) is looked at once.
        var later = -1;
        for (var back = 0; back <= 1; back++)
        {
            var start = SentenceStart(position, back);
            if (start == later)
            {
                continue;
            }

            later = start;
            if (start >= position || position - start >= 1500 || !char.IsLetter(_text[start]) || start > 0 && char.IsLetterOrDigit(_text[start - 1])
                || start > 0 && _sentenceAt(start - 1) == _sentenceAt(start))
            {
                continue;
            }

            // start opens a sentence: is it the pronoun?
            var end = start;
            while (end < _text.Length && char.IsLetter(_text[end]))
            {
                end++;
            }

            if (end < position && _text.AsSpan(start, end - start).Equals(pronoun, StringComparison.OrdinalIgnoreCase)
                && !_entities.Mentions.Any(m => m.IsSubject && m.Span.Start > start && m.Span.Start < position))
            {
                return start;
            }
        }

        return position;
    }

    /// <summary>
    /// The definite description of a person that opens the sentence of <paramref name="position"/> or the one before as its subject ("The
    /// Wisconsin Republican did give ...", "The former governor said"): "The", up to three modifiers, a person noun, then a lower-case word
    /// that is no noun of a person, no preposition and no conjunction; when no person is named as a subject between it and
    /// <paramref name="position"/>. Its span, else null.
    /// </summary>
    private Span? OpeningDescription(int position)
    {
        for (var back = 0; back <= 1; back++)
        {
            var start = SentenceStart(position, back);
            while (start < position && (char.IsWhiteSpace(_text[start]) || _text[start] is '“' or '"' or '‘' or '\''))
            {
                start++;
            }

            if (start >= position || _sentenceAt(start) != _sentenceAt(position) - back
                || _entities.Mentions.Any(m => (m.IsSubject || m.SubjectAfterRole) && m.Span.Start >= start && m.Span.Start < position))
            {
                continue;
            }

            var words = WordsFrom(start, Math.Min(position, start + 120), 6);
            if (words.Count < 3 || words[0].Word != "The")
            {
                continue;
            }

            for (var j = Math.Min(4, words.Count - 2); j >= 1; j--)
            {
                var head = words[j].Word;
                var next = words[j + 1].Word;
                if (Lexicon.PersonNouns.Contains(head) && char.IsLower(next[0]) && !Lexicon.PersonNouns.Contains(next) && !IsRoleNounByEnding(next)
                    && !Lexicon.Prepositions.Contains(next) && next is not ("and" or "or" or "who" or "whose" or "that")
                    && words.Take(j + 1).All(w => w.Word.All(c => char.IsLetter(c) || c is '-' or '.')))
                {
                    return new Span(start, words[j].Start + head.Length);
                }
            }
        }

        return null;
    }

    /// <summary>Up to <paramref name="count"/> words from <paramref name="start"/> to <paramref name="end"/>, split at spaces, with their starts.</summary>
    private List<(string Word, int Start)> WordsFrom(int start, int end, int count)
    {
        var words = new List<(string Word, int Start)>(count);
        var at = start;
        while (at < end && words.Count < count)
        {
            while (at < end && _text[at] == ' ')
            {
                at++;
            }

            var wordStart = at;
            while (at < end && !char.IsWhiteSpace(_text[at]))
            {
                at++;
            }

            if (at > wordStart)
            {
                words.Add((_text[wordStart..at], wordStart));
            }

            if (at < end && _text[at] != ' ')
            {
                break; // a line break ends the phrase
            }
        }

        return words;
    }

    /// <summary>
    /// The opening quotation mark of the quotation that ends right before <paramref name="position"/> (past spaces and a comma), looking back
    /// at most 3,000 characters; else <paramref name="position"/>.
    /// </summary>
    private int QuotationOpening(int position)
    {
        var i = position;
        while (i > 0 && _text[i - 1] is ' ' or ',')
        {
            i--;
        }

        // A closing mark that opens the text ("”, she said") closes nothing before it.
        if (i < 2 || _text[i - 1] is not ('”' or '"'))
        {
            return position;
        }

        var from = Math.Max(0, i - 3000);
        var curly = _text.LastIndexOf('“', i - 2, i - 1 - from);
        var straight = _text.LastIndexOf('"', i - 2, i - 1 - from);
        if (_text[i - 1] == '”')
        {
            // “...” closes a quotation opened with “, unless that “ was closed before: a quotation typed with mixed marks ("I prefer
            // Kasich,” he said) opens at the straight mark after the last closing one, which is not the quotation of the “ before.
            var closed = curly >= 0 ? _text.IndexOf('”', curly + 1, i - 2 - curly) : -1;
            if (curly >= 0 && closed < 0)
            {
                return curly;
            }

            var lastClose = _text.LastIndexOf('”', i - 2, i - 1 - from);
            return straight > lastClose && IsOpeningStraightMark(straight) ? straight : position;
        }

        // "..." closes a quotation opened with ", or with a “ after the last straight mark that no ” closed (“I prefer Kasich," he said).
        if (curly > straight && _text.IndexOf('”', curly + 1, i - 2 - curly) < 0)
        {
            return curly;
        }

        return straight >= 0 ? straight : position;
    }

    /// <summary>Whether the straight quotation mark at <paramref name="at"/> opens a quotation: it starts the text or follows a space, a
    /// line break, a parenthesis or a dash.</summary>
    private bool IsOpeningStraightMark(int at) => at == 0 || char.IsWhiteSpace(_text[at - 1]) || _text[at - 1] is '(' or '—' or '–';

    /// <summary>Words that make an indefinite description before them a predicate or an apposition, not a new person ("Smith is a lawyer").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PredicateWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["is", "was", "are", "were", "be", "been", "being", "become", "became", "becomes", "as", "like", "remains", "remained", "called", "named",
            "himself", "herself", "than"], StringComparer.OrdinalIgnoreCase);

    /// <summary>The articles that open an indefinite description of a person the article introduces.</summary>
    private static bool IsIndefiniteArticle(string word) => word.ToLowerInvariant() is "a" or "an" or "one" or "another";

    /// <summary>
    /// The person an indefinite description introduced, for a definite description with the same head <paramref name="noun"/> ("a young
    /// woman asked ... . “...,” the woman said"): the latest "a"/"an"/"one"/"another" or owner ("the mayor’s", "her") and up to four
    /// modifiers ("U.S. trade") before the noun in the sentence of <paramref name="position"/> or the three before, past other definite
    /// ones ("the woman", each looking three sentences further back). Its name is the one apposed or given right after it ("a judge, Ann
    /// Roe,", "a man named Ann Roe", "the mayor’s spokesman Ann Roe") or the new subject of the next sentence; else null (a person the
    /// article does not name). Null as a whole (no antecedent) when the latest mention of the noun is anything else: an apposition or a
    /// predicate ("Ann Roe, a lawyer,", "Roe is a lawyer": the named person), "its"/"our" and the like, a preposition between, or none.
    /// </summary>
    private (string? Name, int Start)? IndefiniteAntecedent(int position, string noun)
    {
        var from = SentenceStart(position, 3);
        for (var at = position - 1; at > from; at--)
        {
            at = _text.LastIndexOf(noun, at, at - from, StringComparison.Ordinal);
            if (at <= from)
            {
                return null;
            }

            var end = at + noun.Length;
            if (char.IsLetterOrDigit(_text[at - 1]) || _text[at - 1] == '-' || end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] is '-' or '\'' or '\u2019'))
            {
                continue;
            }

            var before = WordsBefore(at, 5, initialisms: true);
            var article = before.FindLastIndex(w => IsIndefiniteArticle(w.Word) || EntityIndex.EndsPossessive(w.Word)
                                                     || w.Word.ToLowerInvariant() is "the" or "this" or "that" or "his" or "her" or "their" or "its" or "our" or "my" or "your");
            if (article < 0 || before.Count - article - 1 > 4 || before.Skip(article + 1).Any(w => Lexicon.Prepositions.Contains(w.Word.ToLowerInvariant())))
            {
                return null;
            }

            var determiner = before[article].Word.ToLowerInvariant();
            if (determiner is "the" or "this" or "that")
            {
                // "the man" again: the chain goes on back to the description that introduced the person, three sentences before this one.
                from = Math.Min(from, SentenceStart(at, 3));
                continue;
            }

            // "the prime minister’s spokesman", "Lee's spokesman", "his spokesman": someone's role holder, introduced as an indefinite one is.
            var owned = EntityIndex.EndsPossessive(determiner) || determiner is "his" or "her" or "their";
            if (!IsIndefiniteArticle(determiner) && !owned)
            {
                return null;
            }

            if (owned)
            {
                // The owner's phrase opens at its own article ("the prime minister’s").
                while (article > 0 && !before[article].Word.Equals("the", StringComparison.OrdinalIgnoreCase) && char.IsLower(before[article - 1].Word[0]))
                {
                    article--;
                }
            }

            // "Roe is a lawyer", "Ann Roe, a lawyer,", "(a lawyer)": the indefinite describes someone already there.
            var articleStart = before[article].Start;
            var previous = article > 0 ? before[article - 1].Word : WordBefore(articleStart);
            var mark = articleStart - 1;
            while (mark >= 0 && _text[mark] == ' ')
            {
                mark--;
            }

            // A comma makes an apposition after a person's name ("Ann Roe, a lawyer,"), not after a clause or a place ("In Ohio, a judge ruled").
            if (PredicateWords.Contains(previous) || mark >= 0 && _text[mark] is '(' or '—' or '–' or '-'
                || mark >= 0 && _text[mark] == ',' && _entities.MentionBefore(mark + 1) is { } apposed && apposed.Span.End >= mark - 2 && !_entities.IsPlace(apposed.FullName))
            {
                return null;
            }

            // "a judge, Ann Roe, ruled", "a man named Ann Roe": the name given right after.
            if (_entities.MentionFrom(end) is { } named && named.Span.Start >= end
                && (_text.AsSpan(end, named.Span.Start - end).Trim() is "," or "named" or "identified as" or ", identified as"
                    || owned && named.Span.Start == end + 1))
            {
                return (named.FullName, articleStart);
            }

            return (_entities.NewSubjectOfNextSentence(at, _sentenceAt(at)), articleStart);
        }

        return null;
    }

    /// <summary>
    /// Whether an indefinite description <paramref name="mention"/> introduces a new person rather than describing one already there, and
    /// that person's name when the article gives it beside the description. Not new: a predicate ("He was a desperate man", "as a
    /// candidate"), a description in parentheses or after a dash. An apposition after a person's name ("Evan Roe, a Republican consultant",
    /// "Gov. Ann Roe of Ohio, a Republican who") is that person; a name given right after ("a lawmaker, Sen. Ann Roe,", "an entrepreneur named
    /// Ann Roe") is that name; otherwise the name is null.
    /// </summary>
    private (bool Introduced, string? Name) IntroducedIndefinite(Span mention, string[] words)
    {
        var start = mention.Start;
        if (words[0].ToLowerInvariant() is not ("a" or "an" or "one" or "another"))
        {
            // The determiner was cut off the mention: "one" of "one [party activist]".
            while (start > 0 && _text[start - 1] == ' ')
            {
                start--;
            }

            start -= WordBefore(start).Length;
        }

        var previous = WordBefore(start);
        var mark = start - 1;
        while (mark >= 0 && _text[mark] == ' ')
        {
            mark--;
        }

        if (PredicateWords.Contains(previous) || mark >= 0 && _text[mark] is '(' or '—' or '–' or '-')
        {
            return (false, null);
        }

        if (mark >= 0 && _text[mark] == ',' && _entities.MentionBefore(mark + 1) is { } apposed && !_entities.IsPlace(apposed.FullName)
            && _text.AsSpan(apposed.Span.End, mark - apposed.Span.End) is var between
            && (between.Trim().IsEmpty || (between.StartsWith(" of ") || between.StartsWith(" (")) && !between.Contains(',') && between.Count(' ') <= 4))
        {
            return (true, apposed.FullName);
        }

        if (_entities.MentionFrom(mention.End) is { } named && named.Span.Start >= mention.End && named.Span.Start - mention.End <= 40)
        {
            var gap = _text[mention.End..named.Span.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !Lexicon.Titles.Contains(w)).ToArray();
            if (string.Join(' ', gap) is "," or "named" or "called" or "identified as" or ", identified as")
            {
                return (true, named.FullName);
            }
        }

        return (true, null);
    }

    /// <summary>
    /// For an indefinite description ("a friend", or "friend" with the "a" before it) written as a predicate, after one of
    /// <see cref="PredicateWords"/> ("was a friend", "being an effective president", "as a candidate"), the start of its article; else null.
    /// </summary>
    private int? IndefinitePredicateArticle(Span mention, string[] words)
    {
        var article = words[0];
        var articleStart = mention.Start;
        if (article.ToLowerInvariant() is not ("a" or "an"))
        {
            article = WordBefore(mention.Start);
            articleStart = mention.Start;
            while (articleStart > 0 && _text[articleStart - 1] == ' ')
            {
                articleStart--;
            }

            articleStart -= article.Length;
        }

        var previous = WordBefore(articleStart);
        return article.ToLowerInvariant() is "a" or "an" && PredicateWords.Contains(previous) && previous.ToLowerInvariant() is not ("called" or "named" or "than")
            ? articleStart
            : null;
    }

    /// <summary>
    /// The one an indefinite predicate whose article starts at <paramref name="articleStart"/> is said of: walking back over at most six
    /// lower-case words of its clause (the copula, auxiliaries, adverbs, "listed as"), the first subject or object met: "he", "she", "him",
    /// "her" resolved as a speaker's pronoun is ("sees her as a rival"), "who" resolved to its antecedent ("Roe — who is listed as a
    /// notary"), a person's name the entity index ends there ("Roe was a lawyer"). Null (nobody) at "which", "that", "it", "I", "we",
    /// "they", "you", "this", a capitalised word that names no person ("Vexland, which for a time was an ally"), a punctuation mark, the
    /// sentence's start or after six words.
    /// </summary>
    private ResolvedSpeaker? PredicateHolder(int articleStart)
    {
        var sentence = _sentenceAt(articleStart);
        var i = articleStart;
        for (var n = 0; n < 7; n++)
        {
            var (wordStart, end) = WordBoundsBefore(i);
            if (wordStart == end || _sentenceAt(wordStart) != sentence || wordStart > 0 && _text[wordStart - 1] is not (' ' or '\n'))
            {
                return null;
            }

            var word = _text[wordStart..end];
            var lower = word.ToLowerInvariant();
            if (lower is "he" or "she" or "him" or "her" or "who")
            {
                var resolved = Resolve(new Span(wordStart, end));
                return resolved.Name is null ? null : new ResolvedSpeaker(resolved.Name, SpeakerKind.Person);
            }

            if (char.IsUpper(word[0]) && !(n > 0 && Lexicon.Determiners.Contains(lower)))
            {
                return _entities.MentionBefore(end) is { } named && named.Span.End == end && !_entities.IsPlace(named.FullName)
                       && _entities.IsPersonFullName(named.FullName)
                    ? new ResolvedSpeaker(named.FullName, SpeakerKind.Person)
                    : null;
            }

            if (lower is "which" or "that" or "it" or "i" or "we" or "they" or "you" or "this" or "these" or "those")
            {
                return null;
            }

            i = wordStart;
        }

        return null;
    }

    /// <summary>
    /// The organisation's name the sentence after the mention's opens with as its subject: capitalised words or numbers ("The" may open
    /// them: "The Courier", "The 2016 Committee"), then a comma (an apposition: "Green Tomorrow, founded by") or an auxiliary, a cue
    /// verb or a verb in -ed ("had", "said", "chided"). Null when that sentence opens otherwise (a quotation mark, a lower-case word),
    /// when the name is a person's, a place, or a function word ("It has"), or when the mention's own sentence writes the name too.
    /// </summary>
    private string? OrganizationOpeningNextSentence(Span mention)
    {
        var sentence = _sentenceAt(mention.Start);
        var start = mention.End;
        var limit = Math.Min(_text.Length, mention.End + 600);
        while (start < limit && _sentenceAt(start) == sentence)
        {
            start++;
        }

        while (start < limit && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        if (start >= limit || _sentenceAt(start) != sentence + 1 || OrganizationOpening(start, presentTense: false) is not { } written)
        {
            return null;
        }

        var sentenceStart = mention.Start;
        while (sentenceStart > 0 && _sentenceAt(sentenceStart - 1) == sentence)
        {
            sentenceStart--;
        }

        return _text.AsSpan(sentenceStart, start - sentenceStart).Contains(written.AsSpan(), StringComparison.Ordinal) ? null : written;
    }

    /// <summary>
    /// The organisation's name a sentence opening at <paramref name="start"/> opens with as its subject (see <see
    /// cref="OrganizationOpeningNextSentence"/>; with <paramref name="presentTense"/>, a lower-case verb in -s after it too: "Acme keeps");
    /// null when it opens otherwise or the name is a person's, a place or a function word.
    /// </summary>
    private string? OrganizationOpening(int start, bool presentTense)
    {
        if (!char.IsUpper(_text[start]))
        {
            return null;
        }

        var tokens = _text[start..Math.Min(_text.Length, start + 200)].Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var name = new List<string>();
        var i = tokens.Length > 1 && tokens[0] == "The" ? 1 : 0;
        var apposed = false;
        for (; i < tokens.Length; i++)
        {
            var word = tokens[i].TrimEnd(',');
            var capitalised = word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]) && i + 1 < tokens.Length && char.IsUpper(tokens[i + 1][0]));
            if (!capitalised || !word.All(c => char.IsLetterOrDigit(c) || c is '-' or '.' or '&') || EntityIndex.StripPossessive(word) != word)
            {
                break;
            }

            name.Add(word);
            if (word.Length < tokens[i].Length)
            {
                apposed = true;
                i++;
                break;
            }
        }

        if (name.Count == 0 || Lexicon.NotNames.Contains(name[0]) || IsPersonPronoun(name[0].ToLowerInvariant())
            || name.Count == 1 && FirstNameGender.IsGivenName(name[0]) || Lexicon.IsGroupNoun(name[^1].ToLowerInvariant()))
        {
            return null;
        }

        // An apposition goes on with a lower-case participle or adjective ("Green Tomorrow, founded by"), not a description ("Iowa,
        // the first state").
        if (apposed && !(i < tokens.Length && tokens[i].All(char.IsLower) && !Lexicon.Determiners.Contains(tokens[i])))
        {
            return null;
        }

        var verb = !apposed && i < tokens.Length ? tokens[i] : "";
        if (!apposed && !(verb.Length > 2 && verb.All(char.IsLower)
                          && (Lexicon.Auxiliaries.Contains(verb) || Lexicon.CueVerbs.ContainsKey(verb) || verb.EndsWith("ed", StringComparison.Ordinal)
                              || presentTense && verb.EndsWith('s') && !verb.EndsWith("ss", StringComparison.Ordinal))))
        {
            return null;
        }

        var written = string.Join(' ', name);
        return _entities.IsPlace(written) || _entities.ResolveName(written) is { } person && _entities.IsPersonFullName(person) ? null : written;
    }

    /// <summary>
    /// The organisation a sentence opens with as its subject (<see cref="OrganizationOpening"/>): the mention's sentence, before the mention,
    /// or one of the two before it, the latest; expanded to the fullest form the article writes. Null when none does.
    /// </summary>
    private string? OrganizationOpeningBefore(int position)
    {
        for (var back = 0; back <= 2; back++)
        {
            var start = SentenceStart(position, back);
            while (start < position && char.IsWhiteSpace(_text[start]))
            {
                start++;
            }

            // Not a word capitalised only for opening its sentence ("Fundraising, according to", "Uh, we think"), a state, or a person's
            // name or a surname the article writes in a person's full name half the times or more ("Lee donated" after "Ann Lee"; not
            // "Acme" written alone thirty times and once in a run the index takes for a person).
            if (start < position && OrganizationOpening(start, presentTense: true) is { } opening && WrittenMidSentence(opening)
                && !EntityIndex.IsStateName(opening.ToLowerInvariant()) && !(_entities.ResolveName(opening) is { } person
                    && (_entities.IsPersonFullName(person) || person != opening && 2 * Occurrences(person) >= Occurrences(opening))))
            {
                return _entities.ExpandOrganization(opening);
            }
        }

        return null;
    }

    /// <summary>Organisation nouns that "the" and the noun alone make a description of the organisation last written as a clause's subject
    /// (<see cref="OrganizationSubjectBefore"/>): a company, a newspaper, an agency (branch names53). Not "the group", "the union", "the
    /// foundation": an advocacy group is often written beside the company it speaks about ("The group announced that Acme had reached").</summary>
    private static readonly HashSet<string> SubjectOrganizationNouns = new(
        ["company", "firm", "newspaper", "paper", "agency", "network", "retailer", "automaker", "carrier", "bank", "website", "publication", "magazine"],
        StringComparer.Ordinal);

    /// <summary>
    /// "Twitter said in a statement ... . The company said", "Verizon was trying to ship jobs overseas. The company had argued": the
    /// organisation written last as the subject of a verb inside a sentence, in the mention's sentence before it or one of the two before
    /// (<see cref="OrganizationOpeningBefore"/> takes only a sentence's opening); not a person's name or surname, a place, a state, or a
    /// name after a preposition ("said of Apple") (branch names53). Null when none is written there.
    /// </summary>
    private string? OrganizationSubjectBefore(int position)
    {
        for (var back = 0; back <= 2; back++)
        {
            var start = SentenceStart(position, back);
            var end = back == 0 ? position : SentenceStart(position, back - 1);
            string? found = null;
            for (var at = start; at < end; at++)
            {
                // A capitalised word that starts a run: after a space, a quotation mark or a dash that follows a lower-case word or a
                // punctuation mark, not a preposition or a capitalised word.
                if (!char.IsUpper(_text[at]) || at > 0 && (char.IsLetterOrDigit(_text[at - 1]) || _text[at - 1] is '.' or '-' or '\'' or '’'))
                {
                    continue;
                }

                // WordBefore reads letters right before the spaces: "" after a punctuation mark.
                var previous = WordBefore(at);
                var bare = previous.ToLowerInvariant();
                if (previous.Length > 0 && (char.IsUpper(previous[0]) || Lexicon.Prepositions.Contains(bare) || bare is "the" or "a" or "an" or "of"))
                {
                    continue;
                }

                // Not a run over a sentence's end ("in late March. The dockers said").
                if (OrganizationOpening(at, presentTense: true) is { } opening && opening.Length > 1 && !opening.Contains(". ", StringComparison.Ordinal) && WrittenMidSentence(opening)
                    && !EntityIndex.IsStateName(opening.ToLowerInvariant()) && !Lexicon.Titles.Contains(opening.Split(' ')[0])
                    && !(_entities.ResolveName(opening) is { } person
                         && (_entities.IsPersonFullName(person) || person != opening && 2 * Occurrences(person) >= Occurrences(opening)))
                    && _entities.ExpandOrganization(opening) is var expanded
                    && (!_entities.Mentions.Any(m => m.FullName == expanded || m.FullName == opening) || DescribedAsOrganisationBefore(expanded))
                    && !(expanded != opening && expanded.EndsWith(' ' + opening, StringComparison.Ordinal)))
                {
                    // Not a surname the article writes after other capitalised words elsewhere, as a person's name is ("the teacher, Akif
                    // Demir, ... . Demir could not be reached"); an organisation is shortened by its last words ("Verizon Communications").
                    found = expanded;
                }
            }

            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// For "it" followed by a reporting verb ("It added", "it said"): the organisation whose report is the last one written before it, in
    /// its sentence or the one before ("“...,” the firm said in its note. It added, “...”", "The Post reported that ... . It
    /// added"): the subject of the last reporting verb there, when that subject is "the" and an organisation noun or a capitalised name the
    /// resolver takes for a named organisation. Null when the last reporter is anyone else ("the email read. It stated", "Trump said. It
    /// added") or there is none (branch names53).
    /// </summary>
    private string? ReportingOrganizationBefore(Span mention) => ReportingOrganizationBefore(mention, mention.Start);

    /// <summary>
    /// As <see cref="ReportingOrganizationBefore(Span)"/>, reading the words before <paramref name="searchEnd"/> (the opening mark of the
    /// quotation a "they" follows: SpeakerResolver.OrganisationsThey.cs) in its sentence and the one before.
    /// </summary>
    private string? ReportingOrganizationBefore(Span mention, int searchEnd)
    {
        var next = NextWord(mention.End);
        if (next is null || !Lexicon.CueVerbs.ContainsKey(next.TrimEnd(',', ':', '.')))
        {
            return null;
        }

        var start = SentenceStart(searchEnd, 1);
        (int Start, int End)? reporter = null;
        var words = new List<(string Word, int Start)>();
        for (var at = start; at < searchEnd; at++)
        {
            if (char.IsLetter(_text[at]) && (at == 0 || !char.IsLetterOrDigit(_text[at - 1]) && _text[at - 1] is not ('\'' or '’' or '.' or '-')))
            {
                var end = at;
                while (end < searchEnd && (char.IsLetterOrDigit(_text[end]) || _text[end] is '.' or '-' or '\'' or '’' or '&'))
                {
                    end++;
                }

                words.Add((_text[at..end].TrimEnd('.'), at));
                at = end;
            }
        }

        for (var i = 1; i < words.Count; i++)
        {
            if (!Lexicon.CueVerbs.ContainsKey(words[i].Word) || !char.IsLower(words[i].Word[0]))
            {
                continue;
            }

            // The subject right before the verb: "the" and a lower-case noun, or a capitalised run (with "The" before it).
            var last = i - 1;
            var first = last;
            if (char.IsUpper(words[last].Word[0]))
            {
                while (first > 0 && char.IsUpper(words[first - 1].Word[0]) && !_text[words[first - 1].Start..words[first].Start].Any(c => c is ',' or '.' or '"' or '”' or '“'))
                {
                    first--;
                }
            }
            else if (last > 0 && words[last - 1].Word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                first = last - 1;
            }
            else
            {
                reporter = null;
                continue;
            }

            // Not a noun after a determiner, a possessive or a preposition ("its FEC reports", "the Business Council of British
            // Columbia opposed"), nor "The" alone ("The report also").
            var before = first > 0 ? words[first - 1].Word.ToLowerInvariant() : "";
            if (Lexicon.Determiners.Contains(words[last].Word.ToLowerInvariant()) || Lexicon.Determiners.Contains(before) || Lexicon.Prepositions.Contains(before)
                || before is "its" or "his" or "her" or "their" or "our" or "of")
            {
                reporter = null;
                continue;
            }

            reporter = (words[first].Start, words[last].Start + words[last].Word.Length);
        }

        if (reporter is not { } found)
        {
            return null;
        }

        var resolved = Resolve(new Span(found.Start, found.End), roleNoun: false);
        return resolved.Kind == SpeakerKind.Organization && resolved.Name is { } name && !_entities.IsPlace(name) && !_entities.Mentions.Any(m => m.FullName == name) ? name : null;
    }

    /// <summary>
    /// Whether a description opens with "a", "an", "one" or "another", or has one of them within the four words before it with only
    /// modifiers between ("A newly formed super| PAC", "A new| group").
    /// </summary>
    private bool IsIndefiniteDescription(Span mention, string[] words)
    {
        if (words[0].ToLowerInvariant() is "a" or "an" or "one" or "another")
        {
            return true;
        }

        var before = WordsBefore(mention.Start, 4);
        var article = before.FindLastIndex(w => w.Word.ToLowerInvariant() is "a" or "an" or "one" or "another");
        return article >= 0 && before.Skip(article + 1).All(w => !Lexicon.Prepositions.Contains(w.Word) && !Lexicon.Determiners.Contains(w.Word)
                                                                    && !Lexicon.CueVerbs.ContainsKey(w.Word) && !Lexicon.Auxiliaries.Contains(w.Word.ToLowerInvariant()));
    }

    /// <summary>
    /// The name written after <paramref name="end"/> as ", called X", " named X" or " known as X" (a quotation mark and "the" may open it:
    /// "called “The Local”", "called the Roe Foundation"): capitalised words or numbers, with "of", "for", "and", "the" between them
    /// ("Citizens for Roe", "Future 45"), up to a lower-case word or a punctuation mark; null when none is written there.
    /// </summary>
    private string? NameCalledAfter(int end)
    {
        var rest = _text.AsSpan(end, Math.Min(160, _text.Length - end)).ToString();
        rest = rest.StartsWith(',') ? rest[1..] : rest;
        string? after = null;
        foreach (var cue in new[] { " called ", " named ", " known as " })
        {
            if (rest.StartsWith(cue, StringComparison.Ordinal))
            {
                after = rest[cue.Length..].TrimStart('"', '“', '\'');
            }
        }

        if (after is null)
        {
            return null;
        }

        var tokens = after.Split(' ');
        var name = new List<string>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var word = token.TrimEnd(',', '.', ';', ':', '"', '”', '’', '\'', ')');
            if (word.Length == 0)
            {
                break;
            }

            var capitalised = char.IsUpper(word[0]) || char.IsDigit(word[0]) && name.Count > 0;
            var connector = word is "of" or "for" or "and" or "the" or "on" && name.Count > 0 && i + 1 < tokens.Length && tokens[i + 1].Length > 0 && char.IsUpper(tokens[i + 1][0]);
            if (!capitalised && !connector && !(name.Count == 0 && word is "the" && i + 1 < tokens.Length && tokens[i + 1].Length > 0 && char.IsUpper(tokens[i + 1][0])))
            {
                break;
            }

            if (!(name.Count == 0 && word is "the"))
            {
                name.Add(word);
            }

            if (word.Length < token.Length)
            {
                break;
            }
        }

        if (name.Count > 0 && name[0] is "The")
        {
            name.RemoveAt(0);
        }

        return name.Count == 0 || !char.IsUpper(name[0][0]) ? null : EntityIndex.StripPossessive(string.Join(' ', name));
    }

    /// <summary>The word written right before <paramref name="start"/> (past spaces), or "".</summary>
    private string WordBefore(int start)
    {
        var (begin, end) = WordBoundsBefore(start);
        return _text[begin..end];
    }

    /// <summary>The letters written right before <paramref name="start"/> (past spaces): start and end, equal when there are none.</summary>
    private (int Start, int End) WordBoundsBefore(int start)
    {
        var end = start;
        while (end > 0 && _text[end - 1] == ' ')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(_text[begin - 1]))
        {
            begin--;
        }

        return (begin, end);
    }

    /// <summary>
    /// "The Clinton campaign", "the Obama administration", "Hillary Clinton’s campaign": an organisation noun after the name of a person the
    /// article names is named by that surname and the noun ("Clinton campaign"); null for other descriptions ("a Baton Rouge newspaper",
    /// "the Saudi government").
    /// </summary>
    // Titles that stand only before a person's name ("President Trump", "Gov. Noem", "Mr. Ruiz"); not "King" or "Prince", which open
    // names of businesses too ("Burger King").
    private static readonly System.Collections.Frozen.FrozenSet<string> PersonalTitles = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Sen.", "Rep.", "Gov.", "President", "Senator", "Governor", "Congressman",
         "Congresswoman", "Representative", "Mayor", "Judge", "Prof.", "Professor"],
        StringComparer.Ordinal);

    /// <summary>The last words of organisations' names, which no surname after a given name is ("Jordan Times", "Georgia Tech").</summary>
    private static readonly FrozenSet<string> OrganizationEndings = new[]
    {
        "inc", "inc.", "corp", "corp.", "co.", "ltd", "ltd.", "llc", "plc", "group", "company", "party", "university", "college", "news", "times",
        "post", "journal", "report", "agency", "ministry", "department", "bank", "council", "committee", "house", "senate", "congress", "court",
        "association", "institute", "foundation", "fund", "organization", "organisation", "commission", "office", "service", "network", "media",
        "press", "union", "street", "city", "county", "state", "states", "republic", "administration", "campaign", "center", "centre", "club",
        "airlines", "motors", "bureau", "police", "army", "force", "navy", "exchange", "board", "trust", "reserve", "capital", "partners",
        "holdings", "technologies", "systems", "labs", "studios", "pictures", "records", "tv", "radio", "magazine", "review", "gazette",
        "tribune", "herald", "daily", "weekly", "wire", "school", "hospital", "museum", "hotel", "prison", "station", "airport", "stadium",
        "league", "cup", "games", "act", "bill", "amendment", "tech", "research", "international", "global", "world", "business",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="expanded"/>, the longest name the article writes ending with the one-word mention <paramref name="surname"/>,
    /// is a given name and that surname ("Kate York", "Steven Law"), not a place the index knows, nor an organisation by its last word
    /// ("Jordan Times", "Fox Business") or its first ("America Rising": a given name that is a place or organisation word says nothing,
    /// unless the surname is no word the article writes in lower case and the article writes the name after a role: "actress America
    /// Ferrera").
    /// </summary>
    private bool PersonBySurnameAfterGivenName(string expanded, string surname) =>
        expanded.Split(' ') is [var given, var last] && last == surname && surname.Length > 1 && surname.All(char.IsLetter) && FirstNameGender.IsGivenName(given)
        && !OrganizationEndings.Contains(surname) && (!Lexicon.OrganizationWords.Contains(given) || ProperOnly(surname) && WrittenAfterRole(expanded)) && !Lexicon.OrganizationNouns.Contains(given)
        && !_entities.IsPlace(expanded) && !Lexicon.Titles.Contains(given);

    /// <summary>
    /// Whether <paramref name="word"/> is a proper name only: not in the lexicon's organisation words, and written nowhere in the article in
    /// lower case ("Ferrera", not "Rising" of "America Rising", which the article's "rising" tells is a common word).
    /// </summary>
    private bool ProperOnly(string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0]) || word[SurnamePrefixLength(word)..].Skip(1).Any(char.IsUpper) || Lexicon.OrganizationWords.Contains(word) || Lexicon.PersonNouns.Contains(word))
        {
            return false;
        }

        return !WrittenInLowerCase(word);
    }

    /// <summary>
    /// The length of a surname's prefix before a second capital ("Mc" of "McCain", "Mac" of "MacNab", "O'" of "O'Neill"), or 0: the capital
    /// after it is the surname's own, not an acronym's or a brand's run of capitals (branch names54).
    /// </summary>
    private static int SurnamePrefixLength(string word)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["Mc", "Mac", "O'", "O’"])
        {
            if (word.Length > prefix.Length + 2 && word.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(word[prefix.Length])
                && word[(prefix.Length + 1)..].All(char.IsLower))
            {
                return prefix.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// The person's name that ends the capitalised run <paramref name="expanded"/> after an organisation's name or a role ("Fox News Sean
    /// Hannity", "City Hall Counsel W. Ben Vale"), ending with the mention's <paramref name="head"/>: a given name, with the initials
    /// before it and at most one word between it and the head, none of them an organisation's word; the words before it holding an
    /// organisation's word, a title or a role word; the given name and the words after it written nowhere in the article in lower case.
    /// Null for other runs ("JP Morgan Chase": no organisation word before the given name; "Big River Charity To Buy Ads", "Special
    /// Operations Command": words the article also writes in lower case).
    /// </summary>
    private string? PersonEndingRun(string expanded, string head)
    {
        var parts = expanded.Split(' ');
        if (parts.Length < 3 || parts[^1] != head || !ProperOnly(head) || !head.All(c => char.IsLetter(c) || c is '\'' or '’' or '-')
            || OrganizationEndings.Contains(head))
        {
            return null;
        }

        for (var g = parts.Length - 2; g >= Math.Max(1, parts.Length - 3); g--)
        {
            var given = parts[g];
            if (!FirstNameGender.IsGivenName(given) || !ProperOnly(given) || Lexicon.Titles.Contains(given))
            {
                continue;
            }

            var start = g;
            while (start > 1 && parts[start - 1] is [var letter, '.'] && char.IsUpper(letter))
            {
                start--;
            }

            var between = parts[(g + 1)..^1];
            if (between.Any(w => !ProperOnly(w))
                || !parts[..start].Any(w => IsOrganizationWord(w) || Lexicon.Titles.Contains(w) || EntityIndex.IsRoleWord(w.ToLowerInvariant())))
            {
                return null;
            }

            var name = string.Join(' ', parts[start..]);
            return FirstNameGender.IsPersonName(name) ? name : null;
        }

        return null;
    }

    // Nationality adjectives of the lexicon's organisation words, which no suffix tells ("Chinese" aside).
    private static readonly FrozenSet<string> NationalityWords = new[]
    {
        "american", "russian", "british", "european", "asian", "african", "arab", "hispanic", "latin", "muslim", "jewish", "catholic", "islamic",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Persons' nouns in -ee, which the agent endings do not tell.
    private static readonly FrozenSet<string> PersonNounsInEe = new[]
    {
        "refugee", "employee", "detainee", "nominee", "appointee", "trainee", "attendee", "retiree", "returnee", "evacuee", "deportee", "escapee",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="word"/> is a nationality ("Syrian", "Israeli", "Japanese", "Ukrainian", "Mexican"): one of
    /// <see cref="NationalityWords"/>, or a word in -an, -ian, -i, -ese or -ish made from a place the lexicon holds or the article
    /// writes ("Syria", "Israel", "Japan", "Ukraine", "Mexico"); not a given name.
    /// </summary>
    private bool IsNationality(string word)
    {
        if (word.Length < 4 || !char.IsUpper(word[0]) || !word.All(char.IsLetter) || word.Skip(1).Any(char.IsUpper) || FirstNameGender.IsGivenName(word))
        {
            return false;
        }

        if (NationalityWords.Contains(word))
        {
            return true;
        }

        string[] places = word switch
        {
            _ when word.EndsWith("ian", StringComparison.Ordinal) => [word[..^1], word[..^3], word[..^3] + "e", word[..^3] + "a"],
            _ when word.EndsWith("an", StringComparison.Ordinal) => [word[..^1], word[..^2] + "o"],
            _ when word.EndsWith("ese", StringComparison.Ordinal) => [word[..^3], word[..^3] + "a"],
            _ when word.EndsWith('i') => [word[..^1]],
            _ when word.EndsWith("ish", StringComparison.Ordinal) => [word[..^3], word[..^3] + "a", word[..^3] + "y"],
            _ => [],
        };
        return places.Any(p => p.Length > 2 && (Lexicon.OrganizationWords.Contains(p) || WrittenAsWord(p)));
    }

    /// <summary>
    /// Whether the article writes <paramref name="words"/> as whole words, as given, after a letter, a digit, a comma, a colon or an
    /// opening parenthesis: somewhere it does not open a sentence.
    /// </summary>
    private bool WrittenMidSentence(string words)
    {
        for (var at = _text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(words, at + 1, StringComparison.Ordinal))
        {
            var end = at + words.Length;
            var before = at - 1;
            while (before >= 0 && _text[before] == ' ')
            {
                before--;
            }

            if (before >= 0 && before < at - 1 && (char.IsLetterOrDigit(_text[before]) || _text[before] is ',' or ';' or ':' or '(')
                && (end == _text.Length || !char.IsLetter(_text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many times the article writes <paramref name="words"/>, as given (case and all).</summary>
    private int Occurrences(string words)
    {
        var count = 0;
        for (var at = _text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(words, at + words.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    /// <summary>Whether the article writes <paramref name="word"/> as a whole word, as given (case and all).</summary>
    private bool WrittenAsWord(string word)
    {
        for (var at = _text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(_text[at - 1])) && (end == _text.Length || !char.IsLetter(_text[end])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For the lower-case word written right after <paramref name="end"/>: Plural false when it is a person's noun ("refugee", "hacker",
    /// "contractor", "official"), true when it is the plural of one ("officials", "hackers"), with the end of the word; null for another
    /// word, or when a speaker's noun follows it ("terrorist groups": the person's noun is a modifier).
    /// </summary>
    private (bool Plural, int End)? PersonNounAfter(int end)
    {
        if (end >= _text.Length || _text[end] != ' ')
        {
            return null;
        }

        var start = end + 1;
        var stop = start;
        while (stop < _text.Length && (char.IsLower(_text[stop]) || _text[stop] == '-'))
        {
            stop++;
        }

        if (stop == start || stop < _text.Length && char.IsLetterOrDigit(_text[stop]))
        {
            return null;
        }

        static bool IsPersonNoun(string w) => Lexicon.PersonNouns.Contains(w) || IsAgentNoun(w) || PersonNounsInEe.Contains(w);
        var word = _text[start..stop];
        var next = stop < _text.Length && _text[stop] == ' ' ? WordAt(stop + 1) : "";
        if (next.Length > 0 && char.IsLower(next[0]) && !Lexicon.PersonPronouns.Contains(next) && (IsSpeakerNoun(next) || next.Length > 3 && next.EndsWith('s') && IsSpeakerNoun(next[..^1])))
        {
            return null;
        }

        return IsPersonNoun(word) ? (false, stop) : word.Length > 4 && word.EndsWith('s') && IsPersonNoun(word[..^1]) ? (true, stop) : null;
    }

    /// <summary>The letters written from <paramref name="start"/> on.</summary>
    private string WordAt(int start)
    {
        var stop = start;
        while (stop < _text.Length && char.IsLetter(_text[stop]))
        {
            stop++;
        }

        return _text[start..stop];
    }

    /// <summary>
    /// The person whose name an apposition ending at <paramref name="start"/> follows: the apposition opens after one of the two commas
    /// before it in its sentence with "a", "an" or "the" and holds a lower-case role noun ("a star anchor at", "the ranking Democrat on",
    /// "the president of ..., "); the name ends right before that comma (or before "of PLACE": "Sen. Ann Roe of Ohio,"), and is no place
    /// and no organisation's. Null otherwise.
    /// </summary>
    private string? PersonApposedBefore(int start, bool roleNounNeeded = true)
    {
        var sentenceStart = SentenceStart(start, 0);
        var at = start;
        for (var k = 0; k < 2; k++)
        {
            var comma = at - 1;
            while (comma > sentenceStart && _text[comma] != ',')
            {
                comma--;
            }

            if (comma <= sentenceStart || start - comma > 160)
            {
                return null;
            }

            at = comma;
            var apposition = _text[(comma + 1)..start].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
            if (apposition.Length < 2 || apposition[0] is not ("a" or "an" or "the")
                || roleNounNeeded && !apposition.Any(w => char.IsLower(w[0]) && (Lexicon.PersonNouns.Contains(w) || IsAgentNoun(w) || IsRoleNounByEnding(w)))
                   && !(apposition.Length > 2 && PartyNouns.Contains(apposition[2]) && apposition[1] is "ranking" or "top" or "senior" or "leading"))
            {
                continue;
            }

            // "Sen. Ann Roe of Ohio, the ranking Democrat on": a name and its place written as one run before the comma.
            var run = _text[sentenceStart..comma].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(6).ToArray();
            var runStart = Array.FindLastIndex(run, w => !char.IsUpper(w[0]) && w != "of") + 1;
            if (run.Length - runStart > 2 && PersonOfPlace(run[runStart..]) is { } ofPlace)
            {
                return ofPlace;
            }

            if (_entities.MentionBefore(comma) is not { } named)
            {
                return null;
            }

            if (_entities.IsPlace(named.FullName) && _entities.MentionBefore(named.Span.Start) is { } owner
                && _text[owner.Span.End..named.Span.Start] == " of ")
            {
                named = owner;
            }

            var between = _text[named.Span.End..comma].Trim();
            return between.Length == 0 || between.StartsWith("of ", StringComparison.Ordinal) && named != _entities.MentionBefore(comma) && between.Length < 30
                   || between.StartsWith('(') && between.EndsWith(')') && between.Length <= 12
                ? (_entities.IsPlace(named.FullName) || named.FullName.Split(' ').Any(IsOrganizationWord) ? null : named.FullName)
                : null;
        }

        return null;
    }

    private static bool IsOrganizationWord(string word) => Lexicon.OrganizationWords.Contains(EntityIndex.StripPossessive(word));

    /// <summary>
    /// The speaker of the subject of the copula whose predicate noun phrase ends at <paramref name="start"/> ("Roe is a serial liar,
    /// braggart and bully", "He was a desperate man"): back over up to twelve words with no preposition, relative or cue among them to
    /// "a" or "an", "is", "was", "remains" or "became" before it, and a person's name or "he"/"she" right before that; else null.
    /// </summary>
    private ResolvedSpeaker? PredicateSubject(int start)
    {
        var sentence = _sentenceAt(start);
        var i = start;
        for (var n = 0; n < 12; n++)
        {
            var end = i;
            while (end > 0 && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] == ','))
            {
                end--;
            }

            var wordStart = end;
            while (wordStart > 0 && (char.IsLetter(_text[wordStart - 1]) || _text[wordStart - 1] is '-'))
            {
                wordStart--;
            }

            if (wordStart == end || _sentenceAt(wordStart) != sentence || wordStart > 0 && !char.IsWhiteSpace(_text[wordStart - 1]))
            {
                return null;
            }

            var w = _text[wordStart..end];
            i = wordStart;
            if (w is "a" or "an")
            {
                var copulaEnd = wordStart;
                while (copulaEnd > 0 && char.IsWhiteSpace(_text[copulaEnd - 1]))
                {
                    copulaEnd--;
                }

                var copula = WordBefore(wordStart);
                if (copula is not ("is" or "was" or "remains" or "became"))
                {
                    return null;
                }

                var subjectEnd = copulaEnd - copula.Length;
                while (subjectEnd > 0 && _text[subjectEnd - 1] == ' ')
                {
                    subjectEnd--;
                }

                var pronoun = WordBefore(subjectEnd + (subjectEnd < _text.Length && _text[subjectEnd] == ' ' ? 1 : 0));
                if (pronoun is "He" or "he" or "She" or "she")
                {
                    var resolved = Resolve(new Span(subjectEnd - pronoun.Length, subjectEnd));
                    return resolved.Name is null ? null : resolved;
                }

                return _entities.MentionBefore(subjectEnd) is { } named && named.Span.End == subjectEnd && _sentenceAt(named.Span.Start) == sentence
                                                                       && !_entities.IsPlace(named.FullName)
                    ? new ResolvedSpeaker(named.FullName, SpeakerKind.Person)
                    : null;
            }

            if (w is not ("and" or "or") && (Lexicon.Prepositions.Contains(w) || Lexicon.Determiners.Contains(w) || Lexicon.PersonPronouns.Contains(w.ToLowerInvariant())
                || Lexicon.CueVerbs.ContainsKey(w) || w is "who" or "that" or "which" or "whose" or "is" or "was" or "are" or "were" or "has" or "had"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the article writes the person at <paramref name="name"/> with a role of their own and <paramref name="noun"/> is none of its
    /// words: a capitalised title or role word or an owner's possessive right before the name or opening it ("Treasury Secretary Ann Lee",
    /// "NBC’s Ann Lee"), a title with "of" and its office ("Secretary of State Ann Lee"), an apposition after it (", a longtime data
    /// operative", ", executive director of").
    /// </summary>
    private bool IntroducedWithOtherRole(Span name, string noun)
    {
        // Titles alone ("Lt. Col.", "Gen.", "Sen.") are ranks and honorifics, not another role: "a career Army officer ... . Lt. Col. Ann
        // Lee told lawmakers" is the officer.
        static bool OwnRole(IEnumerable<string> run) => run.Any(w => char.IsUpper(w[0]) && !Lexicon.Titles.Contains(w) && !w.EndsWith('.'));
        var written = Written(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var before = WordsBefore(name.Start, 3, initialisms: true).Select(w => w.Word).ToList();
        var run = before.Skip(before.FindLastIndex(w => !char.IsUpper(w[0])) + 1).ToList();
        var role = new List<string>();
        if (run.Count > 0 && (EntityIndex.EndsPossessive(run[^1]) || (Lexicon.Titles.Contains(run[^1]) || EntityIndex.IsRoleWord(run[^1])) && OwnRole(run)))
        {
            role.AddRange(run);
        }

        // "Secretary of State Ann Lee", "Minister of Finance Tom Hale": a title with "of" and the capitalised words of its office is an office
        // of the person's own, not a rank (branch names116: such a name is its sentence's subject, EntityIndex.OfInACapitalisedTitle).
        var office = WordsBefore(name.Start, 5, initialisms: true).Select(w => w.Word).ToList();
        var officeStart = office.Count;
        while (officeStart > 0 && (char.IsUpper(office[officeStart - 1][0])
                                   || office[officeStart - 1] == "of" && officeStart >= 2 && char.IsUpper(office[officeStart - 2][0]) && Lexicon.Titles.Contains(office[officeStart - 2])))
        {
            officeStart--;
        }

        if (office.Skip(officeStart).SkipLast(1).Contains("of", StringComparer.Ordinal))
        {
            role.AddRange(office.Skip(officeStart));
        }

        var titles = written.TakeWhile(w => Lexicon.Titles.Contains(w) || EntityIndex.IsRoleWord(w) || w.EndsWith('.')).ToList();
        if (written.Length > 2 && titles.Count > 0 && titles.Count < written.Length && OwnRole(titles))
        {
            role.AddRange(titles);
        }

        if (name.End + 2 < _text.Length && _text[name.End] == ',' && _text[name.End + 1] == ' ')
        {
            var after = _text[(name.End + 2)..Math.Min(_text.Length, name.End + 80)].Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5).ToArray();
            if (after.Length > 1 && (after[0] is "a" or "an" or "the" || char.IsLower(after[0][0]) && after.Take(3).Any(w => Lexicon.PersonNouns.Contains(w.TrimEnd(',')) || IsRoleNounByEnding(w.TrimEnd(',')))))
            {
                role.AddRange(after);
            }
        }

        return role.Count > 0 && !role.Any(w => w.TrimEnd(',', '.').Equals(noun, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether a lower-case plural of people ("editors", "residents", "members") and "of", "in", "at" or "from" (and "the") stand right
    /// before <paramref name="start"/>: "the editors of The Advocate", "lawmakers in Congress".
    /// </summary>
    private bool PluralOfPeopleBefore(int start)
    {
        var before = WordsBefore(start, 3);
        var k = before.Count - 1;
        if (k >= 0 && before[k].Word.Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            k--;
        }

        if (k < 1 || before[k].Word is not ("of" or "in" or "at" or "from"))
        {
            return false;
        }

        var plural = before[k - 1].Word;
        return char.IsLower(plural[0]) && plural.Length > 4 && plural.EndsWith('s') && !IsDocumentNoun(plural)
               && (Lexicon.IsGroupNoun(plural) || Lexicon.PersonNouns.Contains(plural[..^1]) || IsAgentNoun(plural[..^1]));
    }

    /// <summary>
    /// The start of the relative "who" whose predicate the indefinite description at <paramref name="start"/> is ("who had been a
    /// ferry pilot", "who is a lawyer"): a predicate word right before the article, up to two auxiliaries or adverbs in -ly before
    /// it, and "who" before them; else null.
    /// </summary>
    private int? WhoBeforePredicate(int start, string[] words)
    {
        var articleStart = start;
        if (words[0].ToLowerInvariant() is not ("a" or "an"))
        {
            while (articleStart > 0 && _text[articleStart - 1] == ' ')
            {
                articleStart--;
            }

            articleStart -= WordBefore(articleStart).Length;
        }

        var before = WordsBefore(articleStart, 4);
        if (before.Count < 2 || !PredicateWords.Contains(before[^1].Word) || before[^1].Word.ToLowerInvariant() is "as" or "like" or "than" or "called" or "named" or "himself" or "herself")
        {
            return null;
        }

        for (var k = before.Count - 2; k >= 0 && k >= before.Count - 4; k--)
        {
            var w = before[k].Word;
            if (w.Equals("who", StringComparison.OrdinalIgnoreCase))
            {
                return before[k].Start;
            }

            if (!Lexicon.Auxiliaries.Contains(w.ToLowerInvariant()) && !w.EndsWith("ly", StringComparison.Ordinal) && w is not ("once" or "also" or "still" or "never"))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The person named by the capitalised words before "of" in a mention "NAME of PLACE" ("Sen. Ann Roe of Ohio"), when the words after
    /// "of" are a place the article knows or one to three capitalised words with no organisation noun; else null.
    /// </summary>
    private string? PersonOfPlace(string[] words)
    {
        var of = Array.IndexOf(words, "of");
        if (of < 1 || of != Array.LastIndexOf(words, "of") || of == words.Length - 1 || words.Length - of - 1 > 3
            || !words[..of].All(w => char.IsUpper(w[0])) || !words[(of + 1)..].All(w => char.IsUpper(w[0])))
        {
            return null;
        }

        var place = string.Join(' ', words[(of + 1)..].Select(EntityIndex.StripPossessive));
        if (!_entities.IsPlace(place) && words[(of + 1)..].Any(w => IsOrganizationNoun(EntityIndex.StripPossessive(w).ToLowerInvariant()) || InstitutionHeads.Contains(EntityIndex.StripPossessive(w))))
        {
            return null;
        }

        var named = string.Join(' ', words[..of]);
        return _entities.ResolveName(named) is { } person && _entities.IsPersonFullName(person) && !_entities.IsPlace(person) ? person : null;
    }

    /// <summary>
    /// The full name apposed after a role that goes on past the mention in lower-case words ("[Acme's chief] human resources officer,
    /// Tom Lind, told"): up to four words, no function word among them, the last a person noun or a role noun by its ending, then a comma,
    /// the name (titles may stand before it), a comma and a cue in the same sentence; else null.
    /// </summary>
    private string? NameAfterLongRole(int end)
    {
        var i = end;
        string? last = null;
        for (var n = 0; n < 4 && i < _text.Length && _text[i] == ' '; n++)
        {
            var start = ++i;
            while (i < _text.Length && (char.IsLetter(_text[i]) || _text[i] == '-' && i > start))
            {
                i++;
            }

            if (i == start || !char.IsLower(_text[start]) || i >= _text.Length || _text[i] is not (' ' or ','))
            {
                return null;
            }

            var w = _text[start..i];
            if (Lexicon.Prepositions.Contains(w) || Lexicon.Determiners.Contains(w) || Lexicon.Auxiliaries.Contains(w) || Lexicon.PersonPronouns.Contains(w)
                || Lexicon.CueVerbs.ContainsKey(w) || w is "and" or "or" or "but" or "who" or "that" or "which" || w.EndsWith("ly", StringComparison.Ordinal))
            {
                return null;
            }

            last = w;
            if (_text[i] == ',')
            {
                break;
            }
        }

        if (last is null || i >= _text.Length || _text[i] != ',' || !(Lexicon.PersonNouns.Contains(last) || IsRoleNounByEnding(last))
            || ApposedFullName(i) is not { } name || _entities.MentionFrom(i) is not { } named || _sentenceAt(named.Span.Start) != _sentenceAt(Math.Max(0, end - 1)))
        {
            return null;
        }

        return CueFollows(named.Span.End) ? name : null;
    }

    /// <summary>Man-or-woman nouns that say nothing of a role ("the man", "the young woman"): true for a man's, false for a woman's, else null.</summary>
    private static bool? GenericPersonNoun(string lower) => lower switch
    {
        "man" or "boy" or "guy" or "gentleman" => true,
        "woman" or "girl" or "lady" => false,
        _ => null,
    };

    /// <summary>
    /// Whether <paramref name="antecedent"/> can be the description an apposition ends in: its last word no group noun ("women") and no
    /// plural in -s ("voters"), and no cue verb between the comma before it and it ("Ann Roe, a strategist, said the party ignored the
    /// one critic who": the apposition closed before "said").
    /// </summary>
    private bool ApposedDescription(Span antecedent)
    {
        var words = _text[antecedent.Start..antecedent.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var head = words.Length > 0 ? EntityIndex.StripPossessive(words[^1]) : "";
        if (head.Length == 0 || !char.IsLower(head[0]) || Lexicon.IsGroupNoun(head) || head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal))
        {
            return false;
        }

        var comma = _text.LastIndexOf(',', Math.Max(0, antecedent.Start - 1));
        return comma >= 0 && _text[comma..antecedent.Start].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(w => !(char.IsLower(w[0]) && Lexicon.CueVerbs.ContainsKey(w)));
    }

    /// <summary>Whether a relative clause opens right after <paramref name="end"/> ("the man who ...", "the woman, who ...").</summary>
    private bool RelativeFollows(int end)
    {
        var rest = _text.AsSpan(end, Math.Min(10, _text.Length - end)).TrimStart(' ');
        if (rest.StartsWith(","))
        {
            rest = rest[1..].TrimStart(' ');
        }

        return rest.StartsWith("who ") || rest.StartsWith("whose ");
    }

    /// <summary>
    /// Whether the description <paramref name="mention"/> is a role of a place or an organisation: its possessive owner ("New York's chief
    /// medical examiner", "NATO's secretary general", "the Pentagon's top adviser", "State’s inspector general", with the capitalised
    /// words written right before the mention) holds an organisation's word, is an acronym or a one-word institution, or is a place the
    /// index knows; and is no person's name the article gives (a full name, or a word written after a person's title).
    /// </summary>
    private bool OwnedByPlaceOrOrganization(Span mention, string[] words)
    {
        var i = Array.FindLastIndex(words, w => EntityIndex.EndsPossessive(w) && w.Length > 2 && char.IsUpper(w[0]));
        if (i < 0 || i == words.Length - 1 || words[(i + 1)..].Any(w => char.IsUpper(w[0])))
        {
            return false;
        }

        // The owner's words are capitalised ("the president's chief of staff" is a person's role).
        var first = words[0].ToLowerInvariant() is "the" ? 1 : 0;
        var owner = words[first..(i + 1)].Select(EntityIndex.StripPossessive).ToList();
        if (owner.Count == 0 || owner.Exists(w => !char.IsUpper(w[0])))
        {
            return false;
        }

        if (first == 0)
        {
            var before = WordsBefore(mention.Start, 3);
            for (var k = before.Count - 1; k >= 0 && char.IsUpper(before[k].Word[0]) && char.IsLetter(before[k].Word[^1]); k--)
            {
                owner.Insert(0, before[k].Word);
            }
        }

        var ownerName = string.Join(' ', owner);
        if (_entities.ResolveName(ownerName) is { } resolved && (_entities.IsPersonFullName(resolved) || FirstNameGender.IsPersonName(resolved))
            || owner.Count == 1 && WrittenAfterPersonalTitle(owner[0]))
        {
            return false;
        }

        return owner.Exists(w => IsOrganizationWord(w) || w.Length > 1 && w.All(char.IsUpper) || UniqueInstitutions.Contains(w) || InstitutionHeads.Contains(w))
            || _entities.IsPlace(ownerName) || _entities.ResolveName(ownerName) is { } place && _entities.IsPlace(place)
            // "Austria's interior minister": a country the tables know (SpeakerResolver.RoleOfACountry.cs, branch quirks123).
            || IsCountryOrState(ownerName);
    }

    /// <summary>
    /// Whether <paramref name="expanded"/>, the longest name the article writes opening with the one-word mention <paramref name="surname"/>,
    /// is a person's name written surname first ("Xi Jinping", "Liu Xiaoming"): two words, neither an organisation's nor a given name, that
    /// the article writes after a role (<see cref="WrittenAfterRole"/>) or before an apposition that is a role ("Shen Xincheng, a doctoral
    /// candidate"). Not "Google Stadia", "Pew Research".
    /// </summary>
    private bool PersonBySurnameFirst(string expanded, string surname) =>
        expanded.Split(' ') is [var first, var rest] && first == surname && rest.All(char.IsLetter) && rest.Skip(1).All(char.IsLower)
        && !Lexicon.OrganizationWords.Contains(first) && !Lexicon.OrganizationWords.Contains(rest) && !OrganizationEndings.Contains(rest)
        && !FirstNameGender.IsGivenName(rest) && !_entities.IsPlace(expanded) && WrittenAfterRole(expanded);

    /// <summary>
    /// The one person's name of two words the article writes with <paramref name="word"/> as its last word after a given name or initials
    /// ("Will Dorne", "J.J. Roe"), else as its first word before a word (not both of them given names: "Ban Ki-moon", "Lou Jiwei", a name
    /// written surname first), with no capitalised word after the two; the name written after a role or before an apposed role
    /// (<see cref="WrittenAfterRole"/>), not a place, and never followed by ", which" (an organisation: "W.W. Norton, which"). Null when
    /// there is none or more than one, or when <paramref name="word"/> is a common word of the article (<see cref="ProperOnly"/>).
    /// </summary>
    private string? NameWrittenAround(string word)
    {
        _writtenAround ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!_writtenAround.TryGetValue(word, out var answer))
        {
            _writtenAround[word] = answer = ScanNameWrittenAround(word);
        }

        return answer;
    }

    private string? ScanNameWrittenAround(string word)
    {
        // ("Wu", "Xi": a surname of two letters, not written in lower case.)
        if (!ProperOnly(word) && !(word.Length == 2 && char.IsUpper(word[0]) && char.IsLower(word[1]) && !WrittenAsWord(word.ToLowerInvariant())))
        {
            return null;
        }

        string? after = null, before = null;
        bool afterMany = false, beforeMany = false;
        for (var at = _text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (at > 0 && (char.IsLetterOrDigit(_text[at - 1]) || _text[at - 1] is '-' or '.' or '\'' or '’') || end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] == '-'))
            {
                continue;
            }

            // A given name or initials right before: "Will Dorne", "J.J. Roe".
            if (at >= 2 && _text[at - 1] == ' ')
            {
                var start = at - 1;
                while (start > 0 && (char.IsLetter(_text[start - 1]) || _text[start - 1] == '.'))
                {
                    start--;
                }

                var given = _text[start..(at - 1)];
                if ((start == 0 || !char.IsLetterOrDigit(_text[start - 1])) && given.Length > 1 && char.IsUpper(given[0])
                    && (FirstNameGender.IsGivenName(given) && !Lexicon.Titles.Contains(given) || IsInitials(given)) && !CapitalisedWordAt(end))
                {
                    var name = given + " " + word;
                    afterMany |= after is not null && after != name;
                    after = name;
                }
            }

            // A word that is no given name right after: "Ban Ki-moon", "Lou Jiwei".
            if (end < _text.Length && _text[end] == ' ')
            {
                var restEnd = end + 1;
                while (restEnd < _text.Length && (char.IsLetter(_text[restEnd]) || _text[restEnd] == '-'))
                {
                    restEnd++;
                }

                var rest = _text[(end + 1)..restEnd];
                if (rest.Length > 1 && char.IsUpper(rest[0]) && !rest.EndsWith('-') && rest.Skip(1).All(c => char.IsLower(c) || c == '-')
                    && !(FirstNameGender.IsGivenName(rest) && FirstNameGender.IsGivenName(word)) && ProperOnly(rest.Replace("-", string.Empty, StringComparison.Ordinal))
                    && !OrganizationEndings.Contains(rest.ToLowerInvariant()) && !CapitalisedWordAt(restEnd))
                {
                    var name = word + " " + rest;
                    beforeMany |= before is not null && before != name;
                    before = name;
                }
            }
        }

        // "his first printer, R.R. Vexo, ... Vexo, which declined": a name the article follows with "which" is an organisation's.
        var found = after is not null && !afterMany ? after : before is not null && !beforeMany && after is null ? before : null;
        return found is not null && !_entities.IsPlace(found) && WrittenAfterRole(found) && !WrittenAsWord(word + ", which") && !WrittenAsWord(found + ", which") ? found : null;
    }

    /// <summary>
    /// The one person's name the article writes with <paramref name="word"/> (an auxiliary or a role noun, capitalised) as its last word
    /// after given names or initials that open with a given name ("George Will", "Billie Jean King", "Peter T. King"), no capitalised
    /// word after it, when the mention is the capitalised word alone, no article or possessive before it, and a finite verb right after it
    /// (<see cref="IsFiniteVerb"/>): a modal takes a bare verb ("Will voters"), a role its name ("King Salman"). Null otherwise, or when
    /// the article writes two such names.
    /// </summary>
    private string? SurnameOfCommonWord(Span mention, string word)
    {
        if (Written(mention) != word || word.Length < 3 || !char.IsUpper(word[0]) || word.Skip(1).Any(char.IsUpper)
            || WordBefore(mention.Start) is "a" or "an" or "the" or "A" or "An" or "The" or "his" or "her" or "its" or "their"
            || !IsFiniteVerb(WordAfter(mention.End)))
        {
            return null;
        }

        string? found = null;
        for (var at = _text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (at < 2 || _text[at - 1] != ' ' || !(char.IsLetter(_text[at - 2]) || _text[at - 2] == '.') || end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] == '-')
                || CapitalisedWordAt(end))
            {
                continue;
            }

            // Given names and initials right before, over single spaces: "Billie Jean", "Peter T.".
            var names = new List<string>();
            var start = at - 1;
            while (start > 0 && _text[start] == ' ')
            {
                var wordStart = start;
                while (wordStart > 0 && (char.IsLetter(_text[wordStart - 1]) || _text[wordStart - 1] == '.'))
                {
                    wordStart--;
                }

                var before = _text[wordStart..start];
                if (before.Length == 0 || !char.IsUpper(before[0]) || wordStart > 0 && char.IsLetterOrDigit(_text[wordStart - 1])
                    || !(FirstNameGender.IsGivenName(before) && !Lexicon.Titles.Contains(before) || IsInitials(before) || before.Length == 2 && before[1] == '.'))
                {
                    break;
                }

                names.Insert(0, before);
                start = wordStart - 1;
            }

            while (names.Count > 0 && !FirstNameGender.IsGivenName(names[0]))
            {
                names.RemoveAt(0);
            }

            if (names.Count == 0)
            {
                continue;
            }

            var name = string.Join(' ', names) + " " + word;
            if (found is not null && found != name && !found.EndsWith(name, StringComparison.Ordinal) && !name.EndsWith(found, StringComparison.Ordinal))
            {
                return null;
            }

            found = found is null || name.Length > found.Length ? name : found;
        }

        return found is not null && !_entities.IsPlace(found) ? found : null;
    }

    /// <summary>
    /// The capitalised role noun that is also a title ("King", "Pope") written right after <paramref name="end"/> over one space, with no
    /// capitalised word after it ("Billie Jean King remembered", not "Jordan King Abdullah"); null otherwise.
    /// </summary>
    private string? TitleSurnameAfter(int end)
    {
        if (end + 1 >= _text.Length || _text[end] != ' ' || !char.IsUpper(_text[end + 1]))
        {
            return null;
        }

        var next = WordAfter(end);
        var after = end + 1 + next.Length;
        return next.Length > 2 && Lexicon.Titles.Contains(next) && Lexicon.PersonNouns.Contains(next) && next[1..].All(char.IsLower)
               && (after >= _text.Length || !char.IsLetter(_text[after]) && _text[after] != '.') && !CapitalisedWordAt(after) ? next : null;
    }

    /// <summary>
    /// Whether a word reads as a finite verb after a subject: a past form ("urged", "wrote"), a reporting verb's form in -s ("says",
    /// "believes"; not any word in -s, which may be a plural noun: "Will voters") or "has", "had", "is", "was"; never the bare verb a modal
    /// takes ("will urge").
    /// </summary>
    private static bool IsFiniteVerb(string word) =>
        word.Length > 1 && char.IsLower(word[0])
        && (SpeakerCandidates.IsPastForm(word) || word.EndsWith('s') && Lexicon.CueVerbs.ContainsKey(word) || word is "has" or "had" or "is" or "was");

    /// <summary>The word written right after <paramref name="end"/> (past spaces), or "".</summary>
    private string WordAfter(int end)
    {
        var start = end;
        while (start < _text.Length && _text[start] == ' ')
        {
            start++;
        }

        var stop = start;
        while (stop < _text.Length && char.IsLetter(_text[stop]))
        {
            stop++;
        }

        return _text[start..stop];
    }

    /// <summary>
    /// The name that initials alone ("J.J.") open: the initials and the capitalised words written right after them over single spaces
    /// ("J.J. Roe", "J.J. MacNab"), up to the first word that is not capitalised; null when none follows or the run holds a title or an
    /// organisation's word.
    /// </summary>
    private string? NameAfterInitials(Span mention)
    {
        var words = new List<string> { Written(mention) };
        var at = mention.End;
        while (at + 1 < _text.Length && _text[at] == ' ' && char.IsUpper(_text[at + 1]))
        {
            var stop = at + 1;
            while (stop < _text.Length && (char.IsLetter(_text[stop]) || _text[stop] is '-' or '\'' or '’'))
            {
                stop++;
            }

            var word = _text[(at + 1)..stop];
            if (EntityIndex.StripPossessive(word) != word)
            {
                words.Add(EntityIndex.StripPossessive(word));
                break;
            }

            words.Add(word);
            at = stop;
        }

        return words.Count is >= 2 and <= 3 && !words.Skip(1).Any(w => Lexicon.Titles.Contains(w) || Lexicon.OrganizationWords.Contains(w))
            ? string.Join(' ', words) : null;
    }

    /// <summary>Whether a capitalised word follows <paramref name="end"/> over one space ("Salma Hayek Described", "Aaron Klein Investigative").</summary>
    private bool CapitalisedWordAt(int end) => end + 1 < _text.Length && _text[end] == ' ' && char.IsUpper(_text[end + 1]);

    /// <summary>Whether a word is initials: capital letters each with a full stop ("J.J.", "R.").</summary>
    private static bool IsInitials(string word) =>
        word.Length >= 2 && word.Length % 2 == 0 && Enumerable.Range(0, word.Length / 2).All(i => char.IsUpper(word[2 * i]) && word[2 * i + 1] == '.');

    /// <summary>
    /// Whether the article writes <paramref name="word"/> alone (no capitalised word after it), outside the start of a longer name, as
    /// the subject of a lower-case verb that "his" follows ("Trump launched his campaign", "Roe told his aides").
    /// </summary>
    private bool WrittenBeforeHis(string word)
    {
        _beforeHis ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (!_beforeHis.TryGetValue(word, out var answer))
        {
            _beforeHis[word] = answer = ScanWrittenBeforeHis(word);
        }

        return answer;
    }

    private bool ScanWrittenBeforeHis(string word)
    {
        for (var at = _text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if (at > 0 && (char.IsLetterOrDigit(_text[at - 1]) || _text[at - 1] is '-') || end >= _text.Length || _text[end] != ' ')
            {
                continue;
            }

            // A verb in "-ed" and "his" after it are read in place first (speed105): most places the word is written have none, and the
            // words after them are not split out.
            if (_text.AsSpan(end + 1, Math.Min(_text.Length, end + 40) - (end + 1)).IndexOf("ed his", StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var after = _text[(end + 1)..Math.Min(_text.Length, end + 40)].Split(' ');
            if (after.Length >= 2 && after[0].Length > 1 && after[0].All(char.IsLower) && after[0].EndsWith("ed", StringComparison.Ordinal) && after[1] == "his")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Titles too weak to tell a person's name after them ("Former Yugoslavia", "State Farm", "First Republic").</summary>
    private static readonly FrozenSet<string> WeakRoleWords = new[] { "former", "state", "foreign", "first", "vice", "deputy", "prime", "general", "star", "source", "man", "woman", "king", "queen", "prince", "princess", "pope" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool IsRoleWord(string word) =>
        !WeakRoleWords.Contains(word) && (Lexicon.Titles.Contains(word) || Lexicon.PersonNouns.Contains(word));

    /// <summary>
    /// Whether the article writes <paramref name="name"/> right after a role ("President Xi Jinping", "the Chinese leader, Xi Jinping",
    /// "ambassador to Britain Liu Xiaoming": a role, "to"/"of"/"for" and one capitalised word) or right before an apposition that opens with
    /// "a"/"an"/"the" and has a role noun within four words ("Shen Xincheng, a doctoral candidate").
    /// </summary>
    private bool WrittenAfterRole(string name)
    {
        for (var at = _text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if (at > 0 && char.IsLetterOrDigit(_text[at - 1]) || end < _text.Length && char.IsLetterOrDigit(_text[end]))
            {
                continue;
            }

            var before = _text[Math.Max(0, at - 60)..at].Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            if (before.Length >= 1 && IsRoleWord(before[^1].TrimEnd(','))
                || before.Length >= 3 && char.IsUpper(before[^1][0]) && before[^1].All(char.IsLetter) && before[^2] is "to" or "of" or "for" && IsRoleWord(before[^3]))
            {
                return true;
            }

            var after = _text[end..Math.Min(_text.Length, end + 80)];
            if (after.StartsWith(", ", StringComparison.Ordinal) && after[2..].Split([' ', ','], StringSplitOptions.RemoveEmptyEntries) is { Length: > 1 } apposed
                && apposed[0] is "a" or "an" or "the" && apposed.Skip(1).Take(4).Any(w => IsRoleWord(w) && char.IsLower(w[0])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the article writes <paramref name="word"/> right after a title that only a person bears, ending the name there ("President Trump").</summary>
    private bool WrittenAfterPersonalTitle(string word)
    {
        _afterPersonalTitle ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (!_afterPersonalTitle.TryGetValue(word, out var answer))
        {
            _afterPersonalTitle[word] = answer = ScanWrittenAfterPersonalTitle(word);
        }

        return answer;
    }

    private bool ScanWrittenAfterPersonalTitle(string word)
    {
        var bare = EntityIndex.StripPossessive(word);
        for (var at = _text.IndexOf(bare, StringComparison.Ordinal); at >= 0; at = _text.IndexOf(bare, at + bare.Length, StringComparison.Ordinal))
        {
            var end = at + bare.Length;
            if (at < 2 || _text[at - 1] != ' ' || end < _text.Length && char.IsLetterOrDigit(_text[end]))
            {
                continue;
            }

            // The title's name ends with the word ("President Ascom North America" is a role at a business).
            var next = end;
            while (next < _text.Length && _text[next] is ' ' or ',')
            {
                next++;
            }

            var start = _text.LastIndexOfAny([' ', '\n', '(', '“', '"'], at - 2) + 1;
            if (PersonalTitles.Contains(_text[start..(at - 1)]) && !(next > end && _text[end] == ' ' && next < _text.Length && char.IsUpper(_text[next])))
            {
                return true;
            }
        }

        return false;
    }

    private string? OwnedOrganization(string[] words)
    {
        var owner = words[0].ToLowerInvariant() is "the" ? words[1..^1] : words[..^1];
        if (owner.Length == 0 || !owner.All(w => w.Length > 0 && char.IsUpper(w[0])) || owner[0].ToLowerInvariant() is "a" or "an"
            || _entities.ResolveName(string.Join(' ', owner)) is null && !(owner.Length == 1 && NamesPerson(EntityIndex.StripPossessive(owner[0]))))
        {
            return null;
        }

        return EntityIndex.StripPossessive(owner[^1]) + " " + words[^1];
    }

    /// <summary>Organisation nouns that a person owns and is named with ("the Clinton campaign", "the Obama administration").</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> PersonalOrganizationNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["campaign", "administration"], StringComparer.Ordinal);

    /// <summary>
    /// The name of a person's campaign or administration that a mention ending in that noun gives ("Clinton campaign"): its owner is a
    /// possessive pronoun ("his campaign" → the pronoun's person), the capitalised words before it ("The Clinton campaign", "Trump’s
    /// campaign", with lower-case modifiers after a possessive: "Kasich’s presidential campaign"), read on the text before a mention that is
    /// the noun alone ("Trump’s| campaign"). "The campaign" with no owner is the campaign or administration of that noun named last in its
    /// sentence or the two before. Null otherwise.
    /// </summary>
    private string? PersonalOrganization(Span mention, string[] words)
    {
        // "the campaign's wariness": the noun without its possessive ending.
        var noun = EntityIndex.StripPossessive(words[^1]);
        var phrase = MentionWords(mention);
        if (phrase.Count == 1)
        {
            phrase.InsertRange(0, WordsBefore(mention.Start, 6));
        }

        return OwnerOf(phrase, noun)
               ?? (phrase.Count >= 2 && phrase[^2].Word.Equals("the", StringComparison.OrdinalIgnoreCase)
                   ? NamedBefore(mention.Start, noun) ?? (noun == "campaign" ? NamedInArticle(mention, noun) : null)
                   : null);
    }

    /// <summary>The words of a mention and where each starts.</summary>
    // The white-space characters (char.IsWhiteSpace) that MentionWords splits a mention at.
    private static readonly System.Buffers.SearchValues<char> WhiteSpaces = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

    private List<(string Word, int Start)> MentionWords(Span mention)
    {
        var result = new List<(string Word, int Start)>();
        var i = mention.Start;
        while (i < mention.End)
        {
            while (i < mention.End && char.IsWhiteSpace(_text[i]))
            {
                i++;
            }

            var start = i;
            while (i < mention.End && !char.IsWhiteSpace(_text[i]))
            {
                i++;
            }

            if (i > start)
            {
                result.Add((_text[start..i], start));
            }
        }

        return result;
    }

    /// <summary>Capital letters each followed by a period ("U.S.", "N.Y."): a modifier, not the end of a sentence.</summary>
    private static bool IsInitialism(string word) =>
        word.Length >= 4 && word.Length % 2 == 0 && Enumerable.Range(0, word.Length / 2).All(i => char.IsUpper(word[2 * i]) && word[(2 * i) + 1] == '.');

    /// <summary>
    /// Up to <paramref name="max"/> words written right before <paramref name="position"/> in its sentence, one space apart, in order; a word
    /// ending in punctuation (other than an abbreviation's period) or a quotation mark stops them.
    /// </summary>
    private List<(string Word, int Start)> WordsBefore(int position, int max, bool initialisms = false)
    {
        var result = new List<(string Word, int Start)>();
        var sentence = _sentenceAt(position);
        var end = position;
        while (result.Count < max && end > 1 && _text[end - 1] == ' ' && _text[end - 2] != ' ')
        {
            var start = end - 1;
            while (start > 0 && !char.IsWhiteSpace(_text[start - 1]))
            {
                start--;
            }

            var word = _text[start..(end - 1)];
            if (word.Length == 0 || _sentenceAt(start) != sentence
                || !char.IsLetterOrDigit(word[^1]) && !(word[^1] == '.' && (Lexicon.Titles.Contains(word) || initialisms && IsInitialism(word)))
                || !char.IsLetterOrDigit(word[0]))
            {
                break;
            }

            result.Insert(0, (word, start));
            end = start;
        }

        return result;
    }

    /// <summary>The owner's name and <paramref name="noun"/> for a phrase ending in the noun (see <see cref="PersonalOrganization"/>), or null.</summary>
    private string? OwnerOf(List<(string Word, int Start)> phrase, string noun)
    {
        var j = phrase.Count - 2;
        // Lower-case modifiers ("presidential", "2016", "official") between a possessive owner and the noun.
        while (j >= 0 && IsModifierWord(phrase[j].Word))
        {
            j--;
        }

        if (j < 0)
        {
            return null;
        }

        var (word, start) = phrase[j];
        if (word is "his" or "her" or "His" or "Her")
        {
            return Resolve(new Span(start, start + word.Length)) is { Name: { } name, Kind: SpeakerKind.Person } ? Surname(name) + " " + noun : null;
        }

        // "Sanders, whose campaign": the relative pronoun's antecedent.
        if (word is "whose" && Antecedent(start) is { } antecedent)
        {
            return Resolve(antecedent) is { Name: { } name, Kind: SpeakerKind.Person } ? Surname(name) + " " + noun : null;
        }

        // Modifiers follow a possessive ("Kasich’s presidential campaign") or a name the article gives a person ("the Bernie Sanders
        // presidential campaign"), not any capitalised word ("the Iowa presidential campaign").
        if (!char.IsUpper(word[0]) || j < phrase.Count - 2 && !EntityIndex.EndsPossessive(word) && !KnownOwner(phrase, j))
        {
            return null;
        }

        var first = j;
        while (first > 0 && char.IsUpper(phrase[first - 1].Word[0]) && !EntityIndex.EndsPossessive(phrase[first - 1].Word))
        {
            first--;
        }

        var owner = phrase.Skip(first).Take(j - first + 1).Select(w => w.Word).ToArray();
        var before = first > 0 ? phrase[first - 1].Word.ToLowerInvariant() : "";
        if (before is "a" or "an" or "one" || owner[0].ToLowerInvariant() is "a" or "an" or "the")
        {
            if (owner.Length == 1)
            {
                return null;
            }

            owner = owner[1..];
        }

        var last = EntityIndex.StripPossessive(owner[^1]);
        // "Bernie’s campaign": the surname of the person the owner names, else its last word.
        var person = _entities.ResolveName(string.Join(' ', [.. owner[..^1], last]));
        if (owner.Length == 1 && (person is null || !person.Contains(' ', StringComparison.Ordinal)) && _entities.ByGivenName(last) is { } given)
        {
            person = given;
        }

        if (person is not null)
        {
            return Surname(person) + " " + noun;
        }

        var known = owner.Length == 1 && NamesPerson(last);
        // "The Obama administration" where the article writes no Obama: one capitalised word that is no party, organisation or place word.
        var unknownOwner = owner.Length == 1 && last.Length > 1 && last.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019') && !last.All(char.IsUpper)
                           && !EntityIndex.IsAffiliation(last) && !Lexicon.OrganizationWords.Contains(last) && !Lexicon.Titles.Contains(last)
                           && !Lexicon.NotNames.Contains(last) && !_entities.IsPlace(last);
        return known || unknownOwner ? last + " " + noun : null;
    }

    /// <summary>Whether the capitalised words ending at <paramref name="j"/> name two words or more of a person the article names.</summary>
    private bool KnownOwner(List<(string Word, int Start)> phrase, int j)
    {
        var first = j;
        while (first > 0 && char.IsUpper(phrase[first - 1].Word[0]) && !phrase[first - 1].Word.Equals("The", StringComparison.Ordinal))
        {
            first--;
        }

        return j > first && _entities.ResolveName(string.Join(' ', phrase.Skip(first).Take(j - first + 1).Select(w => w.Word))) is not null;
    }

    /// <summary>A lower-case modifier between an owner and its organisation noun ("presidential", "2016", "re-election"); no function word.</summary>
    private static bool IsModifierWord(string word) =>
        word.Length > 1 && (char.IsLower(word[0]) || char.IsDigit(word[0])) && word.All(c => char.IsLetterOrDigit(c) || c == '-')
        && !Lexicon.Prepositions.Contains(word) && !Lexicon.Determiners.Contains(word) && !Lexicon.Auxiliaries.Contains(word) && !Lexicon.PersonPronouns.Contains(word)
        && word is not ("his" or "her" or "its" or "their" or "and" or "or" or "but" or "not" or "said" or "says" or "that" or "who" or "which" or "whose");

    /// <summary>The surname of a full name: its last word, with a lower-case particle before it ("de Blasio"), without a suffix ("Jr.").</summary>
    private static string Surname(string fullName)
    {
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var end = parts.Length;
        while (end > 1 && parts[end - 1].TrimEnd('.', ',') is "Jr" or "Sr" or "II" or "III" or "IV")
        {
            end--;
        }

        var start = end - 1;
        while (start > 1 && char.IsLower(parts[start - 1][0]))
        {
            start--;
        }

        return string.Join(' ', parts[start..end]);
    }

    /// <summary>
    /// The campaign or administration (<paramref name="noun"/>) written last before <paramref name="position"/> in its sentence or the two
    /// before with an owner <see cref="OwnerOf"/> reads ("Donald Trump’s campaign is making ... . The campaign is expecting"), or null.
    /// </summary>
    private string? NamedBefore(int position, string noun)
    {
        // An administration is the article's one; a campaign the one of the last few sentences (an article may follow two).
        var from = noun == "administration" ? 0 : SentenceStart(position, 2);
        for (var at = _text.LastIndexOf(noun, position - 1, position - from, StringComparison.Ordinal); at > from; at = at - 1 < from ? -1 : _text.LastIndexOf(noun, at - 1, at - from, StringComparison.Ordinal))
        {
            if (OwnedAt(at, noun) is { } named)
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>
    /// "The campaign" that no owner in its last sentences names (<see cref="NamedBefore"/>): the campaign the article names with an owner
    /// nearest before it ("Jane Roe's campaign ... . [paragraphs on] ... . The campaign would not say") (branch names50). Null when the
    /// article names none before it.
    /// </summary>
    private string? NamedInArticle(Span mention, string noun)
    {
        for (var at = _text.LastIndexOf(noun, Math.Max(0, mention.Start - 1), StringComparison.Ordinal); at > 0; at = _text.LastIndexOf(noun, at - 1, StringComparison.Ordinal))
        {
            if (OwnedAt(at, noun) is { } named)
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>The owner's name and <paramref name="noun"/> when the noun written at <paramref name="at"/> is a whole word with an owner <see cref="OwnerOf"/> reads.</summary>
    private string? OwnedAt(int at, string noun)
    {
        var end = at + noun.Length;
        if (char.IsLetterOrDigit(_text[at - 1]) || end < _text.Length && char.IsLetterOrDigit(_text[end]))
        {
            return null;
        }

        var phrase = WordsBefore(at, 6);
        phrase.Add((noun, at));
        return OwnerOf(phrase, noun);
    }

    // Subordinators that open a clause before the main one ("After he left, ...", "While she agrees ..., ").
    private static readonly FrozenSet<string> OpeningSubordinators = new[]
    {
        "After", "Before", "While", "When", "Although", "Though", "Since", "Because", "As", "If", "Until", "Once", "Whenever", "Whether",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create("\"“”;:(");

    /// <summary>
    /// The person named as the subject of the main clause when <paramref name="mention"/> stands inside the subordinate clause that opens
    /// its sentence ("After failing to convince members that he shares ..., Hale said"): the sentence opens with a subordinator,
    /// no capitalised word, comma or quotation mark stands between it and the mention, and right after the clause's first comma a name the
    /// index resolves to a person's full name opens the main clause with a finite verb after it (<see cref="IsFiniteVerb"/>). Null otherwise.
    /// </summary>
    private string? SubjectAfterOpeningClause(Span mention)
    {
        // (A line break ends a sentence the splitter ran on past an abbreviation: "... by Cmdr. Jon Burge.\n\nAfter ...".)
        var start = Math.Max(SentenceStart(mention.Start, 0), _text.LastIndexOf('\n', mention.Start) + 1);
        while (start < mention.Start && !char.IsLetter(_text[start]))
        {
            start++;
        }

        var opening = WordAfter(start);
        if (!OpeningSubordinators.Contains(opening) || start + opening.Length >= mention.Start)
        {
            return null;
        }

        foreach (var c in _text.AsSpan(start + opening.Length, mention.Start - start - opening.Length))
        {
            if (char.IsUpper(c) || c is ',' or '"' or '“' or '”' or ';' or ':' or '(')
            {
                return null;
            }
        }

        var comma = _text.IndexOf(',', mention.End);
        if (comma < 0 || comma + 2 >= _text.Length || _text[comma + 1] != ' ' || _sentenceAt(comma + 2) != _sentenceAt(mention.Start)
            || _text.AsSpan(mention.End, comma - mention.End).IndexOfAny(ClauseBreaks) >= 0)
        {
            return null;
        }

        var runEnd = comma + 2;
        var run = new List<string>();
        while (run.Count < 3 && runEnd < _text.Length && char.IsUpper(_text[runEnd]) && WordAfter(runEnd) is { Length: > 1 } word)
        {
            run.Add(word);
            runEnd += word.Length;
            if (runEnd + 1 >= _text.Length || _text[runEnd] != ' ' || !char.IsUpper(_text[runEnd + 1]))
            {
                break;
            }

            runEnd++;
        }

        return run.Count > 0 && !Lexicon.Titles.Contains(run[0]) && _entities.ResolveName(string.Join(' ', run)) is { } subject && subject.Contains(' ', StringComparison.Ordinal)
               && IsFiniteVerb(WordAfter(runEnd)) && !_entities.IsPlace(subject)
            ? subject : null;
    }

    /// <summary>The start of the sentence <paramref name="back"/> sentences before that of <paramref name="position"/> (a binary search).</summary>
    private int SentenceStart(int position, int back)
    {
        var sentence = _sentenceAt(position);
        int start = 0, high = position;
        while (start < high)
        {
            var middle = start + ((high - start) / 2);
            if (_sentenceAt(middle) >= sentence - back)
            {
                high = middle;
            }
            else
            {
                start = middle + 1;
            }
        }

        return start;
    }

    /// <summary>Whether a person the article names outside quotations ends with <paramref name="surname"/> ("Obama" of "President Obama").</summary>
    private bool NamesPerson(string surname) =>
        _entities.Mentions.Any(m => m.FullName.EndsWith(surname, StringComparison.Ordinal) && (m.FullName.Length == surname.Length || m.FullName[^(surname.Length + 1)] == ' '));

    /// <summary>Organisation nouns of descriptions beside the lexicon's ("The non-profit").</summary>
    // "unions" → "union", "companies" → "company", "charities" → "charity".
    private static bool PluralOfOrganizationNoun(string word) =>
        word.Length > 3 && word.EndsWith('s')
        && (IsOrganizationNoun(word[..^1]) || word.EndsWith("ies", StringComparison.Ordinal) && IsOrganizationNoun(word[..^3] + "y"));

    private static bool IsOrganizationNoun(string lower) => Lexicon.OrganizationNouns.Contains(lower) || DescriptionOrganizationNouns.Contains(lower);

    private static readonly System.Collections.Frozen.FrozenSet<string> DescriptionOrganizationNouns = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        // "The automaker says" (branch orgs123): an organisation, not a person by the "-er" of an agent noun.
        ["non-profit", "nonprofit", "charity", "automaker", "carmaker"], StringComparer.Ordinal);

    /// <summary>
    /// The organisation written last before <paramref name="position"/> in its sentence or the two before: capitalised words right after a
    /// lower-case organisation noun ("the advocacy group Autism Speaks", "the company Alibaba"), or ending in an institution noun ("the
    /// Labor Department"); expanded to the fullest form the article writes. Null when there is none.
    /// </summary>
    /// <summary>
    /// The organisation's name a description at <paramref name="position"/> is apposed to ("Fair Start Fund, the action fund"): capitalised
    /// words (with "to", "for", "of", "and" between them) ending right before a comma before the description, opening their sentence or
    /// after a lower-case word or a mark; null otherwise, or when they name a person or a place.
    /// </summary>
    private string? OrganizationApposedBefore(int position)
    {
        var comma = position - 1;
        while (comma > 0 && _text[comma] == ' ')
        {
            comma--;
        }

        if (comma <= 0 || _text[comma] != ',')
        {
            return null;
        }

        var words = _text[SentenceStart(comma, 0)..comma].Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length;
        while (first > 0 && (char.IsUpper(words[first - 1][0]) || words[first - 1] is "to" or "for" or "of" or "and") && char.IsLetterOrDigit(words[first - 1][^1]))
        {
            first--;
        }

        while (first < words.Length && !char.IsUpper(words[first][0]))
        {
            first++;
        }

        if (first == words.Length || first > 0 && char.IsLetterOrDigit(words[first - 1][^1]) && char.IsUpper(words[first - 1][0]))
        {
            return null;
        }

        var name = string.Join(' ', words[first..]);
        // A name with a lower-case word inside ("Right to Rise") is no person's.
        return words[first..].All(w => char.IsUpper(w[0])) && _entities.ResolveName(name) is { } person && _entities.IsPersonFullName(person) || _entities.IsPlace(name)
            ? null
            : _entities.ExpandOrganization(name);
    }

    /// <summary>Whether the word right after <paramref name="end"/> is a lower-case noun of a speaker ("the committee chairmen wrote").</summary>
    private bool NounFollows(int end)
    {
        var next = end + 1 < _text.Length && _text[end] == ' ' ? WordAt(end + 1) : "";
        return next.Length > 0 && char.IsLower(next[0])
               && (IsSpeakerNoun(next) || next.Length > 3 && next.EndsWith('s') && IsSpeakerNoun(next[..^1]) || next.EndsWith("men", StringComparison.Ordinal));
    }

    /// <summary>
    /// The organisation the article names before <paramref name="position"/> with <paramref name="nouns"/> capitalised at the end of its name
    /// ("Audit Office" of "the independent Vexland Audit Office"; not "Board" of "the State Board of Elections"), the latest
    /// one, expanded to the fullest form the article writes; capitalised words before the nouns (up to five, past "The" and the word that
    /// opens a sentence when it is a function word) make the name. Null when there is none, or when the name is a person's or a place's.
    /// </summary>
    private string? OrganizationNamedWith(int position, string[] nouns)
    {
        var named = string.Join(' ', nouns.Select(n => char.ToUpperInvariant(n[0]) + n[1..]));
        for (var at = position < 2 ? -1 : _text.LastIndexOf(named, position - 1, StringComparison.Ordinal); at > 0;
             at = at < 2 ? -1 : _text.LastIndexOf(named, at - 1, StringComparison.Ordinal))
        {
            var end = at + named.Length;
            // A name that goes on ("Budget Office Director", "Board of Elections") is not one that ends with the nouns.
            var next = end < _text.Length - 1 ? _text[(end + 1)..Math.Min(_text.Length, end + 4)] : "";
            if (_text[at - 1] != ' ' || end < _text.Length && (char.IsLetterOrDigit(_text[end]) || _text[end] == ' ' && (next.Length > 0 && char.IsUpper(next[0]) || next == "of ")))
            {
                continue;
            }

            var before = WordsBefore(at, 5, initialisms: true);
            var first = before.Count;
            while (first > 0 && (char.IsUpper(before[first - 1].Word[0]) || before[first - 1].Word is "and" or "of" or "for"))
            {
                first--;
            }

            // "the Ann and Tom Hale Foundation": "and", "of", "for" inside the name, not opening it.
            var owners = before.Skip(first).Select(w => w.Word).SkipWhile(w => w is "The" or "and" or "of" or "for" || Lexicon.Prepositions.Contains(w.ToLowerInvariant())).ToList();
            if (owners.Count == 0)
            {
                continue;
            }

            // "UnitedHealth Group ... . the trade group for the plans ... . the group wrote": the noun written since with another word
            // before it than the description's (or than a word of the name: "the Roe foundation") introduces another organisation.
            var modifier = nouns.Length > 1 ? nouns[^2] : "the";
            var since = _text[end..position].Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);
            if (since.Skip(1).Select((w, i) => (Word: w, Before: since[i])).Any(p => EntityIndex.StripPossessive(p.Word.TrimEnd(',', '.', ';', ':')) == nouns[^1]
                    && !p.Before.Equals(modifier, StringComparison.OrdinalIgnoreCase) && p.Before.ToLowerInvariant() is not ("the" or "its")
                    && !owners.Contains(EntityIndex.StripPossessive(p.Before))))
            {
                return null;
            }

            var name = string.Join(' ', [.. owners, named]);
            return _entities.IsPlace(name) || _entities.ResolveName(name) is { } person && _entities.IsPersonFullName(person) ? null : _entities.ExpandOrganization(name);
        }

        return null;
    }

    private string? OrganizationBefore(int position, string? head = null, string? noun = null)
    {
        // The start of the sentence two before (sentence numbers never fall as positions rise): a binary search, not a look-up a character.
        var sentence = _sentenceAt(position);
        int start = 0, high = position;
        while (start < high)
        {
            var middle = start + ((high - start) / 2);
            if (_sentenceAt(middle) >= sentence - 2)
            {
                high = middle;
            }
            else
            {
                start = middle + 1;
            }
        }

        var words = _text[start..position].Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        string? found = null;
        for (var i = 0; i < words.Length; i++)
        {
            if (!char.IsUpper(words[i][0]) || i > 0 && char.IsUpper(words[i - 1][0]) && !words[i - 1].EndsWith(',') && !words[i - 1].EndsWith('.'))
            {
                continue;
            }

            // A run of capitalised words from i, ending at punctuation.
            var end = i;
            while (end + 1 < words.Length && char.IsUpper(words[end + 1][0]) && !words[end].EndsWith(',') && !words[end].EndsWith('.'))
            {
                end++;
            }

            var run = words[i..(end + 1)].Select(w => EntityIndex.StripPossessive(w.TrimEnd(',', '.', ';', ':'))).ToArray();
            var introduced = i > 0 && words[i - 1].All(c => char.IsLower(c) || c == '-')
                && (Lexicon.OrganizationNouns.Contains(words[i - 1]) || DescriptionOrganizationNouns.Contains(words[i - 1]));
            if (introduced || InstitutionHeads.Contains(run[^1]) || head is not null && run.Length > 1 && run[^1] == head)
            {
                // "NASA's Goddard Space Flight Center ... the agency": the owner or its thing, not both run together (SpeakerResolver.OrganisationModifier.cs).
                found = OwnerOrThing(words, i, end, run, noun) ?? string.Join(' ', run);
            }
        }

        return found is null ? null : _entities.ExpandOrganization(WithoutArticle(found.Split(' ')));
    }

    /// <summary>
    /// When the mention is only a word beside a name, the person named there: a party-state tag ("Paul Ryan, R-Wis."), a party word
    /// before a role and a name ("Green mayoral nominee Ana Ruiz"), the place of an apposed role
    /// ("Jean-Luc Marel, the trade minister of Vexland").
    /// </summary>
    private string? NameBesideTag(Span mention, string word)
    {
        word = word.Trim('(', ')', ',', '.');
        if (word.Length > 2 && word[1] == '-' && word[0] is 'R' or 'D' or 'I' && char.IsUpper(word[2]) && word[3..].All(char.IsLetter))
        {
            return _entities.MentionBefore(mention.Start) is { } before && before.Span.End <= mention.Start && _text[before.Span.End..mention.Start].All(c => c is ' ' or ',' or '(')
                ? before.FullName : null;
        }

        if (EntityIndex.IsAffiliation(word))
        {
            return _entities.MentionFrom(mention.End) is { } after && after.Span.Start - mention.End < 60
                   && _text[mention.End..after.Span.Start].All(c => c is ' ' or '-' || char.IsLower(c)) ? after.FullName : null;
        }

        var start = mention.Start;
        while (start > 0 && _text[start - 1] == ' ')
        {
            start--;
        }

        var wordStart = start;
        while (wordStart > 0 && char.IsLetter(_text[wordStart - 1]))
        {
            wordStart--;
        }

        var previous = _text[wordStart..start];
        if (previous is "of" or "from" && _entities.MentionBefore(mention.Start) is { } holder && holder.Span.End <= mention.Start
            && _sentenceAt(holder.Span.Start) == _sentenceAt(mention.Start))
        {
            var between = _text[holder.Span.End..mention.Start];
            return between.TrimStart().StartsWith(',') && between.Count(c => c == ',') == 1 ? holder.FullName : null;
        }

        return null;
    }

    private static bool IsPersonPronoun(string lower) => lower is "he" or "she" or "him" or "her" or "who" or "which" or "they" or "we" or "i" or "it" or "you";

    // Characters from the person an apposition belongs to to the mention that ends it.
    private const int MaxAppositionChars = 300;

    // Words from the end of a subject's noun phrase to its cue ("..., Hale's rival in the coming mayoral race, said").
    private const int MaxTailWords = 10;

    /// <summary>Whether a cue word follows <paramref name="position"/> in the same sentence within a few words, with no quotation mark between.</summary>
    private bool CueFollows(int position)
    {
        var sentence = _sentenceAt(Math.Max(0, position - 1));
        var i = position;
        for (var words = 0; words <= MaxTailWords && i < _text.Length; words++)
        {
            while (i < _text.Length && _text[i] is ' ' or ',' or '(' or ')')
            {
                i++;
            }

            var start = i;
            while (i < _text.Length && i - start < 40 && (char.IsLetterOrDigit(_text[i]) || _text[i] is '.' or '-' or '\'' or '’'))
            {
                i++;
            }

            if (i == start || i - start >= 40 || _sentenceAt(start) != sentence)
            {
                return false;
            }

            var word = _text[start..i].TrimEnd('.');
            if (word.Length > 0 && char.IsLower(word[0]) && Lexicon.CueVerbs.ContainsKey(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The person named right after the mention over role nouns and a comma ("campaign manager Robby Mook", "chairman, Phil Lovas,"),
    /// when the cue follows that name: the mention is the role (it ends in a role noun or is a description, "his wife, Jane,"; or a role noun
    /// follows it), the name its holder.
    /// </summary>
    private string? NameAfterRole(int end, bool endsInRole)
    {
        var i = end;
        var roles = 0;
        while (true)
        {
            while (i < _text.Length && _text[i] is ' ' or ',')
            {
                i++;
            }

            var start = i;
            while (i < _text.Length && i - start < 40 && char.IsLetter(_text[i]))
            {
                i++;
            }

            if (i == start || !char.IsLower(_text[start]) || !Lexicon.PersonNouns.Contains(_text[start..i]) || ++roles > 3)
            {
                i = start;
                break;
            }
        }

        return _entities.MentionFrom(i) is { } after && after.Span.Start == i && i > end && (roles > 0 || endsInRole && _text[end..i].Contains(','))
               && _sentenceAt(i) == _sentenceAt(Math.Max(0, end - 1)) && CueFollows(after.Span.End) ? after.FullName : null;
    }

    /// <summary>
    /// The mention carried on to the role noun its last capitalised word modifies ("The GOP" + " presidential front-runner", "Idaho" +
    /// " nutritional-supplement executive"): up to three lower-case words after it, separated by single spaces, the last a person noun,
    /// a singular agent noun by its ending ("speechwriter", "journalist") or "hopeful", "member", "front-runner", the ones before it
    /// adjectives (no function word, auxiliary, cue, adverb in -ly, plural or verb in -ed), the word after it no organisation, document
    /// or group noun ("Islamic terrorist groups"); else null. After a person's name, only the role itself or an organisation noun and the
    /// role ("Clinton supporter", "Clinton campaign chairman"): the words after a name are its verb more often ("Tenney took down businessman").
    /// </summary>
    private Span? RoleAfterModifier(Span mention, string[] words)
    {
        var last = words[^1];
        if (!char.IsUpper(last[0]) || EntityIndex.EndsPossessive(last) || last.EndsWith('.') || Lexicon.Titles.Contains(last)
            || Lexicon.Determiners.Contains(last) || Lexicon.NotNames.Contains(last))
        {
            return null;
        }

        // Whether the mention names a person is asked only once a lower-case word follows it (it changes the words' count and tests, not
        // the first word's shape).
        bool? named = null;
        bool Person() => named ??= _entities.ResolveName(Written(mention)) is not null;
        var i = mention.End;
        for (var n = 0; n < 2 || n == 2 && !Person(); n++)
        {
            if (i >= _text.Length || _text[i] != ' ')
            {
                return null;
            }

            var start = ++i;
            while (i < _text.Length && (char.IsLetter(_text[i]) || _text[i] == '-' && i > start))
            {
                i++;
            }

            if (i == start || !char.IsLower(_text[start]) || i < _text.Length && (char.IsLetterOrDigit(_text[i]) || _text[i] is '\'' or '\u2019'))
            {
                return null;
            }

            var w = _text[start..i];
            if (Lexicon.PersonNouns.Contains(w) || IsRoleNounByEnding(w) || w is "hopeful" or "member" or "front-runner" or "frontrunner")
            {
                return NextWord(i) is { } next && (Lexicon.IsGroupNoun(next) || IsOrganizationNoun(next) || PluralOfOrganizationNoun(next) || IsDocumentNoun(next)) ? null : new Span(mention.Start, i);
            }

            if (Person() ? !Lexicon.OrganizationNouns.Contains(w)
                : w.EndsWith('s') || w.EndsWith('-') || w.EndsWith("ly", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal) && !w.Contains('-')
                  || Lexicon.Prepositions.Contains(w) || Lexicon.Determiners.Contains(w) || Lexicon.Auxiliaries.Contains(w) || Lexicon.PersonPronouns.Contains(w)
                  || w is "and" or "or" or "but" or "not" or "said" or "told" or "also" or "last" or "then" or "now" or "still" or "just" or "even" or "that" or "who" or "which")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The lower-case word after one space at <paramref name="i"/>, or null.</summary>
    private string? NextWord(int i)
    {
        if (i >= _text.Length || _text[i] != ' ')
        {
            return null;
        }

        var start = ++i;
        while (i < _text.Length && char.IsLetter(_text[i]))
        {
            i++;
        }

        return i > start && char.IsLower(_text[start]) ? _text[start..i] : null;
    }

    // A singular noun of one who does something, of six letters or more ("speechwriter", "hacker", "journalist", "front-runner"), not an
    // adverb, comparative or verb of that ending ("however", "insist"); the five-letter ones and "-ent" ("went", "sent") read as verbs too often.
    internal static bool IsRoleNounByEnding(string lower) =>
        lower.Length >= 6 && (lower.EndsWith("er", StringComparison.Ordinal) || lower.EndsWith("ist", StringComparison.Ordinal) && !lower.EndsWith("sist", StringComparison.Ordinal)
                              || lower.EndsWith("ian", StringComparison.Ordinal))
        && lower is not ("however" or "further" or "earlier" or "rather" or "whether" or "together" or "neither" or "another" or "whatever" or "whenever"
            or "wherever" or "whoever" or "forever" or "sooner" or "longer" or "bigger" or "better" or "greater" or "higher" or "larger" or "smaller"
            or "stronger" or "weaker" or "harder" or "easier" or "faster" or "slower" or "broader" or "deeper" or "wider" or "closer" or "number"
            or "former" or "latter" or "proper" or "answer" or "quarter" or "matter" or "center" or "centre" or "letter" or "poster" or "banner" or "corner" or "border" or "member");

    /// <summary>
    /// The person who opens the mention's sentence (after titles only) and is followed by a comma, when the mention ends that
    /// person's apposition: a cue follows the mention, and no quotation mark or cue word stands between the person and the mention.
    /// </summary>
    private string? AppositionHead(Span mention)
    {
        // Only a person named within a short stretch before the mention (a long sentence full of names stays linear).
        var sentence = _sentenceAt(mention.Start);
        PersonMention? head = null;
        for (var p = _entities.MentionBefore(mention.Start);
             p is not null && mention.Start - p.Span.Start <= MaxAppositionChars && _sentenceAt(p.Span.Start) == sentence;
             p = _entities.MentionBefore(p.Span.Start))
        {
            head = p;
        }

        if (head is null || head.Span.End > mention.Start || !OpensSentence(head.Span.Start))
        {
            return null;
        }

        // "Roe, Vale wrote, “...”", "Of Lind, Moss said", "Like Carr, Mendel also rejected": a capitalised name right after the head's comma
        // is the clause's own subject, not an apposition ending in a cue (a party tag aside: "Sen. Ann Roe, R-S.C., a candidate, said"); so is a full name the article gives another person, opening a
        // part after a comma ("Roe stood beside Lind's successor, Prime Minister Tom Vale, and ..."; not "Ann Roe, an organizer with the
        // Harbour Coalition, said", whose mention does not open the part, nor a possessive: "Roy Cooper (D), McCrory's opponent, said")
        // (branch names52).
        var written = Written(mention);
        if (char.IsUpper(written[0]) && !(written.Length > 1 && written[1] == '-') && (_text[head.Span.End..mention.Start].Trim() == "," && written.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2
                                         || AfterCommaAndTitles(mention.Start) && !EntityIndex.EndsPossessive(written.TrimEnd()) && _entities.ResolveName(written) is { } own && own != head.FullName
                                            && own.Contains(' ', StringComparison.Ordinal) && FirstNameGender.IsPersonName(own)))
        {
            return null;
        }

        // "Roe, Vale and Sen. Ann Lind all appeared": a full name after "and" ends a list, not an apposition (SpeakerResolver.ListsLastConjunct.cs, branch quirks123).
        if (IsListsLastNamedConjunct(mention, head.FullName))
        {
            return null;
        }

        // A comma right after the head, over a party tag in parentheses ("Roy Cooper (D),").
        var k = head.Span.End;
        while (k < mention.Start && _text[k] is ' ' or '’' or '\'' or 's')
        {
            k++;
        }

        if (k < mention.Start && _text[k] == '(')
        {
            var close = _text.IndexOf(')', k, mention.Start - k);
            k = close < 0 ? mention.Start : close + 1;
        }

        // "Rep. Ana Ruiz — like Hale, a backer of ..., Rep. Ben Vale — recalled": an apposition between dashes, closed by the
        // second dash after the mention.
        var dashed = k < mention.Start && _text[k] is '—' or '–';
        if (k >= mention.Start || _text[k] != ',' && !dashed)
        {
            return null;
        }

        var between = _text[head.Span.End..mention.Start];
        if (between.IndexOfAny(['“', '”', '"', ';']) >= 0 || between.Count(c => c is '—' or '–') != (dashed ? 1 : 0)
            || between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 25
            || between.Split(' ', ',').Any(w => w.Length > 0 && char.IsLower(w[0]) && Lexicon.CueVerbs.ContainsKey(w)))
        {
            return null;
        }

        var end = mention.End;
        if (dashed)
        {
            while (end < _text.Length && _text[end] == ' ')
            {
                end++;
            }

            if (end >= _text.Length || _text[end] is not ('—' or '–'))
            {
                return null;
            }

            end++;
        }

        return CueFollows(end) ? head.FullName : null;
    }

    /// <summary>Whether a comma stands right before <paramref name="start"/>, over spaces and titles (", Prime Minister Tom Vale").</summary>
    private bool AfterCommaAndTitles(int start)
    {
        var (at, _) = BeforeSpacesAndTitles(start);
        return at > 0 && _text[at - 1] == ',';
    }

    /// <summary>
    /// The text before <paramref name="start"/> read back over spaces and titles ("and Sen. Ann Lind", ", Prime Minister Tom Vale"): the
    /// end of what stands there (spaces skipped) and the start of its word (letters and full stops; the end itself when a mark stands).
    /// </summary>
    private (int End, int WordStart) BeforeSpacesAndTitles(int start)
    {
        var at = start;
        while (true)
        {
            while (at > 0 && _text[at - 1] == ' ')
            {
                at--;
            }

            var wordStart = at;
            while (wordStart > 0 && (char.IsLetter(_text[wordStart - 1]) || _text[wordStart - 1] == '.'))
            {
                wordStart--;
            }

            if (wordStart < at && Lexicon.Titles.Contains(_text[wordStart..at]))
            {
                at = wordStart;
                continue;
            }

            return (at, wordStart);
        }
    }

    // Whether only capitalised words (titles, "Attorney General") stand between the sentence's start and position.
    private bool OpensSentence(int position)
    {
        var sentence = _sentenceAt(position);
        var i = position;
        for (var words = 0; words < 4; words++)
        {
            while (i > 0 && _text[i - 1] == ' ')
            {
                i--;
            }

            if (i == 0 || _sentenceAt(i - 1) != sentence || _text[i - 1] is '\n' or '“' or '"')
            {
                return true;
            }

            var start = WordStart(i);
            if (start == i || !char.IsUpper(_text[start]))
            {
                return false;
            }

            i = start;
        }

        return false;
    }

    /// <summary>The words a relative pronoun follows ("Jack Ma, who" → "Jack Ma"; "leaders who" → "leaders"): capitalised words back to the first, else the one noun.</summary>
    private Span? Antecedent(int pronounStart)
    {
        // "Ann Roe of Ohio, who voted ..., and who has since", "Sen. Tom Lind this year, who backed" (names101).
        if (AntecedentPastCoordinationOrTime(pronounStart) is { } past)
        {
            return past;
        }

        var end = pronounStart;
        while (end > 0 && (char.IsWhiteSpace(_text[end - 1]) || _text[end - 1] == ','))
        {
            end--;
        }

        // "Graham—who had", "Jake Sullivan (who portrayed", "Sen. Ben Vale (D-Vt.), who voted": the name before a dash, an opening
        // parenthesis or a short parenthesis closed before the comma. Not the end of an aside between dashes ("candidates — like Ann Roe —
        // who say"), nor a plural "who are".
        if (AfterDashOrParenthesis(end) is { } beforeMark)
        {
            var next = _text.AsSpan(pronounStart + 3).TrimStart();
            if (next.StartsWith("are ", StringComparison.Ordinal) || next.StartsWith("were ", StringComparison.Ordinal))
            {
                return null;
            }

            end = beforeMark;
        }

        var start = WordStart(end);
        if (start == end)
        {
            return null;
        }

        // "the Hale who mocks ... because of his Danish accent, who argues with ...": a second "who" after a comma and a thing
        // (a lower-case word that is not a person noun) continues the first; its antecedent is the first one's.
        if (char.IsLower(_text[start]) && _text.AsSpan(end, pronounStart - end).Contains(',') && !Lexicon.PersonNouns.Contains(_text[start..end])
            && EarlierWho(start) is { } earlier)
        {
            // "from Tom Lind, a Vermont farmer who backed Ann Roe, and from Paul Dunne, a Delmar shoe retailer, who": a description
            // apposed to a name written after the first "who" ends that name's apposition; the second "who" is that person's (branch names89).
            if (ApposedToNameAfter(earlier, new Span(start, end)) is null)
            {
                return Antecedent(earlier);
            }
        }

        if (char.IsUpper(_text[start]))
        {
            // Back over the name's other capitalised words, one space apart.
            while (start > 1 && _text[start - 1] == ' ' && WordStart(start - 1) is var previous && previous < start - 1 && char.IsUpper(_text[previous]))
            {
                start = previous;
            }

            // "Senator Ben Vale of Delmar, who": the place belongs to the name before "of" or "from".
            if (start > 1 && _text[start - 1] == ' ' && WordStart(start - 1) is var preposition && _text[preposition..(start - 1)] is "of" or "from"
                && preposition > 1 && _text[preposition - 1] == ' ' && WordStart(preposition - 1) is var holderStart && holderStart < preposition - 1
                && char.IsUpper(_text[holderStart]) && Antecedent(preposition) is { } holder)
            {
                return holder;
            }
        }

        return new Span(start, end);
    }

    /// <summary>
    /// For a relative pronoun whose text before ends at <paramref name="end"/>: when that text ends in a dash ("Graham—", "Ann Roe -"), an
    /// opening parenthesis ("Ann Roe (") or a parenthesis of at most 40 characters ("Ann Roe (D-Ohio)"), the end of the words before the mark;
    /// else null. A dash that closes an aside opened by another dash in its sentence gives null.
    /// </summary>
    private int? AfterDashOrParenthesis(int end)
    {
        if (end < 2)
        {
            return null;
        }

        var mark = end - 1;
        var c = _text[mark];
        if (c == ')')
        {
            var open = _text.LastIndexOf('(', mark - 1, Math.Min(40, mark));
            if (open < 1 || _text.IndexOf(')', open, mark - open) >= 0)
            {
                return null;
            }

            mark = open;
        }
        else if (c is '—' or '–' || c == '-' && _text[mark - 1] == ' ')
        {
            var from = SentenceStart(mark, 0);
            var dash = c == '-' ? " - " : c.ToString();
            if (mark > from && _text.LastIndexOf(dash, mark - 1, mark - from, StringComparison.Ordinal) >= 0)
            {
                return null;
            }
        }
        else if (c != '(')
        {
            return null;
        }

        while (mark > 0 && char.IsWhiteSpace(_text[mark - 1]))
        {
            mark--;
        }

        return mark > 0 && char.IsLetter(_text[mark - 1]) ? mark : null;
    }

    /// <summary>
    /// The person a description ending a relative's antecedent (<paramref name="description"/>, "developer" in "Paul Dunne, a Port Elm
    /// property developer, who") is apposed to, when the apposition's comma comes after the earlier "who" at <paramref name="earlier"/>
    /// (<see cref="ApposedDescription"/>, <see cref="PersonApposedBefore"/> with no role noun needed); else null.
    /// </summary>
    private string? ApposedToNameAfter(int earlier, Span description)
    {
        var comma = _text.LastIndexOf(',', Math.Max(0, description.Start - 1));
        return comma > earlier && ApposedDescription(description) ? PersonApposedBefore(description.End, roleNounNeeded: false) : null;
    }

    /// <summary>The start of a "who" earlier in the sentence of <paramref name="position"/>, at most 300 characters before it, or null.</summary>
    private int? EarlierWho(int position)
    {
        var sentence = _sentenceAt(position);
        var from = Math.Max(0, position - 300);
        var at = _text.LastIndexOf(" who ", position, position - from, StringComparison.Ordinal);
        return at > 0 && _sentenceAt(at) == sentence ? at + 1 : null;
    }

    private int WordStart(int end)
    {
        var i = end;
        while (i > 0 && (char.IsLetterOrDigit(_text[i - 1]) || _text[i - 1] is '.' or '-' or '\'' or '’'))
        {
            i--;
        }

        return i;
    }

    /// <summary>
    /// The noun that heads the mention before what modifies it, a preposition or a participle ("data from MarketAxess", "reports
    /// received by Amnesty", "officials at the port"), lower case; a lone lower-case word is its own head; else null. The rules that
    /// read the last word as the head named and typed such mentions by it (audit 14: "figures issued by VEXO in May" a person).
    /// </summary>
    internal static string? HeadBeforeModifier(string[] words)
    {
        for (var i = 1; i < words.Length; i++)
        {
            var w = words[i].ToLowerInvariant();
            var modifier = Lexicon.Prepositions.Contains(w) && w is not ("and" or "or" or "but" or "so" or "if" or "told" or "said")
                           || w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal) && i + 1 < words.Length && Lexicon.Prepositions.Contains(words[i + 1]);
            if (modifier)
            {
                return words[i - 1].ToLowerInvariant();
            }
        }

        return words.Length == 1 && char.IsLower(words[0][0]) ? words[0] : null;
    }

    // A singular noun of one who does something, by its ending: "insider", "user", "radiologist", "physician", "patient", "assistant"
    // (not "-ment": "agreement").
    private static bool IsAgentNoun(string lower) =>
        lower.Length >= 4 && (lower.EndsWith("er", StringComparison.Ordinal) || lower.EndsWith("or", StringComparison.Ordinal)
                              || lower.EndsWith("ist", StringComparison.Ordinal) || lower.EndsWith("ian", StringComparison.Ordinal)
                              || lower.EndsWith("ant", StringComparison.Ordinal) || lower.EndsWith("ent", StringComparison.Ordinal) && !lower.EndsWith("ment", StringComparison.Ordinal));

    // A document noun or its plural ("reports"), or a noun of evidence ("footage").
    private static bool IsDocumentNoun(string lower) =>
        Lexicon.DocumentNouns.Contains(lower) || SubjectHead.StudyNouns.Contains(lower) || SubjectHead.EvidenceNouns.Contains(lower)
        || lower.Length > 3 && lower.EndsWith('s') && Lexicon.Spans.DocumentNouns.Contains(lower.AsSpan(0, lower.Length - 1))
        || lower.EndsWith("ies", StringComparison.Ordinal) && Lexicon.Spans.IsDocumentNounInY(lower);

    private static string WithoutArticle(string[] words) =>
        string.Join(' ', words.Length > 1 && words[0].ToLowerInvariant() is "a" or "an" or "the" ? words[1..] : words);

    /// <summary>
    /// The mention's words as written, one space apart, without a leading "a", "an" or "the" ("the CFL's" → "CFL's"); the string form of
    /// <see cref="TryWrittenInPlace"/>, which also drops the possessive and reads the text in place for the cheap first looks.
    /// </summary>
    private string WrittenWithoutArticle(Span mention) =>
        WithoutArticle(Written(mention).Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
