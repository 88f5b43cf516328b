using System.Collections.Frozen;
using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>A mention of a named person outside quotation marks.</summary>
/// <param name="Span">The name as written, without titles and possessive endings.</param>
/// <param name="FullName">The fullest form of the name the article uses.</param>
/// <param name="Sentence">The sentence it is in.</param>
/// <param name="IsSubject">Whether it is the first noun phrase of its sentence (the likely subject).</param>
/// <param name="SubjectAfterRole">The sentence's subject written after a lower-case role ("Republican counsel Steve Castor asked"): a subject
/// for pronouns and descriptions, not for the rules that read <paramref name="IsSubject"/> alone.</param>
/// <param name="ReportSubject">The subject of a closing report clause after the sentence's first name ("Cruz will struggle, Henson said"):
/// the latest subject for a pronoun (<see cref="EntityIndex.ResolvePronoun(int, int, bool?)"/>) only.</param>
internal sealed record PersonMention(Span Span, string FullName, int Sentence, bool IsSubject, bool SubjectAfterRole = false, bool ReportSubject = false);

/// <summary>
/// The named people of one article: every capitalised name outside titles and organisation words,
/// with surnames and titled forms ("Ma", "President Trump") mapped to the fullest name the article
/// gives ("Jack Ma", "Donald Trump").
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>Party and affiliation words written before a name ("Democrat Hillary Clinton"): never part of it.</summary>
    private static readonly FrozenSet<string> AffiliationWords = new[]
    {
        "democrat", "democratic", "republican", "gop", "libertarian", "independent", "socialist", "conservative", "liberal", "progressive",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case particles inside a name ("Bill de Blasio", "Ludwig van Beethoven").</summary>
    private static readonly FrozenSet<string> NameParticles = new[]
    {
        "de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "la", "le", "bin", "al", "ibn", "dos", "das",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a name that make it a place ("in West Virginia").</summary>
    private static readonly FrozenSet<string> PlacePrepositions = new[] { "in", "across", "near", "throughout" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Honorifics = new[] { "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "miss" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly List<PersonMention> _mentions;
    private readonly Dictionary<string, string> _byLastName;
    private readonly Dictionary<string, string> _fullNames;
    private readonly HashSet<string> _places;
    private readonly List<string> _sequences;
    // The longest sequences found for the organisation names already expanded in this article (ExpandOrganization), by key; null
    // where there is none (the name is its own expansion, as written). Most articles ask for none or a few.
    private Dictionary<string, string?>? _expanded;
    private LowerCaseWordSet? _lowerWords;
    // The single names written after a person's title (TitledSingleNames), by key; null when there is none.
    private Dictionary<string, string>? _titledWords;
    private Dictionary<string, List<string>>? _bySurname;
    // Who "Mr. X" and "Mrs. X" are where two people share the surname X (HonorificPerson); null when the article has no such pair.
    private Dictionary<(string Surname, int Gender), string>? _byHonorific;
    // Counted when first asked for (a pronoun to resolve, a surname after an honorific): many articles need none.
    private readonly Lazy<Dictionary<string, int>> _genderVotes;
    // The first names' genders (FirstNameGender), looked up when a pronoun first asks.
    private Dictionary<string, int>? _priors;
    // ResolveName's answers by the written name, made when first asked.
    private Dictionary<string, string?>? _resolvedNames;

    private EntityIndex(
        List<PersonMention> mentions, Dictionary<string, string> byLastName, Dictionary<string, string> fullNames, HashSet<string> places, List<string> sequences,
        Func<Dictionary<string, int>> gender, Deferred deferred)
    {
        _genderVotes = new Lazy<Dictionary<string, int>>(gender, LazyThreadSafetyMode.None);
        _deferred = deferred;
        _mentions = mentions;
        _byLastName = byLastName;
        _fullNames = fullNames;
        _places = places;
        _sequences = sequences;
    }

    /// <summary>Person mentions outside quotations, in text order.</summary>
    public IReadOnlyList<PersonMention> Mentions => _mentions;

    [ThreadStatic]
    private static List<(int First, int Last, bool Titled)>? t_sequences;

    // Each sequence's Key of its name, made when first needed (BestForms, then pass 2 of Build) and kept for the other: the thread's
    // list, cleared for each article, as the sequences' (speed123).
    [ThreadStatic]
    private static List<string?>? t_keys;

    /// <summary>
    /// The index of one article. <paramref name="words"/>, when given, is the word table made with <paramref name="tokens"/> (one form per
    /// token, in order: <see cref="TokenizedDocument.Words"/>): what depends on a token's form alone is then worked out once per form.
    /// </summary>
    public static EntityIndex Build(TextDocument document, List<Token> tokens, int[] sentenceOfToken, bool[] quoted, WordTable? words = null)
    {
        if (JoinMisDecodedLetters(document.Text, tokens, ref sentenceOfToken, ref quoted) is { } joined)
        {
            tokens = joined;
        }

        // "Thomas “Tuck” Harlow": a quoted nickname inside a name is one word of it (EntityIndex.QuotedNicknames.cs, quirks124).
        if (JoinQuotedNicknames(document.Text, tokens, ref sentenceOfToken, ref quoted) is { } nicknames)
        {
            tokens = nicknames;
        }

        if (words is not null && words.FormOf.Count != tokens.Count)
        {
            words = null;
        }

        // Pass 1: every capitalised sequence, inside quotes too, to learn full names. In a headline in title case ("Dock Worker Mom Confronts
        // Mayor", "Farmer Comes Forward With Startling Story") the capitals say nothing of where names begin and end: each word stands alone.
        // The thread's list, cleared for each article: it does not outlive Build (speed92res).
        var sequences = t_sequences ??= [];
        sequences.Clear();
        // With the word table, a sentence's title case is worked out when a name (or "New") in it first asks (TitleCaseOnDemand, speed95lazy).
        var titleCase = words is null ? TitleCaseSentences(tokens, sentenceOfToken) : null;
        var titleCaseOnDemand = words is null ? null : TitleCaseOnDemand.Of(words, sentenceOfToken);
        // Made here, not when first asked: the cut of common openings below always asks for it.
        LowerCaseWordSet? lowerWords = LowerCaseWords(tokens, words);
        // IsNameToken per form (1: worked out, 2: its answer), read by each token's form without reading the token; the form "New" is
        // found once, so that a token of another form is told apart by its number, not by reading its string (speed94res).
        var nameForms = words is null ? null : new byte[words.Count];
        var formOf = words is null ? default : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words.FormOf);
        var newForm = words?.IndexOf("New") ?? -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (nameForms is null
                    ? !IsNameToken(tokens, i) && (titleCase is not null && titleCase.Contains(sentenceOfToken[i]) || !NewBeforeName(document.Text, tokens, sentenceOfToken, i))
                    : !IsNameForm(words!, formOf[i], nameForms) && (formOf[i] != newForm || titleCaseOnDemand!.Contains(i) || !NewBeforeName(document.Text, tokens, sentenceOfToken, i)))
            {
                continue;
            }

            var headline = titleCaseOnDemand?.Contains(i) ?? titleCase is not null && titleCase.Contains(sentenceOfToken[i]);

            var titled = !headline && i > 0 && tokens[i - 1].IsWord && Lexicon.Titles.Contains(tokens[i - 1].Value);
            var j = i;
            while (!headline && NextNameToken(document.Text, tokens, sentenceOfToken, j, i) is var next && next > j)
            {
                j = next;
            }

            // "Questioning Vindman’s judgment, ...", "Following Assange’s arrest, ...": a sentence's opening word in -ing, capitalised by its
            // place and not a given name ("Sterling K. Brown"), is no part of the name after it: one word, or one that opens with a given name
            // ("Entrusting Donald Trump"; not "Playing Field Promotions").
            if (j > i && OpensSentence(sentenceOfToken, tokens, i) && IsVerbInIng(tokens[i].Value) && (j == i + 1 || FirstNameGender.IsGivenName(tokens[i + 1].Value)))
            {
                i++;
            }

            // "Senate Deputy Whip Tom J. Hale", "Delmar Alderman Ben C. Vale": a role word inside the sequence ends what goes
            // before the name; the name is the two or more words after it.
            var role = LastRoleWord(tokens, i, j - 2);
            if (role < 0 && NameAfterPlace(tokens, i, j) is var place && place > i)
            {
                role = place - 1;
            }

            if (role < 0 && j - i >= 2 && !headline && GivenNameAfterCommonWords(tokens, sentenceOfToken, i, j, ref lowerWords) is > 0 and var given)
            {
                // "Comedian Ann Roe", "Entrusting Donald Trump", "Chief of Staff Ann Roe": common words before a given name are not part of
                // the name (a role, a sentence's opening word, the end of a title's phrase).
                role = given - 1;
            }

            sequences.Add(role < 0 ? (i, j, titled) : (role + 1, j, true));
            i = j;
        }

        CutCommonOpenings(tokens, sentenceOfToken, sequences, lowerWords ??= LowerCaseWords(tokens, words));
        CutHeadlineRunsToBodyNames(document.Text, tokens, sentenceOfToken, sequences);

        // Each sequence's name as written, made once: the passes below and the organisation index all read it.
        var names = new List<string>(sequences.Count);
        var keys = t_keys ??= [];
        keys.Clear();
        foreach (var (first, last, _) in sequences)
        {
            names.Add(NameText(document.Text, tokens, first, last));
            keys.Add(null);
        }

        var fullNames = BestForms(tokens, sentenceOfToken, quoted, sequences, names, keys, ref lowerWords, out var byLastName, out var places);
        // "Chinese trade ministry spokesman Lu Feng": names written surname first (SurnameFirstNames.cs).
        var surnameFirstNames = SurnameFirstMarked(tokens, sentenceOfToken, quoted, sequences, names, fullNames);

        // Pass 2: person mentions outside quotes, resolved to full names.
        // At most one mention per sequence: the lists are made that long (speed124; grown from empty, each was made again at 4, 8, 16, ...).
        var mentions = new List<PersonMention>(sequences.Count);
        var honorificOf = new List<(int Gender, string? Surname)>(sequences.Count);
        var mentionFirst = new List<int>(sequences.Count);
        // Each mention's last token and the full name it was first given, for the roles beside it (read when first asked: Deferred).
        var mentionLast = new List<int>(sequences.Count);
        var firstFullNames = new List<string>(sequences.Count);
        var firstNameOfSentence = new HashSet<int>();
        Dictionary<string, int>? genderByNoun = null;
        var titledWords = TitledSingleNames(tokens, quoted, sequences, names, places);
        var givenAlone = GivenNamesAlone(tokens, sentenceOfToken, quoted, sequences, places);
        for (var q = 0; q < sequences.Count; q++)
        {
            var (first, last, titled) = sequences[q];
            if (quoted[first])
            {
                continue;
            }

            var sentence = sentenceOfToken[first];
            var written = names[q];
            // A one-word name's key is also the surname key (written is that word without its possessive ending).
            var key = first == last ? WordKey(tokens[first]) : keys[q] ?? Key(written);
            string? full = null;
            if (fullNames.TryGetValue(key, out var best))
            {
                full = best;
            }
            else if (first == last && byLastName.TryGetValue(key, out var known))
            {
                full = known;
            }
            else if (titled && !ContainsOrganizationWord(tokens, first, last))
            {
                // "Mr. Bao" after "The trade minister, Bao Zhenwei,": the person named surname first (SurnameFirstNames.cs).
                full = first == last && SurnameFirst(fullNames, written) is { } surnameFirst ? surnameFirst : written;
            }
            else if (first == last && MarkedSurnameFirst(surnameFirstNames, key) is { } markedFull)
            {
                // "Lu said" after "Chinese trade ministry spokesman Lu Feng": the surname of a name written surname first (SurnameFirstNames.cs).
                full = markedFull;
            }
            else if (first == last && titledWords is not null && titledWords.TryGetValue(key, out var titledName)
                     && !(first > 0 && tokens[first - 1].Lower is "the" or "a" or "an") && !EndsPossessive(tokens[first].Value))
            {
                // "Prince Andrew ... Andrew said", "President Trump ... Trump tweeted": a single name the article writes after a person's
                // title is that person where it is written alone too; not after an article ("the Obama administration") nor as a possessive
                // ("when Clinton was Obama's secretary of state. She ...": a pronoun would take the owner, not the clause's subject).
                full = titledName;
            }
            else if (first == last && givenAlone is not null && givenAlone.Contains(key))
            {
                // "Bob said" where the article never gives Bob a surname: the given name alone is the person (EntityIndex.GivenNameAlone.cs).
                full = StripPossessive(tokens[first].Value);
            }

            // "Admiral Harris said" mid-sentence, after "Adm. Harry B. Harris": a common word of the article (written in lower case there, "the
            // admiral") before a surname is no given name; the two words are the person who has that surname in full.
            if (full == written && last == first + 1 && lowerWords is not null && IsCommonWord(tokens[first].Value, lowerWords)
                && byLastName.TryGetValue(WordKey(tokens[last]), out var holder) && holder != written && FirstNameGender.IsPersonName(holder))
            {
                full = holder;
            }

            if (full is not null)
            {
                // Only the first person named in a sentence can be its subject. "Former Arizona governor Ann Roe, an early supporter, calls",
                // "Clinton aide Ann Roe said": a name right before a lower-case role noun and a capitalised word is the role's modifier, not
                // the subject; the name after the role is (a subject after a role, IsSentenceSubjectPosition).
                // So is a name before an organisation's role ("Lee campaign manager Tom Hale": EntityIndex.OrganisationRoles.cs).
                var afterRole = false;
                var isSubject = !ModifiesRole(tokens, sentenceOfToken, last) && !ModifiesOrganisationRole(tokens, sentenceOfToken, last)
                                && firstNameOfSentence.Add(sentence)
                                && IsSentenceSubjectPosition(tokens, sentenceOfToken, first, last, out afterRole);
                var end = tokens[last].Span.End - (EndsPossessive(tokens[last].Value) ? 2 : 0);
                mentions.Add(new PersonMention(new Span(tokens[first].Span.Start, end), full, sentence, isSubject && !afterRole, isSubject && afterRole,
                    !isSubject && BeforeClosingCue(tokens, sentenceOfToken, first, last)));
                mentionFirst.Add(first);
                mentionLast.Add(last);
                firstFullNames.Add(full);
                if (first != last && NounGender(tokens, first) is not 0 and var nounGender)
                {
                    (genderByNoun ??= new Dictionary<string, int>(StringComparer.Ordinal))[full] = genderByNoun.GetValueOrDefault(full) + nounGender;
                }

                honorificOf.Add((first > 0 ? HonorificGender(tokens[first - 1].Lower) : 0, first == last ? key : null));
            }
        }

        OwnerIsNotTheSubject(document.Text, mentions);
        Dictionary<string, List<string>>? bySurname = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            // "Patricia Smith, mother of Sean Smith, rejected the claim. “...,” Smith said": a surname two people share is the one of them who
            // is the subject of this sentence or the one before (of the quotation's opening, for a name right after a quotation).
            if (honorificOf[i] is (0, { } surname) && (bySurname ??= BySurname(fullNames)).TryGetValue(surname, out var sharing) && sharing.Count > 1
                && SubjectOfSurname(mentions, i, SentenceBeforeQuotation(tokens, sentenceOfToken, quoted, mentionFirst[i]), surname, mentions[i].IsSubject || mentions[i].SubjectAfterRole) is { } subject)
            {
                mentions[i] = mentions[i] with { FullName = subject };
            }
        }

        // "Mr. Obama" in an article that also names Michelle Obama: a surname after an honorific is the person of that surname whose
        // gender (by the pronouns after them alone) agrees with it.
        // (The pronoun votes are counted only when such a surname is there to choose for: most articles have none.)
        Dictionary<string, int>? pronounVotes = null;
        Dictionary<(string Surname, int Gender), string>? byHonorific = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            // (Branch names80: with one full name of that surname too, when its sex is the other one: "Mr. Obama" where the article
            // names Michelle Obama alone is not her; see Agreeing.)
            if (honorificOf[i] is (not 0 and var gender, { } surname) && (bySurname ??= BySurname(fullNames)).TryGetValue(surname, out var sharing)
                && (sharing.Count > 1 || SexOf(sharing[0], surname, pronounVotes ??= Genders(tokens, sentenceOfToken, quoted, mentions, honorifics: false, words)) == -gender)
                && (pronounVotes ??= Genders(tokens, sentenceOfToken, quoted, mentions, honorifics: false, words)) is var votes
                && (BothHonorifics(honorificOf, surname) && sharing.Count > 1
                    ? HonorificPerson(byHonorific ??= [], mentions, honorificOf, i, sharing, votes, genderByNoun, surname, gender)
                    : Agreeing(bySurname, votes, surname, mentions[i].FullName, gender)) is var agreeing && agreeing != mentions[i].FullName)
            {
                mentions[i] = mentions[i] with { FullName = agreeing };
            }
        }

        // "President Obama" where "Mr. Obama" is not Michelle Obama (TitledSurnames.cs).
        var titledSurnames = AgreeTitledSurnames(tokens, mentions, honorificOf, mentionFirst, firstFullNames,
            () => pronounVotes ??= Genders(tokens, sentenceOfToken, quoted, mentions, honorifics: false, words));

        return new EntityIndex(mentions, byLastName, fullNames, places, names, () => Genders(tokens, sentenceOfToken, quoted, mentions, honorifics: true, words),
            new Deferred(document.Text, tokens, sentenceOfToken, quoted, words, mentionFirst, mentionLast, firstFullNames))
        {
            _lowerWords = lowerWords,
            _titledWords = titledWords,
            _suffixes = GenerationalSuffixes(document.Text, tokens, sequences, names),
            _bySurname = bySurname,
            _byHonorific = byHonorific,
            _titledSurnames = titledSurnames,
            _surnameFirstNames = surnameFirstNames,
            _ownerWords = OwnerWords(tokens, sequences),
            _datelinePlace = DatelinePlace(document.Text, tokens, sequences),
        };
    }

    /// <summary>Titles that say little of a person when capitalised before one word ("Former Yugoslavia", "State Farm", "General Motors").</summary>
    private static readonly FrozenSet<string> WeakTitles = new[] { "former", "state", "foreign", "first", "vice", "deputy", "prime", "general", "candidate", "nominee" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The single names the article writes after a person's title outside quotations ("Prince Andrew", "President Trump", "Mr. Noem",
    /// "Coach Vogel"), by key: capitalised titles only, not "former"/"state"/"general" and the like, and no organisation, party or place
    /// word; each to the longest titled name opening with it ("Prince Alwaleed Bin Talal"), else itself. Null when there is none.
    /// </summary>
    private static Dictionary<string, string>? TitledSingleNames(
        List<Token> tokens, bool[] quoted, List<(int First, int Last, bool Titled)> sequences, List<string> names, HashSet<string> places)
    {
        Dictionary<string, string>? result = null;
        for (var q = 0; q < sequences.Count; q++)
        {
            var (first, last, titled) = sequences[q];
            if (!titled || first != last || quoted[first] || first == 0)
            {
                continue;
            }

            var title = tokens[first - 1].Value;
            var word = StripPossessive(tokens[first].Value);
            if (char.IsUpper(title[0]) && !WeakTitles.Contains(title) && word.Length > 1 && !AffiliationWords.Contains(word) && !places.Contains(word)
                && !ContainsOrganizationWord(tokens, first, last) && LooksLikePersonName(tokens, first, last))
            {
                (result ??= new Dictionary<string, string>(StringComparer.Ordinal))[WordKey(tokens[first])] = word;
            }
        }

        for (var q = 0; result is not null && q < sequences.Count; q++)
        {
            var (first, last, titled) = sequences[q];
            if (titled && last > first && !quoted[first] && result.TryGetValue(WordKey(tokens[first]), out var shorter)
                && names[q].Length > shorter.Length && LooksLikePersonName(tokens, first, last))
            {
                result[WordKey(tokens[first])] = names[q];
            }
        }

        return result;
    }

    /// <summary>
    /// "Ruiz's campaign manager, Ben Vale, went on Radio Delmar": a subject written as a possessive before a role and a name is the
    /// owner, not the subject; the person named after the role (words ending in a person noun, and commas, between; capitalised modifiers
    /// among them since branch names110: "Lind’s Ohio chairman, Jim Holt,") is.
    /// </summary>
    private static void OwnerIsNotTheSubject(string text, List<PersonMention> mentions)
    {
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (owner, named) = (mentions[i], mentions[i + 1]);
            if (!owner.IsSubject || named.Sentence != owner.Sentence || named.Span.Start - owner.Span.End > 60 || named.Span.Start <= owner.Span.End)
            {
                continue;
            }

            // The owner's possessive ending is read in place first (speed123): most pairs of mentions have none, and the words between
            // them were cut out for each pair.
            if (text[owner.Span.End] is not ('\'' or '’'))
            {
                continue;
            }

            var between = text[owner.Span.End..named.Span.Start];
            var role = between.StartsWith("'s ", StringComparison.Ordinal) || between.StartsWith("’s ", StringComparison.Ordinal) ? between[3..]
                : between.StartsWith("' ", StringComparison.Ordinal) || between.StartsWith("’ ", StringComparison.Ordinal) ? between[2..] : null;
            // "Lind’s Ohio chairman, Jim Holt,", "Lind's GOP state director Jim Holt": capitalised modifiers of the role too (branch
            // names110); no capitalised word between is a person the index knows, or it would be the next mention.
            if (role is not null && role.All(c => char.IsLetter(c) || c is ' ' or ',' or '-' or '.')
                && role.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries) is [.., var noun] && Lexicon.PersonNouns.Contains(noun))
            {
                mentions[i] = owner with { IsSubject = false };
                mentions[i + 1] = named with { IsSubject = true };
            }
        }
    }

    /// <summary>
    /// The sentence of token <paramref name="first"/>, or, when a quotation ends right before it (past a comma), the sentence the
    /// quotation opens in.
    /// </summary>
    private static int SentenceBeforeQuotation(List<Token> tokens, int[] sentenceOfToken, bool[] quoted, int first)
    {
        var k = first - 1;
        while (k >= 0 && !quoted[k] && tokens[k].Value is "," or "”" or "\"")
        {
            k--;
        }

        if (k < 0 || !quoted[k])
        {
            return sentenceOfToken[first];
        }

        while (k > 0 && first - k < 1000 && (quoted[k - 1] || tokens[k - 1].Value is "“" or "\""))
        {
            k--;
        }

        return sentenceOfToken[k];
    }

    /// <summary>
    /// The person written in full as the subject of sentence <paramref name="sentence"/> or the one before, among the mentions before
    /// <paramref name="before"/>, whose last word has the key <paramref name="surname"/>; failing that, with <paramref name="latestToo"/>, the
    /// one of them named last there in any place; or null.
    /// </summary>
    private static string? SubjectOfSurname(List<PersonMention> mentions, int before, int sentence, string surname, bool latestToo)
    {
        string? latest = null;
        for (var j = before - 1; j >= Math.Max(0, before - 50) && mentions[j].Sentence >= sentence - 1; j--)
        {
            var full = mentions[j].FullName;
            if (full.Contains(' ', StringComparison.Ordinal) && Key(StripPossessive(full[(full.LastIndexOf(' ') + 1)..])) == surname)
            {
                if (mentions[j].IsSubject)
                {
                    return full;
                }

                latest ??= full;
            }
        }

        // "Ann Roe marched with Tom Lind. “Go home,” Lind says": a surname that is a subject itself, with no subject of that surname
        // there, is the one of them named last there ("... hired Ann Lind. Donors stuck by Lind" is not).
        return latestToo ? latest : null;
    }

    /// <summary>
    /// As <see cref="ResolveName(string)"/> for a name written at <paramref name="position"/> in sentence <paramref name="sentence"/>: a lone
    /// surname two people of the article share is the one of them who is the subject of this sentence or the one before, else the one of
    /// them named last there (a speaker's surname is a subject itself).
    /// </summary>
    public string? ResolveName(string written, int position, int sentence)
    {
        var name = StripPossessive(written.Trim());
        if (name.Length > 0 && !name.Contains(' ', StringComparison.Ordinal) && char.IsUpper(name[0])
            && (_bySurname ??= BySurname(_fullNames)).TryGetValue(Key(name), out var sharing) && sharing.Count > 1
            && SubjectOfSurname(_mentions, LastMentionBefore(position) + 1, sentence, Key(name), latestToo: true) is { } subject)
        {
            return subject;
        }

        return ResolveName(written);
    }

    /// <summary>The full names of the article by the key of their last word ("obama" → Barack Obama, Michelle Obama), in order of first appearance.</summary>
    private static Dictionary<string, List<string>> BySurname(Dictionary<string, string> fullNames)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // Each name once, in order of first appearance, as Distinct gave them: a name is a duplicate only of one in its own surname's list
        // (a list of one or two), so that list is asked instead of a set of all the names.
        foreach (var full in fullNames.Values)
        {
            var key = Key(StripPossessive(full[(full.LastIndexOf(' ') + 1)..]));
            if (!result.TryGetValue(key, out var list))
            {
                result[key] = list = [];
            }
            else if (list.Contains(full))
            {
                continue;
            }

            list.Add(full);
        }

        return result;
    }

    /// <summary>
    /// Who "Mr. X" (or "Mrs. X") is when two people of the article share the surname X ("Bill Clinton", "Hillary Clinton") and the article
    /// writes both honorifics before it (so they are two people, whatever the first resolution made of them): decided at the
    /// first such mention of that honorific and kept for the article. Not the person the other honorific already names, nor one the
    /// pronoun votes or a noun before the name ("her husband, Saeed Abedini") make of the other gender; of those left, one such a noun
    /// makes of this gender, else the one written in full nearest before the mention (news style names a person in full before
    /// "Mrs. X"), else one the votes make of this gender, else the first named.
    /// </summary>
    private static string HonorificPerson(
        Dictionary<(string Surname, int Gender), string> byHonorific, List<PersonMention> mentions, List<(int Gender, string? Surname)> honorificOf, int i,
        List<string> sharing, Dictionary<string, int> votes, Dictionary<string, int>? byNoun, string surname, int gender)
    {
        if (byHonorific.TryGetValue((surname, gender), out var decided))
        {
            return decided;
        }

        var other = byHonorific.GetValueOrDefault((surname, -gender));
        int Noun(string p) => Math.Sign(byNoun?.GetValueOrDefault(p) ?? 0);
        var left = sharing.Where(p => p != other && SexOf(p, surname, votes) != -gender && Noun(p) != -gender).ToList();
        if (left.Count == 0)
        {
            left = sharing.Where(p => p != other).ToList();
        }

        var person = left.Find(p => Noun(p) == gender);
        for (var j = i - 1; j >= 0 && person is null; j--)
        {
            if (honorificOf[j].Surname is null && left.Contains(mentions[j].FullName))
            {
                person = mentions[j].FullName;
            }
        }

        person ??= left.FirstOrDefault(p => Math.Sign(votes.GetValueOrDefault(p)) == gender) ?? left.FirstOrDefault() ?? mentions[i].FullName;
        byHonorific[(surname, gender)] = person;
        return person;
    }

    /// <summary>
    /// +1 when a male noun stands right before the name, over a comma ("her husband, Saeed Abedini", "businessman Tom Lind"), -1 for a
    /// female one ("his wife, Jane Sanders"), else 0.
    /// </summary>
    private static int NounGender(List<Token> tokens, int first)
    {
        var before = first - 1;
        if (before >= 0 && tokens[before].Value == ",")
        {
            before--;
        }

        return before < 0 || !tokens[before].IsWord ? 0 : GenderOfNoun(tokens[before].Lower);
    }

    /// <summary>+1 for a male person noun ("husband", "father", "spokesman"), -1 for a female one ("wife", "mother"), else 0.</summary>
    private static int GenderOfNoun(string lower)
    {
        return lower switch
        {
            "husband" or "father" or "son" or "brother" or "man" or "businessman" or "congressman" or "chairman" or "spokesman" or "king" or "prince" or "grandson" or "nephew" or "uncle" or "boyfriend" => 1,
            "wife" or "mother" or "daughter" or "sister" or "woman" or "businesswoman" or "congresswoman" or "chairwoman" or "spokeswoman" or "queen" or "princess" or "granddaughter" or "niece" or "aunt" or "girlfriend" or "widow" => -1,
            _ => 0,
        };
    }

    /// <summary>Whether the article writes both "Mr. X" and "Mrs. X" (or "Ms. X") for the surname X: two people, whoever the names resolve to.</summary>
    private static bool BothHonorifics(List<(int Gender, string? Surname)> honorificOf, string surname) =>
        honorificOf.Exists(h => h.Gender > 0 && h.Surname == surname) && honorificOf.Exists(h => h.Gender < 0 && h.Surname == surname);

    /// <summary>Short words a headline in title case capitalises and running text does not ("With", "To", "His").</summary>
    internal static readonly FrozenSet<string> HeadlineFunctionWords = new[]
    {
        "with", "to", "of", "for", "about", "in", "on", "at", "by", "from", "and", "the", "a", "an", "his", "her", "its", "their", "just", "is", "are",
        "was", "has", "have", "after", "over", "into", "as", "what", "how", "why", "who", "that", "this", "be", "not", "up", "out",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The sentences written in title case: no lower-case word of four letters or more, four capitalised words or more, and a short function
    /// word capitalised after the first word ("Farmer Comes Forward With Startling Story"); null when there is none.
    /// </summary>
    private static HashSet<int>? TitleCaseSentences(List<Token> tokens, int[] sentenceOfToken, WordTable? words = null)
    {
        if (words is not null)
        {
            return TitleCaseSentences(words, sentenceOfToken);
        }

        HashSet<int>? result = null;
        for (var i = 0; i < tokens.Count;)
        {
            var sentence = sentenceOfToken[i];
            int lower = 0, capitals = 0, functionWords = 0;
            var j = i;
            for (; j < tokens.Count && sentenceOfToken[j] == sentence; j++)
            {
                var t = tokens[j];
                if (!t.IsWord || !char.IsLetter(t.Value[0]))
                {
                    continue;
                }

                if (char.IsLower(t.Value[0]))
                {
                    lower += t.Value.Length >= 4 ? 1 : 0;
                    if (lower > 0)
                    {
                        // Not a headline in title case: the rest of the sentence cannot make it one.
                        while (j + 1 < tokens.Count && sentenceOfToken[j + 1] == sentence)
                        {
                            j++;
                        }
                    }
                }
                else
                {
                    capitals++;
                    functionWords += j > i && HeadlineFunctionWords.Contains(t.Lower) ? 1 : 0;
                }
            }

            if (lower == 0 && capitals >= 4 && functionWords > 0)
            {
                (result ??= []).Add(sentence);
            }

            i = j;
        }

        return result;
    }

    // TitleCaseSentences by each token's form: what it counts of a word depends on the word's value alone, worked out once per form into
    // a byte (1: not counted, 2: lower case of four letters or more, 3: shorter lower case, 4: capitalised, 5: capitalised function word),
    // and the scan reads the forms' numbers instead of each token and its string (speed92res). A form that opens with a letter is a
    // word's (the tokenizer opens a word at a letter or digit, and a mark is one character that is neither).
    internal static HashSet<int>? TitleCaseSentences(WordTable words, int[] sentenceOfToken)
    {
        // Kept beside TitleCaseOnDemand (which Build uses), as the whole-article answer it must agree with (EntityIndexWordTableTests).
        HashSet<int>? result = null;
        var formOf = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words.FormOf);
        var kinds = new byte[words.Count];
        for (var i = 0; i < formOf.Length;)
        {
            if (SentenceInTitleCase(words, formOf, sentenceOfToken, i, kinds, out var end))
            {
                (result ??= []).Add(sentenceOfToken[i]);
            }

            i = end;
        }

        return result;
    }

    /// <summary>
    /// Whether the sentence whose first token is <paramref name="first"/> is in title case, read by its tokens' forms (their kinds cached in
    /// <paramref name="kinds"/>); <paramref name="end"/> is the token after the sentence. Shared by the whole-article scan and
    /// <see cref="TitleCaseOnDemand"/>.
    /// </summary>
    private static bool SentenceInTitleCase(WordTable words, ReadOnlySpan<int> formOf, int[] sentenceOfToken, int first, byte[] kinds, out int end)
    {
        var sentence = sentenceOfToken[first];
        int lower = 0, capitals = 0, functionWords = 0;
        var j = first;
        for (; j < formOf.Length && sentenceOfToken[j] == sentence; j++)
        {
            var kind = TitleCaseKind(words, formOf[j], kinds);
            if (kind == 1)
            {
                continue;
            }

            if (kind <= 3)
            {
                lower += kind == 2 ? 1 : 0;
                if (lower > 0)
                {
                    // Not a headline in title case: the rest of the sentence cannot make it one.
                    while (j + 1 < formOf.Length && sentenceOfToken[j + 1] == sentence)
                    {
                        j++;
                    }
                }
            }
            else
            {
                capitals++;
                functionWords += j > first && kind == 5 ? 1 : 0;
            }
        }

        end = j;
        return lower == 0 && capitals >= 4 && functionWords > 0;
    }

    /// <summary>What <see cref="TitleCaseSentences(WordTable, int[])"/> counts of a form (1: not counted, 2: lower case of four letters or more, 3: shorter lower case, 4: capitalised, 5: capitalised function word), worked out once per form into <paramref name="kinds"/>.</summary>
    private static byte TitleCaseKind(WordTable words, int form, byte[] kinds)
    {
        var kind = kinds[form];
        if (kind == 0)
        {
            var value = words.Values[form];
            kind = kinds[form] = !char.IsLetter(value[0]) ? (byte)1
                : char.IsLower(value[0]) ? (byte)(value.Length >= 4 ? 2 : 3)
                : HeadlineFunctionWords.Contains(words.Lowers[form]) ? (byte)5 : (byte)4;
        }

        return kind;
    }

    /// <summary>Role words written capitalised before a name beside the lexicon's person nouns ("Minority Whip", "Alderman").</summary>
    private static readonly FrozenSet<string> NameRoleWords = new[]
    {
        "whip", "alderman", "alderwoman", "councilman", "councilwoman", "councilmember", "assemblyman", "assemblywoman", "treasurer", "comptroller",
        "superintendent", "administrator", "insider", "envoy", "correspondent", "commander", "inspector", "ombudsman",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Roles held for a country or a body, written "ROLE to PLACE".</summary>
    private static readonly FrozenSet<string> PlaceRoleWords = new[]
    {
        "ambassador", "envoy", "emissary", "delegate", "representative", "consul", "ambassador-designate", "ambassador-at-large",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a word is a role word that ends what goes before a name in a capitalised run (a person noun, or "Whip", "Administrator").</summary>
    internal static bool IsRoleWord(string word) => Lexicon.PersonNouns.Contains(word) || NameRoleWords.Contains(word);

    /// <summary>The last token from <paramref name="first"/> to <paramref name="last"/> that is a role word (a person noun: "Whip", "Editor"), or -1.</summary>
    private static int LastRoleWord(List<Token> tokens, int first, int last)
    {
        for (var k = last; k >= first; k--)
        {
            if (IsRoleWord(tokens[k].Value))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// "envoy to Norland Tom Hale", "ambassador to the Vexo Isles Ana Ruiz": a run of three capitalised words or more after a role
    /// that is held for a place (an ambassador's, an envoy's: not an adviser's, "adviser to Donald J. Trump") and "to" ("the") opens with the
    /// place. The name starts at the first given name after the run's first word, with a word after it (places are given names too:
    /// "Georgia", "Britain"); with none, a run of three words is a place of one word and a name of two ("Britain Liu Xiaoming"). Returns
    /// the first token of the name, or <paramref name="first"/>.
    /// </summary>
    private static int NameAfterPlace(List<Token> tokens, int first, int last)
    {
        var k = first - 1;
        if (k >= 0 && tokens[k].Lower == "the")
        {
            k--;
        }

        if (last - first < 2 || k < 1 || tokens[k].Lower != "to" || !PlaceRoleWords.Contains(tokens[k - 1].Lower))
        {
            return first;
        }

        for (var m = first + 1; m < last; m++)
        {
            if (FirstNameGender.IsGivenName(tokens[m].Value))
            {
                return m;
            }
        }

        return last - first == 2 ? first + 1 : first;
    }

    /// <summary>Whether token <paramref name="i"/> opens its sentence, after opening punctuation at most ("“Following ...").</summary>
    private static bool OpensSentence(int[] sentenceOfToken, List<Token> tokens, int i)
    {
        var k = i - 1;
        while (k >= 0 && sentenceOfToken[k] == sentenceOfToken[i] && !tokens[k].IsWord && tokens[k].Value is "“" or "\"" or "‘" or "'" or "(" or "[")
        {
            k--;
        }

        return k < 0 || sentenceOfToken[k] != sentenceOfToken[i];
    }

    /// <summary>A word of six letters or more in "-ing" that the given names do not hold ("Following", "Questioning"; not "Sterling").</summary>
    private static bool IsVerbInIng(string word) =>
        word.Length >= 6 && word.EndsWith("ing", StringComparison.Ordinal) && word.All(char.IsLetter) && !FirstNameGender.IsGivenName(word);

    /// <summary>
    /// The given name after the common words that open the capitalised sequence from <paramref name="i"/> to <paramref name="last"/>, or
    /// -1: one to three words no one is given (not in the first-name table, no initial) before a word that is a given name, where the
    /// capitals of the first say nothing (the sentence's first word: "Comedian| Ann Roe", "Entrusting| Donald Trump"; after "of" or "for":
    /// "Chief of Staff| Ann Roe", "Undersecretary for Political Affairs| Ann Roe") or it is a common word (a person or group noun, or written in
    /// lower case elsewhere in the article: "the journalist"), and the words from the given name on read as a person's name. Not "Aung| San
    /// Suu Kyi", "American| Israel Public Affairs Committee".
    /// </summary>
    private static int GivenNameAfterCommonWords(List<Token> tokens, int[] sentenceOfToken, int i, int last, ref LowerCaseWordSet? lowerWords)
    {
        var given = -1;
        for (var k = i; k < last && k <= i + 3; k++)
        {
            var word = StripPossessive(tokens[k].Value);
            if (k > i && FirstNameGender.IsGivenName(word))
            {
                given = k;
                break;
            }

            if (word.TrimEnd('.').Length <= 1 || word.Contains('-', StringComparison.Ordinal) || FirstNameGender.IsGivenName(word))
            {
                return -1;
            }
        }

        if (given < 0 || !LooksLikePersonName(tokens, given, last))
        {
            return -1;
        }

        var previous = PreviousWord(tokens, sentenceOfToken, i);
        if (previous < 0 || tokens[previous].Lower is "of" or "for" || Lexicon.PersonNouns.Contains(tokens[i].Value) || Lexicon.IsGroupNoun(tokens[i].Value))
        {
            return given;
        }

        return (lowerWords ??= LowerCaseWords(tokens)).Contains(tokens[i].Lower) ? given : -1;
    }

    /// <summary>
    /// "Later Roe said", "Admiral Roe makes no apologies", "Following Roe on the stage": a capitalised sequence of two words opening its
    /// sentence with a common word (<see cref="IsCommonWord"/>) before the surname of a person the article names with a given name ("Ann
    /// Roe") is that surname.
    /// </summary>
    private static void CutCommonOpenings(List<Token> tokens, int[] sentenceOfToken, List<(int First, int Last, bool Titled)> sequences, LowerCaseWordSet lowerWords)
    {
        HashSet<string>? surnames = null;
        for (var q = 0; q < sequences.Count; q++)
        {
            var (first, last, _) = sequences[q];
            if (last != first + 1 || PreviousWord(tokens, sentenceOfToken, first) >= 0 || !IsCommonWord(tokens[first].Value, lowerWords))
            {
                continue;
            }

            if (surnames is null)
            {
                // The words after the given name of every name that opens with one ("Ann Roe", "Harry B. Harris Jr.").
                surnames = new HashSet<string>(StringComparer.Ordinal);
                foreach (var (f, l, _) in sequences)
                {
                    if (l > f && FirstNameGender.IsGivenName(StripPossessive(tokens[f].Value)))
                    {
                        for (var k = f + 1; k <= l; k++)
                        {
                            surnames.Add(WordKey(tokens[k]));
                        }
                    }
                }
            }

            if (surnames.Contains(WordKey(tokens[last])))
            {
                sequences[q] = (first + 1, last, true);
            }
        }
    }

    /// <summary>
    /// Whether a capitalised word is a common word, not a name: no one is given it, and the article writes it in lower case, or it is a
    /// function word of the sentence openers' list ("But"), a person or group noun, or it ends like a participle or an adverb ("Following",
    /// "Stated", "Certainly").
    /// </summary>
    private static bool IsCommonWord(string word, LowerCaseWordSet lowerWords)
    {
        word = StripPossessive(word);
        if (word.Length < 2 || FirstNameGender.IsGivenName(word))
        {
            return false;
        }

        var lower = Token.LowerInvariant(word);
        return lowerWords.Contains(lower) || Lexicon.NotNames.Contains(lower) || Lexicon.PersonNouns.Contains(lower) || Lexicon.IsGroupNoun(lower)
               || lower.Length >= 5 && lower.All(char.IsLetter) && (lower.EndsWith("ing", StringComparison.Ordinal) || lower.EndsWith("ed", StringComparison.Ordinal) || lower.EndsWith("ly", StringComparison.Ordinal));
    }

    /// <summary>The words the article writes in lower case ("journalist", "show").</summary>
    private static LowerCaseWordSet LowerCaseWords(List<Token> tokens, WordTable? words = null)
    {
        if (words is not null)
        {
            return new LowerCaseWordSet(words);
        }

        var lowerWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            if (token.IsWord && char.IsLower(token.Value[0]))
            {
                lowerWords.Add(StripPossessive(token.Value));
            }
        }

        return new LowerCaseWordSet(lowerWords);
    }

    /// <summary>
    /// The words the article writes in lower case, each without its possessive ending. With the article's word table, asked of the table
    /// (a word is there when a form that opens with a lower-case letter is the word, or the word and "'s" or "’s") instead of a set of
    /// every such form made and hashed for each article, which is asked about a few dozen words (speed92res).
    /// </summary>
    private sealed class LowerCaseWordSet
    {
        private readonly WordTable? _words;
        private readonly HashSet<string>? _set;

        public LowerCaseWordSet(WordTable words) => _words = words;

        public LowerCaseWordSet(HashSet<string> set) => _set = set;

        public bool Contains(string word)
        {
            if (_set is not null)
            {
                return _set.Contains(word);
            }

            // A form that opens with a lower-case letter is a word's (the tokenizer opens a word at a letter or digit, and a mark is one
            // character that is neither); a form ending in a possessive is there as the word before it.
            if (!EndsPossessive(word) && IsLowerForm(_words!.IndexOf(word)))
            {
                return true;
            }

            if (word.Length > 64)
            {
                return IsLowerForm(_words!.IndexOf(word + "'s")) || IsLowerForm(_words.IndexOf(word + "’s"));
            }

            Span<char> possessive = stackalloc char[word.Length + 2];
            word.CopyTo(possessive);
            possessive[^1] = 's';
            possessive[^2] = '\'';
            if (IsLowerForm(_words!.IndexOf(possessive)))
            {
                return true;
            }

            possessive[^2] = '’';
            return IsLowerForm(_words.IndexOf(possessive));
        }

        private bool IsLowerForm(int form) => form >= 0 && _words!.Values[form] is { Length: > 0 } value && char.IsLower(value[0]);
    }

    /// <summary>+1 for "Mr.", -1 for "Mrs.", "Ms.", "Miss", else 0.</summary>
    private static int HonorificGender(string lower) => lower.TrimEnd('.') switch
    {
        "mr" => 1,
        "mrs" or "ms" or "miss" => -1,
        _ => 0,
    };

    /// <summary>
    /// The person an honorific of <paramref name="gender"/> before the surname <paramref name="surname"/> names, given <paramref name="current"/>
    /// (the index's first answer): <paramref name="current"/> unless its sex (<see cref="SexOf"/>) is the other one; then the first person
    /// of that surname whose sex agrees, else the first whose sex is unknown and whose first word is a given name (not "Senators Roe"), else
    /// the surname alone, as for a person the article never
    /// names in full ("Mr. Obama" in an article that names Michelle Obama alone is "Obama"; with Barack Obama named too, him). Branch
    /// names80 added the first name to the votes and the surname alone as the last answer (before, a single full name was kept).
    /// </summary>
    private static string Agreeing(Dictionary<string, List<string>> bySurname, Dictionary<string, int> votes, string surname, string current, int gender)
    {
        if (SexOf(current, surname, votes) != -gender)
        {
            return current;
        }

        var others = bySurname.GetValueOrDefault(surname) ?? [];
        return others.FirstOrDefault(o => SexOf(o, surname, votes) == gender)
               ?? others.FirstOrDefault(o => SexOf(o, surname, votes) == 0 && o.Contains(' ', StringComparison.Ordinal) && FirstNameGender.IsPersonName(o))
               ?? current[(current.LastIndexOf(' ') + 1)..];
    }

    /// <summary>
    /// Whether <paramref name="honorific"/> written before <paramref name="surname"/> may name <paramref name="fullName"/>: any word but
    /// "Mr.", "Mrs.", "Ms.", "Miss" may; those only when the person's sex (<see cref="SexOf"/>) is not the other one (branch names80).
    /// </summary>
    public bool HonorificAgrees(string honorific, string surname, string fullName) =>
        HonorificGender(honorific.ToLowerInvariant()) is not (not 0 and var gender) || SexOf(fullName, Key(StripPossessive(surname)), _genderVotes.Value) != -gender;

    /// <summary>
    /// A person's sex as an honorific before their surname must agree with it (+1 a man, -1 a woman, 0 unknown): the first name's clear
    /// majority (<see cref="FirstNameGender.Of(string)"/>), else the sign of the article's pronoun votes (<see cref="Genders"/>). 0 for a
    /// name of one word and for a name whose last word is not <paramref name="surname"/> ("Lou Jiwei" of "Mr. Lou", written surname
    /// first: its first word is no given name).
    /// </summary>
    private static int SexOf(string fullName, string surname, Dictionary<string, int> votes)
    {
        var space = fullName.LastIndexOf(' ');
        if (space < 0 || Key(StripPossessive(fullName[(space + 1)..])) != surname)
        {
            return 0;
        }

        return FirstNameGender.Of(fullName) is not 0 and var prior ? prior : Math.Sign(votes.GetValueOrDefault(fullName));
    }

    /// <summary>
    /// The roles the article gives a person at one mention (tokens <paramref name="first"/>..<paramref name="last"/>): titles and role nouns
    /// written before the name ("Indiana Gov. Mike Pence", "Attorney General Eric Schneiderman", "campaign manager Robby Mook") and the
    /// role nouns of an apposition after it ("Mike Pence, the Indiana governor,"), each as a lower-case role word ("gov." → "governor"), with
    /// the other capitalised words written beside them as its context ("indiana").
    /// </summary>
    /// <remarks>
    /// A title's state is read after the name too: a party-state tag ("Sen. Bernie Sanders (I-Vt.)", "Sen. Joni Ernst, R-Iowa,") or "of" and
    /// a capitalised place ("Senator Bernie Sanders of Vermont"), as the state's words ("vermont"); and "state" before the title ("state Sen.
    /// Nina Turner") is context too, so that "The Vermont senator" is not read as any senator the article writes with no place.
    /// </remarks>
    private static void Roles(string text, List<Token> tokens, int[] sentenceOfToken, int first, int last, string fullName, List<(int Position, string FullName, string Role, string Context)> roles)
    {
        var position = tokens[first].Span.Start;
        var sentence = sentenceOfToken[first];
        // Most mentions have no role beside them: the lists are made when first needed.
        List<string>? found = null;
        List<string>? context = null;
        // Each role's token, to tell a former holder's role ("former Gov. Ann Roe", "Ann Roe, the former governor,": FormerRoles.cs).
        List<int>? foundAt = null;
        var k = first - 1;
        for (; k >= Math.Max(0, first - 5) && sentenceOfToken[k] == sentence && tokens[k].IsWord; k--)
        {
            var lower = tokens[k].Lower;
            if (IsRole(lower))
            {
                // "Vice President Joseph R. Biden", "Lt. Gov. ...": a deputy's title is not the role itself, but the deputy's role ("vice
                // president", "lieutenant governor").
                (found ??= []).Add(k > 0 && DeputyWord(tokens[k - 1].Lower) is { } deputy ? deputy + " " + RoleWord(lower) : RoleWord(lower));
                (foundAt ??= []).Add(k);

                // "state Sen. Nina Turner": a state legislator's title, not the state's senator.
                if (k > 0 && tokens[k - 1].Value is "state" && sentenceOfToken[k - 1] == sentence)
                {
                    (context ??= []).Add("state");
                }
            }
            else if (!char.IsUpper(tokens[k].Value[0]))
            {
                break;
            }
            else if (lower is not ("the" or "a" or "an" or "but" or "and" or "former"))
            {
                // "ASSOCIATED PRESSOhio Gov. John Kasich": a caption's credit run into the word after it is not that word.
                (context ??= []).Add(AfterGluedCredit(tokens[k].Value).ToLowerInvariant());
            }
        }

        // Where the words before the name begin: "former" written there makes a role after it a former holder's.
        var runStart = k >= 0 && sentenceOfToken[k] == sentence ? k : k + 1;
        var beforeName = found?.Count ?? 0;

        // ", the Indiana governor," / ", a Republican strategist,": the role nouns of the apposition, up to its closing comma.
        var j = last + 1;
        if (j + 1 < tokens.Count && tokens[j].Value == "," && sentenceOfToken[j] == sentence && tokens[j + 1].Lower is "the" or "a" or "an"
            && !SubjectAfterOpeningPhrase(tokens, sentenceOfToken, first, j))
        {
            for (k = j + 2; k < Math.Min(tokens.Count, j + 9) && sentenceOfToken[k] == sentence && tokens[k].IsWord; k++)
            {
                var lower = tokens[k].Lower;
                if (lower is "of" or "who" or "and" or "for" or "at" or "in")
                {
                    break;
                }

                if (IsRole(lower))
                {
                    // ", the vice president,": the deputy's role, not the role itself.
                    (found ??= []).Add(k > j + 2 && DeputyWord(tokens[k - 1].Lower) is { } deputy ? deputy + " " + RoleWord(lower) : RoleWord(lower));
                    (foundAt ??= []).Add(k);
                }
                else if (char.IsUpper(tokens[k].Value[0]))
                {
                    (context ??= []).Add(lower);
                }
            }
        }

        if (found is null)
        {
            return;
        }

        if (StateAfterName(text, tokens[last].Span.End) is { } state)
        {
            (context ??= []).AddRange(state.Split(' '));
        }

        var joined = context is null ? " " : " " + string.Join(' ', context) + " ";
        for (var r = 0; r < found.Count; r++)
        {
            var former = FormerWritten(tokens, r < beforeName ? runStart : j + 2, foundAt![r]);
            roles.Add((position, fullName, found[r], former ? joined + FormerMark + " " : joined));
        }

        static bool IsRole(string lower) => (Lexicon.PersonNouns.Contains(lower) || Lexicon.Titles.Contains(lower) && lower.Length > 3 && lower is not ("former" or "state" or "foreign" or "first" or "prime"))
                                            && !AffiliationWords.Contains(lower);
    }

    /// <summary>
    /// Whether the comma at <paramref name="comma"/> after a name closes a phrase opening the sentence with a preposition, the name its
    /// object, and what follows is the sentence's subject, not an apposition: "In an interview with Ann Roe, the candidate stated",
    /// "Like Ann Roe, the senator opposes". A real apposition there closes with a second comma within a few words ("After Ann Roe, the
    /// mayor, spoke ..."); without one, the words after the comma run on into the clause's verb (branch names49).
    /// </summary>
    private static bool SubjectAfterOpeningPhrase(List<Token> tokens, int[] sentenceOfToken, int first, int comma)
    {
        var sentence = sentenceOfToken[first];
        var start = first;
        while (start > 0 && sentenceOfToken[start - 1] == sentence)
        {
            start--;
        }

        if (start == first || !OpeningPrepositions.Contains(tokens[start].Lower))
        {
            return false;
        }

        for (var k = start + 1; k < first; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }
        }

        for (var k = comma + 2; k < Math.Min(tokens.Count, comma + 10) && sentenceOfToken[k] == sentence; k++)
        {
            if (tokens[k].Value == ",")
            {
                return false;
            }

            if (!tokens[k].IsWord)
            {
                break;
            }
        }

        return true;
    }

    /// <summary>Prepositions that open a sentence with a phrase before its subject ("In an interview with ..., the senator said").</summary>
    internal static readonly FrozenSet<string> OpeningPrepositions = new[]
    {
        "in", "on", "at", "during", "with", "after", "before", "from", "by", "through", "for", "to", "about", "over", "under", "like", "unlike",
        "despite", "since", "among", "against", "beyond", "besides", "following",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The word a photo credit is run into, as captions lose the break between them: "PRESSOhio" → "Ohio" (upper-case letters, two or more,
    /// before it), "ImagesRepublican" → "Republican" (a capitalised word of four letters or more before it); else the word itself
    /// ("McCain", "DeSantis", "LaHood" keep their short prefix).
    /// </summary>
    internal static string AfterGluedCredit(string word)
    {
        for (var i = word.Length - 2; i >= 2; i--)
        {
            if (!char.IsUpper(word[i]) || !char.IsLower(word[i + 1]) || !word[(i + 1)..].All(char.IsLower))
            {
                continue;
            }

            var prefix = word[..i];
            var credit = prefix.All(char.IsUpper) || prefix.Length >= 4 && char.IsUpper(prefix[0]) && prefix[1..].All(char.IsLower);
            return credit ? word[i..] : word;
        }

        return word;
    }

    /// <summary>
    /// The state written right after a name, lower case: a party-state tag in parentheses or after a comma ("(I-Vt.)" → "vermont", ", R-Iowa"
    /// → "iowa", "(D-N.Y.)" → "new york") or "of" and a state's name ("of Vermont", ", Republican of Iowa"); null when none.
    /// </summary>
    internal static string? StateAfterName(string text, int end)
    {
        var after = text.AsSpan(end, Math.Min(40, text.Length - end)).ToString();
        var tag = PartyStateTag().Match(after);
        if (tag.Success)
        {
            var abbreviation = tag.Groups[1].Value.TrimEnd('.').ToLowerInvariant();
            return StateAbbreviations.TryGetValue(abbreviation, out var state) ? state : abbreviation;
        }

        var of = OfState().Match(after);
        return of.Success && StateAbbreviations.Values.Contains(of.Groups[1].Value.ToLowerInvariant()) ? of.Groups[1].Value.ToLowerInvariant() : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s?(?:\(|,\s)[DRI]-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)(?=[),;:]|\s|$)", System.Text.RegularExpressions.RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex PartyStateTag();

    [System.Text.RegularExpressions.GeneratedRegex(@"^,?\s(?:(?:Democrat|Republican|[Ii]ndependent)\s)?(?:of|from)\s([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b(?! [A-Z])", System.Text.RegularExpressions.RegexOptions.None, PatternTimeout.Milliseconds)]
    private static partial System.Text.RegularExpressions.Regex OfState();

    /// <summary>The US states, by their AP abbreviations and postal codes as written in party-state tags, lower case, to their names.</summary>
    private static readonly FrozenDictionary<string, string> StateAbbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["ala"] = "alabama", ["al"] = "alabama", ["alaska"] = "alaska", ["ak"] = "alaska", ["ariz"] = "arizona", ["az"] = "arizona",
        ["ark"] = "arkansas", ["ar"] = "arkansas", ["calif"] = "california", ["ca"] = "california", ["colo"] = "colorado", ["co"] = "colorado",
        ["conn"] = "connecticut", ["ct"] = "connecticut", ["del"] = "delaware", ["de"] = "delaware", ["fla"] = "florida", ["fl"] = "florida",
        ["ga"] = "georgia", ["hawaii"] = "hawaii", ["hi"] = "hawaii", ["idaho"] = "idaho", ["id"] = "idaho", ["ill"] = "illinois", ["il"] = "illinois",
        ["ind"] = "indiana", ["in"] = "indiana", ["iowa"] = "iowa", ["ia"] = "iowa", ["kan"] = "kansas", ["kans"] = "kansas", ["ks"] = "kansas",
        ["ky"] = "kentucky", ["la"] = "louisiana", ["maine"] = "maine", ["me"] = "maine", ["md"] = "maryland", ["mass"] = "massachusetts",
        ["ma"] = "massachusetts", ["mich"] = "michigan", ["mi"] = "michigan", ["minn"] = "minnesota", ["mn"] = "minnesota",
        ["miss"] = "mississippi", ["ms"] = "mississippi", ["mo"] = "missouri", ["mont"] = "montana", ["mt"] = "montana", ["neb"] = "nebraska",
        ["ne"] = "nebraska", ["nev"] = "nevada", ["nv"] = "nevada", ["n.h"] = "new hampshire", ["nh"] = "new hampshire", ["n.j"] = "new jersey",
        ["nj"] = "new jersey", ["n.m"] = "new mexico", ["nm"] = "new mexico", ["n.y"] = "new york", ["ny"] = "new york", ["n.c"] = "north carolina",
        ["nc"] = "north carolina", ["n.d"] = "north dakota", ["nd"] = "north dakota", ["ohio"] = "ohio", ["oh"] = "ohio", ["okla"] = "oklahoma",
        ["ok"] = "oklahoma", ["ore"] = "oregon", ["or"] = "oregon", ["pa"] = "pennsylvania", ["r.i"] = "rhode island", ["ri"] = "rhode island",
        ["s.c"] = "south carolina", ["sc"] = "south carolina", ["s.d"] = "south dakota", ["sd"] = "south dakota", ["tenn"] = "tennessee",
        ["tn"] = "tennessee", ["texas"] = "texas", ["tex"] = "texas", ["tx"] = "texas", ["utah"] = "utah", ["ut"] = "utah", ["vt"] = "vermont",
        ["va"] = "virginia", ["wash"] = "washington", ["wa"] = "washington", ["w.va"] = "west virginia", ["wv"] = "west virginia",
        ["wis"] = "wisconsin", ["wi"] = "wisconsin", ["wyo"] = "wyoming", ["wy"] = "wyoming",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Whether <paramref name="lower"/> is the name of a US state, lower case ("north carolina").</summary>
    internal static bool IsStateName(string lower) => StateAbbreviations.Values.Contains(lower);

    /// <summary>
    /// Whether <paramref name="lower"/> writes a US state as a town's place is written after it, lower case with no final full stop:
    /// its name ("ohio", "new hampshire"), an AP abbreviation of two letters or more that is no English word ("calif", "wis", "n.h"; not
    /// "ill", "miss", "wash", "me", "or", "in"), or the capital's district ("d.c").
    /// </summary>
    internal static bool IsStateAfterATown(string lower) =>
        lower == "d.c" || IsStateName(lower)
        || StateAbbreviations.ContainsKey(lower) && lower.Length >= 3 && lower is not ("ill" or "miss" or "wash" or "mass" or "del" or "ind" or "ore" or "kan" or "neb" or "conn");

    /// <summary>The word that makes a role a deputy's ("vice" president, "lt." governor), written out; null for any other word.</summary>
    internal static string? DeputyWord(string lower) => lower switch
    {
        "vice" or "deputy" or "assistant" or "associate" => lower,
        "lt." or "lt" or "lieutenant" => "lieutenant",
        _ => null,
    };

    /// <summary>A title's role word: abbreviations written out ("gov." → "governor", "sen." → "senator").</summary>
    private static string RoleWord(string lower) => lower switch
    {
        "gov." or "gov" => "governor",
        "sen." or "sen" => "senator",
        "rep." or "rep" => "representative",
        "gen." => "general",
        "justice" => "judge",
        "chairwoman" or "chair" => "chairman",
        "congresswoman" => "congressman",
        _ => lower,
    };

    /// <summary>
    /// The person a description with role head <paramref name="role"/> ("the governor", "The Indiana governor") at <paramref name="position"/>
    /// names: of the people the article gives that role, the one named last before it (<see cref="HolderNamedLast"/>), else the latest
    /// whose role is written before it, else the first after it, with every capitalised modifier of the description
    /// (<paramref name="modifiers"/>, lower case: "indiana") written beside that role; null when none. With <paramref name="former"/> set,
    /// only holders the article writes as former ones ("the former governor") or only the others ("the governor"): FormerRoles.cs.
    /// </summary>
    public string? WithRole(string role, int position, IReadOnlyList<string> modifiers, bool? former = null)
    {
        ArgumentNullException.ThrowIfNull(modifiers);
        var wanted = RoleWord(role.ToLowerInvariant());
        return Find(strict: true) ?? Find(strict: false);

        // Strict: every modifier written beside the role ("The Indiana governor": "Indiana Gov. Mike Pence"). Else any person with the
        // role written with the same party words as the description ("The Democratic nominee" is not "Republican nominee Donald Trump")
        // and, when the description has modifiers, with no other capitalised words beside the role ("The Ohio governor" is not "Indiana Gov. Mike Pence").
        string? Find(bool strict)
        {
            string? after = null, before = null;
            HashSet<string>? holders = null;
            foreach (var (at, fullName, r, context) in Roles())
            {
                if (r != wanted || _places.Contains(fullName) || former is { } past && IsFormerRole(context) != past
                    || (strict
                        ? !modifiers.All(m => Has(context, m))
                        : AffiliationWords.Any(w => Has(context, w) != modifiers.Contains(w)) || modifiers.Count > 0 && WithoutFormerMark(context).Trim().Length > 0))
                {
                    continue;
                }

                (holders ??= new HashSet<string>(StringComparer.Ordinal)).Add(fullName);
                if (at < position)
                {
                    before = fullName;
                }
                else
                {
                    after ??= fullName;
                }
            }

            return HolderNamedLast(holders, position) ?? before ?? after;
        }

        static bool Has(string context, string word) => context.Contains(" " + word + " ", StringComparison.Ordinal);
    }

    /// <summary>
    /// What the article itself says of each person's grammatical gender, as a vote (above zero: "he", below: "she"): an honorific
    /// before a mention ("Mr.", "Mrs.", "Ms.") counts three; a person pronoun outside quotations counts one for the person named
    /// last before it when that is the only person named in its sentence and the one before ("Warren spoke. She said ...").
    /// </summary>
    private static Dictionary<string, int> Genders(List<Token> tokens, int[] sentenceOfToken, bool[] quoted, List<PersonMention> mentions, bool honorifics, WordTable? words = null)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        // With the article's word table (its forms those of the tokens), each form's vote is read once and each token's by its form's
        // number, without reading the token's string (speed94res); the votes' array is the shared pool's, returned at the end.
        var formVotes = words is null ? null : FormVotes(words);
        var formOf = words is null ? default : System.Runtime.InteropServices.CollectionsMarshal.AsSpan(words.FormOf);
        var m = 0;
        int kinSentence = -1, kinVote = 0;
        for (var i = 0; i < tokens.Count && mentions.Count > 0; i++)
        {
            var token = tokens[i];
            while (m < mentions.Count && mentions[m].Span.Start < token.Span.Start)
            {
                m++;
            }

            if (honorifics && m < mentions.Count && mentions[m].Span.Start == token.Span.Start && i > 0)
            {
                var honorific = 3 * HonorificGender(tokens[i - 1].Lower);
                if (honorific != 0)
                {
                    votes[mentions[m].FullName] = votes.GetValueOrDefault(mentions[m].FullName) + honorific;
                }
            }

            var vote = formVotes is null ? PronounVote(token.Lower) : formVotes[formOf[i]];
            if (vote == 0 || quoted[i] || m == 0)
            {
                continue;
            }

            // "her father" (a possessive before a noun of the other gender) brings in another person: the rest of the sentence's pronouns
            // of the noun's gender are his ("She has hit back at claims about her father, saying he had always been a fair
            // leader in his trade": not three votes "he" for the woman named before; branch names91).
            var sentence = sentenceOfToken[i];
            if (sentence == kinSentence && vote == kinVote)
            {
                continue;
            }

            if (i + 1 < tokens.Count && tokens[i].Lower is "his" or "her" && GenderOfNoun(tokens[i + 1].Lower) is var kin && kin == -vote)
            {
                (kinSentence, kinVote) = (sentence, kin);
            }

            // The people named in this sentence and the one before, up to the pronoun: one person only.
            var person = mentions[m - 1].FullName;
            var alone = mentions[m - 1].Sentence >= sentence - 1;
            for (var k = m - 2; alone && k >= 0 && mentions[k].Sentence >= sentence - 1; k--)
            {
                alone = mentions[k].FullName == person;
            }

            if (alone)
            {
                votes[person] = votes.GetValueOrDefault(person) + vote;
            }
        }

        if (formVotes is not null)
        {
            System.Buffers.ArrayPool<sbyte>.Shared.Return(formVotes);
        }

        return votes;
    }

    // A person pronoun's vote for the gender of who it stands for: +1 a man, -1 a woman, 0 no person pronoun.
    private static int PronounVote(string lower) => lower switch
    {
        "he" or "him" or "his" or "himself" => 1,
        "she" or "her" or "hers" or "herself" => -1,
        _ => 0,
    };

    // Each form's PronounVote, in an array of the shared pool (at least words.Count long).
    private static sbyte[] FormVotes(WordTable words)
    {
        var result = System.Buffers.ArrayPool<sbyte>.Shared.Rent(Math.Max(words.Count, 1));
        for (var f = 0; f < words.Count; f++)
        {
            result[f] = (sbyte)PronounVote(words.Lowers[f]);
        }

        return result;
    }

    /// <summary>
    /// Whether a pronoun of a gender (<paramref name="male"/>; null: unknown) may refer to <paramref name="fullName"/>. The person's gender
    /// is the article's own evidence (<see cref="Genders"/>) weighed with the first name's clear majority (<see cref="FirstNameGender"/>, worth
    /// one and a half votes: "she" is not Bernie Sanders, "he" not Hillary Clinton, when the article writes no "Mr."/"Mrs." and no lone
    /// pronoun for them; one lone pronoun does not outweigh the name, an honorific or two pronouns do; nothing outweighs a name that is
    /// surely one sex's, <see cref="SureSex"/>). A person of the other gender is
    /// passed over; the first one passed over for the first name alone is kept in <paramref name="passedOver"/>, and after it only a person
    /// of the pronoun's gender or with a person's name (<see cref="FirstNameGender.IsPersonName(string)"/>) may take the pronoun: the
    /// prior moves a pronoun to another person, not to "Purple Heart".
    /// </summary>
    private bool Agrees(string fullName, bool? male, ref string? passedOver)
    {
        if (male is not { } isMale)
        {
            return true;
        }

        var want = isMale ? 1 : -1;
        var vote = _genderVotes.Value.GetValueOrDefault(fullName);
        var prior = Prior(fullName);
        var gender = SureSex(fullName, prior) is not 0 and var sure ? sure : Math.Sign(2 * vote + 3 * prior);
        if (gender == -want)
        {
            if (Math.Sign(vote) != -want)
            {
                passedOver ??= fullName;
            }

            return false;
        }

        return passedOver is null || gender == want || FirstNameGender.IsPersonName(fullName);
    }

    /// <summary>Whether "he" (<paramref name="male"/>) or "she" may refer to <paramref name="fullName"/> by the article's evidence and the first name.</summary>
    public bool MayBe(string fullName, bool male)
    {
        string? passedOver = null;
        return Agrees(fullName, male, ref passedOver);
    }

    /// <summary>The first name's gender of a person (<see cref="FirstNameGender.Of(string)"/>), looked up once per article.</summary>
    private int Prior(string fullName)
    {
        _priors ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (!_priors.TryGetValue(fullName, out var prior))
        {
            // A name written surname first opens with no given name ("Lu Feng": SurnameFirstNames.cs).
            _priors[fullName] = prior = _surnameFirstNames is not null && _surnameFirstNames.Contains(fullName) ? 0 : FirstNameGender.Of(fullName);
        }

        return prior;
    }

    /// <summary>
    /// The fullest form of each name the article writes, keyed by <see cref="Key"/> of every form: "Loretta Lynch" → "Loretta E. Lynch"
    /// (same first and last word, more of the name between); a surname written after an honorific or beginning with a particle
    /// ("Mr. Guajardo Villarreal", "Van Voorhis") → the longer name ending with it. Surnames map to the first person with that
    /// surname named other than at the start of a sentence (a headline's "Understated Perez" is not a first name), in its fullest form.
    /// Names written after "in" at least half the time are places, never people a pronoun refers to. A form written only inside quotations
    /// ("Alan Mark Grayson" in a letter quoted) is not the article's own naming: it does not replace a form the article writes outside them.
    /// </summary>
    private static Dictionary<string, string> BestForms(
        List<Token> tokens, int[] sentenceOfToken, bool[] quoted, List<(int First, int Last, bool Titled)> sequences, List<string> names,
        List<string?> keys, ref LowerCaseWordSet? lowerWords, out Dictionary<string, string> byLastName, out HashSet<string> places)
    {
        // The working sets are the thread's, cleared for each article (none of them outlives this call): six collections and a list per
        // last word were made for every article (speed92res).
        var scratch = BestFormsScratch.ForThread();
        var (forms, outside, seen, surnameForms, otherForms, placeCount) =
            (scratch.Forms, scratch.Outside, scratch.Seen, scratch.SurnameForms, scratch.OtherForms, scratch.PlaceCount);
        for (var q = 0; q < sequences.Count; q++)
        {
            var (first, last, _) = sequences[q];
            if (last <= first || !LooksLikePersonName(tokens, first, last))
            {
                continue;
            }

            var name = names[q];
            var key = keys[q] = Key(name);
            if (!quoted[first])
            {
                outside.Add(key);
            }

            var previous = PreviousWord(tokens, sentenceOfToken, first);
            var initial = previous < 0;
            if (!seen.TryGetValue(key, out var at))
            {
                seen[key] = forms.Count;
                forms.Add(NameForm.Of(name, key, initial));
            }
            else if (!initial && forms[at].Initial)
            {
                forms[at] = forms[at] with { Initial = false };
            }

            var honorific = previous >= 0 && Honorifics.Contains(tokens[previous].Value);
            (honorific || NameParticles.Contains(tokens[first].Value) ? surnameForms : otherForms).Add(key);
            var (inCount, all) = placeCount.GetValueOrDefault(name);
            placeCount[name] = (inCount + (previous >= 0 && PlacePrepositions.Contains(tokens[previous].Value) ? 1 : 0), all + 1);
        }

        places = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, (inCount, all)) in placeCount)
        {
            if (inCount > 0 && 2 * inCount >= all)
            {
                places.Add(name);
            }
        }

        var fullNames = new Dictionary<string, string>(forms.Count, StringComparer.Ordinal);
        // The forms by the key of their last word, in order of first appearance: the first form of each last word, and each form's next one
        // with the same last word (-1 at the end), in place of a list per last word.
        var (firstByLast, nextByLast) = (scratch.FirstByLast, scratch.NextByLast);
        for (var f = 0; f < forms.Count; f++)
        {
            nextByLast.Add(-1);
            ref var head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(firstByLast, forms[f].LastKey, out var exists);
            if (!exists)
            {
                head = (f, f);
            }
            else
            {
                nextByLast[head.Last] = f;
                head.Last = f;
            }
        }

        for (var f = 0; f < forms.Count; f++)
        {
            var form = forms[f];
            var key = form.Key;
            // "Wasserman Schultz", "Suu Kyi" after "Debbie Wasserman Schultz", "Aung San Suu Kyi": a form whose first word no one is given
            // is a surname of two words, the tail of the longer name.
            var surnameOnly = surnameForms.Contains(key) && !otherForms.Contains(key)
                              || form.First.TrimEnd('.').Length > 1 && !FirstNameGender.IsGivenName(StripPossessive(form.First));
            // "Hawk Sawyer" after "Kathleen Hawk Sawyer": a surname of two words that opens with a given name (EntityIndex.TwoWordSurnames.cs).
            if (!surnameOnly && TwoWordSurnameHolder(forms, firstByLast, nextByLast, f, outside, lowerWords ??= LowerCaseWords(tokens)) is >= 0 and var holder)
            {
                fullNames[key] = forms[holder].Name;
                continue;
            }

            var best = form;
            var bestWords = form.Count;
            // Forms sharing the last word, at most 64 (a page of thousands of "X Smith" must not cost quadratic time).
            var o = firstByLast[form.LastKey].First;
            for (var taken = 0; o >= 0 && taken < 64; o = nextByLast[o], taken++)
            {
                var other = forms[o];
                // "Several Vexo Tech executives" is no longer form of "Vexo Tech": a quantifier opens no name (EntityIndex.SurnameFullForms.cs).
                // As many words are fuller when they write a middle initial out ("Anna Rose Kell" for "Anna R. Kell": EntityIndex.ExpandedMiddleInitials.cs).
                // So are they when they write a clipped given name out ("Kenneth Vale" for "Ken Vale": EntityIndex.WrittenOutGivenNames.cs, branch quirks123).
                if (other.Count < bestWords || other.Count == bestWords && !WritesInitialsOut(best, other) && !WritesGivenNameOut(best, other)
                    || !outside.Contains(other.Key) && outside.Contains(key) || Quantifiers.Contains(other.First))
                {
                    continue;
                }

                var sameEnds = other.SameFirstKey(form) && other.LastKey == form.LastKey || WritesGivenNameOut(form, other);
                // (Compared in place: other.Key ends with " " + key.)
                var tail = surnameOnly && other.Key.Length > key.Length && other.Key.EndsWith(key, StringComparison.Ordinal) && other.Key[^(key.Length + 1)] == ' ';
                if (sameEnds || tail)
                {
                    best = other;
                    bestWords = other.Count;
                }
            }

            fullNames[key] = best.Name;
        }

        // A surname alone is the first person the article names with it by a name that can be a given name ("Betsy Ebeling, 68, Clinton's
        // close friend" opening its sentence, before "Tom Ebeling said"; "Sheldon Adelson", not a headline's "Republican Donor Adelson"):
        // a first word the table of given names holds, or one written other than at the start of a sentence that is no common word of the
        // article ("Barack Obama"; "donor" is written in lower case); a given name the article writes in lower case ("Will", "Young") is no
        // given name there. Then as before: the first named other than at the start of a sentence (a headline's "Understated Perez" is not
        // a first name), then the rest. (The first of these passes adds as it tests: nothing else is added before it ends.)
        byLastName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            var firstWord = StripPossessive(form.First);
            if (firstWord.Length > 1 && !firstWord.EndsWith('.') && !(lowerWords ??= LowerCaseWords(tokens)).Contains(Token.LowerInvariant(firstWord))
                && (FirstNameGender.IsGivenName(firstWord) || !form.Initial && !IsCommonWord(firstWord, lowerWords)) && LendsItsLastWord(form, outside, lowerWords))
            {
                byLastName.TryAdd(form.LastKey, fullNames[form.Key]);
            }
        }

        for (var initial = 0; initial <= 1; initial++)
        {
            foreach (var form in forms)
            {
                if (form.Initial == (initial == 1) && LendsItsLastWord(form, outside, lowerWords ??= LowerCaseWords(tokens)))
                {
                    byLastName.TryAdd(form.LastKey, fullNames[form.Key]);
                }
            }
        }

        // "Melba Acosta Febo ... Ms. Acosta said", "Harry Hurt III ... Mr. Hurt": the first of two surnames (Spanish usage), a surname before
        // a suffix, or a middle name no one else has as a surname names the person of the long name; the last words of names come first.
        // Not "“The Rachel Maddow Show”": a name written only inside quotation marks (a title), nor one whose last word the article writes in
        // lower case ("the show").
        foreach (var form in forms)
        {
            if (!(form.Count >= 3 && fullNames[form.Key] == form.Name && outside.Contains(form.Key) && FirstNameGender.IsGivenName(form.First)))
            {
                continue;
            }

            var middle = form.Word(form.Count - 2);
            if (middle.Length > 2 && char.IsUpper(middle[0]) && !middle.EndsWith('.') && !FirstNameGender.IsGivenName(middle)
                && !(lowerWords ??= LowerCaseWords(tokens)).Contains(form.LastKey))
            {
                byLastName.TryAdd(Key(middle), form.Name);
            }
        }

        return fullNames;
    }

    /// <summary>The working collections of <see cref="BestForms"/>, one set per thread, cleared when taken.</summary>
    private sealed class BestFormsScratch
    {
        [ThreadStatic]
        private static BestFormsScratch? t_scratch;

        public readonly List<NameForm> Forms = [];
        public readonly HashSet<string> Outside = new(StringComparer.Ordinal);
        public readonly Dictionary<string, int> Seen = new(StringComparer.Ordinal);
        public readonly HashSet<string> SurnameForms = new(StringComparer.Ordinal);
        public readonly HashSet<string> OtherForms = new(StringComparer.Ordinal);
        public readonly Dictionary<string, (int In, int All)> PlaceCount = new(StringComparer.Ordinal);
        public readonly Dictionary<string, (int First, int Last)> FirstByLast = new(StringComparer.Ordinal);
        public readonly List<int> NextByLast = [];

        public static BestFormsScratch ForThread()
        {
            var scratch = t_scratch ??= new BestFormsScratch();
            scratch.Forms.Clear();
            scratch.Outside.Clear();
            scratch.Seen.Clear();
            scratch.SurnameForms.Clear();
            scratch.OtherForms.Clear();
            scratch.PlaceCount.Clear();
            scratch.FirstByLast.Clear();
            scratch.NextByLast.Clear();
            return scratch;
        }
    }

    /// <summary>
    /// A form of a name of two or more words as the article writes it, with its first word, its number of words (the name's words are
    /// parted by single spaces, as <c>Split(' ')</c> parts them) and the keys compared (<see cref="Key"/>), each made once. The key of the
    /// first and of the last word are read out of the name's key: <see cref="Key"/> maps character for character, so a word's key is the
    /// name's key at the word's place (speed123: the words split out and their keys made again were a fifth of <see cref="BestForms"/>).
    /// </summary>
    private readonly record struct NameForm(string Name, string First, int Count, bool Initial, string Key, int FirstLength, string LastKey)
    {
        public static NameForm Of(string name, string key, bool initial)
        {
            var (firstSpace, lastSpace) = (name.IndexOf(' '), name.LastIndexOf(' '));
            return firstSpace < 0
                ? new NameForm(name, name, 1, initial, key, key.Length, key)
                : new NameForm(name, name[..firstSpace], name.AsSpan().Count(' ') + 1, initial, key, firstSpace, key[(lastSpace + 1)..]);
        }

        /// <summary>Word <paramref name="w"/> of the name (split out when asked: only the rare tests of a middle word ask).</summary>
        public string Word(int w) => Name.Split(' ')[w];

        /// <summary>Whether the two forms' first words have the same key.</summary>
        public bool SameFirstKey(NameForm other) => Key.AsSpan(0, FirstLength).SequenceEqual(other.Key.AsSpan(0, other.FirstLength));
    }

    /// <summary>A name compared without case and with either apostrophe ("O'Neill", "O’Neill").</summary>
    /// <remarks>Lowered by <see cref="Token.LowerInvariant"/>: the same string as <see cref="string.ToLowerInvariant"/>, without a copy for a key already in lower case.</remarks>
    private static string Key(string name) => Token.LowerInvariant(name.Replace('’', '\''));

    /// <summary>The <see cref="Key"/> of a one-word name, its possessive ending stripped: the token's own lower case when it has no apostrophe.</summary>
    private static string WordKey(Token token) => token.Value.AsSpan().IndexOfAny('’', '\'') >= 0 ? Key(StripPossessive(token.Value)) : token.Lower;

    /// <summary>The word before token <paramref name="index"/> in its sentence, or -1 when it starts the sentence.</summary>
    private static int PreviousWord(List<Token> tokens, int[] sentenceOfToken, int index)
    {
        for (var k = index - 1; k >= 0 && sentenceOfToken[k] == sentenceOfToken[index]; k--)
        {
            if (tokens[k].IsWord)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether token <paramref name="i"/> is "New" opening a proper name in the middle of its sentence ("The New York Times", "in New
    /// Hampshire"): capitalised there, it is the name's first word, not the adjective the word list of sentence openers takes it for.
    /// </summary>
    private static bool NewBeforeName(string text, List<Token> tokens, int[] sentenceOfToken, int i) =>
        tokens[i].Value is "New" && PreviousWord(tokens, sentenceOfToken, i) >= 0
        && NextNameToken(text, tokens, sentenceOfToken, i) is var next && next == i + 1;

    /// <summary>
    /// The next token of a name after token <paramref name="j"/> (a lower-case particle may stand between: "Bill de Blasio"), or <paramref name="j"/>
    /// when the name ends. <paramref name="first"/>, when known, is the name's first token: a name that opens with a given name may end with a title.
    /// </summary>
    private static int NextNameToken(string text, List<Token> tokens, int[] sentenceOfToken, int j, int first = -1)
    {
        // "Zika Virus\nChris Christie": a headline and the name opening the line after it are not one name, though the sentence splitter
        // (cutting at blank lines) leaves them in one sentence.
        bool Joins(int a, int b) => b < tokens.Count && sentenceOfToken[b] == sentenceOfToken[a] && tokens[b].Span.Start - tokens[a].Span.End <= 1
                                    && (tokens[b].Span.Start == tokens[a].Span.End || text[tokens[a].Span.End] is not ('\n' or '\r'));
        if (EndsPossessive(tokens[j].Value))
        {
            return j;
        }

        if (Joins(j, j + 1) && IsNameToken(tokens, j + 1))
        {
            return j + 1;
        }

        // "Thomas “Tuck” Harlow": a quoted nickname joined into one word goes on the name when a name word follows it (QuotedNicknames.cs).
        if (Joins(j, j + 1) && IsJoinedNickname(tokens[j + 1]) && Joins(j + 1, j + 2) && IsNameToken(tokens, j + 2))
        {
            return j + 1;
        }

        // "Rep. Peter T. King", "Amy Pope", "Billie Jean King": a capitalised person noun that is also a title ends a name that opens with a
        // given name when no capitalised word follows it; such a title is a role only before a name ("Majority Leader Ann Roe"). Not after
        // other words ("The Manchurian Candidate", "the Argus Leader": a work's or a paper's name, which the index would make a person).
        if (first >= 0 && Joins(j, j + 1) && IsTitleEndingName(tokens[j + 1]) && !(Joins(j + 1, j + 2) && tokens[j + 2].IsCapitalized)
            && FirstNameGender.IsGivenName(tokens[first].Value))
        {
            return j + 1;
        }

        return Joins(j, j + 1) && Joins(j + 1, j + 2) && NameParticles.Contains(tokens[j + 1].Value) && char.IsLower(tokens[j + 1].Value[0])
               && IsNameToken(tokens, j + 2) ? j + 2 : j;
    }

    /// <summary>
    /// The longest capitalised sequence of the article that begins or ends with <paramref name="name"/> and is written before the name
    /// is written alone ("Patriot Coal ... Patriot" → "Patriot Coal"), or <paramref name="name"/>. News names in full first: a longer
    /// sequence written only after the name stood alone is another thing ("Google ... Google Stadia Founder's Edition", "Vietnam ...
    /// the Vietnam War"; audit 14).
    /// </summary>
    public string ExpandOrganization(string name)
    {
        var key = Key(name);
        if (_expanded?.TryGetValue(key, out var known) != true)
        {
            known = LongestWithEnd(_sequences, key, _ownerWords, _datelinePlace);
            (_expanded ??= new Dictionary<string, string?>(StringComparer.Ordinal))[key] = known;
        }

        return known ?? name;
    }

    /// <summary>
    /// The longest capitalised sequence (the first of equal length) whose first or last one to four words, fewer than all of its
    /// words, are <paramref name="key"/>, among those written before <paramref name="key"/> stood alone as a sequence of its own
    /// (its possessive ending stripped); null when there is none. One scan in text order, stopping where the key stands alone: an
    /// article asks for few organisations, so no table of every sequence's ends is built (it cost 2% of the quote stage). The dateline's
    /// place (<paramref name="dateline"/>, EntityIndex.DatelinePlaces.cs) is no longer form of a name.
    /// </summary>
    private static string? LongestWithEnd(List<string> sequences, string key, Dictionary<int, int>? owners, int dateline)
    {
        string? longest = null;
        for (var q = 0; q < sequences.Count; q++)
        {
            var sequence = sequences[q];
            if (q == dateline && !IsKey(sequence, key))
            {
                continue;
            }

            var words = sequence.AsSpan().Count(' ') + 1;
            int head = -1, tail = sequence.Length;
            for (var n = 1; n < Math.Min(words, 5); n++)
            {
                head = sequence.IndexOf(' ', head + 1);
                tail = sequence.LastIndexOf(' ', tail - 1);
                // "NASA's Goddard Space Flight Center": the owner and its thing, not a name run on (EntityIndex.OwnersThings.cs, branch runon119).
                if ((IsKey(sequence.AsSpan(0, head), key) && !SplitsAtOwner(owners, q, n, words, head: true)
                        || IsKey(sequence.AsSpan(tail + 1), key) && !SplitsAtOwner(owners, q, n, words, head: false))
                    && sequence.Length > (longest?.Length ?? 0))
                {
                    // "Google Stadia ... Google promised": not run on into a product the article writes alone (EntityIndex.ProductsAfterNames.cs, branch runon119).
                    if (IsKey(sequence.AsSpan(0, head), key) && !IsKey(sequence.AsSpan(tail + 1), key) && TailWrittenAlone(sequences, sequence, head))
                    {
                        continue;
                    }

                    longest = sequence;
                }
            }

            if (IsKey(EndsPossessive(sequence) ? sequence.AsSpan(0, sequence.Length - 2) : sequence, key))
            {
                break;
            }
        }

        return longest;
    }

    /// <summary>Whether <paramref name="written"/> has <paramref name="key"/> for its <see cref="Key"/> (code unit by code unit, as Key lowers).</summary>
    private static bool IsKey(ReadOnlySpan<char> written, string key)
    {
        if (written.Length != key.Length)
        {
            return false;
        }

        Span<char> lowered = written.Length <= 128 ? stackalloc char[written.Length] : new char[written.Length];
        written.ToLowerInvariant(lowered);
        for (var i = 0; i < lowered.Length; i++)
        {
            if ((lowered[i] == '’' ? '\'' : lowered[i]) != key[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Resolves a written name ("Ma", "President Trump", "Jack Ma’s") to a person's full name, or null when it does not name a known person.</summary>
    /// <remarks>
    /// Worked out once per written form: the answer reads nothing but the index, which does not change once built, and the resolver asks
    /// it of the same mention many times over (every path that tests whether a mention names a person: <see cref="SpeakerResolver"/>).
    /// </remarks>
    public string? ResolveName(string written)
    {
        _resolvedNames ??= new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!_resolvedNames.TryGetValue(written, out var resolved))
        {
            _resolvedNames[written] = resolved = ResolveWrittenName(written);
        }

        return resolved;
    }

    private string? ResolveWrittenName(string written)
    {
        var raw = written.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var words = raw.Select(StripPossessive).ToList();
        while (words.Count > 1 && (Lexicon.Titles.Contains(words[0]) || IsModifier(words[0])))
        {
            words.RemoveAt(0);
        }

        var name = string.Join(' ', words);
        // "President Obama" as the article's honorifics decided it (TitledSurnames.cs).
        if (_titledSurnames is not null && words.Count == 1 && raw.Length > 1 && HonorificGender(raw[^2].ToLowerInvariant()) == 0 && Lexicon.Titles.Contains(raw[^2])
            && _titledSurnames.TryGetValue(Key(words[0]), out var titled))
        {
            return titled;
        }

        if (_fullNames.TryGetValue(Key(name), out var best))
        {
            // "Mr. Obama" where the surname's form is Michelle Obama's (branch names80): as below.
            return words.Count == 1 && raw.Length > 1 && HonorificGender(raw[0].ToLowerInvariant()) is not 0 and var honorific
                ? _byHonorific is not null && _byHonorific.TryGetValue((Key(words[0]), honorific), out var decided) ? decided : Agreeing(_bySurname ??= BySurname(_fullNames), _genderVotes.Value, Key(words[0]), best, honorific)
                : best;
        }

        if (words.Count > 0 && _byLastName.TryGetValue(Key(words[^1]), out var full) && (words.Count == 1 || Key(full).EndsWith(" " + Key(name), StringComparison.Ordinal)))
        {
            // "Mr. Obama" is the Obama the article's pronouns make a man.
            return words.Count == 1 && raw.Length > 1 && HonorificGender(raw[0].ToLowerInvariant()) is not 0 and var gender
                ? _byHonorific is not null && _byHonorific.TryGetValue((Key(words[^1]), gender), out var named) ? named : Agreeing(_bySurname ??= BySurname(_fullNames), _genderVotes.Value, Key(words[^1]), full, gender)
                : full;
        }

        // "Lu said" after "Chinese trade ministry spokesman Lu Feng" (SurnameFirstNames.cs).
        if (words.Count == 1 && (raw.Length == 1 || raw.Length == 2 && Lexicon.Titles.Contains(raw[0])) && MarkedSurnameFirst(_surnameFirstNames, Key(name)) is { } marked)
        {
            return marked;
        }

        // "Prince Andrew ... Andrew said": a single name the article writes after a person's title (TitledSingleNames), written alone, is
        // that person's.
        if (words.Count == 1 && (raw.Length == 1 || raw.Length == 2 && Lexicon.Titles.Contains(raw[0])) && _titledWords is not null && _titledWords.TryGetValue(Key(name), out var titledName))
        {
            return titledName;
        }

        // "Ana Ruiz’s campaign manager Tom Hale", "Navy Lt. Marco Bruni": the name is the capitalised words at the end.
        var run = raw.Length;
        while (run > 0 && IsNamePart(raw[run - 1]) && (run == raw.Length || !EndsPossessive(raw[run - 1])))
        {
            run--;
        }

        // "Comedian Ann Roe", "Spokeswoman Ann Roe" as a mention: words no one is given, before a name the article writes that opens with a
        // given name, are not part of it.
        var common = 0;
        while (common < Math.Min(3, words.Count - 2) && !FirstNameGender.IsGivenName(words[common]) && words[common].TrimEnd('.').Length > 1)
        {
            common++;
        }

        if (run == 0 && common > 0 && FirstNameGender.IsGivenName(words[common])
            && _fullNames.TryGetValue(Key(string.Join(' ', words.Skip(common))), out var after))
        {
            return after;
        }

        // "Admiral Harris", "Following Sanders" as a mention: a common word before a surname the article gives a person is not part of the name.
        if (run == 0 && words.Count == 2 && _lowerWords is not null && IsCommonWord(words[0], _lowerWords) && _byLastName.TryGetValue(Key(words[1]), out var holder))
        {
            return holder;
        }

        return run > 0 && run < raw.Length && raw.Length - run < words.Count ? ResolveName(string.Join(' ', raw[run..])) : null;
    }

    /// <summary>
    /// The one person of the article whose full name opens with <paramref name="given"/> ("Jane" → "Jane Sanders"), or null when none or
    /// several do.
    /// </summary>
    public string? ByGivenName(string given)
    {
        var key = Key(StripPossessive(given));
        string? found = null;
        foreach (var full in _fullNames.Values.Distinct(StringComparer.Ordinal))
        {
            var space = full.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && Key(full[..space]) == key)
            {
                if (found is not null && found != full)
                {
                    return null;
                }

                found = full;
            }
        }

        return found;
    }

    /// <summary>
    /// The person first named as the subject opening the sentence after <paramref name="sentence"/> ("A top adviser says ... . Ed Brookover
    /// spoke to reporters"), when the article names nobody of that name before <paramref name="position"/>; or null.
    /// </summary>
    public string? NewSubjectOfNextSentence(int position, int sentence) => NewSubjectMentionOfNextSentence(position, sentence)?.FullName;

    /// <summary>The mention <see cref="NewSubjectOfNextSentence"/> names, or null.</summary>
    public PersonMention? NewSubjectMentionOfNextSentence(int position, int sentence)
    {
        foreach (var mention in _mentions)
        {
            if (mention.Sentence > sentence + 1)
            {
                break;
            }

            if (mention.Sentence == sentence + 1 && mention.Span.Start > position)
            {
                return mention.IsSubject && !_mentions.Any(m => m.Span.Start < position && m.FullName == mention.FullName) ? mention : null;
            }
        }

        return null;
    }

    /// <summary>A word written before a name that is not part of it: a party label ("Democrat"), a title abbreviation ("Capt.", "Lt."), "Texas-based".</summary>
    private static bool IsModifier(string word) =>
        AffiliationWords.Contains(word) || word.ToLowerInvariant() is "the" or "a" or "an" || IsAbbreviation(word) || HyphenThenLower(word);

    private static bool IsAbbreviation(string word) => word.Length > 2 && word.EndsWith('.') && char.IsUpper(word[0]) && word.Count(c => c == '.') == 1;

    private static bool HyphenThenLower(string word)
    {
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
    }

    private static bool IsNamePart(string word) =>
        word.Length > 0 && char.IsUpper(word[0]) && !Lexicon.Titles.Contains(word) && !IsModifier(StripPossessive(word));

    /// <summary>The latest subject of the last sentences before <paramref name="position"/> (never a place), or null.</summary>
    public string? RecentSubject(int position, int sentence)
    {
        var last = LastMentionBefore(position);
        for (var i = last; i >= Math.Max(0, last - 50) && _mentions[i].Sentence >= sentence - 2; i--)
        {
            if ((_mentions[i].IsSubject || _mentions[i].SubjectAfterRole) && !_places.Contains(_mentions[i].FullName))
            {
                return _mentions[i].FullName;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the article gives <paramref name="fullName"/> the role <paramref name="role"/> anywhere ("Gov. Ann Roe" for "governor"); with
    /// <paramref name="former"/> set, as a former holder's role or as a present one (FormerRoles.cs).
    /// </summary>
    public bool HasRole(string fullName, string role, bool? former = null)
    {
        var wanted = RoleWord(role.ToLowerInvariant());
        return Roles().Exists(r => r.Role == wanted && r.FullName == fullName && (former is not { } past || IsFormerRole(r.Context) == past));
    }

    /// <summary>The sentence of the latest mention of <paramref name="fullName"/> before <paramref name="position"/>, or null.</summary>
    public int? LastSentenceNamed(string fullName, int position)
    {
        for (var i = LastMentionBefore(position); i >= 0; i--)
        {
            if (_mentions[i].FullName == fullName)
            {
                return _mentions[i].Sentence;
            }
        }

        return null;
    }

    /// <summary>The person a pronoun at <paramref name="position"/> most likely refers to: the latest subject in the last sentences, else the latest person named.</summary>
    public string? ResolvePronoun(int position, int sentence) => ResolvePronoun(position, sentence, null);

    /// <summary>
    /// As <see cref="ResolvePronoun(int, int)"/>, for a pronoun of a gender (<paramref name="male"/>; null: unknown): a person the
    /// article shows to be of the other gender ("he" after "Mrs. Clinton", "she" after "Mr. Sanders said ... his") is passed over.
    /// </summary>
    public string? ResolvePronoun(int position, int sentence, bool? male) => ResolvePronoun(position, sentence, male, null);

    /// <summary>
    /// As <see cref="ResolvePronoun(int, int, bool?)"/>, passing over the names <paramref name="organisation"/> says the article names
    /// as an organisation's ("Harbour Strategies, a consulting firm": SpeakerResolver.OrganisationNotAPronoun.cs), as it passes over a
    /// place (branch names106).
    /// </summary>
    public string? ResolvePronoun(int position, int sentence, bool? male, Func<string, bool>? organisation)
    {
        var last = LastMentionBefore(position);
        if (last < 0)
        {
            return ApposedGivenNameBetween(-1, position, int.MinValue, sentence - 1, male);
        }

        // A given name apposed to a person noun ("his first wife, Ivana,", "Her father, Brad, 39, worried"; not indexed as a mention) takes
        // the pronoun where a mention at its place would (branch names90): as a subject, over an earlier subject; as the latest person
        // named, over an earlier one, when the last sentences name no subject of the pronoun's gender; but not as an object further back
        // than the sentence before ("An elder brother, Nils, had moved away" three sentences before a "he" that the article's own single
        // given names, "Peter", "Jonas", which the index leaves out, stand between).
        // Look back over a bounded number of mentions: a pathological page must not cost quadratic time.
        string? passedOver = null;
        for (var i = last; i >= Math.Max(0, last - 50) && _mentions[i].Sentence >= sentence - 2; i--)
        {
            if ((_mentions[i].IsSubject || _mentions[i].SubjectAfterRole || _mentions[i].ReportSubject) && !_places.Contains(_mentions[i].FullName) && !CommonWordsName(_mentions[i].FullName, male)
                && organisation?.Invoke(_mentions[i].FullName) != true && !NoPronounReferent(i, male) && Agrees(_mentions[i].FullName, male, ref passedOver))
            {
                return ApposedGivenNameBetween(_mentions[i].Span.Start, position, sentence - 2, int.MaxValue, male) ?? _mentions[i].FullName;
            }
        }

        if (ApposedGivenNameBetween(-1, position, sentence - 2, int.MaxValue, male) is { } apposedSubject)
        {
            return apposedSubject;
        }

        // The latest person named, never a place ("he said in West Virginia"); a noun's modifier ("the Bear Stearns trading floor":
        // EntityIndex.NounModifiers.cs) only when no other person is named before it.
        var modifier = -1;
        for (var i = last; i >= Math.Max(0, last - 50); i--)
        {
            if (male is not null && IsNounModifier(i))
            {
                modifier = modifier < 0 ? i : modifier;
                continue;
            }

            if (!_places.Contains(_mentions[i].FullName) && !CommonWordsName(_mentions[i].FullName, male) && organisation?.Invoke(_mentions[i].FullName) != true
                && !NoPronounReferent(i, male) && Agrees(_mentions[i].FullName, male, ref passedOver))
            {
                return ApposedGivenNameBetween(_mentions[i].Span.Start, position, int.MinValue, sentence - 1, male) ?? _mentions[i].FullName;
            }
        }

        if (modifier >= 0 && !_places.Contains(_mentions[modifier].FullName) && !CommonWordsName(_mentions[modifier].FullName, male)
            && organisation?.Invoke(_mentions[modifier].FullName) != true && !NoPronounReferent(modifier, male)
            && Agrees(_mentions[modifier].FullName, male, ref passedOver))
        {
            return ApposedGivenNameBetween(_mentions[modifier].Span.Start, position, int.MinValue, sentence - 1, male) ?? _mentions[modifier].FullName;
        }

        // No one else: the person passed over for the first name alone, as the article's evidence would have it.
        return ApposedGivenNameBetween(_mentions[Math.Max(0, last - 50)].Span.Start - 1, position, int.MinValue, sentence - 1, male) ?? passedOver;
    }

    /// <summary>
    /// Whether "he" or "she" (<paramref name="male"/> not null) cannot refer to <paramref name="fullName"/>: a name of two words or more
    /// whose first word is a common word of the article (written in lower case there, or a person or group noun) and no given name ("Big
    /// Machine", "Health Sciences", "Human Landing System"): the name of a company, a body or a programme, not a person's.
    /// </summary>
    private bool CommonWordsName(string fullName, bool? male)
    {
        if (male is null || _lowerWords is null)
        {
            return false;
        }

        var space = fullName.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && IsCommonWord(fullName[..space], _lowerWords);
    }

    /// <summary>The most salient person before <paramref name="position"/>: most mentions, subjects counting double; ties go to the latest.</summary>
    public string? MostSalientBefore(int position)
    {
        var last = LastMentionBefore(position);
        return last < 0 ? null : (_mostSalientAfter ??= Salience(_mentions, _places))[last];
    }

    /// <summary>The last person mention starting before <paramref name="position"/>, or null.</summary>
    public PersonMention? MentionBefore(int position) => LastMentionBefore(position) is var i && i >= 0 ? _mentions[i] : null;

    /// <summary>The first person mention starting at or after <paramref name="position"/>, or null.</summary>
    public PersonMention? MentionFrom(int position) => LastMentionBefore(position) + 1 is var i && i < _mentions.Count ? _mentions[i] : null;

    /// <summary>Whether <paramref name="name"/> is the full name of a person mention of the article (outside quotations), not a place.</summary>
    public bool IsPersonFullName(string name) => !_places.Contains(name) && _mentions.Any(m => m.FullName == name) && FirstNameGender.IsPersonName(name);

    /// <summary>Whether the article writes <paramref name="name"/> after "in" (or another place preposition) at least half the times it writes it.</summary>
    public bool IsPlace(string name) => _places.Contains(name);

    /// <summary>Whether <paramref name="word"/> is a party or affiliation word ("Democratic", "GOP").</summary>
    public static bool IsAffiliation(string word) => AffiliationWords.Contains(word);

    private int LastMentionBefore(int position)
    {
        int lo = 0, hi = _mentions.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (_mentions[mid].Span.Start < position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>For each mention, the most salient person counting it and every mention before it (one pass: only the mentioned person's score changes).</summary>
    private static string?[] Salience(List<PersonMention> mentions, HashSet<string> places)
    {
        var result = new string?[mentions.Count];
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        string? best = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var name = mentions[i].FullName;
            if (places.Contains(name))
            {
                result[i] = best;
                continue;
            }

            scores[name] = scores.GetValueOrDefault(name) + (mentions[i].IsSubject ? 2 : 1);
            if (best is null || scores[name] >= scores[best])
            {
                best = name;
            }

            result[i] = best;
        }

        return result;
    }

    // As word.EndsWith("’s") || word.EndsWith("'s") (ordinal), by its last two characters (asked of nearly every token and form).
    public static bool EndsPossessive(string word) => word.Length >= 2 && word[^1] == 's' && word[^2] is '’' or '\'';

    public static string StripPossessive(string word) => EndsPossessive(word) ? word[..^2] : word;

    public static bool ContainsOrganizationWord(List<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            // "Bill Clinton", "Bill de Blasio", "Justice Scalia": a lexicon word that is also a first name or a title opens a person's name
            // ("Justice Department" is still an organisation by its other word).
            if (k == first && last > first && tokens[k].Lower is "bill" or "justice")
            {
                continue;
            }

            // "Kristen Day", "Steven Law": an organisation word that is a common surname ends a person's name of two words after a given
            // name (EntityIndex.SurnameOrganisationWords.cs).
            if (k == last && IsSurnameAfterGivenName(tokens, first, last))
            {
                continue;
            }

            if (Lexicon.OrganizationWords.Contains(StripPossessive(tokens[k].Value)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A capitalised title that is a person noun too ("King", "Pope", "Leader"; not "Sen.", "Former", "Vice"), which can end a name.</summary>
    private static bool IsTitleEndingName(Token t) =>
        t.IsCapitalized && Lexicon.Titles.Contains(t.Value) && Lexicon.PersonNouns.Contains(t.Value) && !t.Value.Contains('.', StringComparison.Ordinal);

    // IsNameToken of every token of one form, worked out once in nameForms: it reads the token's value alone (a word is capitalised when
    // its value opens with an upper-case letter: the tokenizer opens a word at a letter or digit, and a mark is neither).
    // Inlined into Build's pass over the tokens (it was a call per token): the form's byte is read in place and the answer worked out by
    // NameFormAnswer the first time only (speed94res).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool IsNameForm(WordTable words, int form, byte[] nameForms)
    {
        var known = nameForms[form];
        if (known == 0)
        {
            known = nameForms[form] = NameFormAnswer(words.Values[form]);
        }

        return (known & 2) != 0;
    }

    private static byte NameFormAnswer(string value) => (byte)(1 | (value.Length > 0 && char.IsUpper(value[0]) && IsNameValue(value) ? 2 : 0));

    private static bool IsNameToken(List<Token> tokens, int i)
    {
        var t = tokens[i];
        return t.IsCapitalized && (IsNameValue(t.Value) || Lexicon.NotNames.Contains(t.Value) && Lexicon.InsideName(tokens, i));
    }

    // IsNameToken past its test that the word is capitalised.
    private static bool IsNameValue(string value)
    {
        if (Lexicon.NotNames.Contains(value) || Lexicon.Titles.Contains(value) || AffiliationWords.Contains(value) || HyphenThenLower(value) || IsAbbreviation(value))
        {
            return false;
        }

        // All-capital words of three or more letters are acronyms or shouting, not personal names.
        return !(value.Length > 3 && AllCapitals(value));
    }

    private static bool AllCapitals(string word)
    {
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The last words of places' names ("Capitol Hill", "Trump Tower", "Guantanamo Bay").</summary>
    private static readonly FrozenSet<string> PlaceHeads = new[]
    {
        "hill", "tower", "towers", "arena", "stadium", "bay", "shoal", "beach", "island", "islands", "avenue", "square", "park", "airport",
        "plaza", "bridge", "valley", "mountain", "mountains", "river", "lake", "harbor", "harbour", "canyon", "heights", "springs", "falls",
        "township", "district", "coast", "gulf", "memorial", "boulevard", "road", "hall", "palace", "cathedral", "church", "mosque", "temple",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The first words of places' names ("Fort Pierce", "San Diego", "Los Angeles").</summary>
    private static readonly FrozenSet<string> PlaceOpenings = new[]
    {
        "fort", "mount", "port", "lake", "san", "santa", "los", "las", "saint", "st.", "cape", "point",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a capitalised sequence names a place by its words: a place's opening word ("Fort Pierce", "San Diego"), or a place's last
    /// word ("Capitol Hill", "Trump Tower") after a first word no one is given (not "Anita Hill", "Michael Bay").
    /// </summary>
    private static bool IsPlaceName(List<Token> tokens, int first, int last) =>
        last > first && (PlaceOpenings.Contains(tokens[first].Value)
                         || PlaceHeads.Contains(StripPossessive(tokens[last].Value)) && !FirstNameGender.IsGivenName(tokens[first].Value));

    private static bool LooksLikePersonName(List<Token> tokens, int first, int last)
    {
        // "New Hampshire", "New York Times": no one's given name is "New" (NewBeforeName opens such sequences).
        if (last - first > 3 || tokens[first].Value is "New" || ContainsOrganizationWord(tokens, first, last) || IsPlaceName(tokens, first, last))
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            var v = StripPossessive(tokens[k].Value);
            // "US-China", "U.S.", "4th" are not parts of personal names; an initial ("J.") and a hyphenated name ("Holtz-Eakin") are.
            if (v.Contains('-', StringComparison.Ordinal) && v.Length > 1 && char.IsUpper(v[v.IndexOf('-', StringComparison.Ordinal) + 1])
                && !v.Split('-').All(part => part.Length > 1 && char.IsUpper(part[0]) && part.Skip(1).All(char.IsLower)) || HasDigit(v)
                || v.Contains('.', StringComparison.Ordinal) && v.Length > 2)
            {
                return false;
            }
        }

        return true;

        // As v.Any(char.IsDigit), without an enumerator made for every word of every name.
        static bool HasDigit(string v)
        {
            foreach (var c in v)
            {
                if (char.IsDigit(c))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Cue verbs after which the speaker's name is the sentence's subject, inverted ("“...,” said Grant Green").</summary>
    private static readonly FrozenSet<string> InvertingCues = new[]
    {
        "said", "says", "added", "adds", "asked", "wrote", "writes", "explained", "recalled", "continued", "noted", "argued", "insisted", "warned",
        "replied", "tweeted", "according",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsSentenceSubjectPosition(List<Token> tokens, int[] sentenceOfToken, int index, int last, out bool afterRole)
    {
        afterRole = false;
        // "“...,” said Grant Green", "..., according to Grant Green": the speaker named after the cue is the subject, inverted.
        var cue = index >= 1 && tokens[index - 1].Lower == "to" ? index - 2 : index - 1;
        if (cue >= 1 && sentenceOfToken[cue - 1] == sentenceOfToken[index] && tokens[cue].IsWord && InvertingCues.Contains(tokens[cue].Lower)
            && (cue == index - 1) != (tokens[cue].Lower == "according") && tokens[cue - 1].Value is "," or "”" or "\"")
        {
            return true;
        }

        // The first name of a sentence is its subject when only an opening phrase closed by a comma comes before it.
        var k = index - 1;
        var role = false;
        while (k >= 0 && sentenceOfToken[k] == sentenceOfToken[index])
        {
            if (tokens[k].Value == ",")
            {
                // "attacks from the leading candidate, Ann Roe, and": a name in apposition to a preposition's object is no subject (branch names84).
                return !AppositionToPrepositionalObject(tokens, sentenceOfToken, k, index, last);
            }

            // Titles and capitalised modifiers before the name ("Speaker Paul Ryan", "Indiana Gov. Mike Pence") are part of the subject, and
            // so is the "of" of a capitalised title ("Secretary of State Ann Roe said", "Minister of Finance Tom Hale": branch names116).
            if (tokens[k].IsWord && !Lexicon.Determiners.Contains(tokens[k].Value) && !EndsPossessive(tokens[k].Value)
                && !Lexicon.Titles.Contains(tokens[k].Value) && !tokens[k].IsCapitalized && !OfInACapitalisedTitle(tokens, sentenceOfToken, k))
            {
                // So are a lower-case role noun, the first lower-case word before the name or one after a lower-case title, and the nouns of
                // its phrase before it: "Green counsel Ben Vale asked", "City Hall press secretary Nora Pike", "Last week Port
                // Authority official Tom Hale revealed" (not "Critics hired lawyer Ann Roe": a verb before the role). Such a subject is
                // marked apart (afterRole): a subject for pronouns and descriptions only.
                var lower = tokens[k].Lower;
                if (!role && IsSubjectRoleNoun(lower))
                {
                    role = afterRole = true;
                }
                else if (role && (Lexicon.PersonNouns.Contains(lower) || Lexicon.OrganizationNouns.Contains(lower) || TimeWords.Contains(lower)))
                {
                    afterRole = true;
                }
                else
                {
                    afterRole = false;
                    return false;
                }
            }
            else if (tokens[k].IsWord && !tokens[k].IsCapitalized && Lexicon.Titles.Contains(tokens[k].Value))
            {
                role = true;
            }
            else if (CapitalisedRoleOfOrganisation(tokens, sentenceOfToken, k))
            {
                // "Lee campaign Chairman Tom Hale": a capitalised role after an organisation's noun is the role (EntityIndex.OrganisationRoles.cs).
                role = true;
            }

            k--;
        }

        return true;
    }

    /// <summary>
    /// Whether token <paramref name="k"/> is the "of" of a capitalised title before a name: a capitalised title word before it ("Secretary",
    /// "Minister": <see cref="Lexicon.Titles"/>) and a capitalised word after it, in its sentence ("Secretary of State Ann Roe"; not "the
    /// secretary of state", nor "Friends of Ann Roe").
    /// </summary>
    private static bool OfInACapitalisedTitle(List<Token> tokens, int[] sentenceOfToken, int k) =>
        tokens[k].Lower == "of" && k >= 1 && k + 1 < tokens.Count && sentenceOfToken[k - 1] == sentenceOfToken[k] && sentenceOfToken[k + 1] == sentenceOfToken[k]
        && tokens[k - 1].IsCapitalized && Lexicon.Titles.Contains(tokens[k - 1].Lower) && tokens[k + 1].IsCapitalized;

    /// <summary>Prepositions whose object a role noun phrase can be ("attacks from the leading candidate, Ann Roe,").</summary>
    private static readonly FrozenSet<string> ObjectPrepositions = new[]
    {
        "from", "by", "with", "against", "of", "to", "for", "about", "at", "on", "over", "toward", "towards", "among", "between", "under",
        "like", "than", "behind", "into", "without", "including", "alongside", "via",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the name ending at token <paramref name="last"/>, after the comma at <paramref name="comma"/>, is an apposition to a
    /// prepositional object: the comma follows a role noun that a preposition opens with its determiner and modifiers ("attacks from the
    /// leading Republican candidate, Ann Roe, and", "to her lawyer, Ann Roe."), and a comma or the sentence's end closes the name. Such a
    /// name is no subject. Not "In a letter to the governor, Ann Roe said" (a verb after the name), "The candidate for president, Ann
    /// Roe, ..." (no determiner after the preposition: the role is a noun's complement), "..., ” Ann Roe, ..." (a quotation between).
    /// </summary>
    private static bool AppositionToPrepositionalObject(List<Token> tokens, int[] sentenceOfToken, int comma, int index, int last)
    {
        var closed = last + 1 >= tokens.Count || sentenceOfToken[last + 1] != sentenceOfToken[last] || tokens[last + 1].Value is "," or "." or ";" or ")" or "—";
        if (!closed || comma < 2 || !tokens[comma - 1].IsWord || tokens[comma - 1].IsCapitalized || !IsSubjectRoleNoun(tokens[comma - 1].Lower))
        {
            return false;
        }

        for (var k = comma + 1; k < index; k++)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }
        }

        // Back over the role's modifiers (capitalised words, determiners, possessives, at most three lower-case words) to the preposition.
        var lowerWords = 0;
        for (var k = comma - 2; k >= 0 && sentenceOfToken[k] == sentenceOfToken[comma] && comma - k <= 8; k--)
        {
            if (!tokens[k].IsWord)
            {
                return false;
            }

            if (ObjectPrepositions.Contains(tokens[k].Lower) && !tokens[k].IsCapitalized)
            {
                return k + 1 < comma - 1 && (Lexicon.Determiners.Contains(tokens[k + 1].Lower) || EndsPossessive(tokens[k + 1].Value));
            }

            if (!tokens[k].IsCapitalized && !Lexicon.Determiners.Contains(tokens[k].Lower) && !EndsPossessive(tokens[k].Value) && ++lowerWords > 3)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the name from token <paramref name="first"/> to <paramref name="last"/> is the subject of a closing report clause: a cue verb
    /// right after it ("said", "told", ...), and only titles, capitalised words, determiners and role nouns between it and the comma or
    /// closing quotation mark before it ("Cruz will struggle, Henson said", "“...,” Sen. Ann Roe told reporters").
    /// </summary>
    private static bool BeforeClosingCue(List<Token> tokens, int[] sentenceOfToken, int first, int last)
    {
        if (last + 1 >= tokens.Count || sentenceOfToken[last + 1] != sentenceOfToken[last] || !tokens[last + 1].IsWord || EndsPossessive(tokens[last].Value)
            || !(tokens[last + 1].Lower == "told" || tokens[last + 1].Lower != "according" && InvertingCues.Contains(tokens[last + 1].Lower)))
        {
            return false;
        }

        for (var k = first - 1; k >= 0 && first - k <= 6; k--)
        {
            if (tokens[k].Value is "," or "”" or "\"")
            {
                return true;
            }

            if (!tokens[k].IsWord || !(tokens[k].IsCapitalized || Lexicon.Titles.Contains(tokens[k].Value) || Lexicon.Determiners.Contains(tokens[k].Lower)
                                       || IsSubjectRoleNoun(tokens[k].Lower)))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the name ending at token <paramref name="last"/> is a modifier of a lower-case role noun right after it that a capitalised
    /// word follows in the same sentence ("Arizona| governor Ann Roe", "Clinton| aide Ann Roe"); not a possessive ("Roe's lawyer Ann Lee").
    /// </summary>
    private static bool ModifiesRole(List<Token> tokens, int[] sentenceOfToken, int last) =>
        last + 2 < tokens.Count && !EndsPossessive(tokens[last].Value) && tokens[last + 1].IsWord && !tokens[last + 1].IsCapitalized
        && IsSubjectRoleNoun(tokens[last + 1].Lower) && tokens[last + 2].IsWord && tokens[last + 2].IsCapitalized
        && sentenceOfToken[last + 2] == sentenceOfToken[last];

    /// <summary>Lower-case words of a time phrase opening a sentence before its subject ("Last week", "Earlier this month").</summary>
    private static readonly FrozenSet<string> TimeWords = new[]
    {
        "week", "weekend", "month", "year", "night", "morning", "afternoon", "evening", "this", "last", "next", "earlier", "later",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A lower-case noun of a person's role: the lexicon's person nouns and role words, "counsel", a singular agent noun by its
    /// ending ("defenseman", "pollster", "economist", "historian").</summary>
    private static bool IsSubjectRoleNoun(string lower) =>
        Lexicon.PersonNouns.Contains(lower) || NameRoleWords.Contains(lower) || lower == "counsel" || SpeakerResolver.IsRoleNounByEnding(lower)
        || lower.Length >= 7 && (lower.EndsWith("man", StringComparison.Ordinal) || lower.EndsWith("woman", StringComparison.Ordinal));

    private static string NameText(string text, List<Token> tokens, int first, int last)
    {
        if (first == last)
        {
            return StripPossessive(tokens[first].Value);
        }

        // The words joined by spaces, each without its possessive ending, written straight into the one string (no list of the words).
        var length = last - first;
        for (var k = first; k <= last; k++)
        {
            length += StrippedLength(tokens[k].Value);
        }

        return string.Create(length, (tokens, first, last), static (span, state) =>
        {
            var (tokens, first, last) = state;
            var at = 0;
            for (var k = first; k <= last; k++)
            {
                if (k > first)
                {
                    span[at++] = ' ';
                }

                var value = tokens[k].Value;
                value.AsSpan(0, StrippedLength(value)).CopyTo(span[at..]);
                at += StrippedLength(value);
            }
        });

        static int StrippedLength(string word) => EndsPossessive(word) ? word.Length - 2 : word.Length;
    }
}
