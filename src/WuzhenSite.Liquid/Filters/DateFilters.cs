using System.Globalization;
using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Filters;

/// <summary>The date filter: <c>{{ page.date | date: "%B %-d, %Y" }}</c>.</summary>
internal static class DateFilters
{
    /// <summary>Formats a date with strftime directives. Input that is not a date (nor "now", a unix time or a parseable string) is returned unchanged, as in Liquid.</summary>
    public static object? Date(object? input, ReadOnlySpan<object?> arguments)
    {
        var format = FilterArguments.Text(arguments, 0, string.Empty);
        if (format.Length == 0 || !TryGetDate(input, out var date))
        {
            return input;
        }

        return Strftime.Format(date, format);
    }

    /// <summary>
    /// Dates from .NET date types, unix seconds, "now"/"today", or ISO-like strings. DateTime values of
    /// unspecified kind are taken as UTC, so output does not depend on the build machine's time zone.
    /// </summary>
    public static bool TryGetDate(object? value, out DateTimeOffset date)
    {
        switch (value)
        {
            case DateTimeOffset offset:
                date = offset;
                return true;
            case DateTime dateTime:
                date = dateTime.Kind == DateTimeKind.Local ? new DateTimeOffset(dateTime) : new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc));
                return true;
            case DateOnly day:
                date = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                return true;
            case string or LiquidHtml:
                return TryParse(ValueFormatter.ToText(value).Trim(), out date);
        }

        if (LiquidNumber.TryFrom(value, out var number))
        {
            return TryFromUnix(number.AsDouble, out date);
        }

        date = default;
        return false;
    }

    private static bool TryParse(string text, out DateTimeOffset date)
    {
        if (text is "now" or "today")
        {
            date = DateTimeOffset.UtcNow; // in UTC, like the build's clock: the machine's time zone must not change a page
            return true;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
        {
            return TryFromUnix(seconds, out date);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out date);
    }

    private static bool TryFromUnix(double seconds, out DateTimeOffset date)
    {
        if (!double.IsFinite(seconds) || seconds < -62135596800 || seconds > 253402300799)
        {
            date = default;
            return false;
        }

        date = DateTimeOffset.UnixEpoch.AddSeconds(seconds);
        return true;
    }
}
