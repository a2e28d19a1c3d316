using WuzhenSite.Liquid.Parsing;

namespace WuzhenSite.Liquid.Syntax;

/// <summary>Literal template text (and the body of raw blocks), written as is.</summary>
internal sealed class TextNode(SourceLocation location, string text) : Node(location)
{
    public string Text { get; } = text;

    public override Completion Render(TextWriter output, LiquidContext context)
    {
        output.Write(Text);
        return Completion.Normal;
    }
}
