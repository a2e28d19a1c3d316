using WuzhenSite.Liquid.Parsing;

namespace WuzhenSite.Liquid.Syntax;

/// <summary><c>if</c>/<c>unless</c> with <c>elsif</c> branches and an optional <c>else</c>: the first true branch renders.</summary>
internal sealed class IfNode(SourceLocation location, ConditionalBranch[] branches, Node[]? elseBody) : Node(location)
{
    public override Completion Render(TextWriter output, LiquidContext context)
    {
        foreach (var branch in branches)
        {
            if (branch.Condition.Evaluate(context))
            {
                return Block.Render(branch.Body, output, context);
            }
        }

        return elseBody is null ? Completion.Normal : Block.Render(elseBody, output, context);
    }
}
