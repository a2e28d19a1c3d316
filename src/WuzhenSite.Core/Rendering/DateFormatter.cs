using System.Globalization;
using WuzhenSite.Content.FrontMatter;

namespace WuzhenSite.Rendering;

/// <summary>
/// Writes dates the way each language does: <c>14 October 2021</c>, <c>2021年10月14日</c>. The pattern is
/// the culture's long date without the weekday, so any configured locale works without code.
/// </summary>
public static class DateFormatter
{
    /// <summary>The date as readers of <paramref name="culture"/> write it.</summary>
    public static string Format(FrontMatterDate date, CultureInfo culture) =>
        date.Day.ToString(PatternFor(culture), culture);

    /// <summary>ISO 8601: the date alone for a plain date, the full moment with offset otherwise.</summary>
    public static string Iso(FrontMatterDate date) =>
        date.HasTime
            ? date.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : date.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string PatternFor(CultureInfo culture)
    {
        if (culture.TwoLetterISOLanguageName == "en")
        {
            return "d MMMM yyyy"; // the British and international form, used by news agencies
        }

        var pattern = culture.DateTimeFormat.LongDatePattern;
        foreach (var weekday in new[] { "dddd, ", "dddd،", "dddd ", ", dddd", " dddd", "dddd" })
        {
            pattern = pattern.Replace(weekday, "", StringComparison.Ordinal);
        }

        return pattern.Trim(' ', ',');
    }
}
