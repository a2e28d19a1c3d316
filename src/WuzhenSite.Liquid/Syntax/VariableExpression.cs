using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Syntax;

/// <summary><c>page.tags[0].name</c>: a root variable (by name, or by a bracketed expression) and member/index steps.</summary>
internal sealed class VariableExpression(string? rootName, Expression? rootIndex, PathSegment[] segments) : Expression
{
    public string? RootName { get; } = rootName;

    public override object? Evaluate(LiquidContext context)
    {
        var value = RootName is not null
            ? context.Lookup(RootName)
            : context.Lookup(ValueFormatter.ToText(rootIndex!.Evaluate(context)));

        foreach (var segment in segments)
        {
            if (value is null)
            {
                return null;
            }

            value = segment.Name is not null
                ? MemberAccessor.GetMember(value, segment.Name)
                : MemberAccessor.GetIndex(value, segment.Index!.Evaluate(context));
        }

        return value;
    }
}
