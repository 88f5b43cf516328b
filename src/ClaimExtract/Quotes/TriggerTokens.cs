using ClaimExtract.Text;

namespace ClaimExtract.Quotes;

/// <summary>
/// The tokens that can open each of the rules after the ranker that scan every token of an article for a word of their own (a
/// stance verb, a poll's "in", a transcript's colon, ...), in text order. The rules asked each form of the article against
/// their own word tables and then walked every token; here the forms are asked once for all of them (one union hash test per
/// form, each rule's own test only where the union may hold), and one pass over the tokens lists each rule's tokens, so that a
/// rule walks only the tokens it can open on (speed90after). Each list holds exactly the tokens on which the rule's old scan
/// went past its word test; made once per article, when the first such rule asks (kept on the article's <see cref="WordTable"/>).
/// </summary>
internal sealed class TriggerTokens
{
    /// <summary>The rules, one bit each.</summary>
    [Flags]
    internal enum Rule : ushort
    {
        None = 0,

        /// <summary><see cref="PhraseReport"/>: the lower case is one of its first words.</summary>
        Phrase = 1 << 0,

        /// <summary><see cref="NounReport"/>: the lower case is one of its nouns.</summary>
        Noun = 1 << 1,

        /// <summary><see cref="StanceReport"/>: the form is one of its verbs or adjectives.</summary>
        Stance = 1 << 2,

        /// <summary><see cref="PassiveReport"/>: the lower case is one of its verbs.</summary>
        Passive = 1 << 3,

        /// <summary><see cref="NamingReport"/>: the form is one of its participles or finite verbs.</summary>
        Naming = 1 << 4,

        /// <summary><see cref="EndorsementReport"/>: the form is one of its verbs.</summary>
        Endorsement = 1 << 5,

        /// <summary><see cref="TrailingReport"/>: <see cref="TrailingReport.CueForms"/>.</summary>
        Trailing = 1 << 6,

        /// <summary><see cref="PerspectiveReport"/>: "to" or "by".</summary>
        Perspective = 1 << 7,

        /// <summary><see cref="PollReport"/>: "in" or "showing".</summary>
        Poll = 1 << 8,

        /// <summary><see cref="TranscriptLabel"/>: a colon.</summary>
        Transcript = 1 << 9,

        /// <summary>
        /// <see cref="NestedReport.Inner"/>: one of its participles or relative cues, a cue verb, or "asked". Asked per token
        /// (<see cref="Opens"/>), not listed: NestedReport reads the tokens of each statement's content.
        /// </summary>
        Nested = 1 << 10,
    }

    // The rules whose tokens are listed (the first ten bits).
    private const int Rules = 10;

    // Every word NestedReport.Inner can open on, by the hash of its lower case: its two sets and the cue verbs ignore case, which
    // for ASCII is the lower case's (a form that is not ASCII is asked whatever its hash, as TrailingReport.CueForms does).
    private static readonly WordTable.HashFilter NestedWords = new(
        [.. NestedReport.Participles, .. NestedReport.RelativeCues, .. Lexicon.CueVerbs.Keys.Select(v => v.ToLowerInvariant()), "asked"]);

    // Every word any of the rules can open on, by hash: a form whose lower case's bit is clear opens none of them (but for
    // TrailingReport's forms that are not ASCII, which CueForms asks whatever their hash).
    private static readonly WordTable.HashFilter Any = new(
        PhraseReport.FirstWords, NounReport.NounWords, StanceReport.CueWords, PassiveReport.VerbWords, NamingReport.CueWords,
        EndorsementReport.VerbWords, TrailingReport.CueWords, NestedWords, new WordTable.HashFilter(["to", "by", "in", "showing", ":"]));

    // Each rule's tokens: _tokens[_starts[r].._starts[r + 1]] for the rule of bit r.
    private readonly int[] _tokens;
    private readonly int[] _starts;

    // Each form's rules, and each token's form (for Opens).
    private readonly ushort[] _rules;
    private readonly List<int> _formOf;

