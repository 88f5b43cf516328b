namespace ClaimExtract.Output;

/// <summary>The JSON Schema (draft 2020-12) of one output article, as embedded in the library.</summary>
public static class OutputSchema
{
    private static readonly Lazy<string> Text = new(() =>
    {
        using var stream = typeof(OutputSchema).Assembly.GetManifestResourceStream("ClaimExtract.Output.article.schema.json")
            ?? throw new InvalidOperationException("the article schema is not embedded in the library");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>The schema's text.</summary>
    public static string Json => Text.Value;
}
