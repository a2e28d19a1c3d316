namespace WuzhenSite.Importing.Sources;

/// <summary>
/// A plain-text file, as text copied from a web page or saved from a mail: each line that holds
/// text is one <see cref="SourceLine"/> with its line number. Copied text holds a paragraph per line,
/// so lines are not joined.
/// </summary>
public static class TextSource
{
    /// <summary>The lines of <paramref name="text"/> that hold anything but spaces.</summary>
    public static IReadOnlyList<SourceLine> Read(string text)
    {
        var lines = new List<SourceLine>();
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var cleaned = SourceText.Clean(raw);
            if (cleaned.Length > 0)
            {
                lines.Add(new SourceLine(number, cleaned));
            }
        }

        return lines;
    }
}
