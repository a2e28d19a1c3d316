using System.Globalization;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Rendering;

namespace WuzhenSite.Core.Tests.Localization;

public sealed class DateFormatterTests
{
    private static readonly FrontMatterDate October14 = FrontMatterDateParser.TryParse("2021-10-14")!.Value;

    [Theory]
    [InlineData("en-GB", "14 October 2021")]
    [InlineData("en-US", "14 October 2021")]
    [InlineData("zh-CN", "2021年10月14日")]
    [InlineData("fr-FR", "14 octobre 2021")]
    public void Writes_dates_as_each_language_does(string culture, string expected)
    {
        Assert.Equal(expected, DateFormatter.Format(October14, CultureInfo.GetCultureInfo(culture)));
    }

    [Fact]
    public void A_date_with_time_keeps_its_calendar_day_whatever_the_offset()
    {
        var lateEvening = FrontMatterDateParser.TryParse("2021-10-14T23:30:00+08:00")!.Value;

        Assert.Equal("2021年10月14日", DateFormatter.Format(lateEvening, CultureInfo.GetCultureInfo("zh-CN")));
        Assert.Equal("2021-10-14T23:30:00+08:00", DateFormatter.Iso(lateEvening));
        Assert.Equal("2021-10-14", DateFormatter.Iso(October14));
    }
}
