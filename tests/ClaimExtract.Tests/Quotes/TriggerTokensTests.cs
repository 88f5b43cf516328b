using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Quotes;

/// <summary>
/// Issue 4 speed (docs/quotes.md, "speed90after"): the rules after the ranker that scanned every token for a word of their own walk
/// only <see cref="TriggerTokens"/>' list for them. Each list must hold exactly the tokens their old scan went past its word test on:
/// each rule's own hash filter and table asked of the token's form (as written or its lower case), "to"/"by", "in"/"showing", a colon, and
/// <see cref="TrailingReport.CueForms"/> (whose forms outside ASCII are asked whatever their hash); and, per token, NestedReport.Inner's word test. Sentences written for these tests.
/// </summary>
public class TriggerTokensTests
{
    [TestCase("Heating costs will rise again this year, analyst says. The council praised the plan, according to minutes.")]
    [TestCase("In a poll released Monday, 62 percent of voters said no; a survey showing support. To Okafor, it was clear: the levy is dead, BY ALL ACCOUNTS.")]
    [TestCase("Turkish-style letters: SAİD, saıd, WARNİNG, accordıng, ACCORDİNG, İnsists, tells, endorsed, Endorsed, ENDORSED.")]
    [TestCase("The pier was described as unsafe by the harbor authority, which was criticized; Okafor, a critic, called it “a disgrace.”")]
    [TestCase("Marks only — , . ; : ! ? “ ” ‘ ’ … and numbers 1,200 and 3.5 and says' and write's.")]
    [TestCase("The mayor, who SAID the pier was safe, ADDED, noting, Noting, NOTİNG, saıd, when asked, Asked, wrote and Explained it.")]
    [TestCase("Q: Did you vote for the levy? A: I supported it, and I backed Okafor, who is expected to argue it is worth taking a stand.")]
    public void EachRulesTokens_AreThoseItsWordTestPasses(string text)
    {
        var doc = new TokenizedDocument(TextDocument.Create(text), []);
        var words = doc.Words;
        var triggers = TriggerTokens.Of(doc);
        var tables = new (TriggerTokens.Rule Rule, Func<int, bool> Opens)[]
        {
            (TriggerTokens.Rule.Phrase, f => PhraseReport.FirstWords.MayHold(words.LowerHash(f)) && PhraseReport.IsFirstWord(words.Lowers[f])),
            (TriggerTokens.Rule.Noun, f => NounReport.NounWords.MayHold(words.LowerHash(f)) && NounReport.IsNoun(words.Lowers[f])),
            (TriggerTokens.Rule.Stance, f => StanceReport.CueWords.MayHold(words.LowerHash(f)) && StanceReport.IsCueWord(words.Values[f])),
            (TriggerTokens.Rule.Passive, f => PassiveReport.VerbWords.MayHold(words.LowerHash(f)) && PassiveReport.IsVerb(words.Lowers[f])),
            (TriggerTokens.Rule.Naming, f => NamingReport.CueWords.MayHold(words.LowerHash(f)) && NamingReport.IsCueWord(words.Values[f])),
            (TriggerTokens.Rule.Endorsement, f => EndorsementReport.VerbWords.MayHold(words.LowerHash(f)) && EndorsementReport.IsVerb(words.Values[f])),
            (TriggerTokens.Rule.Trailing, f => TrailingReport.CueForms(words)[f]),
            (TriggerTokens.Rule.Perspective, f => words.Lowers[f] is "to" or "by"),
            (TriggerTokens.Rule.Poll, f => words.Lowers[f] is "in" or "showing"),
            (TriggerTokens.Rule.Transcript, f => words.Values[f] == ":"),
        };
        foreach (var (rule, opens) in tables)
        {
            var expected = Enumerable.Range(0, doc.Tokens.Count).Where(k => opens(words.FormOf[k])).ToArray();
            Assert.That(triggers.Tokens(rule).ToArray(), Is.EqualTo(expected), rule.ToString());
        }

        // NestedReport.Inner's word test, asked per token: its two sets (ignoring case), a cue verb, "asked".
        for (var k = 0; k < doc.Tokens.Count; k++)
        {
            var (value, lower) = (doc.Tokens[k].Value, doc.Tokens[k].Lower);
            var expected = NestedReport.Participles.Contains(value) || NestedReport.RelativeCues.Contains(value) || Lexicon.CueVerbs.ContainsKey(lower) || lower == "asked";
            Assert.That(triggers.Opens(k, TriggerTokens.Rule.Nested), Is.EqualTo(expected), $"token {k} “{value}”");
        }
    }

    /// <summary>
    /// speed92after: the word table's ASCII flag, read with each form's lower case, answers as <c>Ascii.IsValid</c> of the form, which
    /// TriggerTokens and the rules' flags asked of each form (ASCII words, curly marks and dashes, Turkish dotted and dotless letters).
    /// </summary>
    [TestCase("Okafor SAID the pier — “safe” — was İnsisted, saıd, 3.5% … café.")]
    [TestCase("Plain ASCII words, a comma, 1,200 and a colon: all of them.")]
    public void EachFormsAsciiFlag_IsWhatAsciiIsValidSays(string text)
    {
        var words = new TokenizedDocument(TextDocument.Create(text), []).Words;
        for (var f = 0; f < words.Count; f++)
        {
            Assert.That(words.IsAscii(f), Is.EqualTo(System.Text.Ascii.IsValid(words.Values[f])), words.Values[f]);
        }
    }
}
