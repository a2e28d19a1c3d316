using WuzhenSite.Liquid.Parsing;
using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Syntax;

/// <summary>
/// <c>case</c>/<c>when</c>/<c>else</c>. As in Liquid, every <c>when</c> whose list matches renders (normally
/// just one); <c>else</c> renders when none did.
/// </summary>
internal sealed class CaseNode(SourceLocation location, Expression subject, WhenClause[] clauses, Node[]? elseBody) : Node(location)
{
    public override Completion Render(TextWriter output, LiquidContext context)
    {
        var value = subject.Evaluate(context);
        var matched = false;
        foreach (var clause in clauses)
        {
            if (!Matches(clause, value, context))
            {
                continue;
            }

            matched = true;
            var completion = Block.Render(clause.Body, output, context);
            if (completion != Completion.Normal)
            {
                return completion;
            }
        }

        return matched || elseBody is null ? Completion.Normal : Block.Render(elseBody, output, context);
    }

    private static bool Matches(WhenClause clause, object? value, LiquidContext context)
    {
        foreach (var candidate in clause.Values)
        {
            if (Comparisons.AreEqual(value, candidate.Evaluate(context)))
            {
                return true;
            }
        }

        return false;
    }
}
