using System.Runtime.CompilerServices;
using WuzhenSite.Liquid.Filters;
using WuzhenSite.Liquid.Parsing;

namespace WuzhenSite.Liquid.Syntax;

/// <summary>
/// One <c>| name: args</c> step. The filter is resolved at parse time; an unknown name is kept (definition null)
/// and reported when the call is actually rendered, as in Liquid's strict-filters mode.
/// </summary>
internal sealed class FilterCall(string name, FilterDefinition? definition, Expression[] arguments, SourceLocation location)
{
    public string Name { get; } = name;

    public FilterDefinition? Definition { get; } = definition;

    public object? Invoke(object? input, LiquidContext context)
    {
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

    /// <summary>Stack space for the arguments of a typical call (most filters take 0–2).</summary>
    [InlineArray(Length)]
    private struct ArgumentBuffer
    {
        public const int Length = 6;

        private object? _element;
    }
}
