using ClaimExtract.Output;
using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Batch;

public class ShardTests
{
    [TestCase(1)]
    [TestCase(3)]
    [TestCase(16)]
    public void EveryId_IsInExactlyOneShard(int count)
    {
        var ids = Enumerable.Range(0, 2_000).Select(i => $"https://example.org/news/{i}.html").ToList();
        var shards = Enumerable.Range(0, count).Select(k => new Shard(k, count)).ToList();

        foreach (var id in ids)
        {
            Assert.That(shards.Count(s => s.Contains(id)), Is.EqualTo(1), id);
        }
    }

    [Test]
    public void Shards_AreRoughlyBalanced()
    {
        var ids = Enumerable.Range(0, 4_000).Select(i => $"doc-{i}").ToList();

        var sizes = Enumerable.Range(0, 4).Select(k => ids.Count(id => new Shard(k, 4).Contains(id)));

        Assert.That(sizes, Is.All.InRange(850, 1_150));
    }

    [TestCase("0/4", 0, 4)]
    [TestCase("3/4", 3, 4)]
    [TestCase("0/1", 0, 1)]
    public void TryParse_ReadsKOverN(string text, int index, int count)
    {
        Assert.That(Shard.TryParse(text, out var shard, out var error), Is.True, error);
        Assert.That((shard.Index, shard.Count), Is.EqualTo((index, count)));
    }

    [TestCase("4/4")]
    [TestCase("-1/4")]
    [TestCase("1/0")]
    [TestCase("1")]
    [TestCase("a/b")]
    [TestCase("1/2/3")]
    public void TryParse_RefusesWhatIsNotAShard(string text)
    {
        Assert.That(Shard.TryParse(text, out _, out var error), Is.False);
        Assert.That(error, Does.Contain(text));
    }
}

public class SafeFileNameTests
{
    [TestCase("../../etc/passwd")]
    [TestCase("/etc/passwd")]
    [TestCase("..")]
    [TestCase(".")]
    [TestCase("")]
    [TestCase("a/../../b")]
    [TestCase("C:\\Windows\\system32")]
    [TestCase("https://example.org/a/b?c=d&e=../f")]
    [TestCase("urn:uuid:12345678-1234-1234-1234-123456789abc")]
    [TestCase("CON")]
    [TestCase("nul.txt")]
    [TestCase("名前/ファイル")]
    [TestCase(".hidden")]
    public void Name_StaysInsideTheFolder(string id)
    {
        var folder = Path.Combine(Path.GetTempPath(), "out");

        var name = SafeFileName.From(id, ".jsonl");
        var full = Path.GetFullPath(Path.Combine(folder, name));

        Assert.That(Path.GetDirectoryName(full), Is.EqualTo(folder));
        Assert.That(name, Does.Not.StartWith(".").And.Match("^[A-Za-z0-9._-]+$"));
        Assert.That(name.Length, Is.LessThanOrEqualTo(120));
    }

    [Test]
    public void PlainIds_AreKept()
    {
        Assert.That(SafeFileName.From("article-17_v2", ".json"), Is.EqualTo("article-17_v2.json"));
    }

    [Test]
    public void IdsThatSanitiseAlike_GetDifferentNames()
    {
        string[] ids = ["a/b", "a_b", "a?b", "a b", new string('x', 300), new string('x', 301)];

        var names = ids.Select(id => SafeFileName.From(id, ".json")).ToList();

        Assert.That(names, Is.Unique);
    }
}
