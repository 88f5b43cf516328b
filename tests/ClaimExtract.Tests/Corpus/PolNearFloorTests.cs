using ClaimExtract.Evaluation;
using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Corpus;

/// <summary>
/// A metric gate on PolNeAR dev (read from ../shared; skipped on a fresh clone without it): quote and
/// speaker extraction scored by the port of score_quotes.py must not fall below the floors reached for
/// issue 4 with the learned cue tagger and speaker ranker (overlap 0.3 F1 77.9, speaker accuracy 87.1,
/// exact-span F1 51.7 when pinned, after the content-span rules of the night of 2026-11-30 ("called X “...”", relative
/// clauses, the tagger's content ends) and the speaker-span conventions of branch speakers8; exact-span F1 51.8 with the sentence-final
/// and role-and-name speaker rules of branch speakers9 (F1 prints 77.8 there: 77.85 before rounding P and R). Then the cue tagger and the speaker ranker were retrained on those rules
/// (`claimextract train cues`, `claimextract train speakers`; each rebuilds the shipped model byte for byte): F1 77.8, speaker accuracy
/// 86.8, exact-span F1 51.9 (speaker floor lowered from 86.9 for that: the models are chosen on train, never on dev); the floors sit a little below, as a retraining moves speaker accuracy by a few tenths).
/// The attribution verifier of branch verify11 (`claimextract train verifier`, its threshold chosen by cross-validation on train) drops
/// the reported statements unlikely to match: F1 78.7, speaker accuracy 87.0, exact-span F1 52.4. Dev is never trained on (the rules come from train analysis, the
/// models are trained on train only), so this is not a metric on training data. The web-page rules of the thirteenth audit (labels
/// before a colon, adverbs heading no cue, 2026-11-30) with the cue tagger, speaker ranker and verifier retrained on them: F1 78.4,
/// speaker accuracy 87.0, exact-span F1 52.4 (F1 floor lowered from 78.5 for that: their cross-validated figures on train are
/// unchanged, tagger F1 73.6, verifier F1 76.6 → 76.5, and the same rules read 78.7 with the models before the retraining). The verifier retrained on the rules of that day's last changes
/// (its training data had moved: `scripts/train-all.sh` rewrote it; threshold −1.30 → −0.79, nothing else retrained): F1 78.6, speaker
/// accuracy 87.2, exact-span F1 52.6 (floors raised to 78.5 and 52.4). Branch spans16's content edges (the object of a cue not of
/// saying ends before ", but"; indirect content ends at a line break; no model changed): F1 78.5 (78.53 unrounded, one match fewer),
/// speaker accuracy 87.2, exact-span F1 52.7 (exact floor raised to 52.5). Branch speakers18's rules after the ranker (the subject before an
/// aside, the subject that released a document, no function word as a bare-noun speaker; no model changed): speaker accuracy 87.3 (1,402 of
/// 1,606 against 1,401), F1 and exact-span F1 unchanged (speaker floor raised to 86.9).
/// Branch speakers19's rules after the ranker (the holder of an attitude adjective, the shared subject of two predicates, no source for a
/// noun of doubt no one holds; no model changed): speaker accuracy 87.7 (1,409 of 1,606), F1 and exact-span F1 unchanged (speaker floor raised to 87.4).
/// Branch extent21's content edges (a quotation takes the words of its sentence it continues or that continue it; mixed content
/// "phrase, “Sentence.”" is the quotation; content at a "that" after a noun phrase starts at the noun phrase; no model changed):
/// exact-span F1 53.0 (1,084 exact spans against 1,079), F1 and speaker accuracy unchanged (exact floor raised to 52.8).
/// Branch speakers20's rules after the ranker (the subject of a passive of saying, an "it" standing in for a clause, predicates in a series
/// joined by a comma; no model changed): speaker accuracy 87.9 (1,412 of 1,606), F1 and exact-span F1 unchanged (speaker floor raised to 87.7).
/// Branch passive23's content edge (content after a passive cue of saying, judging or accusing, or after "seem"/"appear", takes
/// the cue's subject and the cue; no model changed): F1 78.6 (78.63 unrounded, 1,608 matches against 1,606), exact-span F1 53.3
/// (53.25, 1,089 exact spans against 1,084), speaker accuracy 87.9 (exact floor raised to 53.1).
/// Main after the late night's merges (passive23, speakers23's rules after the ranker, and the lead's: the looser reading of the words
/// after a quotation, titles in quotation marks, "according to" rewritten; no model changed): F1 78.5 (78.56 unrounded, 1,605 matches),
/// speaker accuracy 88.1, exact-span F1 53.2 (speaker floor raised to 87.9).
/// Branch speakers24's rule after the ranker (the mention right after "told" or an -ing participle is its object; the clause's subject
/// takes its place; no model changed): speaker accuracy 88.2 (1,415 of 1,605 against 1,414), F1 and exact-span F1 unchanged (speaker
/// floor raised to 88.0).
/// Main after the morning's merges of 2026-12-01 (precision29's cue chain: the inner attribution of two cues in a row dropped after
/// the verifier; content29's four content edges; speakers29's rules after the ranker; no model changed): F1 79.3 (P 86.5, R 73.2;
/// 1,604 matches of 1,855 predicted), speaker accuracy 88.3, exact-span F1 54.1 (floors raised to 79.1, 88.1 and 53.8).
/// Branch content31's content edges (a quoted fragment after a quotation's speaker not joined to it, mixed content taking its
/// sentence's words after its quotation, a verb particle out of the content; no model changed): exact-span F1 54.4 (1,100 exact
/// spans against 1,095), F1 79.3 and speaker accuracy 88.3 unchanged (exact floor raised to 54.2).
/// Branch content34's content edges (the object of a verb of endorsing ends after its noun phrase, a free relative "what" starts
/// the content; no model changed): exact-span F1 54.6 (1,104 exact spans against 1,100), F1 79.3 and speaker accuracy 88.3
/// unchanged (exact floor raised to 54.4).
/// Main after the midday merges of 2026-12-02 (recall40-42's stance and endorsement reports where no statement stands, content40's
/// edges, speakers40's rules; no model changed): F1 79.9 (P 86.2, R 74.4; 1,631 matches of 1,893 predicted), exact-span F1 55.4
/// (1,130 exact spans), speaker accuracy 88.2 (1,438 right against 1,418 at 88.4: the added matches' speakers are right less often
/// than the rest; floor kept at 88.2); F1 and exact floors raised to 79.6 and 55.1.
/// Main after the afternoon's merges of 2026-12-02 (recall44's nouns, recall45's polls, recall46's naming verbs, recall48's
/// "reportedly" and inserted beliefs, content42/43's edges; no model changed): F1 79.9 (P 86.0, R 74.6; 1,636 matches of 1,902
/// predicted), exact-span F1 55.5 (1,136 exact spans), speaker accuracy 88.2 (1,443 right); F1 and exact floors raised to 79.7 and 55.3.
/// Main after the evening's merges of 2026-12-02 (port47's trailing attributions, recall49's clause of its own, exact49's
/// opening-clause edge; no model changed): F1 79.9 (P 85.8, R 74.7; 1,637 matches of 1,907 predicted), exact-span F1 56.1
/// (1,150 exact spans), speaker accuracy 88.3 (1,446 right); exact floor raised to 55.9, F1 and speaker floors kept.
/// Main after the morning's merges of 2026-12-03 (rounds 52 and 53: precision52/53's dropped and joined statements, recall52's
/// labels and forms, exact52/53's edges, speakers52/53's rules after the ranker, names52/53; no model changed): F1 80.5 (P 87.5,
/// R 74.5; 1,632 matches of 1,865 predicted), speaker accuracy 88.8 (1,449 right), exact-span F1 56.6 (1,149 exact spans); floors
/// raised to 80.2, 88.5 and 56.3.
/// Main after the afternoon's merges of 2026-12-03 (rounds 55-58: start55, recall55-58, precision56, cues57, exact56/57,
/// speakers56-58, names56/57; no model changed): F1 80.7 (P 87.7, R 74.7; 1,637 matches of 1,866 predicted), speaker accuracy
/// 88.9 (1,456 right), exact-span F1 56.9 (1,155 exact spans); floors raised to 80.4, 88.6 and 56.6.
/// Main after the late afternoon's merges of 2026-12-03 (rounds 60-65: recall60/62/63/65, exact60/61, speakers60/62, names60,
/// speed60; no model changed): F1 80.8 (P 87.8, R 74.8; 1,640 matches of 1,867 predicted), speaker accuracy 89.0 (1,459 right),
/// exact-span F1 57.0 (1,157 exact spans); floors raised to 80.5, 88.7 and 56.7.
/// Main after the evening's merges of 2026-12-03 (rounds 70-73: exact70, recall70-73, speakers71-74, names70-72, speed70; no model
/// changed): F1 80.9 (P 87.9, R 75.0; 1,644 matches of 1,871 predicted), speaker accuracy 89.1 (1,465 right), exact-span F1 57.1
/// (1,159 exact spans); F1 and speaker floors raised to 80.6 and 88.8, exact floor kept at 56.7.
/// Main after the night's merges of 2026-12-03 (rounds 80-82: speakers80/81, recall81, names80-82, speed80/81, tidy82; no model
/// changed): F1 80.96, printed 80.9 (P 87.9, R 75.0; 1,645 matches of 1,872 predicted), speaker accuracy 89.2 (1,467 right), exact-span F1 57.1
/// (1,160 exact spans); floors raised to 80.7, 88.9 and 56.8.
/// Main after the merges of 2026-12-04 (rounds 84-87: names84/85, speakers84-86, exact84, recall84-87; no model changed):
/// F1 80.96, printed 80.9 (P 87.9, R 75.0; 1,645 matches of 1,872 predicted), speaker accuracy 89.24 (1,468 right), exact-span
/// F1 57.14 (1,161 exact spans); speaker and exact floors raised to 89.0 and 56.9, F1 floor kept at 80.7.
/// </summary>
[Category("Corpus")]
[Category("Model")]
public class PolNearFloorTests
{
    [Test]
    public void Dev_StaysAboveTheFloors()
    {
        var shared = RepositoryPaths.SharedData;
        var path = shared is null ? null : Path.Combine(shared, "polnear", "dev.jsonl.gz");
        if (path is null || !File.Exists(path))
        {
            Assert.Ignore("../shared/data/polnear is not beside the repository");
        }

        var gold = QuoteScorer.ReadJsonLines(path).ToList();
        var pipeline = new ClaimPipeline();
        var articles = gold.Select(a => pipeline.Process(new InputDocument(
            a.GetProperty("id").GetString()!, "polnear", new DocumentContent.PlainText(a.GetProperty("text").GetString()!))));

        var score = QuoteScorer.Score(QuoteScorer.Gold(gold), QuoteScorer.Predictions(articles), 0.3);

        Assert.That(score.Gold, Is.EqualTo(2192), "the dev split changed");
        Assert.That(score.F1, Is.GreaterThanOrEqualTo(80.7), score.ToJsonLine());
        Assert.That(score.SpeakerAcc, Is.GreaterThanOrEqualTo(89.0), score.ToJsonLine());
        Assert.That(score.ExactF1, Is.GreaterThanOrEqualTo(56.9), score.ToJsonLine());
    }
}
