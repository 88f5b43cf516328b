using System.Collections.Frozen;

namespace ClaimExtract.Quotes;

/// <summary>
/// The word lists the quote and speaker stages share: cue verbs, pronouns, and the head nouns that
/// make a description a person, an organisation, a document or a group.
/// </summary>
internal static class Lexicon
{
    /// <summary>Speech and report verbs, every inflection, mapped to their lemma: the hand-made list, then the forms harvested from PolNeAR train (harvested-cues.tsv).</summary>
    public static readonly FrozenDictionary<string, string> CueVerbs = BuildCues();

    /// <summary>Cue verbs that govern their content through a particle ("pointed to", "lashed out at", "asked about"); speech verbs followed by "to" or "about" take an addressee or a topic instead.</summary>
    public static readonly FrozenSet<string> CueParticles = Set("to", "out", "at", "against", "with", "about", "of");

    /// <summary>Lemmas whose following "to", "about" or "on" starts an addressee or an adjunct, never their content.</summary>
    public static readonly FrozenSet<string> NoParticleVerbs = Set("say", "tell", "write", "add", "announce", "note", "tweet", "report", "explain", "state", "declare");

    /// <summary>Verbs whose "to" starts the content as an infinitive ("hopes to win"), not a particle.</summary>
    public static readonly FrozenSet<string> InfinitiveVerbs = Set(
        "want", "plan", "intend", "hope", "seek", "vow", "pledge", "promise", "threaten", "refuse", "decline", "expect", "urge", "agree", "order", "try", "aim");

    /// <summary>Verbs whose first object is the addressee ("told Xinhua that ...").</summary>
    public static readonly FrozenSet<string> AddresseeVerbs = Set("tell", "assure", "inform", "remind", "warn", "promise", "advise", "notify", "convince");

    /// <summary>Verbs that only introduce a quotation or a "that"-clause and never a bare clause.</summary>
    public static readonly FrozenSet<string> ThatOnlyVerbs = Set("tell", "assure", "inform", "remind", "advise", "notify", "convince", "write", "ask", "continue", "add", "report");

    public static readonly FrozenSet<string> PersonPronouns = Set("he", "she", "i", "we", "they", "who");

    public static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those", "one", "another", "several", "two", "three", "some", "many", "other", "senior", "top");

    public static readonly FrozenSet<string> PersonNouns = Set(
        "billionaire", "founder", "co-founder", "president", "vice", "executive", "chief", "ceo", "cfo", "spokesman", "spokeswoman", "spokesperson",
        "official", "senator", "lawmaker", "governor", "candidate", "nominee", "minister", "secretary", "chairman", "chairwoman", "chair",
        "director", "leader", "mogul", "tycoon", "entrepreneur", "businessman", "businesswoman", "mayor", "judge", "attorney", "lawyer",
        "professor", "economist", "analyst", "manager", "actor", "actress", "star", "author", "congressman", "congresswoman", "representative",
        "ambassador", "adviser", "advisor", "aide", "reporter", "commissioner", "chancellor", "king", "queen", "prince", "princess", "pope",
        "coach", "player", "general", "officer", "doctor", "scientist", "researcher", "woman", "man", "source", "expert", "strategist",
        "pollster", "historian", "activist", "investor", "banker", "democrat", "republican", "speaker", "premier", "diplomat", "prosecutor",
        "investigator", "witness", "resident", "owner", "head", "host", "anchor", "columnist", "editor", "publisher", "physician", "nurse",
        "student", "teacher", "father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "friend", "partner", "campaigner",
        "consultant", "operative", "staffer", "surrogate", "incumbent", "challenger", "veteran", "founder", "boss", "magnate", "billionaire");

    public static readonly FrozenSet<string> OrganizationNouns = Set(
        "company", "firm", "government", "administration", "ministry", "department", "agency", "campaign", "committee", "commission",
        "council", "party", "court", "bank", "group", "organization", "organisation", "union", "association", "institute", "university",
        "office", "embassy", "white", "house", "senate", "congress", "parliament", "police", "military", "army", "navy", "network",
        "newspaper", "outlet", "channel", "station", "team", "board", "authority", "regulator", "fund", "foundation", "coalition",
        "movement", "corporation", "retailer", "giant", "maker", "manufacturer", "airline", "bureau", "service", "press", "media", "cabinet",
        "kremlin", "pentagon", "inc", "corp", "co", "ltd", "llc", "plc", "reuters", "xinhua");

