using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>A mention of a named person outside quotation marks.</summary>
/// <param name="Span">The name as written, without titles and possessive endings.</param>
/// <param name="FullName">The fullest form of the name the article uses.</param>
/// <param name="Sentence">The sentence it is in.</param>
/// <param name="IsSubject">Whether it is the first noun phrase of its sentence (the likely subject).</param>
internal sealed record PersonMention(Span Span, string FullName, int Sentence, bool IsSubject);

/// <summary>
/// The named people of one article: every capitalised name outside titles and organisation words,
/// with surnames and titled forms ("Ma", "President Trump") mapped to the fullest name the article
/// gives ("Jack Ma", "Donald Trump").
/// </summary>
internal sealed class EntityIndex
{
    private readonly List<PersonMention> _mentions;
    private readonly Dictionary<string, string> _byLastName;
    private readonly HashSet<string> _fullNames;
    private readonly string[] _mostSalientAfter;

    private EntityIndex(List<PersonMention> mentions, Dictionary<string, string> byLastName, HashSet<string> fullNames)
    {
        _mentions = mentions;
        _byLastName = byLastName;
        _fullNames = fullNames;
        _mostSalientAfter = Salience(mentions);
    }

    /// <summary>Person mentions outside quotations, in text order.</summary>
    public IReadOnlyList<PersonMention> Mentions => _mentions;

    public static EntityIndex Build(TextDocument document, IReadOnlyList<Token> tokens, IReadOnlyList<int> sentenceOfToken, IReadOnlyList<bool> quoted)
    {
        // Pass 1: every capitalised sequence, inside quotes too, to learn full names.
        var sequences = new List<(int First, int Last, bool Titled)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNameToken(tokens, i))
            {
                continue;
            }

            var titled = i > 0 && tokens[i - 1].IsWord && Lexicon.Titles.Contains(tokens[i - 1].Value);
            var j = i;
            while (j + 1 < tokens.Count && sentenceOfToken[j + 1] == sentenceOfToken[i] && IsNameToken(tokens, j + 1)
                   && !EndsPossessive(tokens[j].Value) && tokens[j + 1].Span.Start - tokens[j].Span.End <= 1)
            {
                j++;
            }

