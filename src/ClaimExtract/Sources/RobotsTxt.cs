namespace ClaimExtract.Sources;

/// <summary>
/// The rules of a robots.txt file (RFC 9309) for one crawler: the groups whose <c>User-agent</c> names the
/// crawler's product token (case-insensitively), or else the <c>*</c> groups; among their <c>Allow</c> and
/// <c>Disallow</c> rules the longest match wins, <c>Allow</c> on a tie; <c>*</c> matches any run of characters
/// and a final <c>$</c> the end of the path. No matching rule allows.
/// </summary>
internal sealed class RobotsTxt
{
    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsTxt(List<(string Pattern, bool Allow)> rules) => _rules = rules;

    /// <summary>Allows everything (no robots.txt, or one the server answers 4xx for).</summary>
    public static RobotsTxt AllowAll { get; } = new([]);

    /// <summary>Parses a robots.txt for the crawler named <paramref name="productToken"/> (e.g. <c>claimextract</c>).</summary>
    public static RobotsTxt Parse(string text, string productToken)
    {
        var mine = new List<(string, bool)>();
        var anyone = new List<(string, bool)>();
        var matchesMe = false;
        var matchesAnyone = false;
        var mineFound = false;
        var inAgents = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var hash = rawLine.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? rawLine[..hash] : rawLine).Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key is "user-agent" or "useragent")
            {
                if (!inAgents)
                {
                    // A new group starts.
                    (matchesMe, matchesAnyone, inAgents) = (false, false, true);
                }

                if (value == "*")
                {
                    matchesAnyone = true;
                }
                else if (value.Length > 0 && value.Split('/')[0].Trim().Equals(productToken, StringComparison.OrdinalIgnoreCase))
                {
                    matchesMe = true;
                    mineFound = true;
                }

                continue;
            }

            inAgents = false;
            if (key is not ("allow" or "disallow"))
            {
                continue;
            }

            // An empty Disallow allows everything; an empty Allow says nothing.
            if (value.Length == 0)
            {
                continue;
            }

            var rule = (value, key == "allow");
            if (matchesMe)
            {
                mine.Add(rule);
            }

            if (matchesAnyone)
            {
                anyone.Add(rule);
            }
        }

        return new RobotsTxt(mineFound ? mine : anyone);
    }

    /// <summary>Whether the crawler may fetch <paramref name="pathAndQuery"/> (as in <see cref="Uri.PathAndQuery"/>).</summary>
    public bool IsAllowed(string pathAndQuery)
    {
        if (pathAndQuery.Equals("/robots.txt", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var bestLength = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (Matches(pattern, pathAndQuery) && (pattern.Length > bestLength || (pattern.Length == bestLength && allow)))
            {
                bestLength = pattern.Length;
                allowed = allow;
            }
        }

        return allowed;
    }

    /// <summary>Whether <paramref name="pattern"/> (with <c>*</c> and a final <c>$</c>) matches a prefix of <paramref name="path"/>, or all of it when anchored.</summary>
    internal static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var parts = (anchored ? pattern[..^1] : pattern).Split('*');
        if (!path.StartsWith(parts[0], StringComparison.Ordinal))
        {
            return false;
        }

        if (parts.Length == 1)
        {
            return !anchored || path.Length == parts[0].Length;
        }

        var at = parts[0].Length;
        for (var i = 1; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            if (last && anchored)
            {
                return path.Length - at >= parts[i].Length && path.EndsWith(parts[i], StringComparison.Ordinal);
            }

            var found = path.IndexOf(parts[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + parts[i].Length;
        }

        return true;
    }
}
