namespace WuzhenSite.Liquid.Filters;

/// <summary>
/// <c>{{ page | json }}</c>: the value as JSON, for &lt;script type="application/ld+json"&gt; and inline scripts.
/// The result is HTML-safe inside script elements (see <see cref="JsonWriter"/>), so output does not escape it;
/// for an HTML attribute, add <c>| escape</c>.
/// </summary>
internal static class JsonFilter
{
    public static object? Json(object? input, ReadOnlySpan<object?> arguments) => new LiquidHtml(JsonWriter.Write(input));
}
