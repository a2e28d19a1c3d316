using System.Text;

namespace WuzhenSite.Importing.Sources;

/// <summary>The whitespace rules every reader shares: no-break and odd spaces are spaces, runs of them one space, the ends trimmed.</summary>
internal static class SourceText
{
    /// <summary>The text with every kind of space (no-break, ideographic, tabs) folded into single spaces and zero-width marks removed.</summary>
    public static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD')
            {
                continue; // zero-width and soft hyphens: web pages carry them, nobody means them
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
