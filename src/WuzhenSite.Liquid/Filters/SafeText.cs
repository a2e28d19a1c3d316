using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Filters;

/// <summary>
/// Keeps auto-escaping sound through string filters. Filters that cannot turn safe HTML into unsafe HTML
/// (strip, truncate…) keep their input's safety, so <c>{{ captured | strip }}</c> is not escaped
/// twice. Joining safe with unsafe text escapes the unsafe part and yields safe HTML (as Rails' SafeBuffer
/// does), so <c>{{ captured | append: title }}</c> neither double-escapes nor lets the title through raw.
/// </summary>
internal static class SafeText
{
    public static string Text(object? value) => ValueFormatter.ToText(value);

    /// <summary>The result is HTML if the input was.</summary>
    public static object Preserve(object? input, string result) => input is LiquidHtml ? new LiquidHtml(result) : result;

    /// <summary>Concatenates; safe if either part is safe, escaping the other part in that case.</summary>
    public static object Concat(object? first, object? second)
    {
        if (first is LiquidHtml || second is LiquidHtml)
        {
            return new LiquidHtml(AsHtml(first) + AsHtml(second));
        }

        return Text(first) + Text(second);
    }

    /// <summary>The value as HTML: safe values as they are, everything else escaped.</summary>
    public static string AsHtml(object? value) => value is LiquidHtml html ? html.Html : HtmlEncoder.Encode(Text(value));
}
