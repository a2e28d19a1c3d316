using WuzhenSite.Importing.Sources;

namespace WuzhenSite.Core.Tests.Importing;

public sealed class HtmlSourceTests
{
    [Fact]
    public void Blocks_become_lines_numbered_by_their_html_line_and_a_br_starts_a_new_line()
    {
        var lines = HtmlSource.Read("<html><body>\n<h1>Harbour briefing</h1>\n<p>Written by: Xu Meifen<br>Source: Fixture Press Office</p>\n<ul><li>One</li><li>Two</li></ul>\n</body></html>");

        Assert.Equal(["Harbour briefing", "Written by: Xu Meifen", "Source: Fixture Press Office", "One", "Two"], lines.Select(l => l.Text));
        Assert.Equal([2, 3, 3, 4, 4], lines.Select(l => l.Number));
        Assert.True(lines[0].IsMainHeading);
        Assert.False(lines[1].IsMainHeading);
    }

    [Fact]
    public void Scripts_styles_navigation_headers_and_footers_are_left_out()
    {
        var lines = HtmlSource.Read("<html><head><title>T</title><style>p{}</style></head><body><header>Site</header><nav>Menu</nav><script>var x;</script><p>Text</p><footer>Copyright</footer></body></html>");

        Assert.Equal(["Text"], lines.Select(l => l.Text));
    }

    [Theory]
    [InlineData("<p><strong>Lin Qiaoyu:</strong> Welcome.</p>")]
    [InlineData("<p><b>Lin Qiaoyu</b>: Welcome.</p>")]
    [InlineData("<p><span style=\"font-weight: 700\">Lin Qiaoyu：</span>Welcome.</p>")]
    public void A_paragraph_starting_with_a_bold_label_carries_the_label(string html)
    {
        var line = Assert.Single(HtmlSource.Read($"<html><body>{html}</body></html>"));

        Assert.Equal("Lin Qiaoyu", line.BoldLabel);
        Assert.Equal("Welcome.", line.Text);
    }

    [Fact]
    public void Bold_text_without_a_colon_is_no_label()
    {
        var line = Assert.Single(HtmlSource.Read("<html><body><p><strong>Important</strong> news today.</p></body></html>"));

        Assert.Null(line.BoldLabel);
        Assert.Equal("Important news today.", line.Text);
    }

    [Fact]
    public void Only_the_main_element_is_read_with_the_pages_heading()
    {
        var lines = HtmlSource.Read("<html><body><div>Sidebar links</div><h1>Harbour briefing</h1><main><p>Body text.</p></main><div>More links</div></body></html>");

        Assert.Equal(["Harbour briefing", "Body text."], lines.Select(l => l.Text));
    }

    [Fact]
    public void No_break_spaces_and_entities_are_plain_text()
    {
        var line = Assert.Single(HtmlSource.Read("<html><body><p>Home&nbsp;&gt;&nbsp;Press&nbsp;Room &amp; more</p></body></html>"));

        Assert.Equal("Home > Press Room & more", line.Text);
    }
}
