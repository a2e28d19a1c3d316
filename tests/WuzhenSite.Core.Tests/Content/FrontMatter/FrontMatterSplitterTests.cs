using WuzhenSite.Content.FrontMatter;

namespace WuzhenSite.Core.Tests.Content.FrontMatter;

public sealed class FrontMatterSplitterTests
{
    [Fact]
    public void Splits_yaml_and_body_and_knows_where_the_body_starts()
    {
        var (split, error) = FrontMatterSplitter.Split("---\ntitle: A\ndate: 2021-09-27\n---\nBody line\n", "a.md");

        Assert.Null(error);
        Assert.Equal("title: A\ndate: 2021-09-27\n", split!.Value.Yaml);
        Assert.Equal("Body line\n", split.Value.Body);
        Assert.Equal(5, split.Value.BodyStartLine);
        Assert.Equal(2, split.Value.YamlStartLine);
    }

    [Fact]
    public void Accepts_windows_line_endings_a_byte_order_mark_and_a_dots_closing_fence()
    {
        var (split, error) = FrontMatterSplitter.Split("\uFEFF---\r\ntitle: A\r\n...\r\nBody", "a.md");

        Assert.Null(error);
        Assert.Equal("Body", split!.Value.Body);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   \n", "empty")]
    [InlineData("# Just markdown\n", "no front matter")]
    [InlineData("---\ntitle: A\nBody without closing", "never closed")]
    public void Reports_what_is_missing_and_how_to_fix_it(string text, string expected)
    {
        var (split, error) = FrontMatterSplitter.Split(text, "news/a.md");

        Assert.Null(split);
        Assert.Equal("news/a.md", error!.File);
        Assert.Contains(expected, error.Message);
        Assert.NotNull(error.Fix);
    }
}
