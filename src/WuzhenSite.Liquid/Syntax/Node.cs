using WuzhenSite.Liquid.Parsing;

namespace WuzhenSite.Liquid.Syntax;

/// <summary>A piece of a parsed template. Immutable; all render state lives in the <see cref="LiquidContext"/>.</summary>
internal abstract class Node(SourceLocation location)
{
    /// <summary>Where the node starts (its <c>{{</c> or <c>{%</c>), for render-time errors.</summary>
    public SourceLocation Location { get; } = location;

    public abstract Completion Render(TextWriter output, LiquidContext context);
}
