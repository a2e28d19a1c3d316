namespace WuzhenSite.Importing;

/// <summary>A paragraph of the body, or a heading within it, with the line it came from.</summary>
public sealed record ImportedParagraph(string Text, int Line, bool IsHeading = false);
