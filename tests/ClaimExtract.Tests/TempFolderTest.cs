namespace ClaimExtract.Tests;

/// <summary>A base for tests that need a fresh folder of their own, removed afterwards.</summary>
public abstract class TempFolderTest
{
    /// <summary>The folder of the running test.</summary>
    protected string Folder { get; private set; } = "";

    [SetUp]
    public void CreateFolder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "claimextract-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(Folder, recursive: true);

    /// <summary>Writes a file in the folder and returns its path.</summary>
    protected string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
