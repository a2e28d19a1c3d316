using System.Text.Json;
using System.Xml.Linq;
using WuzhenSite.Cli.Tests.Building;
using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Publishing;

/// <summary>Feeds, sitemaps, metadata, redirects, 404 pages and transcript extras of the sample site, read back from disk.</summary>
public sealed class SamplePublishingTests(SampleSiteBuildTests.BuiltSample sample) : IClassFixture<SampleSiteBuildTests.BuiltSample>
{
    private const string Host = "https://news.wuzhen.example/";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    private XElement Xml(string path) => XDocument.Load(Path.Combine(sample.Output, path)).Root!;

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void Each_language_has_an_atom_and_an_rss_feed_of_its_newest_items(string language)
    {
        var atom = Xml($"{language}/feed.xml");
        Assert.Equal(language, atom.Attribute(XNamespace.Xml + "lang")!.Value);
        var entries = atom.Elements(Atom + "entry").ToList();
        Assert.InRange(entries.Count, 3, 20);
        Assert.All(entries, e =>
        {
            Assert.StartsWith("tag:news.wuzhen.example,", e.Element(Atom + "id")!.Value, StringComparison.Ordinal);
            Assert.StartsWith(Host + language + "/", e.Element(Atom + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);
            Assert.NotEmpty(e.Element(Atom + "summary")!.Value);
            Assert.NotEmpty(e.Element(Atom + "author")!.Element(Atom + "name")!.Value);
            Assert.NotNull(e.Element(Atom + "updated"));
        });
        // Most recently published or changed first, so a corrected story comes back among the newest.
        var updated = entries.Select(e => DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(updated.OrderDescending(), updated);
        Assert.All(entries, e => Assert.True(
            DateTimeOffset.Parse(e.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture)
            >= DateTimeOffset.Parse(e.Element(Atom + "published")!.Value, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Contains(entries, e => e.Elements(Atom + "category").Any());

        var rss = Xml($"{language}/rss.xml").Element("channel")!;
        Assert.Equal(entries.Count, rss.Elements("item").Count());
        Assert.All(rss.Elements("item"), item => Assert.StartsWith(Host, item.Element("link")!.Value, StringComparison.Ordinal));

        var home = sample.Site.Page($"{language}/index.html");
        Assert.Contains(home.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']"), l => l.GetAttribute("href") == $"/{language}/feed.xml");
        Assert.Contains(home.QuerySelectorAll("link[rel=alternate][type='application/rss+xml']"), l => l.GetAttribute("href") == $"/{language}/rss.xml");
    }

    [Fact]
    public async Task Atom_ids_are_the_same_in_another_build()
    {
        using var folder = new TemporaryFolder();
        var again = await SiteBuilder.BuildAsync(new BuildOptions { RootPath = RepositoryPaths.Root, OutputPath = folder.Combine("out") }, TestContext.Current.CancellationToken);
        Assert.True(again.Succeeded);

        string[] Ids(string root) => [.. XDocument.Load(Path.Combine(root, "en/feed.xml")).Root!.Descendants(Atom + "id").Select(e => e.Value)];
        Assert.Equal(Ids(sample.Output), Ids(folder.Combine("out")));
    }

    [Fact]
    public void The_sample_corrected_article_shows_its_update_and_corrections_and_feeds_and_sitemap_follow_its_last_change()
    {
        var page = sample.Site.Page("en/news/2021-press-shuttle-buses/index.html");
        Assert.Equal("Updated 27 September 2021", page.QuerySelector(".meta__updated")!.TextContent.Trim());
        var notes = page.QuerySelectorAll("aside.corrections li");
        Assert.Equal(["2021-09-25", "2021-09-27T08:10:00+08:00"], notes.Select(li => li.QuerySelector("time")!.GetAttribute("datetime")));
        Assert.Contains("22:30", notes[1].TextContent, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal("2021-09-27T08:10:00+08:00", json.RootElement.GetProperty("dateModified").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("correction").GetArrayLength());

        var entry = Xml("en/feed.xml").Elements(Atom + "entry").Single(e => e.Element(Atom + "link")!.Attribute("href")!.Value == Host + "en/news/2021-press-shuttle-buses/");
        Assert.Equal("2021-09-27T00:10:00Z", entry.Element(Atom + "updated")!.Value);
        var url = Xml("en/sitemap.xml").Elements(Sitemap + "url").Single(u => u.Element(Sitemap + "loc")!.Value == Host + "en/news/2021-press-shuttle-buses/");
        Assert.Equal("2021-09-27T08:10:00+08:00", url.Element(Sitemap + "lastmod")!.Value);
    }

    [Theory]
    [InlineData("en/news/2021/index.html", "News from 2021")]
    [InlineData("en/news/2017/index.html", "News from 2017")]
    [InlineData("en/transcripts/2019/index.html", "Transcripts from 2019")]
    [InlineData("zh/news/2019/index.html", "2019年新闻")]
    [InlineData("zh/transcripts/2017/index.html", "2017年实录")]
    public void The_sample_years_have_archives_linked_from_their_section_and_in_the_sitemap(string path, string title)
    {
        Assert.Equal(title, sample.Site.Page(path).QuerySelector("h1")!.TextContent);
        var section = path[..(path.LastIndexOf('/', path.Length - "/index.html".Length - 1) + 1)] + "index.html";
        var archive = "/" + path[..^"index.html".Length];
        Assert.Contains(sample.Site.Page(section).QuerySelectorAll("nav.year-nav a"), a => a.GetAttribute("href") == archive);
        Assert.Contains(Xml($"{path[..2]}/sitemap.xml").Elements(Sitemap + "url"), u => u.Element(Sitemap + "loc")!.Value == Host + archive.TrimStart('/'));
    }

    [Fact]
    public void Forums_and_speakers_have_feeds_linked_from_their_pages()
    {
        foreach (var page in new[] { "en/speakers/ren-xianliang/index.html", "zh/speakers/ren-xianliang/index.html" })
        {
            var link = sample.Site.Page(page).QuerySelectorAll("link[rel=alternate][type='application/atom+xml']")
                .Select(l => l.GetAttribute("href")!).First(h => h.Contains("/speakers/", StringComparison.Ordinal));
            var feed = Xml(link.TrimStart('/'));
            Assert.NotEmpty(feed.Elements(Atom + "entry"));
        }

        var forumFeeds = Directory.GetFiles(Path.Combine(sample.Output, "en", "forums"), "feed.xml", SearchOption.AllDirectories);
        Assert.NotEmpty(forumFeeds);
        var forumPage = Path.GetRelativePath(sample.Output, Path.Combine(Path.GetDirectoryName(forumFeeds[0])!, "index.html"));
        Assert.Contains(sample.Site.Page(forumPage).QuerySelectorAll("link[rel=alternate]"), l => l.GetAttribute("href")!.EndsWith("/feed.xml", StringComparison.Ordinal) && l.GetAttribute("href")!.Contains("/forums/", StringComparison.Ordinal));
    }

    [Fact]
    public void The_sitemap_index_names_one_sitemap_per_language_and_robots_names_the_index()
    {
        var locs = Xml("sitemap.xml").Elements(Sitemap + "sitemap").Select(s => s.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal([Host + "en/sitemap.xml", Host + "zh/sitemap.xml"], locs);
        Assert.Contains("Sitemap: " + Host + "sitemap.xml", File.ReadAllText(Path.Combine(sample.Output, "robots.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void Sitemap_urls_are_absolute_dated_and_their_hreflang_alternates_are_symmetric()
    {
        var urls = new[] { "en", "zh" }.SelectMany(l => Xml($"{l}/sitemap.xml").Elements(Sitemap + "url")).ToList();
        var alternatesByLoc = urls.ToDictionary(
            u => u.Element(Sitemap + "loc")!.Value,
            u => u.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value));

        Assert.True(urls.Count > 50);
        Assert.All(urls, u =>
        {
            Assert.StartsWith(Host, u.Element(Sitemap + "loc")!.Value, StringComparison.Ordinal);
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}", u.Element(Sitemap + "lastmod")!.Value);
        });
        foreach (var (loc, alternates) in alternatesByLoc)
        {
            Assert.True(alternates.ContainsKey("x-default"), $"{loc} has no x-default");
            Assert.Contains(loc, alternates.Values);
            foreach (var (language, href) in alternates.Where(a => a.Key != "x-default" && a.Value != loc))
            {
                Assert.True(alternatesByLoc.TryGetValue(href, out var back), $"{loc} names {href}, which is not in a sitemap");
                Assert.Equal(alternates.OrderBy(a => a.Key).ToList(), back!.OrderBy(a => a.Key).ToList());
            }
        }

        Assert.DoesNotContain(alternatesByLoc.Keys, loc => loc.Contains("/search/", StringComparison.Ordinal) || loc.EndsWith("404.html", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("en/news/2017-wic-opens-in-wuzhen/index.html", "NewsArticle")]
    [InlineData("en/transcripts/2017-scio-press-conference-fourth-wic/index.html", "Article")]
    [InlineData("en/speakers/ren-xianliang/index.html", "Person")]
    [InlineData("zh/index.html", "WebSite")]
    public void Every_page_has_canonical_social_tags_and_json_ld(string path, string type)
    {
        var page = sample.Site.Page(path);
        Assert.StartsWith(Host, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href")!, StringComparison.Ordinal);
        foreach (var property in new[] { "og:title", "og:description", "og:url", "og:type", "og:locale", "og:image", "og:site_name" })
        {
            Assert.False(string.IsNullOrEmpty(page.QuerySelector($"meta[property='{property}']")?.GetAttribute("content")), $"{path} lacks {property}");
        }

        Assert.NotNull(page.QuerySelector("meta[name='twitter:card']"));
        Assert.NotNull(page.QuerySelector("meta[property='og:locale:alternate']"));
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(type, json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("https://schema.org", json.RootElement.GetProperty("@context").GetString());
        if (type == "NewsArticle")
        {
            foreach (var property in new[] { "headline", "datePublished", "author", "publisher", "image" })
            {
                Assert.True(json.RootElement.TryGetProperty(property, out _), $"NewsArticle lacks {property}");
            }
        }
    }

    [Fact]
    public void An_alias_gets_a_redirect_page_to_the_canonical_url_and_a_line_in_the_nginx_map()
    {
        var redirect = sample.Site.Page("2017/12/wic-opening.html");
        Assert.Equal(Host + "en/news/2017-wic-opens-in-wuzhen/", redirect.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("0; url=/en/news/2017-wic-opens-in-wuzhen/", redirect.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Contains("\"/2017/12/wic-opening.html\" \"/en/news/2017-wic-opens-in-wuzhen/\";", File.ReadAllText(Path.Combine(sample.Output, "redirects.map")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("404.html", "en")]
    [InlineData("en/404.html", "en")]
    [InlineData("zh/404.html", "zh")]
    public void Not_found_pages_exist_per_language_and_at_the_root(string path, string language)
    {
        var page = sample.Site.Page(path);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.All(page.QuerySelectorAll("a[href]"), a => Assert.True(a.GetAttribute("href")!.StartsWith('/') || a.GetAttribute("href")!.StartsWith('#'), a.GetAttribute("href")));
    }

    [Fact]
    public void A_transcript_offers_its_plain_text_with_speaker_labels_and_a_citation_per_turn()
    {
        var page = sample.Site.Page("en/transcripts/2017-scio-press-conference-fourth-wic/index.html");
        var download = page.QuerySelector(".transcript__download a")!.GetAttribute("href");
        Assert.Equal("/en/transcripts/2017-scio-press-conference-fourth-wic/transcript.txt", download);
        var text = File.ReadAllText(Path.Combine(sample.Output, download!.TrimStart('/')));
        Assert.Contains("\nRen Xianliang (", text, StringComparison.Ordinal);
        Assert.Contains(Host + "en/transcripts/2017-scio-press-conference-fourth-wic/", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", text, StringComparison.Ordinal);

        var cite = page.QuerySelector("#ren-xianliang-2 button.turn-cite")!.GetAttribute("data-cite")!;
        Assert.StartsWith("Ren Xianliang, ", cite, StringComparison.Ordinal);
        Assert.Contains("2017", cite, StringComparison.Ordinal);
        Assert.EndsWith(Host + "en/transcripts/2017-scio-press-conference-fourth-wic/#ren-xianliang-2", cite, StringComparison.Ordinal);
    }
}
