using ClaimExtract.Quotes;
using ClaimExtract.Text;

namespace ClaimExtract.Speakers;

/// <summary>
/// A sentence that is only a participle cue and its quotation ("Ana Ruiz said the vote was close. Adding, “We will try again.”") has
/// no subject of its own: it continues the sentence before, whose speaker goes on speaking (branch speakers118).
/// </summary>
internal sealed partial class SpeakerRanker
{
    /// <summary>
    /// The speaker of the statement before <paramref name="a"/> speaks a participle cue that opens its sentence with the quotation right
    /// after its comma ("Ruiz said the vote was close. Adding, “We will try again.”"), as a quotation with no cue takes the speaker of the
    /// statement before it (<see cref="AttributionFinder"/>, and with the same reach: that statement in the same or the previous
    /// paragraph). The cue is the sentence's first token, outside quotation marks, a capitalised -ing word lower case after its capital
    /// (not "-thing", not "According"), then a comma, then an opening quotation mark: the quotation is the participle's object, so no
    /// subject can follow ("Noting the vote, Ruiz said" has one, <see cref="SubjectOfAnOpeningParticipleCue"/>). Only a cue left with
    /// no speaker, after a statement with one.
    /// </summary>
    internal static Attribution SpeakerOfTheStatementBeforeAFragment(TokenizedDocument doc, Attribution? previous, Attribution a)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(a);
        if (a.Speaker is not null || a.Cue is not { } cue || previous?.Speaker is not { } speaker || previous.Content.End > a.Content.Start
            || doc.Document.ParagraphAt(a.Content.Start) - doc.Document.ParagraphAt(previous.Content.Start) > 1)
        {
            return a;
        }

        var t = doc.Tokens;
        var k = doc.IndexAtOrAfter(cue.Start);
        if (k + 1 >= t.Count || doc.Quoted[k] || doc.SentenceFirst[doc.SentenceOf[k]] != k || t[k].Span.End != cue.End)
        {
            return a;
        }

        var w = t[k].Lower;
        if (!t[k].IsCapitalized || !t[k].Value.Skip(1).All(char.IsAsciiLetterLower) || w.Length <= 5 || !w.EndsWith("ing", StringComparison.Ordinal)
            || w.EndsWith("thing", StringComparison.Ordinal) || w == "according" || t[k + 1].Value != ","
            || doc.Document.Text.AsSpan(t[k + 1].Span.End).TrimStart() is not [('\u201C' or '"'), ..])
        {
            return a;
        }

        var source = previous.InheritedFrom ?? previous;
        return a with { Speaker = speaker, Referent = null, InheritedFrom = source };
    }
}
