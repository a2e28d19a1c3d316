using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Content.FrontMatter;

/// <summary>
/// Finds the YAML front matter at the top of a Markdown file: a <c>---</c> line, the YAML, and a
/// closing <c>---</c> (or <c>...</c>) line.
/// </summary>
public static class FrontMatterSplitter
{
    /// <summary>Splits the text, or returns an error naming the file and what to add.</summary>
    public static (FrontMatterSplit? Split, Diagnostic? Error) Split(string text, string file)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, Diagnostic.Error(file, 1, 1, "The file is empty.",
                "Start it with front matter: a line '---', 'title: ...' (and 'date: YYYY-MM-DD' for articles and transcripts), and a closing '---'.",
                "front-matter"));
        }

        var span = text.AsSpan();
        if (span[0] == '\uFEFF')
        {
            span = span[1..];
        }

        var firstLineEnd = LineEnd(span, 0);
        if (!IsFence(span[..firstLineEnd], allowDots: false))
        {
            return (null, Diagnostic.Error(file, 1, 1, "The file has no front matter.",
                "Add a '---' line at the very top, then 'title: ...', then a closing '---' line.", "front-matter"));
        }

        var yamlStart = NextLineStart(span, firstLineEnd);
        var position = yamlStart;
        var line = 2;
        while (position < span.Length)
        {
            var end = LineEnd(span, position);
            if (IsFence(span[position..end], allowDots: true))
            {
                var yaml = span[yamlStart..position].ToString();
                var bodyStart = NextLineStart(span, end);
                return (new FrontMatterSplit(yaml, 2, span[bodyStart..].ToString(), line + 1), null);
            }

            position = NextLineStart(span, end);
            line++;
        }

        return (null, Diagnostic.Error(file, 1, 1, "The front matter is never closed.",
            "Add a line holding only '---' after the last front matter key.", "front-matter"));
    }

    private static bool IsFence(ReadOnlySpan<char> line, bool allowDots)
    {
        var trimmed = line.TrimEnd();
        return trimmed.SequenceEqual("---") || (allowDots && trimmed.SequenceEqual("..."));
    }

    private static int LineEnd(ReadOnlySpan<char> text, int start)
    {
        var index = text[start..].IndexOfAny('\r', '\n');
        return index < 0 ? text.Length : start + index;
    }

    private static int NextLineStart(ReadOnlySpan<char> text, int lineEnd)
    {
        if (lineEnd >= text.Length)
        {
            return text.Length;
        }

        return text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
    }
}
