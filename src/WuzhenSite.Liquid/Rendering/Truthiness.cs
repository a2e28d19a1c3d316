using System.Collections;

namespace WuzhenSite.Liquid.Rendering;

/// <summary>Liquid's notions of true, empty and blank.</summary>
internal static class Truthiness
{
    /// <summary>Only nil and false are falsy; "" and 0 are true (unlike JavaScript).</summary>
    public static bool IsTruthy(object? value) => value is not (null or false);

    /// <summary><c>== empty</c>: an empty string, list or dictionary. Nil is not empty.</summary>
    public static bool IsEmpty(object? value) => value switch
    {
        null => false,
        string text => text.Length == 0,
        LiquidHtml html => html.Html.Length == 0,
        ICollection collection => collection.Count == 0,
        _ => LiquidCollections.AsDictionary(value) is { } dictionary ? dictionary.Count(value) == 0
            : value is IEnumerable enumerable && LiquidCollections.IsList(value) && LiquidCollections.Count(enumerable) == 0,
    };

    /// <summary><c>== blank</c>: nil, false, whitespace-only strings, and empty lists or dictionaries.</summary>
    public static bool IsBlank(object? value) => value switch
    {
        null or false => true,
        string text => string.IsNullOrWhiteSpace(text),
        LiquidHtml html => string.IsNullOrWhiteSpace(html.Html),
        _ => IsEmpty(value),
    };
}