    private TriggerTokens(WordTable words)
    {
        var values = words.Values;
        var lowers = words.Lowers;
        var rules = new ushort[words.Count];
        for (var f = 0; f < rules.Length; f++)
        {
            var hash = words.LowerHash(f);
            var any = Any.MayHold(hash);
            var ascii = words.IsAscii(f);
            if (!any && ascii)
            {
                continue;
            }

            var rule = Rule.None;
            if (any)
            {
                var (value, lower) = (values[f], lowers[f]);
                rule |= PhraseReport.FirstWords.MayHold(hash) && PhraseReport.IsFirstWord(lower) ? Rule.Phrase : 0;
                rule |= NounReport.NounWords.MayHold(hash) && NounReport.IsNoun(lower) ? Rule.Noun : 0;
                rule |= StanceReport.CueWords.MayHold(hash) && StanceReport.IsCueWord(value) ? Rule.Stance : 0;
                rule |= PassiveReport.VerbWords.MayHold(hash) && PassiveReport.IsVerb(lower) ? Rule.Passive : 0;
                rule |= NamingReport.CueWords.MayHold(hash) && NamingReport.IsCueWord(value) ? Rule.Naming : 0;
                rule |= EndorsementReport.VerbWords.MayHold(hash) && EndorsementReport.IsVerb(value) ? Rule.Endorsement : 0;
                rule |= lower is "to" or "by" ? Rule.Perspective : 0;
                rule |= lower is "in" or "showing" ? Rule.Poll : 0;
                rule |= value == ":" ? Rule.Transcript : 0;
            }

            // CueForms' own test: its filter, or a form that is not ASCII; NestedReport's likewise.
            rule |= (TrailingReport.CueWords.MayHold(hash) || !ascii) && TrailingReport.IsCueForm(words, f) ? Rule.Trailing : 0;
            rule |= (NestedWords.MayHold(hash) || !ascii) && NestedReport.MayOpen(values[f], lowers[f]) ? Rule.Nested : 0;
            rules[f] = (ushort)rule;
        }

        // One pass over the tokens keeps those whose form opens a listed rule; each rule's tokens are then counted and listed, in
        // text order, from those alone (not by two passes over every token).
        var formOf = words.FormOf;
        var forms = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(formOf);
        const uint listed = (1u << Rules) - 1;
        var opening = System.Buffers.ArrayPool<int>.Shared.Rent(Math.Max(forms.Length, 1));
        var open = 0;
        for (var k = 0; k < forms.Length; k++)
        {
            if ((rules[forms[k]] & listed) != 0)
            {
                opening[open++] = k;
            }
        }

        var starts = new int[Rules + 1];
        foreach (var k in opening.AsSpan(0, open))
        {
            for (var bits = rules[forms[k]] & listed; bits != 0; bits &= bits - 1)
            {
                starts[System.Numerics.BitOperations.TrailingZeroCount(bits) + 1]++;
            }
        }

        for (var r = 0; r < Rules; r++)
        {
            starts[r + 1] += starts[r];
        }

        var tokens = new int[starts[Rules]];
        Span<int> next = stackalloc int[Rules];
        starts.AsSpan(0, Rules).CopyTo(next);
        foreach (var k in opening.AsSpan(0, open))
        {
            for (var bits = rules[forms[k]] & listed; bits != 0; bits &= bits - 1)
            {
                tokens[next[System.Numerics.BitOperations.TrailingZeroCount(bits)]++] = k;
            }
        }

        System.Buffers.ArrayPool<int>.Shared.Return(opening);
        (_tokens, _starts, _rules, _formOf) = (tokens, starts, rules, formOf);
    }

    /// <summary>Whether token <paramref name="k"/>'s form can open <paramref name="rule"/>.</summary>
    public bool Opens(int k, Rule rule) => (_rules[_formOf[k]] & (ushort)rule) != 0;

    /// <summary>The article's trigger tokens, made when first asked.</summary>
    public static TriggerTokens Of(TokenizedDocument doc) => doc.Words.Triggers ??= new TriggerTokens(doc.Words);

    /// <summary>The indices of the tokens that can open <paramref name="rule"/> (one bit), ascending.</summary>
    public ReadOnlySpan<int> Tokens(Rule rule)
    {
        var r = System.Numerics.BitOperations.TrailingZeroCount((uint)rule);
        return _tokens.AsSpan(_starts[r], _starts[r + 1] - _starts[r]);
    }
}
