using WuzhenSite.Liquid.Rendering;
using static WuzhenSite.Liquid.Filters.FilterArguments;

namespace WuzhenSite.Liquid.Filters;

/// <summary>Filters about values in general.</summary>
internal static class ValueFilters
{
    /// <summary>
    /// The fallback when the input is nil, false, or empty ("" / [] / {}); <c>allow_false: true</c> keeps false.
    /// Whitespace-only strings are kept, as in Liquid.
    /// </summary>
    public static object? Default(object? input, ReadOnlySpan<object?> arguments)
    {
        var fallback = arguments.Length > 0 ? arguments[0] : string.Empty;
        var allowFalse = Truthiness.IsTruthy(At(arguments, 1));
        var useFallback = input is null || (input is false && !allowFalse) || Truthiness.IsEmpty(input);
        return useFallback ? fallback : input;
    }
}
