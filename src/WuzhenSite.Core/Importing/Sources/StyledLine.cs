namespace WuzhenSite.Importing.Sources;

/// <summary>
/// A line as the Word and HTML readers collect it, a run of text pieces each bold or not, made into
/// a <see cref="SourceLine"/>: the bold pieces it starts with are its label when they end in a colon.
/// </summary>
internal static class StyledLine
{
    /// <summary>The line, or null when the pieces hold only spaces.</summary>
    public static SourceLine? From(int number, IReadOnlyList<(string Text, bool Bold)> pieces, bool isMainHeading)
    {
        var all = SourceText.Clean(string.Concat(pieces.Select(p => p.Text)));
        if (all.Length == 0)
        {
            return null;
        }

        var leading = pieces.SkipWhile(p => p.Text.Trim().Length == 0).ToList();
        var boldCount = leading.TakeWhile(p => p.Bold).Count();
        var bold = string.Concat(leading.Take(boldCount).Select(p => p.Text));
        var rest = string.Concat(leading.Skip(boldCount).Select(p => p.Text));
        return boldCount > 0 && BoldLabel.Split(bold, rest) is { } label
            ? new SourceLine(number, label.Text, label.Label, isMainHeading)
            : new SourceLine(number, all, null, isMainHeading);
    }
}
