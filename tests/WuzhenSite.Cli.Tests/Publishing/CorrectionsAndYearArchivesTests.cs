using System.Text.Json;
using System.Xml.Linq;
using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Publishing;

/// <summary>
/// A small site with a corrected article in two languages and news from two years, built with the
/// command: the corrections show on the page and move dateModified, Atom updated, RSS atom:updated
/// and the sitemap's lastmod; each year with items has its archive, paged, linked and in the sitemaps.
/// </summary>
public sealed class CorrectionsAndYearArchivesTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Host = "https://fixture.example.org/";

    /// <summary>The minimal site (page size 2), its harbour article corrected in both languages, and one article of 2018.</summary>
    private static string Site(TemporaryFolder folder)
    {
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var news = Path.Combine(site, "input", "news");
        Edit(Path.Combine(news, "harbour-opens.md"), "date: 2019-10-20\n",
            "date: 2019-10-20\nupdated: 2019-10-21\ncorrections:\n  - date: 2019-10-22T09:30:00+08:00\n    note: The pavilion has four sensor displays, not three.\n");
        Edit(Path.Combine(news, "harbour-opens.zh.md"), "date: 2019-10-20\n",
            "date: 2019-10-20\ncorrections:\n  - {date: 2019-10-21, note: 展馆共有四块传感器显示屏。}\n");
        Edit(Path.Combine(site, "input", "pages", "about.md"), "title: About this fixture\n",
            "title: About this fixture\nupdated: 2020-03-01\ncorrections:\n  - {date: 2020-02-01, note: The contact address was out of date.}\n");
        File.WriteAllText(Path.Combine(news, "canal-survey.md"),
            "---\ntitle: Canal survey begins\ndate: 2018-05-02\n---\nSurveyors measured the canal banks ahead of the pavilion's construction.\n");
        return site;
    }

    private static void Edit(string file, string find, string replace)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(find, text, StringComparison.Ordinal);
        File.WriteAllText(file, text.Replace(find, replace, StringComparison.Ordinal));
    }

    private static async Task<WrittenSite> BuildAsync(string site)
    {
        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);
        Assert.True(exitCode == 0, log);
        return new WrittenSite(Path.Combine(site, "output"));
    }

    [Fact]
    public async Task A_corrected_article_shows_when_it_was_updated_and_its_corrections_in_its_language()
    {
        using var folder = new TemporaryFolder();
        var written = await BuildAsync(Site(folder));

        var english = written.Page("en/news/harbour-opens/index.html");
        var updated = english.QuerySelector(".meta__updated")!;
        Assert.Equal("Updated 22 October 2019", updated.TextContent.Trim());
        Assert.Equal("2019-10-22T09:30:00+08:00", updated.QuerySelector("time")!.GetAttribute("datetime"));
        var corrections = english.QuerySelector("aside.corrections")!;
        Assert.Equal("Corrections", corrections.QuerySelector("h2")!.TextContent);
        var note = Assert.Single(corrections.QuerySelectorAll("li"));
        Assert.Equal("2019-10-22T09:30:00+08:00", note.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("The pavilion has four sensor displays, not three.", note.QuerySelector(".correction__note")!.TextContent);
        Assert.Equal("2019-10-22T09:30:00+08:00", english.QuerySelector("meta[property='article:modified_time']")!.GetAttribute("content"));

        var chinese = written.Page("zh/news/harbour-opens/index.html");
        Assert.Equal("更新于 2019年10月21日", chinese.QuerySelector(".meta__updated")!.TextContent.Trim());
        Assert.Equal("更正", chinese.QuerySelector("aside.corrections h2")!.TextContent);

        var unchanged = written.Page("en/news/third-day/index.html");
        Assert.Null(unchanged.QuerySelector(".meta__updated"));
        Assert.Null(unchanged.QuerySelector("aside.corrections"));
    }

    [Fact]
    public async Task A_correction_changes_date_modified_atom_updated_rss_and_lastmod_and_keeps_the_publication_date()
    {
        using var folder = new TemporaryFolder();
        var written = await BuildAsync(Site(folder));

        var script = written.Page("en/news/harbour-opens/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent;
        using (var json = JsonDocument.Parse(script))
        {
            var root = json.RootElement;
            Assert.Equal("2019-10-20", root.GetProperty("datePublished").GetString());
            Assert.Equal("2019-10-22T09:30:00+08:00", root.GetProperty("dateModified").GetString());
            var correction = Assert.Single(root.GetProperty("correction").EnumerateArray().ToList());
            Assert.Equal("CorrectionComment", correction.GetProperty("@type").GetString());
            Assert.Equal("The pavilion has four sensor displays, not three.", correction.GetProperty("text").GetString());
            Assert.Equal("2019-10-22T09:30:00+08:00", correction.GetProperty("datePublished").GetString());
        }

        var atom = XDocument.Load(Path.Combine(written.OutputRoot, "en", "feed.xml")).Root!;
        var entries = atom.Elements(Atom + "entry").ToList();
        var entry = entries.Single(e => e.Element(Atom + "link")!.Attribute("href")!.Value == Host + "en/news/harbour-opens/");
        Assert.Equal("2019-10-20T00:00:00Z", entry.Element(Atom + "published")!.Value);
        Assert.Equal("2019-10-22T01:30:00Z", entry.Element(Atom + "updated")!.Value);
        Assert.Same(entries[1], entry); // after the closing report (10:00Z on the 22nd), ahead of the later-published third day
        Assert.Equal("2019-10-22T10:00:00Z", atom.Element(Atom + "updated")!.Value);

        var rss = XDocument.Load(Path.Combine(written.OutputRoot, "en", "rss.xml")).Root!.Element("channel")!;
        var item = rss.Elements("item").Single(i => i.Element("link")!.Value == Host + "en/news/harbour-opens/");
        Assert.Equal("Sun, 20 Oct 2019 00:00:00 GMT", item.Element("pubDate")!.Value);
        Assert.Equal("2019-10-22T01:30:00Z", item.Element(Atom + "updated")!.Value);
        Assert.Null(rss.Elements("item").Single(i => i.Element("link")!.Value == Host + "en/news/third-day/").Element(Atom + "updated"));

        Assert.Equal("2019-10-22T09:30:00+08:00", LastModified(written, "en", Host + "en/news/harbour-opens/"));
        Assert.Equal("2019-10-21", LastModified(written, "zh", Host + "zh/news/harbour-opens/"));
        Assert.Equal("2019-10-21", LastModified(written, "en", Host + "en/news/third-day/"));
    }

    [Fact]
    public async Task A_plain_page_without_a_date_shows_its_corrections_and_its_last_change_is_its_lastmod()
    {
        using var folder = new TemporaryFolder();
        var written = await BuildAsync(Site(folder));

        var about = written.Page("en/about/index.html");
        Assert.Equal("The contact address was out of date.", about.QuerySelector("aside.corrections .correction__note")!.TextContent);
        Assert.Equal("2020-03-01", LastModified(written, "en", Host + "en/about/"));
    }

    [Fact]
    public async Task Each_year_with_items_has_a_paged_localised_archive_linked_from_the_lists_and_in_the_sitemaps()
    {
        using var folder = new TemporaryFolder();
        var written = await BuildAsync(Site(folder));

        // 2019 has three English articles: two pages of two.
        Assert.Equal("News from 2019", written.Page("en/news/2019/index.html").QuerySelector("h1")!.TextContent);
        Assert.Equal(2, written.Page("en/news/2019/index.html").QuerySelectorAll(".cards__item").Length);
        Assert.Single(written.Page("en/news/2019/page/2/index.html").QuerySelectorAll(".cards__item"));
        Assert.False(written.Exists("en/news/2019/page/3/index.html"));
        Assert.Single(written.Page("en/news/2018/index.html").QuerySelectorAll(".cards__item"));
        Assert.Equal("2019年新闻", written.Page("zh/news/2019/index.html").QuerySelector("h1")!.TextContent);
        Assert.False(written.Exists("zh/news/2018/index.html")); // no Chinese news that year, so no page
        Assert.Equal("Transcripts from 2019", written.Page("en/transcripts/2019/index.html").QuerySelector("h1")!.TextContent);
        Assert.False(written.Exists("en/transcripts/2018/index.html"));

        var years = written.Page("en/news/index.html").QuerySelectorAll("nav.year-nav a");
        Assert.Equal(["/en/news/2019/", "/en/news/2018/"], years.Select(a => a.GetAttribute("href")));
        Assert.All(years, a => Assert.Null(a.GetAttribute("aria-current")));
        var current = written.Page("en/news/2018/index.html").QuerySelector("nav.year-nav a[aria-current='page']")!;
        Assert.Equal("2018", current.TextContent);

        // The 2019 archive has a Chinese counterpart, the 2018 one none: hreflang pairs only what exists.
        var alternates2019 = written.Page("en/news/2019/index.html").QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("href")).ToList();
        Assert.Contains(Host + "zh/news/2019/", alternates2019);
        var alternates2018 = written.Page("en/news/2018/index.html").QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => l.GetAttribute("href")).ToList();
        Assert.DoesNotContain(alternates2018, h => h!.Contains("/zh/news/2018/", StringComparison.Ordinal));

        var english = Locs(written, "en");
        Assert.Contains(Host + "en/news/2019/", english);
        Assert.Contains(Host + "en/news/2019/page/2/", english);
        Assert.Contains(Host + "en/news/2018/", english);
        Assert.Contains(Host + "en/transcripts/2019/", english);
        var chinese = Locs(written, "zh");
        Assert.Contains(Host + "zh/news/2019/", chinese);
        Assert.DoesNotContain(Host + "zh/news/2018/", chinese);
        // The corrected harbour article, published on the 20th, is the one item of the archive's second page.
        Assert.Equal("2019-10-22T09:30:00+08:00", LastModified(written, "en", Host + "en/news/2019/page/2/"));
        Assert.Empty(written.BrokenInternalLinks());
    }

    [Theory]
    [InlineData("news/2019.md", "---\ntitle: A year\ndate: 2019-10-20\n---\nText.\n", "input/news/2019.md:1:1: error: The slug '2019' is a year")]
    [InlineData("news/a-year.md", "---\ntitle: A year\ndate: 2019-10-20\nslug: 2019\n---\nText.\n", "input/news/a-year.md:4:1: error: The slug '2019' is a year")]
    [InlineData("transcripts/t.md", "---\ntitle: T\ndate: 2019-10-20\nslug: '2018'\n---\nText.\n", "input/transcripts/t.md:4:1: error: The slug '2018' is a year: /<language>/transcripts/2018/")]
    public async Task A_slug_that_is_a_year_would_take_the_archives_url_and_is_an_error_with_the_fix(string file, string text, string expected)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.WriteAllText(Path.Combine(site, "input", file), text);

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, log, StringComparison.Ordinal);
        Assert.Contains("Fix:", log, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("corrections:\n  - date: 2019-10-21\n", "input/news/third-day.md:5:5: error: A correction has no 'note'.")]
    [InlineData("corrections:\n  - note: A name was misspelt.\n", "input/news/third-day.md:5:5: error: A correction has no 'date'.")]
    [InlineData("updated: 2019-10-01\n", "input/news/third-day.md:4:1: error: 'updated: 2019-10-01' is earlier than the page's 'date: 2019-10-21'.")]
    public async Task A_bad_correction_or_an_early_update_stops_the_build_naming_file_and_line(string yaml, string expected)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Edit(Path.Combine(site, "input", "news", "third-day.md"), "date: 2019-10-21\n", "date: 2019-10-21\n" + yaml);

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.Equal(1, exitCode);
        Assert.Contains(expected, log, StringComparison.Ordinal);
    }

    private static List<string> Locs(WrittenSite written, string language) =>
        [.. XDocument.Load(Path.Combine(written.OutputRoot, language, "sitemap.xml")).Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value)];

    private static string? LastModified(WrittenSite written, string language, string loc) =>
        XDocument.Load(Path.Combine(written.OutputRoot, language, "sitemap.xml")).Root!.Elements(Sitemap + "url")
            .Single(u => u.Element(Sitemap + "loc")!.Value == loc).Element(Sitemap + "lastmod")?.Value;
}
