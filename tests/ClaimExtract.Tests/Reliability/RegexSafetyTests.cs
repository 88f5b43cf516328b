using System.Reflection;
using System.Text.RegularExpressions;

namespace ClaimExtract.Tests.Reliability;

/// <summary>
/// Every regex that may see document text has a match timeout or runs without backtracking, so that no
/// page can make a pattern run for hours (issue 6). A timeout surfaces as a CE9009 problem on that page.
/// </summary>
public class RegexSafetyTests
{
    private static readonly Assembly Library = typeof(ClaimPipeline).Assembly;

    private static bool IsBounded(Regex regex) =>
        regex.MatchTimeout != Regex.InfiniteMatchTimeout || regex.Options.HasFlag(RegexOptions.NonBacktracking);

    /// <summary>Every regex the library holds: [GeneratedRegex] methods and properties, and static fields.</summary>
    private static IEnumerable<(string Name, Regex Regex)> LibraryRegexes()
    {
        const BindingFlags All = BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in Library.GetTypes().Where(t => !t.IsGenericTypeDefinition && !t.FullName!.StartsWith("System.Text.RegularExpressions.Generated", StringComparison.Ordinal)))
        {
            foreach (var method in type.GetMethods(All).Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0))
            {
                yield return ($"{type.FullName}.{method.Name}()", (Regex)method.Invoke(null, null)!);
            }

            foreach (var property in type.GetProperties(All).Where(p => p.PropertyType == typeof(Regex) && p.GetMethod is not null))
            {
                yield return ($"{type.FullName}.{property.Name}", (Regex)property.GetValue(null)!);
            }

            foreach (var field in type.GetFields(All).Where(f => f.FieldType == typeof(Regex)))
            {
                if (field.GetValue(null) is Regex regex)
                {
                    yield return ($"{type.FullName}.{field.Name}", regex);
                }
            }
        }
    }

    [Test]
    public void EveryRegexInTheLibrary_HasATimeoutOrDoesNotBacktrack()
    {
        var regexes = LibraryRegexes().ToList();

        Assert.That(regexes, Has.Count.GreaterThan(20), "the reflection finds the library's regexes");
        Assert.That(regexes.Where(r => !IsBounded(r.Regex)).Select(r => r.Name), Is.Empty);
    }

    [Test]
    public void NoRegexIsBuiltOrCalledStatically_InTheSources()
    {
        // Regexes made at run time (new Regex, Regex.IsMatch(text, pattern), ...) escape the reflection above:
        // the library declares them with [GeneratedRegex(pattern, options, timeout)] instead.
        var calls = new Regex(@"new\s+Regex\s*\(|\bRegex\.(IsMatch|Match|Matches|Replace|Split|Count|EnumerateMatches)\s*\(", RegexOptions.None, TimeSpan.FromSeconds(1));
        var files = Directory.EnumerateFiles(RepositoryPaths.InRoot("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.That(files, Is.Not.Empty);
        Assert.That(files.Where(f => calls.IsMatch(File.ReadAllText(f))).Select(Path.GetFileName), Is.Empty);
    }
}
