using System.Globalization;
using System.Text;

namespace WuzhenSite.Liquid.Filters;

/// <summary>
/// Ruby-style strftime over <see cref="DateTimeOffset"/> with invariant (English) names. Supports the flags
/// '-' (no padding), '_' (space padding), '0' (zero padding), '^' (upper-case) and a field width, as in
/// <c>%-d</c> or <c>%^b</c>. Unknown directives are copied through unchanged.
/// </summary>
internal static class Strftime
{
    private static readonly DateTimeFormatInfo Names = CultureInfo.InvariantCulture.DateTimeFormat;

    public static string Format(DateTimeOffset date, string format)
    {
        var builder = new StringBuilder(format.Length + 16);
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%' || i + 1 >= format.Length)
            {
                builder.Append(c);
                continue;
            }

            var start = i++;
            var flag = '\0';
            var upper = false;
            while (i < format.Length && format[i] is '-' or '_' or '0' or '^' or '#')
            {
                if (format[i] == '^')
                {
                    upper = true;
                }
                else if (format[i] != '#')
                {
                    flag = format[i];
                }

                i++;
            }

            var width = -1;
            while (i < format.Length && char.IsAsciiDigit(format[i]))
            {
                width = Math.Max(0, width) * 10 + (format[i] - '0');
                i++;
            }

            // "%:z" is the colon form of the offset.
            var colon = false;
            if (i + 1 < format.Length && format[i] == ':' && format[i + 1] == 'z')
            {
                colon = true;
                i++;
            }

            if (i >= format.Length)
            {
                builder.Append(format, start, format.Length - start);
                break;
            }

            var fieldStart = builder.Length;
            if (!AppendField(builder, date, format[i], flag, width, colon))
            {
                builder.Append(format, start, i - start + 1);
                continue;
            }

            if (upper)
            {
                for (var k = fieldStart; k < builder.Length; k++)
                {
                    builder[k] = char.ToUpperInvariant(builder[k]);
                }
            }
        }

        return builder.ToString();
    }

    private static bool AppendField(StringBuilder b, DateTimeOffset date, char directive, char flag, int width, bool colon)
    {
        switch (directive)
        {
            case 'Y': Number(b, date.Year, 1, '0', flag, width); break;
            case 'C': Number(b, date.Year / 100, 2, '0', flag, width); break;
            case 'y': Number(b, date.Year % 100, 2, '0', flag, width); break;
            case 'm': Number(b, date.Month, 2, '0', flag, width); break;
            case 'B': Text(b, Names.GetMonthName(date.Month), flag, width); break;
            case 'b' or 'h': Text(b, Names.GetAbbreviatedMonthName(date.Month), flag, width); break;
            case 'd': Number(b, date.Day, 2, '0', flag, width); break;
            case 'e': Number(b, date.Day, 2, ' ', flag, width); break;
            case 'j': Number(b, date.DayOfYear, 3, '0', flag, width); break;
            case 'H': Number(b, date.Hour, 2, '0', flag, width); break;
            case 'k': Number(b, date.Hour, 2, ' ', flag, width); break;
            case 'I': Number(b, Hour12(date.Hour), 2, '0', flag, width); break;
            case 'l': Number(b, Hour12(date.Hour), 2, ' ', flag, width); break;
            case 'M': Number(b, date.Minute, 2, '0', flag, width); break;
            case 'S': Number(b, date.Second, 2, '0', flag, width); break;
            case 'L': Number(b, date.Millisecond, 3, '0', flag, width); break;
            case 'N': Number(b, (int)(date.Ticks % TimeSpan.TicksPerSecond * 100), 9, '0', flag, width); break;
            case 'p': b.Append(date.Hour < 12 ? "AM" : "PM"); break;
            case 'P': b.Append(date.Hour < 12 ? "am" : "pm"); break;
            case 'A': Text(b, Names.GetDayName(date.DayOfWeek), flag, width); break;
            case 'a': Text(b, Names.GetAbbreviatedDayName(date.DayOfWeek), flag, width); break;
            case 'u': Number(b, date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek, 1, '0', flag, width); break;
            case 'w': Number(b, (int)date.DayOfWeek, 1, '0', flag, width); break;
            case 'U': Number(b, (date.DayOfYear + 6 - (int)date.DayOfWeek) / 7, 2, '0', flag, width); break;
            case 'W': Number(b, (date.DayOfYear + 6 - (((int)date.DayOfWeek + 6) % 7)) / 7, 2, '0', flag, width); break;
            case 'V': Number(b, ISOWeek.GetWeekOfYear(date.DateTime), 2, '0', flag, width); break;
            case 'G': Number(b, ISOWeek.GetYear(date.DateTime), 1, '0', flag, width); break;
            case 'z': Offset(b, date.Offset, colon); break;
            case 'Z':
                if (date.Offset == TimeSpan.Zero)
                {
                    b.Append("UTC");
                }
                else
                {
                    Offset(b, date.Offset, colon: true);
                }

                break;
            case 's': b.Append(CultureInfo.InvariantCulture, $"{date.ToUnixTimeSeconds()}"); break;
            case 'F': b.Append(Format(date, "%Y-%m-%d")); break;
            case 'T' or 'X': b.Append(Format(date, "%H:%M:%S")); break;
            case 'D' or 'x': b.Append(Format(date, "%m/%d/%y")); break;
            case 'R': b.Append(Format(date, "%H:%M")); break;
            case 'r': b.Append(Format(date, "%I:%M:%S %p")); break;
            case 'c': b.Append(Format(date, "%a %b %e %H:%M:%S %Y")); break;
            case 'n': b.Append('\n'); break;
            case 't': b.Append('\t'); break;
            case '%': b.Append('%'); break;
            default: return false;
        }

        return true;
    }

    private static int Hour12(int hour) => hour % 12 == 0 ? 12 : hour % 12;

    /// <summary>Appends a number padded to the directive's width (or the explicit one) unless the '-' flag says not to.</summary>
    private static void Number(StringBuilder builder, int value, int defaultWidth, char defaultPad, char flag, int width)
    {
        if (flag != '-')
        {
            var pad = flag switch
            {
                '_' => ' ',
                '0' => '0',
                _ => defaultPad,
            };
            var digits = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : (int)Math.Floor(Math.Log10(value)) + 1;
            var padding = (width >= 0 ? width : defaultWidth) - digits;
            if (padding > 0)
            {
                builder.Append(pad, padding);
            }
        }

        builder.Append(CultureInfo.InvariantCulture, $"{value}");
    }

    private static void Text(StringBuilder builder, string value, char flag, int width)
    {
        if (width > value.Length && flag != '-')
        {
            builder.Append(flag == '0' ? '0' : ' ', width - value.Length);
        }

        builder.Append(value);
    }

    private static void Offset(StringBuilder builder, TimeSpan offset, bool colon)
    {
        var absolute = offset.Duration();
        builder.Append(offset < TimeSpan.Zero ? '-' : '+')
            .Append(CultureInfo.InvariantCulture, $"{absolute.Hours:00}")
            .Append(colon ? ":" : string.Empty)
            .Append(CultureInfo.InvariantCulture, $"{absolute.Minutes:00}");
    }
}
