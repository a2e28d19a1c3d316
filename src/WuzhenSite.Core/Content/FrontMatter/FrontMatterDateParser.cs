using System.Globalization;

namespace WuzhenSite.Content.FrontMatter;

/// <summary>Reads the two date forms the contract allows: <c>YYYY-MM-DD</c>, and ISO 8601 with time (and offset).</summary>
public static class FrontMatterDateParser
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    ];

    /// <summary>The parsed date, or null when the text is not one of the allowed forms or names an impossible day.</summary>
    public static FrontMatterDate? TryParse(string text)
    {
        text = text.Trim();
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new FrontMatterDate(new DateTimeOffset(day, TimeSpan.Zero), HasTime: false);
        }

        // A time without an offset is read as UTC, as Hugo does; the authoring guide asks for an offset.
        return DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var moment)
            ? new FrontMatterDate(moment, HasTime: true)
            : null;
    }
}
