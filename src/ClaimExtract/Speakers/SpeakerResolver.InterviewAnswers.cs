namespace ClaimExtract.Speakers;

/// <summary>
/// A question-and-answer interview ("Q: ... \n\nA: I think ..."): "I" in an answer is the person interviewed, whom the article names
/// first (its headline or its introduction: "Ann Roe sees hope ... \nFormer senator Ann Roe sat down with ..."), not nobody.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>
    /// The person interviewed when <paramref name="mention"/> lies in a paragraph opening with "A:" of an article with two such answers or
    /// more and a paragraph opening with a question mark "Q" ("Q:", "Q.", or "Q" run into the question): the first person the article names
    /// outside quotations before the first answer; null otherwise.
    /// </summary>
    private string? Interviewee(Span mention)
    {
        var paragraph = _text.LastIndexOf('\n', Math.Max(0, mention.Start - 1)) + 1;
        if (!_text.AsSpan(paragraph).StartsWith("A:", StringComparison.Ordinal))
        {
            return null;
        }

        int answers = 0, questions = 0, firstAnswer = -1;
        for (var line = 0; line < _text.Length; line = _text.IndexOf('\n', line) is var next && next < 0 ? _text.Length : next + 1)
        {
            var rest = _text.AsSpan(line);
            if (rest.StartsWith("A:", StringComparison.Ordinal))
            {
                answers++;
                firstAnswer = firstAnswer < 0 ? line : firstAnswer;
            }
            else if (rest.Length > 1 && rest[0] == 'Q' && (rest[1] is ':' or '.' || char.IsUpper(rest[1])))
            {
                questions++;
            }
        }

        return answers >= 2 && questions >= 1 && _entities.Mentions.Count > 0 && _entities.Mentions[0].Span.Start < firstAnswer
               && FirstNameGender.IsPersonName(_entities.Mentions[0].FullName)
            ? _entities.Mentions[0].FullName
            : null;
    }
}
