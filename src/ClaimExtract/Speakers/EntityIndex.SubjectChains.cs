namespace ClaimExtract.Speakers;

/// <summary>
/// A person named as the subject a little further back than the pronoun's window, for a "he" or "she" whose own sentences carry the
/// pronoun on but name no one of its gender as a subject (branch persons120; the resolver decides when, in
/// SpeakerResolver.SubjectChains.cs): "Tom Hale claims he went to see Ned Cross to end it. ... During the visit, he was seen with Cross.
/// ... He told the reporter" is Tom Hale, not Ned Cross, the latest man named, whom the sentences between name only as an object.
/// </summary>
internal sealed partial class EntityIndex
{
    /// <summary>
    /// The latest person named as a subject in the <paramref name="back"/> sentences before the pronoun's window (the sentences from
    /// <paramref name="sentence"/> − 2, which <see cref="ResolvePronoun(int, int, bool?, Func{string, bool}?)"/> reads for a subject) who
    /// may be a man (<paramref name="male"/>) or a woman, when that window names no such subject before <paramref name="position"/>; else
    /// null. Places, organisations (<paramref name="organisation"/>) and names of common words are passed over, as there.
    /// </summary>
    public string? SubjectBeforeWindow(int position, int sentence, bool male, Func<string, bool>? organisation, int back)
    {
        var last = LastMentionBefore(position);
        string? passedOver = null;
        for (var i = last; i >= Math.Max(0, last - 50) && _mentions[i].Sentence >= sentence - 2 - back; i--)
        {
            var mention = _mentions[i];
            if ((mention.IsSubject || mention.SubjectAfterRole || mention.ReportSubject) && !_places.Contains(mention.FullName)
                && !CommonWordsName(mention.FullName, male) && organisation?.Invoke(mention.FullName) != true && !NoPronounReferent(i, male)
                && Agrees(mention.FullName, male, ref passedOver))
            {
                // A subject inside the window: the pronoun's own rule has it.
                return mention.Sentence >= sentence - 2 ? null : mention.FullName;
            }
        }

        return null;
    }
}
