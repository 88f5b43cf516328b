using System.Security.Cryptography;
using System.Text;

namespace ClaimExtract.Output;

/// <summary>
/// Turns a document id (a path, a URL, a WARC record id) into a file name that stays inside the
/// output folder on every system: letters, digits, <c>. _ -</c> only, no leading dot, at most
/// 100 characters, and, whenever anything was changed, a short hash of the whole id so that two ids
/// never share a name ("a/b" and "a_b" differ).
/// </summary>
public static class SafeFileName
{
    private const int MaximumStem = 100;

    public static string From(string id, string extension)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(extension);
        var builder = new StringBuilder(Math.Min(id.Length, MaximumStem));
        foreach (var c in id)
        {
            if (builder.Length == MaximumStem)
            {
                break;
            }

            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '_');
        }

        var stem = builder.ToString().TrimStart('.');
        var changed = stem.Length != id.Length || !string.Equals(stem, id, StringComparison.Ordinal) || IsReserved(stem);
        if (changed)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)).AsSpan(0, 5));
            stem = stem.Length == 0 ? hash : $"{stem}-{hash}";
        }

        return stem + extension;
    }

    // Names Windows will not create, whatever the extension.
    private static bool IsReserved(string stem)
    {
        var name = stem.Split('.')[0].ToUpperInvariant();
        return name is "CON" or "PRN" or "AUX" or "NUL" or "" || (name.Length == 4 && (name.StartsWith("COM", StringComparison.Ordinal) || name.StartsWith("LPT", StringComparison.Ordinal)) && char.IsAsciiDigit(name[3]));
    }
}
