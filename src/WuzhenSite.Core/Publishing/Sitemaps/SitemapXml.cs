using System.Xml;
using WuzhenSite.Publishing.Feeds;

namespace WuzhenSite.Publishing.Sitemaps;

/// <summary>One URL of a sitemap, with its hreflang alternates (the URL's own language among them, and x-default).</summary>
public sealed record SitemapUrl(string Loc, string? LastModified, IReadOnlyList<(string Hreflang, string Href)> Alternates);

/// <summary>Writes sitemaps (sitemaps.org 0.9, with Google's xhtml:link alternates) and the sitemap index. Pure and deterministic.</summary>
public static class SitemapXml
{
    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>A <c>urlset</c> of <paramref name="urls"/>.</summary>
    public static byte[] UrlSet(IEnumerable<SitemapUrl> urls) => FeedXml.Write(w =>
    {
        w.WriteStartElement("urlset", SitemapNamespace);
        w.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
        foreach (var url in urls)
        {
            w.WriteStartElement("url", SitemapNamespace);
            w.WriteElementString("loc", SitemapNamespace, url.Loc);
            if (url.LastModified is { } lastModified)
            {
                w.WriteElementString("lastmod", SitemapNamespace, lastModified);
            }

            foreach (var (hreflang, href) in url.Alternates)
            {
                w.WriteStartElement("xhtml", "link", XhtmlNamespace);
                w.WriteAttributeString("rel", "alternate");
                w.WriteAttributeString("hreflang", hreflang);
                w.WriteAttributeString("href", href);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    /// <summary>A <c>sitemapindex</c> naming each sitemap with the newest <c>lastmod</c> in it.</summary>
    public static byte[] Index(IEnumerable<(string Loc, string? LastModified)> sitemaps) => FeedXml.Write(w =>
    {
        w.WriteStartElement("sitemapindex", SitemapNamespace);
        foreach (var (loc, lastModified) in sitemaps)
        {
            w.WriteStartElement("sitemap", SitemapNamespace);
            w.WriteElementString("loc", SitemapNamespace, loc);
            if (lastModified is not null)
            {
                w.WriteElementString("lastmod", SitemapNamespace, lastModified);
            }

            w.WriteEndElement();
        }

        w.WriteEndElement();
    });

    /// <summary>A robots.txt that allows everything and names the sitemap index.</summary>
    public static string Robots(string sitemapIndexUrl) => $"User-agent: *\nAllow: /\n\nSitemap: {sitemapIndexUrl}\n";
}
