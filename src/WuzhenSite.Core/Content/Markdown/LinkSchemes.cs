using System.Collections.Frozen;

namespace WuzhenSite.Content.Markdown;

/// <summary>
/// Which link addresses may stay links: web and mail addresses, phone numbers, and addresses
/// without a scheme (relative paths, <c>/site/paths</c>, <c>//host</c>, <c>#fragments</c>). The
/// scheme is read the way a browser reads it, so <c>JaVaScRiPt:</c>, <c>" javascript:"</c> or
/// <c>java&#9;script:</c> are the <c>javascript:</c> they run as. Pure.
/// </summary>
public static class LinkSchemes
{
    /// <summary>The schemes a Markdown link may use.</summary>
    public static readonly IReadOnlySet<string> Allowed = new[] { "http", "https", "mailto", "tel" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True when <paramref name="url"/> may be a link's address.</summary>
    public static bool IsAllowed(string url) => SchemeOf(url) is not { } scheme || Allowed.Contains(scheme);

    /// <summary>
    /// The scheme of <paramref name="url"/> in lower case, or null when it has none. As the URL
    /// standard's parser does, leading and trailing C0 controls and spaces are ignored and tabs and
    /// newlines anywhere are removed before the scheme is read; a scheme is an ASCII letter and then
    /// letters, digits, <c>+</c>, <c>-</c> or <c>.</c>, up to the first <c>:</c>.
    /// </summary>
    public static string? SchemeOf(string url)
    {
        var span = url.AsSpan().Trim(ControlsAndSpace);
        var scheme = new System.Text.StringBuilder();
        foreach (var c in span)
        {
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (c == ':')
            {
                return scheme.Length > 0 ? scheme.ToString() : null;
            }

            var letter = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
            if (!(letter || (scheme.Length > 0 && (c is >= '0' and <= '9' or '+' or '-' or '.'))))
            {
                return null; // a '/', '?', '#' or anything else before a ':' means there is no scheme
            }

            scheme.Append(char.ToLowerInvariant(c));
        }

        return null;
    }

    private static readonly char[] ControlsAndSpace = [.. Enumerable.Range(0, 0x21).Select(c => (char)c)];
}