            sequences.Add((i, j, titled));
            i = j;
        }

        var fullNames = new HashSet<string>(StringComparer.Ordinal);
        var byLastName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (first, last, _) in sequences)
        {
            if (last > first && LooksLikePersonName(tokens, first, last))
            {
                var name = NameText(document.Text, tokens, first, last);
                fullNames.Add(name);
                var lastName = StripPossessive(tokens[last].Value);
                byLastName.TryAdd(lastName, name);
            }
        }

        // Pass 2: person mentions outside quotes, resolved to full names.
        var mentions = new List<PersonMention>();
        var firstNameOfSentence = new HashSet<int>();
        foreach (var (first, last, titled) in sequences)
        {
            if (quoted[first])
            {
                continue;
            }

            var sentence = sentenceOfToken[first];
            var written = NameText(document.Text, tokens, first, last);
            string? full = null;
            if (fullNames.Contains(written))
            {
                full = written;
            }
            else if (first == last && byLastName.TryGetValue(StripPossessive(tokens[first].Value), out var known))
            {
                full = known;
            }
            else if (titled && !ContainsOrganizationWord(tokens, first, last))
            {
                full = written;
            }

            if (full is not null)
            {
                // Only the first person named in a sentence can be its subject.
                var isSubject = firstNameOfSentence.Add(sentence) && IsSentenceSubjectPosition(tokens, sentenceOfToken, first);
                var end = tokens[last].Span.End - (EndsPossessive(tokens[last].Value) ? 2 : 0);
                mentions.Add(new PersonMention(new Span(tokens[first].Span.Start, end), full, sentence, isSubject));
            }
        }

        return new EntityIndex(mentions, byLastName, fullNames);
    }

    /// <summary>Resolves a written name ("Ma", "President Trump", "Jack Ma’s") to a person's full name, or null when it does not name a known person.</summary>
    public string? ResolveName(string written)
    {
        var words = written.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(StripPossessive).ToList();
        while (words.Count > 1 && Lexicon.Titles.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        var name = string.Join(' ', words);
        if (_fullNames.Contains(name))
        {
            return name;
        }

        if (words.Count > 0 && _byLastName.TryGetValue(words[^1], out var full) && (words.Count == 1 || full.EndsWith(name, StringComparison.Ordinal)))
        {
            return full;
        }

        return null;
    }

    /// <summary>The person a pronoun at <paramref name="position"/> most likely refers to: the latest subject in the last sentences, else the latest person named.</summary>
    public string? ResolvePronoun(int position, int sentence)
    {
        var last = LastMentionBefore(position);
        if (last < 0)
        {
            return null;
        }

        // Look back over a bounded number of mentions: a pathological page must not cost quadratic time.
        for (var i = last; i >= Math.Max(0, last - 50) && _mentions[i].Sentence >= sentence - 2; i--)
        {
            if (_mentions[i].IsSubject)
            {
                return _mentions[i].FullName;
            }
        }

        return _mentions[last].FullName;
    }

    /// <summary>The most salient person before <paramref name="position"/>: most mentions, subjects counting double; ties go to the latest.</summary>
    public string? MostSalientBefore(int position)
    {
        var last = LastMentionBefore(position);
        return last < 0 ? null : _mostSalientAfter[last];
    }

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
    private static string[] Salience(List<PersonMention> mentions)
    {
        var result = new string[mentions.Count];
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        string? best = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            var name = mentions[i].FullName;
            scores[name] = scores.GetValueOrDefault(name) + (mentions[i].IsSubject ? 2 : 1);
            if (best is null || scores[name] >= scores[best])
            {
                best = name;
            }

            result[i] = best;
        }

        return result;
    }

    public static bool EndsPossessive(string word) => word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal);

    public static string StripPossessive(string word) => EndsPossessive(word) ? word[..^2] : word;

    public static bool ContainsOrganizationWord(IReadOnlyList<Token> tokens, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (Lexicon.OrganizationWords.Contains(StripPossessive(tokens[k].Value)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNameToken(IReadOnlyList<Token> tokens, int i)
    {
        var t = tokens[i];
        if (!t.IsCapitalized || Lexicon.NotNames.Contains(t.Value) || Lexicon.Titles.Contains(t.Value))
        {
            return false;
        }

        // All-capital words of three or more letters are acronyms or shouting, not personal names.
        return !(t.Value.Length > 3 && t.Value.All(c => !char.IsLetter(c) || char.IsUpper(c)));
    }

    private static bool LooksLikePersonName(IReadOnlyList<Token> tokens, int first, int last)
    {
        if (last - first > 3 || ContainsOrganizationWord(tokens, first, last))
        {
            return false;
        }

        for (var k = first; k <= last; k++)
        {
            var v = StripPossessive(tokens[k].Value);
            // "US-China", "U.S.", "4th" are not parts of personal names; an initial ("J.") is.
            if (v.Contains('-', StringComparison.Ordinal) && v.Length > 1 && char.IsUpper(v[v.IndexOf('-', StringComparison.Ordinal) + 1]) || v.Any(char.IsDigit)
                || v.Contains('.', StringComparison.Ordinal) && v.Length > 2)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSentenceSubjectPosition(IReadOnlyList<Token> tokens, IReadOnlyList<int> sentenceOfToken, int index)
    {
        // The first name of a sentence is its subject when only an opening phrase closed by a comma comes before it.
        var k = index - 1;
        while (k >= 0 && sentenceOfToken[k] == sentenceOfToken[index])
        {
            if (tokens[k].Value == ",")
            {
                return true;
            }

            if (tokens[k].IsWord && !Lexicon.Determiners.Contains(tokens[k].Value) && !EndsPossessive(tokens[k].Value))
            {
                return false;
            }

            k--;
        }

        return true;
    }

    private static string NameText(string text, IReadOnlyList<Token> tokens, int first, int last)
    {
        var words = new List<string>(last - first + 1);
        for (var k = first; k <= last; k++)
        {
            words.Add(StripPossessive(tokens[k].Value));
        }

        return string.Join(' ', words);
    }
}
