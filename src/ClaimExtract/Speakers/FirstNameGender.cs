using System.Globalization;

namespace ClaimExtract.Speakers;

/// <summary>
/// A prior on a person's grammatical gender from their first name: the share of girls among the US babies born 1930-2009 given that
/// name (Social Security Administration counts, public domain; <c>first-name-gender.tsv</c>, built by
/// <c>scripts/build-first-name-gender.py</c>, provenance in <c>NOTICE-first-names.md</c>). Only a clear majority counts: a name given
/// to girls at least <see cref="ClearShare"/> of the time is female, to boys as often male, unless the other sex was its majority in one
/// of the two eras (1930-1969, 1970-2009: "Lindsey" was a boy's name before 1970). "Taylor", "Jordan", "Kim", "Bernie" (12% girls) and
/// names the table lacks ("Jean-Marc", "Khizr") are neutral. The resolver reads it only where the article says nothing, or little, of
/// the person's gender (<see cref="EntityIndex"/>).
/// </summary>
internal static class FirstNameGender
{
    private const string EmbeddedTable = "ClaimExtract.Speakers.first-name-gender.tsv";

    /// <summary>The share (in thousandths) of one sex a name needs to count as that sex's.</summary>
    public const int ClearShare = 850;

    /// <summary>The value kept for a name whose majority sex changed between the eras: a given name, of neither gender.</summary>
    private const short Flipped = -1;

    // A plain dictionary: a frozen one of the 21,920 names took a fresh process about 20 ms more to build, for look-ups that are a
    // few per article. Passed on as its own type, not as an interface: the entity index and the resolver ask IsGivenName of many
    // words per article, and a call through IReadOnlyDictionary went through the runtime's interface dispatch stub each time (speed94res).
    private static readonly Lazy<Dictionary<string, short>> LazyTable = new(() =>
    {
        using var stream = typeof(FirstNameGender).Assembly.GetManifestResourceStream(EmbeddedTable);
        return stream is null ? new Dictionary<string, short>(StringComparer.OrdinalIgnoreCase) : Read(stream);
    });

    /// <summary>
    /// Reads the table: <c>name TAB female share in thousandths TAB flipped (0 or 1)</c> a line, lines starting with '#' skipped. A name is
    /// kept with its share, or with <see cref="Flipped"/> when the other sex was its majority in an era.
    /// </summary>
    internal static Dictionary<string, short> Read(Stream tsv)
    {
        var table = new Dictionary<string, short>(StringComparer.OrdinalIgnoreCase);
        using var reader = new StreamReader(tsv);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || fields[0].Length == 0 || fields[2] is not ("0" or "1"))
            {
                throw new InvalidDataException($"{EmbeddedTable}: not 'name TAB share TAB flipped': '{line}'");
            }

            table[fields[0]] = fields[2] == "1" ? Flipped : short.Parse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture);
        }

        return table;
    }

    /// <summary>
    /// +1 when the first name of <paramref name="fullName"/> is clearly a boy's, -1 a girl's, 0 otherwise: a name of one word (a surname
    /// alone says nothing), a first name the table lacks, one given to both or one whose majority changed.
    /// </summary>
    public static int Of(string fullName) => Of(fullName, LazyTable.Value);

    /// <summary>
    /// As <see cref="Of(string)"/> for a given name written alone ("his first wife, Ivana,"): +1 a boy's, -1 a girl's, 0 otherwise (branch
    /// names90; <see cref="Of(string)"/> says nothing of a name of one word, which is mostly a surname).
    /// </summary>
    public static int OfGivenName(string given) =>
        !LazyTable.Value.TryGetValue(given, out var female) || female == Flipped ? 0
        : female >= ClearShare ? -1
        : female <= 1000 - ClearShare ? 1
        : 0;

    /// <summary>As <see cref="Of(string)"/>, with the table given.</summary>
    internal static int Of(string fullName, Dictionary<string, short> table) =>
        FirstName(fullName) is not { } first || !table.TryGetValue(first, out var female) || female == Flipped ? 0
        : female >= ClearShare ? -1
        : female <= 1000 - ClearShare ? 1
        : 0;

    /// <summary>The share (in thousandths) of one sex a name needs for <see cref="SurelyOf(string)"/>: 99 %.</summary>
    public const int SureShare = 990;

    /// <summary>
    /// +1 when the first name of <paramref name="fullName"/> is a boy's almost always (at most 1 % girls: "Paul", "Mike"), -1 a girl's
    /// (at least 99 %: "Nora", "Valerie"), 0 otherwise, as <see cref="Of(string)"/> at <see cref="SureShare"/>. Such a name says more of the
    /// person than the article's pronoun votes, which go to whoever was named last ("Her grief over Paul Grant's death leaves her angry":
    /// two votes "she" for Paul Grant; branch persons119). "Robin" (87 % girls), "Hillary" (97 %) and "Andrea" (98.7 %, a man's name in
    /// Italy) are clear, not sure.
    /// </summary>
    public static int SurelyOf(string fullName) =>
        FirstName(fullName) is not { } first || !LazyTable.Value.TryGetValue(first, out var female) || female == Flipped ? 0
        : female >= SureShare ? -1
        : female <= 1000 - SureShare ? 1
        : 0;

    /// <summary>
    /// Whether <paramref name="fullName"/> reads as a person's name: a surname alone, or a first name the table knows, of either gender or
    /// neither ("Taylor Reed", "Bernie Sanders"); not "Purple Heart", "Capitol Hill".
    /// </summary>
    public static bool IsPersonName(string fullName) => IsPersonName(fullName, LazyTable.Value);

    /// <summary>As <see cref="IsPersonName(string)"/>, with the table given.</summary>
    internal static bool IsPersonName(string fullName, Dictionary<string, short> table) =>
        FirstName(fullName) is not { } first || table.ContainsKey(first);

    /// <summary>Whether the table knows <paramref name="word"/> as a given name, of either gender or neither ("Sarah", "Taylor"; not "Comedian", "Entrusting").</summary>
    public static bool IsGivenName(string word) => IsGivenName(word, LazyTable.Value);

    /// <summary>As <see cref="IsGivenName(string)"/>, with the table given.</summary>
    internal static bool IsGivenName(string word, Dictionary<string, short> table) => table.ContainsKey(word);

    /// <summary>The first word of a name of two words or more, after any initials ("J. Edgar Hoover" → "Edgar"); null for one word.</summary>
    private static string? FirstName(string fullName)
    {
        var words = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = 0;
        while (first < words.Length - 1 && words[first].TrimEnd('.').Length <= 1)
        {
            first++;
        }

        return first < words.Length - 1 ? words[first] : null;
    }
}
