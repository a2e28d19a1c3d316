using WuzhenSite.Liquid.Parsing;

namespace WuzhenSite.Liquid.Syntax;

/// <summary><c>{% break %}</c> or <c>{% continue %}</c>: ends rendering of enclosing blocks up to the loop.</summary>
internal sealed class LoopControlNode(SourceLocation location, Completion completion) : Node(location)
{
    public override Completion Render(TextWriter output, LiquidContext context) => completion;
}
