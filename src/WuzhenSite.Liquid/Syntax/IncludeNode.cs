using System.Collections;
using WuzhenSite.Liquid.Parsing;
using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Syntax;

/// <summary>
/// <c>{% include 'name' [with|for value [as alias]], key: value %}</c>: renders a partial in the caller's scope,
/// so it sees and can assign the caller's variables. Arguments and the with/for value (named after the
/// partial's last path segment unless aliased) are visible only inside. As in Liquid, a list given with
/// <c>with</c> or <c>for</c> renders the partial once per item. Break/continue inside reach the caller's loop.
/// </summary>
internal sealed class IncludeNode(
    SourceLocation location,
    Expression name,
    Expression? value,
    string? alias,
    PartialArgument[] arguments) : Node(location)
{
    public override Completion Render(TextWriter output, LiquidContext context)
    {
        var partialName = ValueFormatter.ToText(name.Evaluate(context));
        var template = context.LoadPartial(partialName, Location);
        var scope = context.Scope;
        var depth = scope.Depth;
        var subject = value?.Evaluate(context);
        foreach (var argument in arguments)
        {
            scope.Push(argument.Name, argument.Value.Evaluate(context));
        }

        context.PartialDepth++;
        try
        {
            if (value is null)
            {
                return template.RenderBody(output, context);
            }

            var slot = scope.Push(alias ?? PartialNames.VariableName(partialName), subject);
            if (subject is not IList list)
            {
                return template.RenderBody(output, context);
            }

            for (var i = 0; i < list.Count; i++)
            {
                scope.Set(slot, list[i]);
                if (template.RenderBody(output, context) == Completion.Break)
                {
                    return Completion.Break;
                }
            }

            return Completion.Normal;
        }
        finally
        {
            context.PartialDepth--;
            scope.PopTo(depth);
        }
    }
}
