namespace WuzhenSite.Importing.Sources;

/// <summary>
/// The bold label at the start of a paragraph, as Word and web pages set a transcript's speakers:
/// bold text that ends in a colon (<c>Hu Kaihong:</c>), or bold text with the colon just after it.
/// </summary>
internal static class BoldLabel
{
    private const int MaxLength = 60;

    /// <summary>The label (without its colon) and the text after it, or null when the bold start is no label.</summary>
    public static (string Label, string Text)? Split(string bold, string rest)
    {
        bold = SourceText.Clean(bold);
        rest = SourceText.Clean(rest);
        string label;
        if (bold.EndsWith(':') || bold.EndsWith('：'))
        {
            label = bold[..^1].TrimEnd();
        }
        else if (rest.StartsWith(':') || rest.StartsWith('：'))
        {
            label = bold;
            rest = rest[1..].TrimStart();
        }
        else
        {
            return null;
        }

        return label.Length is 0 or > MaxLength || label.Contains(':') || label.Contains('：') ? null : (label, rest);
    }
}
