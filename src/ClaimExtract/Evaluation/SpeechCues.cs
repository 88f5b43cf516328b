using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimExtract.Output;
using ClaimExtract.Quotes;

namespace ClaimExtract.Evaluation;

/// <summary>Which attributions <c>eval quotes --cues</c> scores: those with a speech cue, or all the others.</summary>
public enum CueSubset
{
    /// <summary>Attributions whose cue has a verb of saying or "according to".</summary>
    Speech,

    /// <summary>All other attributions: beliefs, intentions, evidence, and cues with no verb of saying.</summary>
    Other,
}

/// <summary>
/// The speech-cue split of issue 4 ("PolNeAR also annotates beliefs and intentions that are not speech; it is fine to report
/// the figures on speech-cue attributions separately"), fixed before any figure was seen: an attribution, gold or ours, is a
/// speech-cue attribution when its cue has a word that is an inflection of a verb of saying of the hand-made cue list
/// (<see cref="Lexicon.SayingVerbForms"/>: not the forms harvested from PolNeAR, not the verbs of thinking, feeling and evidence
/// of that list), or the words "according to". The cue is a gold attribution's cue pieces' text joined with spaces, as the
/// reference scorer joins them, and a statement's <c>cue</c> field: the same test on both sides. Words are runs of letters,
/// compared without case. docs/benchmarks.md, "Speech-cue attributions apart".
/// </summary>
public static class SpeechCues
{
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <summary>Whether <paramref name="cue"/> is a speech cue ("has said", "told ... that", "According to"); not "believes", "wants", "" or null.</summary>
    public static bool IsSpeech(string? cue)
    {
        var words = Words(cue ?? "");
        for (var i = 0; i < words.Count; i++)
        {
            if (Lexicon.SayingVerbForms.Contains(words[i])
                || i + 1 < words.Count && words[i].Equals("according", StringComparison.OrdinalIgnoreCase) && words[i + 1].Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a cue falls in <paramref name="subset"/>.</summary>
    public static bool IsIn(string? cue, CueSubset subset) => IsSpeech(cue) == (subset == CueSubset.Speech);

    /// <summary>A gold article as a JSON Lines record with only the attributions whose cue falls in <paramref name="subset"/>; all else as it was.</summary>
    public static byte[] GoldLine(JsonElement article, CueSubset subset) =>
        Line(article, name => name == "attributions", a => IsIn(QuoteScorer.CueText(a), subset));

    /// <summary>A prediction article as a JSON Lines record with only the statements (or quotes) whose cue falls in <paramref name="subset"/>; all else as it was.</summary>
    public static byte[] PredictionLine(JsonElement article, CueSubset subset) =>
        Line(article, name => name is "statements" or "quotes", s => IsIn(s.ValueKind == JsonValueKind.Object && s.TryGetProperty("cue", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null, subset));

    /// <summary>A pipeline article as a JSON Lines record with only the statements whose cue falls in <paramref name="subset"/>: <c>extract --format jsonl</c>'s record, filtered.</summary>
    public static byte[] PredictionLine(Article article, CueSubset subset)
    {
        using var json = JsonDocument.Parse(JsonArticleWriter.Line(article));
        return PredictionLine(json.RootElement, subset);
    }

    private static byte[] Line(JsonElement article, Func<string, bool> filtered, Func<JsonElement, bool> keep)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            if (article.ValueKind != JsonValueKind.Object)
            {
                article.WriteTo(writer);
            }
            else
            {
                writer.WriteStartObject();
                foreach (var property in article.EnumerateObject())
                {
                    if (filtered(property.Name) && property.Value.ValueKind == JsonValueKind.Array)
                    {
                        writer.WritePropertyName(property.Name);
                        writer.WriteStartArray();
                        foreach (var item in property.Value.EnumerateArray().Where(keep))
                        {
                            item.WriteTo(writer);
                        }

                        writer.WriteEndArray();
                    }
                    else
                    {
                        property.WriteTo(writer);
                    }
                }

                writer.WriteEndObject();
            }
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }
}
