using WuzhenSite.Publishing.LinkValidation;

namespace WuzhenSite.Core.Tests.Publishing;

public sealed class LinkValidationTests
{
    [Theory]
    [InlineData("en/news/a/index.html", "/en/news/b/", "en/news/b/index.html", "")]
    [InlineData("en/news/a/index.html", "/en/transcripts/t/#ren-1", "en/transcripts/t/index.html", "ren-1")]
    [InlineData("en/news/a/index.html", "../b/", "en/news/b/index.html", "")]
    [InlineData("en/news/a/index.html", "#top", "en/news/a/index.html", "top")]
    [InlineData("en/news/a/index.html", "/assets/css/site.css", "assets/css/site.css", "")]
    [InlineData("en/news/a/index.html", "https://news.example.org/en/", "en/index.html", "")]
    [InlineData("en/news/a/index.html", "/en/search/?q=silk", "en/search/index.html", "")]
    [InlineData("index.html", "/", "index.html", "")]
    [InlineData("en/news/a/index.html", "/en/news/%E4%B8%AD/", "en/news/中/index.html", "")]
    public void Internal_links_resolve_to_output_files_and_anchors(string page, string link, string destination, string fragment)
    {
        var target = LinkTarget.Resolve(page, link, "news.example.org", "/")!;

        Assert.Null(target.External);
        Assert.Equal(destination, target.Destination);
        Assert.Equal(fragment, target.Fragment);
    }

    [Theory]
    [InlineData("https://www.wicinternet.org/")]
    [InlineData("//cdn.example.com/x.js")]
    public void Links_to_other_hosts_are_external(string link) =>
        Assert.Equal(link.StartsWith("//", StringComparison.Ordinal) ? "https:" + link : link, LinkTarget.Resolve("en/index.html", link, "news.example.org", "/")!.External);

    [Theory]
    [InlineData("mailto:desk@example.org")]
    [InlineData("tel:+861234")]
    [InlineData("javascript:void(0)")]
    [InlineData("")]
    public void Special_links_are_not_checked(string link) => Assert.Null(LinkTarget.Resolve("en/index.html", link, "news.example.org", "/"));

    [Fact]
    public void A_root_relative_link_outside_the_link_root_cannot_resolve()
    {
        var target = LinkTarget.Resolve("index.html", "/elsewhere/", "x.org", "/news/")!;

        Assert.DoesNotContain(target.Destination, new[] { "elsewhere/index.html", "index.html" });
    }

    [Fact]
    public void Scanning_finds_links_and_ids_but_not_markup_inside_scripts()
    {
        var page = PageLinks.Scan("""
            <html><head><link rel="stylesheet" href="/a.css"><script>var s = '<a href="/fake/">';</script></head>
            <body><a id="top" href="/en/">Home</a><section id="ren-1"><img src="/p.png" alt=""></section><a name="old"></a>
            <title>not <a href="/nor/this/"></title></body></html>
            """);

        Assert.Equal(["/a.css", "/en/", "/p.png"], page.Links);
        Assert.True(page.Ids.SetEquals(["top", "ren-1", "old"]));
    }

    [Fact]
    public void Pages_scanned_with_one_pool_share_equal_link_and_id_texts()
    {
        var pool = new LinkTextPool();
        var first = PageLinks.Scan("<nav><a href=\"/en/tags/\">Tags</a></nav><p id=\"t-1\">"u8, pool);
        var second = PageLinks.Scan("<nav><a href=\"/en/tags/\">Tags</a></nav><p id=\"t-1\">"u8, pool);

        Assert.Same(first.Links[0], second.Links[0]);
        Assert.Same(first.Ids.Single(), second.Ids.Single());
        Assert.Equal(["/en/tags/"], second.Links);
    }
}
