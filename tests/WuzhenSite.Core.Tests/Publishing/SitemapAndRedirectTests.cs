using System.Text;
using System.Xml.Linq;
using WuzhenSite.Publishing.Redirects;
using WuzhenSite.Publishing.Sitemaps;

namespace WuzhenSite.Core.Tests.Publishing;

public sealed class SitemapAndRedirectTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void A_urlset_lists_each_url_with_lastmod_and_hreflang_links()
    {
        var bytes = SitemapXml.UrlSet([new SitemapUrl("https://x.org/en/a/", "2019-10-20", [("en", "https://x.org/en/a/"), ("zh", "https://x.org/zh/a/"), ("x-default", "https://x.org/en/a/")])]);

        var url = XDocument.Parse(Encoding.UTF8.GetString(bytes)).Root!.Element(Sitemap + "url")!;
        Assert.Equal("https://x.org/en/a/", url.Element(Sitemap + "loc")!.Value);
        Assert.Equal("2019-10-20", url.Element(Sitemap + "lastmod")!.Value);
        Assert.Equal(["en", "zh", "x-default"], url.Elements(Xhtml + "link").Select(l => l.Attribute("hreflang")!.Value));
    }

    [Fact]
    public void Robots_names_the_sitemap_index() =>
        Assert.Contains("Sitemap: https://x.org/sitemap.xml", SitemapXml.Robots("https://x.org/sitemap.xml"), StringComparison.Ordinal);

    [Theory]
    [InlineData("/2017/12/old.html", "2017/12/old.html")]
    [InlineData("/old/page/", "old/page/index.html")]
    [InlineData("/old/page", "old/page/index.html")]
    public void An_alias_is_served_from_the_file_a_server_would_look_for(string alias, string destination) =>
        Assert.Equal(destination, RedirectFiles.Destination(alias));

    [Fact]
    public void A_redirect_page_refreshes_to_the_page_and_names_it_canonical()
    {
        var html = RedirectFiles.Page("/en/news/a/", "https://x.org/en/news/a/", "en");

        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/en/news/a/\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://x.org/en/news/a/\">", html, StringComparison.Ordinal);
        Assert.Contains("noindex", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_nginx_map_has_one_sorted_quoted_line_per_alias()
    {
        var map = RedirectFiles.NginxMap([("/b.html", "/en/news/b/"), ("/a.html", "/en/news/a/")]);

        var lines = map.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith('#')).ToList();
        Assert.Equal(["\"/a.html\" \"/en/news/a/\";", "\"/b.html\" \"/en/news/b/\";"], lines);
    }
}
