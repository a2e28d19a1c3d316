using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Content.FrontMatter;

/// <summary>How the commands that write front matter (<c>wuzhen new</c>, <c>wuzhen import</c>) write a text value so that <see cref="FrontMatterParser"/> reads it back exactly.</summary>
public static class FrontMatterText
{
    /// <summary>
    /// Double-quoted YAML, so that ': ', '#', a leading '-', '*', '&amp;' or quote stay part of one string;
    /// invisible characters (bidi overrides, zero-width spaces, line separators) are written as the
    /// \uXXXX escapes YAML shares with the terminal's, so the file shows them and reads back exactly.
    /// </summary>
    public static string Quote(string value) =>
        "\"" + VisibleText.Escape(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)) + "\"";
}
