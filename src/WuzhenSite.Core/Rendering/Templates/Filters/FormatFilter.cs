using System.Globalization;
using System.Text;
using Fluid;
using Fluid.Values;

namespace WuzhenSite.Rendering.Templates.Filters;

/// <summary>
/// <c>{{ t.page_x_of_y | format: page.number, page.count }}</c>: replaces the numbered placeholders
/// <c>{0}</c>, <c>{1}</c>… of a UI string with the arguments. Braces that are not such a placeholder
/// are left alone (unlike string.Format, a stray brace in a translation is not an error).
/// </summary>
public static class FormatFilter
{
    /// <summary>The filter.</summary>
    public static ValueTask<FluidValue> Format(FluidValue input, FilterArguments arguments, TemplateContext context)
    {
        var pattern = input.ToStringValue();
        var builder = new StringBuilder(pattern.Length + 16);
        var i = 0;
        while (i < pattern.Length)
        {
            var open = pattern.IndexOf('{', i);
            if (open < 0)
            {
                break;
            }

            var close = pattern.IndexOf('}', open + 1);
            if (close > open + 1
                && int.TryParse(pattern.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < arguments.Count)
            {
                builder.Append(pattern, i, open - i).Append(arguments.At(index).ToStringValue());
                i = close + 1;
            }
            else
            {
                builder.Append(pattern, i, open - i + 1);
                i = open + 1;
            }
        }

        builder.Append(pattern, i, pattern.Length - i);
        return new StringValue(builder.ToString());
    }
}
