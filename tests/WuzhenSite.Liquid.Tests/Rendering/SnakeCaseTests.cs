using WuzhenSite.Liquid.Rendering;

namespace WuzhenSite.Liquid.Tests.Rendering;

public sealed class SnakeCaseTests
{
    [Theory]
    [InlineData("Title", "title")]
    [InlineData("ReadingMinutes", "reading_minutes")]
    [InlineData("IsCurrent", "is_current")]
    [InlineData("PrevUrl", "prev_url")]
    [InlineData("DateIso", "date_iso")]
    [InlineData("URLPath", "url_path")]
    [InlineData("HTMLContent", "html_content")]
    [InlineData("Item2", "item2")]
    [InlineData("Page2Title", "page2_title")]
    [InlineData("already_snake", "already_snake")]
    [InlineData("camelCase", "camel_case")]
    public void Converts_member_names(string name, string expected)
    {
        Assert.Equal(expected, SnakeCase.Convert(name));
    }
}
