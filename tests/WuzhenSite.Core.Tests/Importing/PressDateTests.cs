using System.Globalization;
using WuzhenSite.Importing.Parsing;

namespace WuzhenSite.Core.Tests.Importing;

public sealed class PressDateTests
{
    [Theory]
    [InlineData("Nov. 16, 2017", 2017, 11, 16)]
    [InlineData("November 17, 2017", 2017, 11, 17)]
    [InlineData("OCT . 14 2021", 2021, 10, 14)]
    [InlineData("16 November 2017", 2017, 11, 16)]
    [InlineData("Sept. 3, 2019", 2019, 9, 3)]
    [InlineData("Thursday, Nov. 16, 2017", 2017, 11, 16)]
    [InlineData("Nov. 16, 2017 15:00", 2017, 11, 16)]
    [InlineData("2017-11-16", 2017, 11, 16)]
    [InlineData("2017年11月16日", 2017, 11, 16)]
    [InlineData("Date: 2019/10/18", 2019, 10, 18)]
    public void A_line_holding_only_a_date_is_read_in_any_of_the_press_offices_forms(string line, int year, int month, int day)
    {
        Assert.True(PressDate.TryParseLine(line, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("Nov. 31, 2017")]
    [InlineData("The conference will be held from Dec. 3 to 5 in Wuzhen.")]
    [InlineData("Nov. 16, 2017 was a Thursday.")]
    [InlineData("2017")]
    public void A_sentence_or_an_impossible_date_is_no_date_line(string line)
    {
        Assert.False(PressDate.TryParseLine(line, out _));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("zh-CN")]
    [InlineData("ar-SA")]
    [InlineData("th-TH")]
    public void The_machines_culture_changes_nothing(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.True(PressDate.TryParseLine("OCT . 14 2021", out var date));
            Assert.Equal("2021-10-14", PressDate.Format(date));
            Assert.True(PressDate.TryParseLine("Nov. 16, 2017", out date));
            Assert.Equal("2017-11-16", PressDate.Format(date));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
