using System.Net;
using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;

namespace WuzhenSite.Rendering.Templates.Filters;

/// <summary>
/// <c>{{ page.content | strip_html }}</c>: the text of some HTML. Unlike Fluid's (and Shopify's), it also
/// decodes entities, so the text of a body compares with plain text: the theme leaves out a standfirst
/// whose words the body already starts with, and Markdown writes a quote in the body as <c>&amp;quot;</c>.
/// </summary>
public static partial class StripHtmlFilter
{
    /// <summary>The filter.</summary>
    public static ValueTask<FluidValue> StripHtml(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var text = input.ToStringValue();
        if (text.AsSpan().IndexOfAny('<', '&') < 0)
        {
            return new StringValue(text);
        }

        if (text.Contains('<', StringComparison.Ordinal))
        {
            text = Tags().Replace(Blocks().Replace(text, string.Empty), string.Empty);
        }

        return new StringValue(WebUtility.HtmlDecode(text));
    }

    [GeneratedRegex(@"<script.*?</script>|<!--.*?-->|<style.*?</style>", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Blocks();

    [GeneratedRegex("<.*?>", RegexOptions.Singleline)]
    private static partial Regex Tags();
}
