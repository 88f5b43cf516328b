namespace ClaimExtract.Tests;

/// <summary>Small articles written for the tests (not copied from any corpus).</summary>
internal static class TestArticles
{
    /// <summary>Direct, split, indirect and mixed quotes, pronouns, an astral character before the quotes to exercise code point offsets.</summary>
    public const string RiverTown = """
        River town 🌊 votes on the flood wall

        Mayor Ana Ruiz promised on Monday that the city would finish the flood wall by 2027.

        “We will not let the river decide our future,” Ruiz told the council. “The wall gets built.”

        A week later, she said the project could cost twice as much as planned.

        “The money is no longer there, so the 2027 date cannot be kept,” Ruiz said on Friday.

        The wall is 40 percent complete, according to a state audit.
        """;
}
