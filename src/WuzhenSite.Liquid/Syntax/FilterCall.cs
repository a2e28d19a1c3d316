using System.Runtime.CompilerServices;
using WuzhenSite.Liquid.Filters;
using WuzhenSite.Liquid.Parsing;

namespace WuzhenSite.Liquid.Syntax;

/// <summary>
/// One <c>| name: args</c> step. The filter is resolved at parse time; an unknown name is kept (definition null)
/// and reported when the call is actually rendered, as in Liquid's strict-filters mode, unless the context has
/// a host filter of that name (<see cref="LiquidContext.SetFilter"/>), which then gets the named arguments.
/// </summary>
internal sealed class FilterCall(string name, FilterDefinition? definition, Expression[] arguments, SourceLocation location,
    (string Name, Expression Value)[]? hostArguments = null)
{
    public string Name { get; } = name;

    public FilterDefinition? Definition { get; } = definition;

    public object? Invoke(object? input, LiquidContext context)
    {
        if (Definition is null && context.HostFilter(Name) is { } host)
        {
            return InvokeHost(host, input, context);
        }

        if (Definition is null)
        {
            var suggestion = FilterRegistry.Suggest(Name);
            throw location.Error(suggestion is null
                ? $"Unknown filter '{Name}'."
                : $"Unknown filter '{Name}'; did you mean '{suggestion}'?");
        }

        try
        {
            if (arguments.Length == 0)
            {
                return Definition.Function(input, []);
            }

            if (arguments.Length <= ArgumentBuffer.Length)
            {
                var buffer = default(ArgumentBuffer);
                Span<object?> values = buffer;
                values = values[..arguments.Length];
                for (var i = 0; i < arguments.Length; i++)
                {
                    values[i] = arguments[i].Evaluate(context);
                }

                return Definition.Function(input, values);
            }

            var array = new object?[arguments.Length];
            for (var i = 0; i < arguments.Length; i++)
            {
                array[i] = arguments[i].Evaluate(context);
            }

            return Definition.Function(input, array);
        }
        catch (FilterError error)
        {
            throw location.Error($"Filter '{Name}' failed: {error.Message}.", error);
        }
    }

    private object? InvokeHost(LiquidFilter host, object? input, LiquidContext context)
    {
        if (arguments.Length > 0)
        {
            throw location.Error($"Filter '{Name}' takes named arguments only (name: value).");
        }

        var named = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (argumentName, value) in hostArguments ?? [])
        {
            named[argumentName] = value.Evaluate(context);
        }

        try
        {
            return host(input, named);
        }
        catch (ArgumentException error)
        {
            throw location.Error($"Filter '{Name}' failed: {error.Message}", error);
        }
    }

    /// <summary>Stack space for the arguments of a typical call (most filters take 0–2).</summary>
    [InlineArray(Length)]
    private struct ArgumentBuffer
    {
        public const int Length = 6;

        private object? _element;
    }
}
