using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Content.Markdown;

/// <summary>A link or image whose address was refused (see <see cref="LinkSchemes"/>) and rendered as its text; <paramref name="Line"/> is 0-based in the parsed Markdown.</summary>
public sealed record RefusedLink(string Url, int Line, bool IsImage)
{
    /// <summary>The warning for it, in <paramref name="file"/> whose Markdown starts at 1-based line <paramref name="firstLine"/>.</summary>
    public Diagnostic ToWarning(string file, int firstLine) =>
        Diagnostic.Warning(file, firstLine + Line, 1,
            $"The {(IsImage ? "image" : "link")} address '{Shown(Url)}' uses the scheme '{LinkSchemes.SchemeOf(Url)}:', which could run script or hide what it opens; it is shown as text.",
            "Link only to http:, https:, mailto: or tel: addresses, or to pages and files of this site.", "unsafe-link");

    /// <summary>The address as one line of printable text: controls shown as <c>\u0001</c>, long ones cut.</summary>
    private static string Shown(string url)
    {
        var text = string.Concat(url.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
        return text.Length > 80 ? text[..80] + "…" : text;
    }
}
