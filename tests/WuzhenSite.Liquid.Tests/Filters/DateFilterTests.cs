using WuzhenSite.Liquid.Tests.Support;

namespace WuzhenSite.Liquid.Tests.Filters;

public sealed class DateFilterTests
{
    private static readonly DateTimeOffset Date = new(2024, 3, 5, 14, 7, 9, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("%Y-%m-%d", "2024-03-05")]
    [InlineData("%B %e, %Y", "March  5, 2024")]
    [InlineData("%b %-d", "Mar 5")]
    [InlineData("%A %a", "Tuesday Tue")]
    [InlineData("%H:%M:%S", "14:07:09")]
    [InlineData("%I %p", "02 PM")]
    [InlineData("%z", "+0800")]
    [InlineData("%:z", "+08:00")]
    [InlineData("%^b", "MAR")]
    [InlineData("%j", "065")]
    [InlineData("%y/%m", "24/03")]
    [InlineData("%F %T", "2024-03-05 14:07:09")]
    [InlineData("100%% %Q", "100% %Q")]
    [InlineData("%Y年%-m月%-d日", "2024年3月5日")]
    public void Strftime_directives(string format, string expected)
    {
        Assert.Equal(expected, Templates.Render("{{ d | date: f }}", ("d", Date), ("f", format)));
    }

    [Fact]
    public void Strings_and_unix_times_are_parsed()
    {
        Assert.Equal("2024-03-05 1970-01-02", Templates.Render("{{ '2024-03-05T10:00:00Z' | date: '%F' }} {{ 86400 | date: '%F' }}"));
    }

    [Fact]
    public void Unspecified_datetimes_are_treated_as_utc()
    {
        Assert.Equal("+0000", Templates.Render("{{ d | date: '%z' }}", ("d", new DateTime(2024, 1, 1))));
    }

    [Fact]
    public void Now_formats_the_current_year_in_UTC()
    {
        Assert.Equal(DateTimeOffset.UtcNow.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), Templates.Render("{{ 'now' | date: '%Y' }}"));
        Assert.Equal("+0000", Templates.Render("{{ 'now' | date: '%z' }}"));
    }

    [Fact]
    public void Non_dates_pass_through_unchanged()
    {
        Assert.Equal("not a date", Templates.Render("{{ 'not a date' | date: '%Y' }}"));
    }
}
