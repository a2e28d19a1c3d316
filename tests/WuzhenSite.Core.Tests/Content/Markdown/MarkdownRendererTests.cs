using WuzhenSite.Content.Markdown;

namespace WuzhenSite.Core.Tests.Content.Markdown;

public sealed class MarkdownRendererTests
{
    [Fact]
    public void Renders_tables_heading_ids_footnotes_and_autolinks()
    {
        var html = new MarkdownRenderer(allowRawHtml: true).ToHtml(
            "## Key figures\n\n| Year | Forums |\n|---|---|\n| 2017 | 20 |\n\nSee https://example.org for more.[^1]\n\n[^1]: A note.\n");

        Assert.Contains("<h2 id=\"key-figures\">", html);
        Assert.Contains("<table>", html);
        Assert.Contains("<a href=\"https://example.org\">https://example.org</a>", html);
        Assert.Contains("class=\"footnotes\"", html);
    }

    [Fact]
    public void Chinese_headings_keep_readable_ids()
    {
        var html = new MarkdownRenderer(allowRawHtml: true).ToHtml("## 主要亮点\n");

        Assert.Contains("id=\"主要亮点\"", html);
    }

    [Fact]
    public void Raw_html_is_passed_or_escaped_as_configured()
    {
        Assert.Contains("<aside>", new MarkdownRenderer(allowRawHtml: true).ToHtml("<aside>x</aside>\n"));
        Assert.DoesNotContain("<aside>", new MarkdownRenderer(allowRawHtml: false).ToHtml("<aside>x</aside>\n"));
    }

    [Fact]
    public void Site_absolute_links_go_under_the_link_root()
    {
        var html = new MarkdownRenderer(allowRawHtml: true, linkRoot: "/conference/").ToHtml("[a](/en/news/x/) [b](https://example.org/) [c](//cdn.example.org/x)");

        Assert.Contains("href=\"/conference/en/news/x/\"", html);
        Assert.Contains("href=\"https://example.org/\"", html);
        Assert.Contains("href=\"//cdn.example.org/x\"", html);
    }
}
