using System.Globalization;
using System.Text.RegularExpressions;

namespace WuzhenSite.Importing.Parsing;

/// <summary>
/// Dates as press offices write them: <c>Nov. 16, 2017</c>, <c>November 17, 2017</c>,
/// <c>OCT . 14 2021</c>, <c>16 November 2017</c>, <c>2017-11-16</c>, <c>2017年11月16日</c>, with a
/// weekday before or a time after. English month names are matched here rather than through a
/// culture, so the machine's locale never changes what a file imports as.
/// </summary>
public static partial class PressDate
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>True when <paramref name="text"/> holds only a date (with a weekday, a time or a "Date:" label); <paramref name="date"/> is it.</summary>
    public static bool TryParseLine(string text, out DateOnly date)
    {
        var match = WholeLine().Match(text.Trim());
        return match.Success ? TryRead(match, out date) : Fail(out date);
    }

    /// <summary>The first date anywhere in <paramref name="text"/>, and where it ends.</summary>
    public static bool TryFind(string text, out DateOnly date, out int end)
    {
        foreach (Match match in Anywhere().Matches(text))
        {
            if (TryRead(match, out date))
            {
                end = match.Index + match.Length;
                return true;
            }
        }

        end = 0;
        return Fail(out date);
    }

    /// <summary>The date in ISO form, as front matter takes it.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryRead(Match match, out DateOnly date)
    {
        var year = Number(match.Groups["y"].Value);
        var day = Number(match.Groups["d"].Value);
        var month = match.Groups["mn"].Success ? MonthOf(match.Groups["mn"].Value) : Number(match.Groups["m"].Value);
        if (year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
            return true;
        }

        return Fail(out date);
    }

    private static int MonthOf(string name)
    {
        var key = name.ToLowerInvariant();
        return key.Length >= 3 ? Array.IndexOf(Months, key[..3]) + 1 : 0;
    }

    private static int Number(string digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static bool Fail(out DateOnly date)
    {
        date = default;
        return false;
    }

    private const string MonthName = @"(?<mn>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))";

    private const string Dates =
        MonthName + @"\s*\.?\s*(?<d>\d{1,2})(?:st|nd|rd|th)?\s*[,.]?\s*(?<y>\d{4})"
        + @"|(?<d>\d{1,2})(?:st|nd|rd|th)?\s+" + MonthName + @"\.?,?\s+(?<y>\d{4})"
        + @"|(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日"
        + @"|(?<y>\d{4})[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})";

    private const string Weekday = @"(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)";

    private const string Time = @"(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*\(?(?:[A-Z]{2,4}|UTC[+-]\d{1,2}|GMT[+-]\d{1,2}|北京时间)\)?)?|\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?";

    // (?i:…) only for names: the groups must stay named alike in every branch.
    [GeneratedRegex(@"^(?:(?i:date|time|dated)\s*[:：]\s*|日期\s*[:：]\s*|时间\s*[:：]\s*)?" + Weekday + "?(?:" + Dates + ")" + Time + @"\s*$", RegexOptions.ExplicitCapture)]
    private static partial Regex WholeLine();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:" + Dates + @")(?![\d])", RegexOptions.ExplicitCapture)]
    private static partial Regex Anywhere();
}
