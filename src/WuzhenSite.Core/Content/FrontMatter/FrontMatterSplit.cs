namespace WuzhenSite.Content.FrontMatter;

/// <summary>A source file cut in two: the YAML between the <c>---</c> lines, and the Markdown body after them.</summary>
/// <param name="Yaml">The YAML text, without the fences.</param>
/// <param name="YamlStartLine">1-based line of the file where the YAML starts (for error positions).</param>
/// <param name="Body">The Markdown after the closing fence.</param>
/// <param name="BodyStartLine">1-based line of the file where the body starts.</param>
public readonly record struct FrontMatterSplit(string Yaml, int YamlStartLine, string Body, int BodyStartLine);
