using WuzhenSite.Liquid.Parsing;

namespace WuzhenSite.Liquid;

/// <summary>Parses Liquid source into a reusable <see cref="LiquidTemplate"/>.</summary>
public static class LiquidParser
{
    /// <summary>
    /// Parses once; the result is immutable and safe to render from many threads at once.
    /// </summary>
    /// <param name="source">The template text.</param>
    /// <param name="fileName">Names the template in error messages (e.g. "layouts/post.liquid").</param>
    /// <exception cref="LiquidException">The template is malformed; the exception gives file, line and column and says what was expected.</exception>
    public static LiquidTemplate Parse(string source, string fileName)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(fileName);
        var nodes = new TemplateParser(source, fileName).ParseTemplate();
        return new LiquidTemplate(fileName, nodes, source.Length);
    }
}
