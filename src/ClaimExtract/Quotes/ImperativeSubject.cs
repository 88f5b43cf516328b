using System.Collections.Frozen;
using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// A verb in the imperative opening its sentence, taken for the speaker: "Read on to see my picks", "Join our forums to keep
/// talking", "Get the magazine delivered every month", "Ignore the rest and aim to ..." (audit 14: 13 statements on the Zyte pages,
/// every one the page addressing its reader). The imperative's subject is the reader, as "you" is (see
/// <see cref="ClaimPipeline.AddressesTheReader"/>): such a sentence is no statement of anyone's.
/// </summary>
internal static class ImperativeSubject
{
    // Base forms that open the calls to action of web pages; the list is short on purpose: a word that is more often a noun
    // opening a subject ("Search engines", "Shop owners") is left out, or read as one by the word after it (below).
    private static readonly FrozenSet<string> Verbs = FrozenSet.ToFrozenSet(
        ["read", "get", "join", "click", "follow", "sign", "subscribe", "check", "find", "see", "learn", "take", "watch", "download",
         "visit", "buy", "try", "ignore", "start", "welcome", "discover", "explore", "share", "contact", "register", "keep", "make",
         "enjoy", "listen", "tap", "scroll", "stay", "grab", "save", "cheer", "remember", "imagine", "consider", "meet", "give", "let",
         "be", "go", "come", "look", "tell", "ask", "use", "put", "pick", "choose", "add", "head", "send", "call"],
        StringComparer.Ordinal);

    // What follows an imperative verb: its object's determiner or pronoun, a particle or a preposition ("Get to know", "Start with").
    private static readonly FrozenSet<string> ObjectStarts = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "our", "my", "your", "his", "her", "their", "its", "this", "that", "these", "those", "all", "some", "any",
         "every", "each", "more", "to", "on", "up", "in", "out", "about", "off", "us", "me", "them", "it", "him", "here", "now", "back",
         "with", "by", "for", "from", "into", "at", "over"],
        StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="a"/>'s speaker mention opens its sentence with an imperative verb: a word of <see cref="Verbs"/>, written
    /// with a capital, followed by the start of an object, a particle or a capitalised name ("Get Motor Cycle Monthly delivered"). A
    /// surname that is also such a verb stands right before its cue ("Read said") and is kept, as is a noun phrase the word opens
    /// ("Watch makers say").
    /// </summary>
    public static bool Opens(TokenizedDocument doc, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(a);
        if (a.Speaker is not { } speaker || doc.Tokens.Count == 0)
        {
            return false;
        }

        var t = doc.Tokens;
        var k = doc.IndexAtOrAfter(speaker.Start);
        if (k + 1 >= t.Count || t[k].Span.Start != speaker.Start || !t[k].IsCapitalized || doc.Quoted[k] || !Verbs.Contains(t[k].Lower)
            || !OpensSentence(doc, k))
        {
            return false;
        }

        var next = t[k + 1];
        if (doc.SentenceOf[k + 1] != doc.SentenceOf[k] || a.Cue is { } cue && next.Span.Start >= cue.Start)
        {
            return false; // "Read said": the word is the subject of the cue after it
        }

        return next.IsWord && (ObjectStarts.Contains(next.Lower) || next.IsCapitalized);
    }

    // The sentence's first word, or the first after a list's number or bullet ("1. Start small and ...").
    private static bool OpensSentence(TokenizedDocument doc, int k)
    {
        var first = doc.SentenceStartToken(k);
        while (first < k && (!doc.Tokens[first].IsWord || char.IsAsciiDigit(doc.Tokens[first].Value[0])))
        {
            first++;
        }

        return first == k;
    }
}
