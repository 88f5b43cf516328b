using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Api;

/// <summary>The library as another project calls it. Texts written for the tests.</summary>
public class LibraryApiTests
{
    [Test]
    public void SourceItem_WithNeitherDocumentNorProblem_IsRefusedAsABug()
    {
        // Audit 12: such an item became an article whose problem list held a null, and Article.Failed then threw
        // a NullReferenceException far from the mistake.
        var item = new SourceItem("a", "a.html", null, null);

        Assert.That(() => new ClaimPipeline().Process(item), Throws.ArgumentException.With.Message.Contains("neither"));
    }

    [Test]
    public void SourceItemFactories_RefuseNull()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => SourceItem.Of(null!), Throws.ArgumentNullException);
            Assert.That(() => SourceItem.Failed("a", "a.html", null!), Throws.ArgumentNullException);
        });
    }
}
