using ClaimExtract.Speakers;
using ClaimExtract.Text;

namespace ClaimExtract.Tests.Speakers;

/// <summary>
/// Branch names82, on sentences written for these tests: a capitalised month or modal that <see cref="ClaimExtract.Quotes.Lexicon.IsNotNameAt"/>
/// reads as part of a name ("George Will", "Theresa May") is no auxiliary, adverb or name start for the rules' subject before a cue
/// nor for the speaker ranker's traits at that token (<see cref="TokenTraits.Of"/>), while the same word elsewhere keeps them.
/// </summary>
public class MonthOrModalInsideNameTraitsTests
{
    private static List<(string? Mention, string? Speaker)> Speakers(string text) => PipelineStatements.MentionsAndSpeakers(text);

    [TestCase("Columnist George Will wrote that the budget plan was a mistake.", "Columnist George Will", "George Will")]
    [TestCase("Conservative columnist George Will said the court had gone too far in the ruling.", "George Will", "George Will")]
    [TestCase("“The budget plan is a mistake,” George Will wrote in his column on Sunday.", "George Will", "George Will")]
    [TestCase("Theresa May said the deal would protect jobs across the country.", "Theresa May", "Theresa May")]
    [TestCase("The council met on Monday. Former prime minister Theresa May told reporters the plan was sound.", "Former prime minister Theresa May", "Theresa May")]
    public void NameWithAModalOrMonth_IsTheWholeSpeaker(string text, string mention, string speaker) =>
        Assert.That(Speakers(text), Does.Contain(((string?)mention, (string?)speaker)));

    // Guards: the same words outside a name stay function words.
    [TestCase("Will voters care? Analysts said the debate would not change many minds in the state.", "Analysts")]
    [TestCase("In May, officials said the bridge would reopen before the end of the summer.", "officials")]
    [TestCase("He said he will vote against the bill because it raises taxes on small firms.", "He")]
    public void ModalOrMonthOutsideAName_StaysOut(string text, string mention) =>
        Assert.That(Speakers(text).Select(s => s.Mention), Is.EqualTo(new[] { mention }));

    // The traits at the word (first occurrence): an auxiliary or a name start only outside a name.
    [TestCase("Columnist George Will wrote that the plan failed.", "Will", TokenTraits.Auxiliary, false)]
    [TestCase("Will voters care? Analysts said no.", "Will", TokenTraits.Auxiliary, true)]
    [TestCase("He said he will vote against it. George Will wrote that it failed.", "will", TokenTraits.Auxiliary, true)]
    [TestCase("Theresa May said the deal was good.", "May", TokenTraits.NotNameStart | TokenTraits.DescriptionStop, false)]
    [TestCase("In May, officials said the deal was good.", "May", TokenTraits.NotNameStart, true)]
    public void Traits_FollowThePosition(string text, string word, uint trait, bool has)
    {
        var doc = new TokenizedDocument(TextDocument.Create(text), []);
        var traits = new TokenTraits(doc);
        var j = doc.Tokens.FindIndex(t => t.Value == word);
        Assert.That(traits.Has(j, trait), Is.EqualTo(has));
        Assert.That(traits.OfHead(j) & trait, Is.EqualTo(traits.Of(j) & trait));
    }

    // A form's traits are the form's at every other token: a name's "Will" does not take them from a function word's, nor the other way.
    [Test]
    public void SurnameLikeForm_KeepsItsTraitsOutsideTheName()
    {
        var doc = new TokenizedDocument(TextDocument.Create("George Will wrote that it failed. Will voters care? Analysts said no."), []);
        var traits = new TokenTraits(doc);
        var wills = Enumerable.Range(0, doc.Tokens.Count).Where(i => doc.Tokens[i].Value == "Will").ToList();
        Assert.That(wills.Select(i => traits.Has(i, TokenTraits.Auxiliary)), Is.EqualTo(new[] { false, true }));
        // Asked again, the other way round, from the table's cached bits.
        Assert.That(wills.AsEnumerable().Reverse().Select(i => traits.Has(i, TokenTraits.Auxiliary)), Is.EqualTo(new[] { true, false }));
    }
}
