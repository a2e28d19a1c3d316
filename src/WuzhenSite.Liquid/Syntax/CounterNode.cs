using WuzhenSite.Liquid.Parsing;
using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Syntax;

/// <summary><c>{% increment x %}</c> / <c>{% decrement x %}</c>: counters separate from assigned variables.</summary>
internal sealed class CounterNode(SourceLocation location, string name, bool increment) : Node(location)
{
    public override Completion Render(TextWriter output, LiquidContext context)
    {
        var value = increment ? context.Scope.Increment(name) : context.Scope.Decrement(name);
        ValueFormatter.WriteOutput(output, BoxCache.Int(value));
        return Completion.Normal;
    }
}
