using WuzhenSite.Liquid.Parsing;
using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Syntax;

/// <summary><c>{{ expression }}</c> and <c>{% echo expression %}</c>: the value, HTML-escaped unless it is already HTML.</summary>
internal sealed class OutputNode(SourceLocation location, Expression expression) : Node(location)
{
    public override Completion Render(TextWriter output, LiquidContext context)
    {
        ValueFormatter.WriteOutput(output, expression.Evaluate(context));
        return Completion.Normal;
    }
}
