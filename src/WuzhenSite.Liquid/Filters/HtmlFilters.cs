using System.Net;
using System.Text.RegularExpressions;
using WuzhenSite.Liquid.Rendering;
using static WuzhenSite.Liquid.Filters.SafeText;

namespace WuzhenSite.Liquid.Filters;

/// <summary>
/// Filters that produce or consume HTML. escape, escape_once and raw return <see cref="LiquidHtml"/>, which
/// output does not escape again: <c>{{ x | escape }}</c> is escaped exactly once.
/// </summary>
internal static partial class HtmlFilters
{
    public static object? Escape(object? input, ReadOnlySpan<object?> arguments) =>
        input is null ? null : new LiquidHtml(HtmlEncoder.Encode(Text(input)));

    /// <summary>Escapes, but leaves existing entities (&amp;amp; &amp;#39; &amp;#x27;) as they are.</summary>
    public static object? EscapeOnce(object? input, ReadOnlySpan<object?> arguments) =>
        input is null ? null : new LiquidHtml(HtmlEncoder.EncodeOnce(Text(input)));

    /// <summary>Marks the value as trusted HTML: output writes it unescaped.</summary>
    public static object? Raw(object? input, ReadOnlySpan<object?> arguments) => input switch
    {
        null => null,
        LiquidHtml => input,
        _ => new LiquidHtml(Text(input)),
    };

    /// <summary>
    /// HTML to plain text: removes tags, comments, and script/style elements with their content, then decodes
    /// entities. Decoding is what makes this right under auto-escaping: the text is escaped exactly once on
    /// output ("&amp;amp;" in the source shows as "&amp;"), and truncate counts visible characters.
    /// </summary>
    public static object? StripHtml(object? input, ReadOnlySpan<object?> arguments)
    {
        var text = Text(input);
        if (text.AsSpan().IndexOfAny('<', '&') < 0)
        {
            return text;
        }

        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = Tags().Replace(Blocks().Replace(text, string.Empty), string.Empty);
        }

        return WebUtility.HtmlDecode(text);
    }

    /// <summary>
    /// Puts &lt;br /&gt; before each line break. The result must be HTML for the tags to work, so plain-text
    /// input is escaped first — the only way to keep both the line breaks and auto-escaping.
    /// </summary>
    public static object? NewlineToBr(object? input, ReadOnlySpan<object?> arguments) =>
        new LiquidHtml(LineBreaks().Replace(AsHtml(input), "<br />\n"));

    [GeneratedRegex(@"<script.*?</script>|<!--.*?-->|<style.*?</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Blocks();

    [GeneratedRegex("<.*?>", RegexOptions.Singleline)]
    private static partial Regex Tags();

    [GeneratedRegex("\r?\n")]
    private static partial Regex LineBreaks();
}
