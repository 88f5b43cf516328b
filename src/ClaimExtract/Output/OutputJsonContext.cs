using System.Text.Json.Serialization;

namespace ClaimExtract.Output;

/// <summary>Source-generated JSON metadata for the output records: snake_case names, nulls written out, enums as lower-case strings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(List<Article>))]
internal sealed partial class OutputJsonContext : JsonSerializerContext;
