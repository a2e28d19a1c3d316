using System.Collections;
using System.Globalization;

namespace WuzhenSite.Liquid.Rendering;

/// <summary>
/// Turns values into text the way Liquid prints them: nil → "", booleans → true/false, floats always with a
/// decimal point (1.0), dates as ISO 8601, lists as their items concatenated. Culture-invariant throughout,
/// so a build on a German machine prints 1.5, not 1,5.
/// </summary>
internal static class ValueFormatter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string ToText(object? value)
    {
        switch (value)
        {
            case null:
                return string.Empty;
            case string text:
                return text;
            case LiquidHtml html:
                return html.Html;
            case bool boolean:
                return boolean ? "true" : "false";
            case int integer:
                return integer.ToString(Invariant);
            case long integer:
                return integer.ToString(Invariant);
            case double real:
                return FormatDouble(real);
            case decimal exact:
                return exact.ToString(Invariant);
            case DateTimeOffset date:
                return FormatDate(date);
            case DateTime date:
                return FormatDate(date);
            case DateOnly date:
                return date.ToString("yyyy'-'MM'-'dd", Invariant);
            case RangeValue range:
                return range.ToString();
            case SpecialValue:
                return string.Empty;
            case char c:
                return c.ToString();
        }

        if (LiquidNumber.TryFrom(value, out var number))
        {
            return FormatNumber(number);
        }

        if (value is IEnumerable enumerable && LiquidCollections.IsList(value))
        {
            var builder = new System.Text.StringBuilder();
            foreach (var item in enumerable)
            {
                builder.Append(ToText(item));
            }

            return builder.ToString();
        }

        return value is IFormattable formattable ? formattable.ToString(null, Invariant) : value.ToString() ?? string.Empty;
    }

    /// <summary>Writes a value as output: HTML-escaped unless it is <see cref="LiquidHtml"/>; numbers and booleans without allocating.</summary>
    public static void WriteOutput(TextWriter output, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                HtmlEncoder.Write(output, text);
                return;
            case LiquidHtml html:
                output.Write(html.Html);
                return;
            case int integer:
                WriteInteger(output, integer);
                return;
            case long integer:
                WriteInteger(output, integer);
                return;
            case bool boolean:
                output.Write(boolean ? "true" : "false");
                return;
            case RangeValue range:
                output.Write(range.ToString());
                return;
            case IList list:
                // Lists print as their items, each escaped (or not) on its own merits.
                for (var i = 0; i < list.Count; i++)
                {
                    WriteOutput(output, list[i]);
                }

                return;
            case IEnumerable enumerable when LiquidCollections.IsList(value):
                foreach (var item in enumerable)
                {
                    WriteOutput(output, item);
                }

                return;
            default:
                HtmlEncoder.Write(output, ToText(value));
                return;
        }
    }

    public static string FormatNumber(LiquidNumber number) => number.Kind switch
    {
        NumberKind.Integer => number.AsInteger.ToString(Invariant),
        NumberKind.Decimal => number.AsDecimal.ToString(Invariant),
        _ => FormatDouble(number.AsDouble),
    };

    /// <summary>Shortest round-trip text, with ".0" on whole numbers as Liquid prints floats (3.0, not 3).</summary>
    public static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "Infinity" : "-Infinity";
        }

        var text = value.ToString("R", Invariant);
        return text.AsSpan().IndexOfAny('.', 'E') < 0 ? text + ".0" : text;
    }

    /// <summary>ISO 8601 with the offset; fractional seconds only when there are any.</summary>
    public static string FormatDate(DateTimeOffset date) =>
        date.ToString(HasFraction(date.Ticks) ? "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz" : "yyyy'-'MM'-'dd'T'HH':'mm':'sszzz", Invariant);

    /// <summary>ISO 8601: UTC with Z, local with its offset, unspecified without a zone.</summary>
    public static string FormatDate(DateTime date)
    {
        var format = HasFraction(date.Ticks) ? "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF" : "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
        return date.Kind switch
        {
            DateTimeKind.Utc => date.ToString(format, Invariant) + "Z",
            DateTimeKind.Local => date.ToString(format + "zzz", Invariant),
            _ => date.ToString(format, Invariant),
        };
    }

    private static bool HasFraction(long ticks) => ticks % TimeSpan.TicksPerSecond != 0;

    private static void WriteInteger(TextWriter output, long value)
    {
        Span<char> buffer = stackalloc char[20];
        value.TryFormat(buffer, out var written, default, Invariant);
        output.Write(buffer[..written]);
    }
}
