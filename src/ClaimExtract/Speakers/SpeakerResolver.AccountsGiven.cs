using System.Collections.Frozen;

namespace ClaimExtract.Speakers;

/// <summary>
/// An account given to an outlet is a document, not the person or the outlet inside it (branch names112): "..., according to an account
/// she gave to The Carson Beacon", "..., according to audio provided to the Ledger". The rules that read a mention's last word as its head
/// named the first the outlet, typed a person, and typed the second an organisation; its head is the noun before the clause that
/// modifies it ("account", "audio"), as README's speaker kinds say: a written or recorded source is a <see cref="SpeakerKind.Document"/>,
/// named as written. Not as a reporter: "“...,” Ruiz said, according to a version she gave to The Carson Beacon" is relayed by the outlet
/// (branch names110: <see cref="ResolveReporter"/>).
/// </summary>
internal sealed partial class SpeakerResolver
{
    // Set while ResolveReporter resolves its mention: the account rule (AccountGiven) is then not read.
    private bool _resolvingReporter;

    /// <summary>Nouns of a recorded or retold account that the document nouns lack ("an account she gave", "audio provided to").</summary>
    private static readonly FrozenSet<string> AccountNouns = new[]
    {
        "account", "accounts", "version", "versions", "audio", "recording", "tape", "tapes", "testimony",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Past participles that hand a document to someone or out ("provided to", "released Friday by", "obtained by").</summary>
    private static readonly FrozenSet<string> HandedOver = new[]
    {
        "provided", "given", "released", "obtained", "published", "issued", "sent", "shared", "leaked", "posted", "filed", "prepared", "compiled",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Subject pronouns that open a relative clause written without "that" ("an account she gave to ...").</summary>
    private static readonly FrozenSet<string> ClauseSubjects = new[] { "he", "she", "they", "we", "i" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The mention as a document when it is a lower-case document or account noun (<see cref="IsDocumentNoun"/>, <see cref="AccountNouns"/>)
    /// after no more than an article and lower-case modifiers ("the average of recent polls compiled by ..."; no person, group or
    /// organisation noun among them: "the author of the report published by ..." is the author), followed by a clause that modifies it: a subject pronoun and a verb ("an
    /// account she gave to The Carson Beacon", "a letter he wrote to the board"), or a participle of <see cref="HandedOver"/>, right after
    /// the noun or after "that"/"which" and "was"/"were"/"had been" ("audio provided to The Ledger", "figures that were released Thursday by
    /// Vexo"); else null.
    /// </summary>
    private static ResolvedSpeaker? AccountGiven(string[] words)
    {
        var n = words[0] is "a" or "an" or "the" or "A" or "An" or "The" ? 1 : 0;
        while (n < words.Length - 2 && n < 4 && char.IsLower(words[n][0]) && !IsAccountNoun(words[n]) && !IsSpeakerNoun(words[n]))
        {
            n++;
        }

        if (n >= words.Length - 2 || !IsAccountNoun(words[n]))
        {
            return null;
        }

        var next = n + 1;
        var clause = ClauseSubjects.Contains(words[next].ToLowerInvariant()) && words[next + 1].All(char.IsLower) && words[next + 1].Length > 1;
        if (!clause && words[next] is "that" or "which")
        {
            next++;
            while (next < words.Length - 1 && words[next] is "was" or "were" or "had" or "has" or "have" or "been" or "be")
            {
                next++;
            }
        }

        return clause || next < words.Length && HandedOver.Contains(words[next]) ? new ResolvedSpeaker(WithoutArticle(words), SpeakerKind.Document) : null;

        static bool IsAccountNoun(string word) => char.IsLower(word[0]) && (AccountNouns.Contains(word) || IsDocumentNoun(word));
    }
}
