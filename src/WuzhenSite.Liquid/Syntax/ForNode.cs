using System.Collections;
using System.Globalization;
using WuzhenSite.Liquid.Parsing;
using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Syntax;

/// <summary>
/// <c>{% for item in collection limit: n offset: m reversed %}…{% else %}…{% endfor %}</c>.
/// Lists and ranges are walked by index without copying; offset and limit pick the slice, then reversed
/// flips it (Liquid's order). The else body renders when the slice is empty.
/// </summary>
internal sealed class ForNode(
    SourceLocation location,
    string variable,
    Expression collection,
    Expression? limit,
    Expression? offset,
    bool reversed,
    Node[] body,
    Node[]? elseBody) : Node(location)
{
    /// <summary>More iterations than this in one loop is treated as a runaway template.</summary>
    internal const int MaxIterations = 1_000_000;

    public override Completion Render(TextWriter output, LiquidContext context)
    {
        var from = offset is null ? 0 : (int)Math.Clamp(LiquidNumber.Coerce(offset.Evaluate(context)).AsInteger, 0, int.MaxValue);
        long? take = limit is null ? null : Math.Max(0, LiquidNumber.Coerce(limit.Evaluate(context)).AsInteger);

        // Enumerables without a count are copied, but never more than the loop can use (or the cap allows).
        var needed = from + (take ?? MaxIterations + 1L);
        var items = ToList(collection.Evaluate(context), needed);
        var total = items?.Count ?? 0;
        var start = Math.Min(from, total);
        var end = take is null ? total : (int)Math.Min(start + take.Value, total);
        var count = end - start;
        if (count <= 0)
        {
            return elseBody is null ? Completion.Normal : Block.Render(elseBody, output, context);
        }

        if (count > MaxIterations)
        {
            throw Location.Error(string.Create(CultureInfo.InvariantCulture, $"This 'for' loop would run {count:N0} iterations; at most {MaxIterations:N0} are allowed."));
        }

        var scope = context.Scope;
        var state = new ForLoopState(count, context.Lookup("forloop"));
        var depth = scope.Depth;
        var slot = scope.Push(variable, null);
        scope.Push("forloop", state);
        try
        {
            for (var i = 0; i < count; i++)
            {
                scope.Set(slot, items![reversed ? end - 1 - i : start + i]);
                state.Index0 = i;
                if (Block.Render(body, output, context) == Completion.Break)
                {
                    break;
                }
            }
        }
        finally
        {
            scope.PopTo(depth);
        }

        return Completion.Normal;
    }

    /// <summary>What a for loop iterates: lists as they are, a string as one item, a dictionary as [key, value] pairs, scalars as nothing.</summary>
    private static IList? ToList(object? value, long needed)
    {
        switch (value)
        {
            case null:
                return null;
            case IList list:
                return list;
            case string text:
                return text.Length == 0 ? null : new object[] { text };
            case LiquidHtml html:
                return html.Html.Length == 0 ? null : new object[] { html };
        }

        if (LiquidCollections.AsDictionary(value) is { } dictionary)
        {
            var pairs = new List<object?>();
            foreach (var entry in dictionary.Entries(value))
            {
                pairs.Add(new object?[] { entry.Key, entry.Value });
            }

            return pairs;
        }

        if (value is not IEnumerable enumerable)
        {
            return null;
        }

        var copy = new List<object?>();
        foreach (var item in enumerable)
        {
            if (copy.Count >= needed)
            {
                break;
            }

            copy.Add(item);
        }

        return copy;
    }
}
