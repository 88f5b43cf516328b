namespace ClaimExtract.Tests;

/// <summary>Finds the repository root and the shared corpora beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The shared data folder (<c>../shared/data</c>), or null on a fresh clone without it.</summary>
    public static string? SharedData
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));
            return Directory.Exists(path) ? path : null;
        }
    }

    public static string InRoot(string relative) => Path.Combine(Root, relative);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ClaimExtract.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ClaimExtract.sln not found above the test directory");
    }
}
