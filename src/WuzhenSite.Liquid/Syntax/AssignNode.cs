using WuzhenSite.Liquid.Parsing;

namespace WuzhenSite.Liquid.Syntax;

/// <summary><c>{% assign name = expression | filters %}</c>.</summary>
internal sealed class AssignNode(SourceLocation location, string name, Expression value) : Node(location)
{
    public override Completion Render(TextWriter output, LiquidContext context)
    {
        context.Scope.Assign(name, value.Evaluate(context));
        return Completion.Normal;
    }
}