    public static readonly FrozenSet<string> DocumentNouns = Set(
        "report", "statement", "study", "survey", "poll", "document", "documents", "memo", "letter", "filing", "analysis", "article", "story",
        "release", "tweet", "post", "email", "e-mail", "paper", "review", "audit", "complaint", "lawsuit", "ruling", "indictment", "estimate",
        "estimates", "data", "figures", "records", "transcript", "book", "editorial", "column", "interview", "investigation", "assessment", "blog",
        "slide", "chart", "graphic", "video", "ad", "advertisement", "website", "platform", "proposal", "bill", "plan", "filings", "findings", "note", "notes", "cable", "order");

    public static readonly FrozenSet<string> GroupNouns = Set(
        "officials", "experts", "sources", "analysts", "people", "critics", "supporters", "opponents", "economists", "lawmakers", "democrats",
        "republicans", "investors", "residents", "witnesses", "observers", "researchers", "scientists", "leaders", "executives", "aides",
        "advisers", "advisors", "members", "voters", "activists", "authorities", "police", "prosecutors", "investigators", "diplomats",
        "insiders", "protesters", "workers", "employees", "students", "parents", "doctors", "others", "reporters", "journalists", "engineers",
        "scholars", "agents", "spokespeople", "representatives", "senators", "organizers", "organisers", "owners", "users", "customers",
        // Shares of a group, as polls report them: "About 9 percent said ...", "Almost half said ...".
        "percent", "half", "majority", "minority", "third", "thirds", "quarter", "most", "many", "few", "none", "everyone", "nobody", "someone", "somebody", "anyone");

    /// <summary>Words that start with a capital only because they start a sentence or are not names.</summary>
    public static readonly FrozenSet<string> NotNames = Set(
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
        "my", "your", "but", "and", "or", "nor", "neither", "either", "if", "even", "as", "for", "in", "on", "at", "by", "with", "from", "to", "of", "after",
        "before", "when", "while", "since", "although", "though", "so", "yet", "also", "then", "there", "here", "what", "which", "who",
        "whom", "whose", "why", "how", "many", "some", "most", "other", "others", "all", "both", "each", "every", "no", "not", "now",
        "still", "just", "only", "more", "less", "much", "such", "despite", "during", "under", "over", "about", "into", "through", "until",
        "because", "however", "meanwhile", "instead", "yes", "well", "one", "two", "three", "last", "next", "first", "new", "according",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december", "today", "yesterday", "tomorrow", "asked", "said",
        "mr.", "mrs.", "ms.", "dr.", "that’s", "it’s", "there’s", "here’s", "we’re", "they’re", "i’m", "he’s", "she’s", "let", "do", "don’t",
        "is", "are", "was", "were", "will", "would", "can", "could", "should", "may", "might", "must", "has", "have", "had", "did", "does",
        "once", "perhaps", "maybe", "indeed", "finally", "eventually", "recently", "currently", "already", "again", "thus", "still", "polling",
        "writing", "speaking", "asked", "told", "added", "like", "unlike", "even", "just", "only", "nearly", "almost", "about");

    /// <summary>
    /// Whether the word at <paramref name="j"/> is one of <see cref="NotNames"/> standing outside a name. Such a word belongs to a
    /// name only where the capitalised run around it has no other reading (names81): "New" before a capitalised word that is not
    /// itself such a word, a title or a common noun of a title-case headline ("New York", "New Hampshire", "the New Republic"; not
    /// "New polls show", "New Poll"), and a month or a modal right after a capitalised given name, with no number after it
    /// ("Theresa May", "George Will"; not "In May,", "Will voters", "met Carter June 5"). The places that decide where a
    /// capitalised run starts and ends ask this instead of the bare list.
    /// </summary>
    public static bool IsNotNameAt(List<Text.Token> t, int j) => NotNames.Contains(t[j].Value) && !InsideName(t, j);

