namespace ClaimExtract.Speakers;

/// <summary>
/// A description's tense: "the former governor" names a holder the article writes as a former one, "the governor" one it does not
/// ("Ana Lee Ruiz, the former Vermont governor," is not "the governor" of an article about the sitting one): see
/// EntityIndex.FormerRoles.cs.
/// </summary>
internal sealed partial class SpeakerResolver
{
    /// <summary>Whether a description's words before its head say "former" or "ex" ("the former president", "The Former Governor").</summary>
    private static bool SaysFormer(string[] words) => words[..^1].Any(w => EntityIndex.IsFormerWord(w.ToLowerInvariant()));
}
