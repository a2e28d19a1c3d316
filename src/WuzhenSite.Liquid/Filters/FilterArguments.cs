using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Filters;

/// <summary>Reading optional and coerced filter arguments.</summary>
internal static class FilterArguments
{
    public static object? At(ReadOnlySpan<object?> arguments, int index) => index < arguments.Length ? arguments[index] : null;

    /// <summary>An integer argument (numeric strings accepted), or the default when absent or nil.</summary>
    public static int Int(ReadOnlySpan<object?> arguments, int index, int defaultValue) =>
        index < arguments.Length && arguments[index] is { } value ? ToInt(value) : defaultValue;

    public static int ToInt(object? value) => (int)Math.Clamp(LiquidNumber.Coerce(value).AsInteger, int.MinValue, int.MaxValue);

    /// <summary>A text argument, or the default when absent.</summary>
    public static string Text(ReadOnlySpan<object?> arguments, int index, string defaultValue) =>
        index < arguments.Length ? ValueFormatter.ToText(arguments[index]) : defaultValue;
}