    // Months and modals that are also surnames after a given name ("Theresa May", "George Will").
    private static readonly FrozenSet<string> SurnameLikeNotNames = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "will", "might", "can", "must");

    /// <summary>Whether <paramref name="word"/> is a month or a modal that may be a surname after a given name ("May", "Will"; see <see cref="InsideName"/>).</summary>
    public static bool IsSurnameLike(string word) => SurnameLikeNotNames.Contains(word);

    /// <summary>Whether the word at <paramref name="j"/>, one of <see cref="NotNames"/>, is part of a name there (see <see cref="IsNotNameAt"/>): a modal such a word is then no auxiliary either ("George Will wrote").</summary>
    public static bool InsideName(List<Text.Token> t, int j)
    {
        var word = t[j];
        if (!word.IsCapitalized)
        {
            return false;
        }

        if (word.Lower == "new")
        {
            if (j + 1 >= t.Count || t[j + 1].Span.Start - word.Span.End != 1)
            {
                return false;
            }

            var next = t[j + 1];
            return next.IsCapitalized && !NotNames.Contains(next.Value) && !Titles.Contains(next.Value) && !PersonNouns.Contains(next.Value)
                   && !DocumentNouns.Contains(next.Value) && !IsGroupNoun(next.Value) && !OrganizationNouns.Contains(next.Value);
        }

        if (!SurnameLikeNotNames.Contains(word.Value) || j == 0 || word.Span.Start - t[j - 1].Span.End != 1)
        {
            return false;
        }

        var given = t[j - 1];
        return given.IsCapitalized && !NotNames.Contains(given.Value) && Speakers.FirstNameGender.IsGivenName(given.Value)
               && !(j + 1 < t.Count && t[j + 1].IsWord && char.IsDigit(t[j + 1].Value[0]));
    }

    /// <summary>Titles that may precede a name; they are not part of the name.</summary>
    public static readonly FrozenSet<string> Titles = Set(
        "president", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "sen", "senator", "rep.", "rep", "gov.", "gov", "governor",
        "secretary", "minister", "prime", "chancellor", "judge", "justice", "gen.", "general", "prof.", "professor", "rev.", "pope", "king",
        "queen", "prince", "princess", "mayor", "chairman", "ceo", "vice", "speaker", "leader", "former", "sir", "dame", "lord", "lady",
        "ambassador", "commissioner", "attorney", "director", "coach", "captain", "officer", "detective", "sheriff", "sergeant", "lt.", "col.",
        "congressman", "congresswoman", "representative", "candidate", "nominee", "deputy", "state", "foreign", "first");

    /// <summary>Words that make a capitalised name an organisation or a place rather than a person.</summary>
    public static readonly FrozenSet<string> OrganizationWords = Set(
        "inc", "inc.", "corp", "corp.", "co.", "ltd", "ltd.", "llc", "plc", "group", "company", "party", "university", "college", "news",
        "times", "post", "journal", "report", "agency", "ministry", "department", "bank", "council", "committee", "house", "senate",
        "congress", "court", "association", "institute", "foundation", "fund", "organization", "organisation", "commission", "office",
        "service", "network", "media", "press", "federal", "national", "united", "states", "kingdom", "nations", "union", "street",
        "city", "county", "state", "republic", "democratic", "republican", "administration", "campaign", "center", "centre", "club",
        "airlines", "motors", "bureau", "police", "army", "force", "navy", "exchange", "board", "trust", "reserve", "capital", "partners",
        "holdings", "technologies", "systems", "labs", "studios", "pictures", "productions", "records", "network", "tv", "radio", "magazine", "review",
        "gazette", "tribune", "herald", "daily", "weekly", "wire", "cnn", "bbc", "nbc", "cbs", "abc", "fox", "msnbc", "reuters", "bloomberg",
        "xinhua", "ap", "afp", "fbi", "cia", "nsa", "nasa", "un", "eu", "nato", "who", "wto", "imf", "opec", "gop", "dnc", "rnc",
        // Places and nations. Words that are also common surnames (Park, Hall, Church, West, Washington) are left out.
        "sea", "ocean", "river", "mountain", "mountains", "island", "islands", "valley", "gulf", "coast", "avenue", "road",
        "square", "airport", "station", "bridge", "hotel", "prison", "hospital", "museum", "school", "stadium",
        "palace", "north", "south", "east", "northern", "southern", "eastern", "western", "central", "america", "china",
        "korea", "africa", "europe", "asia", "mexico", "canada", "russia", "india", "japan", "iran", "iraq", "syria", "israel", "vietnam",
        "germany", "france", "britain", "england", "york", "california", "texas", "florida", "hong", "kong", "chinese",
        "american", "russian", "british", "european", "national", "international", "global", "world", "cup", "league", "games", "olympics",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "day", "week", "act", "law", "bill", "amendment",
        "asian", "southeast", "northeast", "southwest", "northwest", "middle", "pacific", "atlantic", "arab", "african", "latin", "hispanic",
        "muslim", "jewish", "catholic", "islamic", "democrats", "republicans", "defense", "defence", "state", "treasury", "justice");

    /// <summary>Adverbs and auxiliaries that may stand between a speaker and the cue ("Ma also told", "he had previously said").</summary>
    public static readonly FrozenSet<string> Adverbs = Set(
        "also", "previously", "once", "later", "then", "still", "again", "recently", "reportedly", "repeatedly", "further", "never",
        "often", "earlier", "already", "even", "just", "publicly", "privately", "has", "have", "had", "was", "is", "were", "are", "had",
        "would", "will", "could", "did", "does", "do", "not", "first", "initially", "subsequently", "separately", "similarly", "flatly",
        "simply", "only", "ultimately", "now", "famously", "bluntly", "openly", "quickly", "angrily", "softly", "firmly");

    /// <summary>Whether a word of five letters or more ends in -ly, as an adverb does ("quietly", "enthusiastically"), whether or not <see cref="Adverbs"/> lists it.</summary>
    public static bool EndsLikeAnAdverb(string word) => word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal);

    /// <summary>The auxiliaries and negations that PolNeAR counts as part of a cue ("has said", "did not respond"); adverbs, even "also", stay out, as the seed article's cues ("told") are written.</summary>
    public static readonly FrozenSet<string> Auxiliaries = Set(
        "has", "have", "had", "was", "is", "were", "are", "would", "will", "could", "did", "does", "do", "not", "never");

    /// <summary>Words that may follow a cue before its content without being content ("said Tuesday that", "said in a statement that").</summary>
    public static readonly FrozenSet<string> TimeWords = Set(
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later",
        "recently", "previously", "last", "this", "week", "month", "year", "morning", "afternoon", "evening", "night", "again", "repeatedly",
        "publicly", "privately", "also");

    public static readonly FrozenSet<string> Prepositions = Set(
        "in", "on", "at", "during", "to", "of", "for", "with", "about", "after", "before", "from", "by", "via", "through", "over", "under",
        "when", "while", "as", "into", "outside", "inside", "near", "and", "or", "but", "so", "if", "told", "said");

    // The commonest words of English prose: about a fifth of a news article's words; under a thirtieth of the words of
    // pages in other languages, tables and lists (audit 13, on the 181 Zyte pages: all English prose above 0.18, all else below 0.09).
    private static readonly FrozenSet<string> CommonestWords = Set(
        "the", "and", "of", "to", "a", "in", "is", "that", "it", "for", "on", "was", "with", "he", "as", "said", "are", "be", "at", "by",
        "this", "have", "from", "or", "but", "not", "they", "his", "we", "an", "you", "has", "i");

    /// <summary>Texts shorter than this many words are taken as English: a short text says too little of its language.</summary>
    public const int EnglishProseMinimumWords = 150;

    /// <summary>
    /// Whether <paramref name="tokens"/> are English prose, which the quote and speaker rules and models are made for: at least
    /// one word in eight is one of the commonest English words. A page in another language, or a table of results, is not (its
    /// capitalised words became speakers: "Sebelumnya", "Приготовление"); its declared language is not asked, as pages in
    /// English declare "de". Texts under <see cref="EnglishProseMinimumWords"/> words are.
    /// </summary>
    public static bool IsEnglishProse(IReadOnlyList<Text.Token> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        int words = 0, common = 0;
        foreach (var t in tokens)
        {
            if (t.IsWord)
            {
                words++;
                common += CommonestWords.Contains(t.Lower) ? 1 : 0;
            }
        }

        return words < EnglishProseMinimumWords || common * 8 >= words;
    }

    /// <summary>Lemmas (declared before <see cref="SayingVerbForms"/>, which reads them as it is made) of the hand-made cue list that are no verbs of saying: thinking and feeling, evidence, and "continue" (that something goes on).</summary>
    public static readonly FrozenSet<string> NotSayingLemmas = Set(
        "believe", "think", "worry", "fear", "agree", "convince", "conclude", "estimate", "recall", "find", "show", "indicate", "signal", "continue");

    /// <summary>
    /// The inflections of the verbs of saying in the hand-made part of <see cref="CueVerbs"/>, and nothing harvested: the test
    /// of a speech-cue attribution (<see cref="Evaluation.SpeechCues"/>). The hand-made list also holds verbs of thinking,
    /// feeling and evidence that are cues in PolNeAR but not verbs of saying; their lemmas, <see cref="NotSayingLemmas"/>, are
    /// left out.
    /// </summary>
    public static readonly FrozenSet<string> SayingVerbForms = HandMadeCues()
        .Where(c => !NotSayingLemmas.Contains(c.Lemma)).SelectMany(c => c.Forms).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, string> BuildCues()
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (lemma, words) in HandMadeCues())
        {
            foreach (var w in words)
            {
                map[w] = lemma;
            }
        }

        foreach (var (form, lemma) in HarvestedCues())
        {
            map.TryAdd(form, lemma);
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    // The hand-made cue verbs, lemma and forms; a form listed twice takes the later lemma.
    private static (string Lemma, string[] Forms)[] HandMadeCues() =>
        new (string Lemma, string[] Forms)[]
        {
            ("say", ["say", "says", "said", "saying"]),
            ("tell", ["tell", "tells", "told", "telling"]),
            ("add", ["add", "adds", "added", "adding"]),
            ("explain", ["explain", "explains", "explained", "explaining"]),
            ("warn", ["warn", "warns", "warned", "warning"]),
            ("insist", ["insist", "insists", "insisted", "insisting"]),
            ("state", ["stated"]),
            ("note", ["note", "notes", "noted", "noting"]),
            ("argue", ["argue", "argues", "argued", "arguing"]),
            ("claim", ["claim", "claims", "claimed", "claiming"]),
            ("write", ["write", "writes", "wrote", "written", "writing"]),
            ("ask", ["ask", "asks", "asked", "asking"]),
            ("announce", ["announce", "announces", "announced", "announcing"]),
            ("declare", ["declare", "declares", "declared", "declaring"]),
            ("acknowledge", ["acknowledge", "acknowledges", "acknowledged", "acknowledging"]),
            ("admit", ["admit", "admits", "admitted", "admitting"]),
            ("suggest", ["suggest", "suggests", "suggested", "suggesting"]),
            ("stress", ["stress", "stresses", "stressed", "stressing"]),
            ("emphasize", ["emphasize", "emphasizes", "emphasized", "emphasise", "emphasises", "emphasised"]),
            ("continue", ["continued"]),
            ("reply", ["reply", "replies", "replied"]),
            ("respond", ["respond", "responds", "responded"]),
            ("recall", ["recall", "recalls", "recalled"]),
            ("predict", ["predict", "predicts", "predicted", "predicting"]),
            ("promise", ["promise", "promises", "promised", "promising"]),
            ("pledge", ["pledge", "pledges", "pledged", "pledging"]),
            ("vow", ["vow", "vows", "vowed", "vowing"]),
            ("assert", ["assert", "asserts", "asserted", "asserting"]),
            ("contend", ["contend", "contends", "contended"]),
            ("report", ["report", "reports", "reported"]),
            ("confirm", ["confirm", "confirms", "confirmed", "confirming"]),
            ("deny", ["deny", "denies", "denied", "denying"]),
            ("tweet", ["tweet", "tweets", "tweeted"]),
            ("concede", ["concede", "concedes", "conceded"]),
            ("complain", ["complain", "complains", "complained"]),
            ("maintain", ["maintain", "maintains", "maintained"]),
            ("observe", ["observe", "observes", "observed"]),
            ("remark", ["remark", "remarks", "remarked"]),
            ("reiterate", ["reiterate", "reiterates", "reiterated"]),
            ("testify", ["testify", "testifies", "testified"]),
            ("urge", ["urge", "urges", "urged"]),
            ("comment", ["comment", "comments", "commented"]),
            ("conclude", ["conclude", "concludes", "concluded"]),
            ("estimate", ["estimate", "estimates", "estimated"]),
            ("mention", ["mention", "mentions", "mentioned"]),
            ("reveal", ["reveal", "reveals", "revealed"]),
            ("assure", ["assure", "assures", "assured"]),
            ("inform", ["inform", "informs", "informed"]),
            ("remind", ["remind", "reminds", "reminded"]),
            ("advise", ["advised"]),
            ("notify", ["notified"]),
            ("convince", ["convinced"]),
            ("boast", ["boast", "boasts", "boasted"]),
            ("allege", ["allege", "alleges", "alleged"]),
            ("indicate", ["indicate", "indicates", "indicated"]),
            ("signal", ["signal", "signals", "signaled", "signalled"]),
            ("predict", ["forecast", "forecasts"]),
            ("joke", ["joke", "jokes", "joked"]),
            ("quip", ["quipped"]),
            ("show", ["show", "shows", "showed", "shown"]),
            ("find", ["find", "finds", "found"]),
            ("believe", ["believe", "believes", "believed"]),
            ("agree", ["agree", "agrees", "agreed"]),
            ("cite", ["cite", "cites", "cited", "citing"]),
            ("think", ["thinks"]),
            ("acknowledge", ["conceded"]), // the later lemma wins over "concede" above (a form listed twice takes the later lemma)
            ("hint", ["hinted"]),
            ("worry", ["worried", "worries"]),
            ("fear", ["feared", "fears"]),
            ("exclaim", ["exclaimed"]),
            ("shout", ["shouted"]),
            // Verbs of a remark after a quotation (branch cues121): "“Not again,” Ana Ruiz scoffed." Not "answered", "answers", "reacted":
            // as cues everywhere they cut "answers to the question" and "reacted to the news" into statements (train lost five right rows).
            ("scoff", ["scoffed", "scoffs"]),
            ("surmise", ["surmised"]),
            ("opine", ["opined", "opines"]),
            ("bark", ["barked"]),
        };

    /// <summary>The cue forms harvested from PolNeAR train (form and lemma), embedded from harvested-cues.tsv.</summary>
    private static List<(string Form, string Lemma)> HarvestedCues()
    {
        using var stream = typeof(Lexicon).Assembly.GetManifestResourceStream("ClaimExtract.Quotes.harvested-cues.tsv")
                           ?? throw new InvalidOperationException("the harvested cue list is not embedded");
        using var reader = new StreamReader(stream);
        var rows = new List<(string Form, string Lemma)>();
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (line.StartsWith('#') || fields.Length < 2 || fields[0] == "form")
            {
                continue;
            }

            rows.Add((fields[0], fields[1]));
        }

        return rows;
    }

    /// <summary>Whether <paramref name="word"/> is the plural of a person noun ("reporters", "engineers") or a group noun.</summary>
    /// <remarks>The singular is looked up in place (<see cref="Spans"/>), not cut into a string of its own (speed122).</remarks>
    public static bool IsGroupNoun(string word) =>
        GroupNouns.Contains(word)
        || word.Length > 3 && word.EndsWith('s') && (Spans.PersonNouns.Contains(word.AsSpan(0, word.Length - 1)) || word.EndsWith("ers", StringComparison.OrdinalIgnoreCase) || word.EndsWith("ists", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Look-ups of the lexicon's lists by a span of characters (the same case-insensitive comparer), for a word's part ("reporters" →
    /// "reporter") read without a substring. A nested class: its fields are made when first read, after the lists themselves.
    /// </summary>
    internal static class Spans
    {
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PersonNouns = Lexicon.PersonNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentNouns = Lexicon.DocumentNouns.GetAlternateLookup<ReadOnlySpan<char>>();

        /// <summary>Whether <paramref name="word"/>, ending in "ies", is a document noun's plural in -y ("studies"): <c>DocumentNouns.Contains(word[..^3] + "y")</c>, looked up in place.</summary>
        public static bool IsDocumentNounInY(string word)
        {
            Span<char> singular = word.Length <= 64 ? stackalloc char[word.Length - 2] : new char[word.Length - 2];
            word.AsSpan(0, word.Length - 3).CopyTo(singular);
            singular[^1] = 'y';
            return DocumentNouns.Contains(singular);
        }
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
