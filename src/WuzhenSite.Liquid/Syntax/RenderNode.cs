using System.Collections;
using WuzhenSite.Liquid.Parsing;
using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Syntax;

/// <summary>
/// <c>{% render 'name', key: value %}</c>, <c>{% render 'name' with value [as alias] %}</c>,
/// <c>{% render 'name' for list [as alias] %}</c>: renders a partial in an isolated scope that sees only its
/// arguments and the context's globals; its assigns do not leak out and break/continue stay inside.
/// </summary>
internal sealed class RenderNode(
    SourceLocation location,
    Expression name,
    Expression? value,
    bool isFor,
    string? alias,
    PartialArgument[] arguments) : Node(location)
{
    public override Completion Render(TextWriter output, LiquidContext context)
    {
        var partialName = ValueFormatter.ToText(name.Evaluate(context));
        var template = context.LoadPartial(partialName, Location);

        // Arguments are evaluated in the caller's scope, before switching to the partial's.
        var subject = value?.Evaluate(context);
        var values = arguments.Length == 0 ? [] : new object?[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            values[i] = arguments[i].Value.Evaluate(context);
        }

        context.PartialDepth++;
        var previous = context.EnterIsolatedScope();
        try
        {
            var scope = context.Scope;
            for (var i = 0; i < arguments.Length; i++)
            {
                scope.Assign(arguments[i].Name, values[i]);
            }

            if (value is null)
            {
                template.RenderBody(output, context);
                return Completion.Normal;
            }

            var variable = alias ?? PartialNames.VariableName(partialName);
            if (!isFor || LiquidCollections.AsList(subject) is not IList list)
            {
                scope.Assign(variable, subject);
                template.RenderBody(output, context);
                return Completion.Normal;
            }

            var state = new ForLoopState(list.Count, null);
            scope.Assign("forloop", state);
            for (var i = 0; i < list.Count; i++)
            {
                scope.Assign(variable, list[i]);
                state.Index0 = i;
                template.RenderBody(output, context);
            }

            return Completion.Normal;
        }
        finally
        {
            context.ExitIsolatedScope(previous);
            context.PartialDepth--;
        }
    }
}
