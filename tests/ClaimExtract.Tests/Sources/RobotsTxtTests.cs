using ClaimExtract.Sources;

namespace ClaimExtract.Tests.Sources;

public class RobotsTxtTests
{
    // Examples from RFC 9309 sections 2.2.2 and 5.2, and the longest-match rule of 2.2.2.
    [TestCase("/fish", "/fish", true)]
    [TestCase("/fish", "/fish.html", true)]
    [TestCase("/fish", "/fish/salmon.html", true)]
    [TestCase("/fish", "/Fish.asp", false)]
    [TestCase("/fish*", "/fishheads/yummy.html", true)]
    [TestCase("/*.php", "/folder/filename.php?parameters", true)]
    [TestCase("/*.php", "/windows.PHP", false)]
    [TestCase("/*.php$", "/filename.php", true)]
    [TestCase("/*.php$", "/filename.php?parameters", false)]
    [TestCase("/*.php$", "/filename.php5", false)]
    [TestCase("/fish*.php", "/fishheads/catfish.php?parameters", true)]
    [TestCase("/fish*.php", "/Fish.PHP", false)]
    [TestCase("/a*b*c$", "/axxbyyc", true)]
    [TestCase("/a*b*c$", "/axxbyycd", false)]
    public void Patterns_MatchAsRfc9309Says(string pattern, string path, bool expected) =>
        Assert.That(RobotsTxt.Matches(pattern, path), Is.EqualTo(expected));

    [TestCase("/page", true)]
    [TestCase("/folder/page", false)]
    [TestCase("/folder/allowed/page", true)]
    [TestCase("/robots.txt", true)]
    public void LongestRuleWins(string path, bool allowed)
    {
        var robots = RobotsTxt.Parse("User-agent: *\nDisallow: /folder\nAllow: /folder/allowed\nDisallow: /robots.txt\n", "claimextract");

        Assert.That(robots.IsAllowed(path), Is.EqualTo(allowed));
    }

    [Test]
    public void AllowWinsATie_AndEmptyDisallowAllowsAll()
    {
        Assert.That(RobotsTxt.Parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "claimextract").IsAllowed("/page"), Is.True);
        Assert.That(RobotsTxt.Parse("User-agent: *\nDisallow:\n", "claimextract").IsAllowed("/anything"), Is.True);
    }

    [Test]
    public void GroupsNamingTheTool_AreMerged_AndReplaceTheStarGroup()
    {
        const string text = """
            User-agent: *
            Disallow: /

            User-agent: googlebot
            User-agent: claimextract
            Disallow: /a   # comment

            User-agent: ClaimExtract/2.0
            Disallow: /b
            """;

        var robots = RobotsTxt.Parse(text, "claimextract");

        Assert.That((robots.IsAllowed("/a"), robots.IsAllowed("/b"), robots.IsAllowed("/c")), Is.EqualTo((false, false, true)));
        Assert.That(RobotsTxt.Parse(text, "otherbot").IsAllowed("/c"), Is.False);
    }
}
