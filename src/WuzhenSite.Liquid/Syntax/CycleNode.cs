using WuzhenSite.Liquid.Parsing;
using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Syntax;

/// <summary>
/// <c>{% cycle 'odd', 'even' %}</c> or <c>{% cycle group: 'a', 'b' %}</c>: outputs the next value each time.
/// Ungrouped cycles with the same values share a position, as in Liquid.
/// </summary>
internal sealed class CycleNode(SourceLocation location, Expression? group, string key, Expression[] values) : Node(location)
{
    public override Completion Render(TextWriter output, LiquidContext context)
    {
        var name = group is null ? key : "group:" + ValueFormatter.ToText(group.Evaluate(context));
        var index = context.NextCycle(name, values.Length);
        ValueFormatter.WriteOutput(output, values[index].Evaluate(context));
        return Completion.Normal;
    }
}
