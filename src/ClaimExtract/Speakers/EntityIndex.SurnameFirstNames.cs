using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// Names written surname first (branch names110). "The trade minister, Bao Zhenwei, ... Mr. Bao said ... But he said": an honorific or a
/// title before a single word is that word's person, and the index took "Mr. Bao" for a person named "Bao" alone, since its forms map a
/// word to the full names it ends ("Mr. Obama" → "Barack Obama"), not to one it opens. The resolver named the mention "Mr. Bao" in full
/// (branch names52: <c>SpeakerResolver.NameWrittenAround</c>), but a pronoun takes the index's person, so "he" came out "Bao".
/// </summary>
/// <remarks>
/// Branch names112: a name the article marks as Chinese, Korean or Vietnamese by the words before it ("Chinese trade ministry spokesman
/// Lu Feng", "Seoul's defence minister, Park Sun,") and that opens with a common surname of those countries is written surname first
/// too: its first word is no given name, so the first-name table (where "Lu" is a girl's name) says nothing of the person's sex, and the
/// first word alone ("Lu said") is that person.
/// </remarks>
internal sealed partial class EntityIndex
{
    // The full names the article marks as written surname first (SurnameFirstMarked); null when it marks none.
    private HashSet<string>? _surnameFirstNames;

    /// <summary>
    /// The words that say the name after them is Chinese, Korean or Vietnamese, as written before it ("Chinese", "China's", "Beijing's";
    /// "North Korean", "Seoul's"). Japanese names are written given name first in English news, and Hong Kong's often with an English
    /// given name ("Carrie Lam"): neither is here.
    /// </summary>
    private static readonly FrozenSet<string> SurnameFirstNationalities = new[]
    {
        "Chinese", "China's", "Beijing's", "Korean", "Korea's", "Pyongyang's", "Seoul's", "Vietnamese", "Vietnam's", "Hanoi's",
        "Taiwanese", "Taiwan's", "Taipei's",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Nationalities that, written between the marking word and the name ("Chinese American actor Tom Lee"), say the person is named in
    /// the other order.
    /// </summary>
    private static readonly FrozenSet<string> GivenNameFirstNationalities = new[]
    {
        "American", "Americans", "British", "Canadian", "Australian",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Common Chinese, Korean and Vietnamese surnames as romanised in English news: a name marked by a nationality opens with one of them
    /// when written surname first ("Lu Feng"; not "Jack Ma", written given name first after "Chinese billionaire").
    /// </summary>
    private static readonly FrozenSet<string> EastAsianSurnames = new[]
    {
        // Chinese (pinyin and Wade–Giles forms seen in news).
        "bai", "bo", "cai", "cao", "chang", "chen", "cheng", "chiang", "chu", "cui", "dai", "deng", "ding", "dong", "du", "duan", "fan", "fang",
        "feng", "fu", "gao", "geng", "gong", "gu", "guo", "han", "hao", "he", "hou", "hsieh", "hu", "hua", "huang", "ji", "jia", "jiang", "jin",
        "kang", "kong", "lai", "lei", "li", "liang", "liao", "lin", "liu", "long", "lou", "lu", "luo", "ma", "mao", "meng", "mo", "pan", "peng",
        "qian", "qin", "qiu", "ren", "shao", "shen", "shi", "song", "su", "sun", "tan", "tang", "tao", "tian", "tsai", "wan", "wang", "wei",
        "wen", "wu", "xi", "xia", "xiang", "xiao", "xie", "xiong", "xu", "xue", "yan", "yang", "yao", "ye", "yin", "yu", "yuan", "zeng", "zhang",
        "zhao", "zheng", "zhong", "zhou", "zhu", "zou",
        // Korean.
        "ahn", "bae", "baek", "ban", "cho", "choi", "chung", "hong", "hwang", "jang", "jeon", "jung", "kim", "ko", "kwon", "lee", "lim", "moon",
        "nam", "oh", "park", "roh", "seo", "shin", "son", "yoo", "yoon",
        // Vietnamese.
        "bui", "dang", "do", "duong", "ho", "hoang", "huynh", "le", "ngo", "nguyen", "pham", "phan", "tran", "vo", "vu",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The one full name of two words the article gives (<paramref name="fullNames"/>' values) that opens with <paramref name="word"/> and
    /// whose second word is no given name (<see cref="FirstNameGender.IsGivenName(string)"/>): a name written surname first, as a title
    /// or an honorific before its first word shows ("Mr. Lou" of "Lou Jiwei"; not "Mr. Tom" of "Tom Lind"). Null when there is none or
    /// more than one.
    /// </summary>
    private static string? SurnameFirst(Dictionary<string, string> fullNames, string word)
    {
        var key = Key(StripPossessive(word));
        string? found = null;
        foreach (var full in fullNames.Values)
        {
            var space = full.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0 || full.IndexOf(' ', space + 1) >= 0 || Key(full[..space]) != key || FirstNameGender.IsGivenName(full[(space + 1)..]))
            {
                continue;
            }

            if (found is not null && found != full)
            {
                return null;
            }

            found = full;
        }

        return found;
    }

    /// <summary>
    /// The full names (<paramref name="fullNames"/>' forms of the sequences' names) the article marks as written surname first (branch
    /// names112): a name of two or three words outside quotations, opening with a common East Asian surname (<see cref="EastAsianSurnames"/>)
    /// and ending in no given name, written after a word of <see cref="SurnameFirstNationalities"/> with nothing but words between in its
    /// sentence (a comma right before the name too: "China's trade minister, Lu Feng,"), up to six tokens back. Not after "Chinese
    /// American" and the like (<see cref="GivenNameFirstNationalities"/>), nor when the article writes the name's last word alone as a
    /// name, as it would a surname ("Chinese billionaire Peter Wong ... Wong said"). Null when there is none.
    /// </summary>
    private static HashSet<string>? SurnameFirstMarked(
        List<Token> tokens, int[] sentenceOfToken, bool[] quoted, List<(int First, int Last, bool Titled)> sequences, List<string> names,
        Dictionary<string, string> fullNames)
    {
        HashSet<string>? marked = null;
        for (var q = 0; q < sequences.Count; q++)
        {
            var (first, last, _) = sequences[q];
            if (quoted[first] || last - first is < 1 or > 2 || !EastAsianSurnames.Contains(tokens[first].Lower)
                || FirstNameGender.IsGivenName(StripPossessive(tokens[last].Value)) || !MarkedBefore(tokens, sentenceOfToken, first))
            {
                continue;
            }

            (marked ??= new HashSet<string>(StringComparer.Ordinal)).Add(fullNames.GetValueOrDefault(Key(names[q])) ?? names[q]);
        }

        if (marked is null)
        {
            return null;
        }

        // A last word written alone as a name ("Wong said") is the person's surname: the name is written given name first.
        for (var q = 0; q < sequences.Count; q++)
        {
            var (first, last, _) = sequences[q];
            if (first == last)
            {
                var key = WordKey(tokens[first]);
                marked.RemoveWhere(full => Key(full[(full.LastIndexOf(' ') + 1)..]) == key);
            }
        }

        return marked.Count > 0 ? marked : null;
    }

    /// <summary>Whether a word of <see cref="SurnameFirstNationalities"/> is written before token <paramref name="first"/> (<see cref="SurnameFirstMarked"/>).</summary>
    private static bool MarkedBefore(List<Token> tokens, int[] sentenceOfToken, int first)
    {
        for (var k = first - 1; k >= Math.Max(0, first - 6) && sentenceOfToken[k] == sentenceOfToken[first]; k--)
        {
            var value = tokens[k].Value.Replace('’', '\'');
            if (SurnameFirstNationalities.Contains(value))
            {
                return true;
            }

            if (GivenNameFirstNationalities.Contains(value) || !(tokens[k].IsWord || k == first - 1 && value == ","))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The one full name the article marks as written surname first (<see cref="SurnameFirstMarked"/>) whose first word has the key
    /// <paramref name="key"/> ("Lu" of "Lu Feng"); null when none or several do.
    /// </summary>
    private static string? MarkedSurnameFirst(HashSet<string>? marked, string key)
    {
        string? found = null;
        foreach (var full in marked ?? [])
        {
            if (Key(StripPossessive(full[..full.IndexOf(' ', StringComparison.Ordinal)])) == key)
            {
                if (found is not null)
                {
                    return null;
                }

                found = full;
            }
        }

        return found;
    }
}
