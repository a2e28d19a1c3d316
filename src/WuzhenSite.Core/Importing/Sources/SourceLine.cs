namespace WuzhenSite.Importing.Sources;

/// <summary>
/// One line of what the press office sent, as every reader hands it to the parser: a paragraph of a
/// Word file or web page, or a line of a text file, with where it stands in that file.
/// </summary>
/// <param name="Number">1-based: the line of a text or HTML file, the paragraph of a Word file.</param>
/// <param name="Text">The text, trimmed, without the bold label when there is one.</param>
/// <param name="BoldLabel">The label of a paragraph that starts with bold text ending in a colon (<c>**Hu Kaihong:**</c>), without the colon; null otherwise.</param>
/// <param name="IsMainHeading">True for the page's main heading (<c>h1</c>, Word's Title or Heading 1), the title's likeliest place.</param>
public sealed record SourceLine(int Number, string Text, string? BoldLabel = null, bool IsMainHeading = false);
