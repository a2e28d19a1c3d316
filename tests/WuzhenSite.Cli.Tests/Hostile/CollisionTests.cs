using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Hostile;

/// <summary>
/// A slug or alias that lands on a file the site writes anyway (robots.txt, a feed, a sitemap, a
/// 404 page, a search file, an asset, a list, a redirect) fails the build before anything is
/// written: one error at the front matter line it comes from, naming the other claimant, no false
/// broken links, exit 1, and the previous output left as it was.
/// </summary>
public sealed class CollisionTests
{
    public static TheoryData<string, string, string> AliasCases => new()
    {
        // alias, what the error names, the path in the error
        { "/robots.txt", "the site's robots.txt is a file", "robots.txt/index.html" },
        { "/sitemap.xml", "the site's sitemap sitemap.xml is a file", "sitemap.xml/index.html" },
        { "/en/feed.xml", "the site's feed en/feed.xml is a file", "en/feed.xml/index.html" },
        { "/404.html", "which is also the path of the site's 404 page 404.html.", "404.html" },
        { "/en/search/index.json", "the site's search file en/search/index.json is a file", "en/search/index.json/index.html" },
        { "/en/search/index.json.gz", "the compressed copy of the site's search file en/search/index.json is a file", "en/search/index.json.gz/index.html" },
        { "/assets/css/site.css", "the theme asset assets/css/site.css is a file", "assets/css/site.css/index.html" },
        { "/assets/images/pavilion.svg", "the content asset input/assets/images/pavilion.svg is a file", "assets/images/pavilion.svg/index.html" },
        { "/en/news/", "which is also the path of the site's list page en/news/index.html.", "en/news/index.html" },
        { "/en/news/page/2/", "which is also the path of the site's list page en/news/page/2/index.html.", "en/news/page/2/index.html" },
        { "/en/tags/training/", "which is also the path of the site's term page en/tags/training/index.html.", "en/tags/training/index.html" },
        { "/", "which is also the path of the site's language chooser index.html.", "index.html" },
        { "/redirects.map", "the site's redirects.map is a file", "redirects.map/index.html" },
        { "/en/transcripts/harbour-briefing/transcript.txt", "the transcript text of input/transcripts/harbour-briefing.md is a file", "en/transcripts/harbour-briefing/transcript.txt/index.html" },
    };

    [Theory]
    [MemberData(nameof(AliasCases))]
    public async Task An_alias_on_a_generated_file_fails_at_its_line_naming_the_file(string alias, string other, string path)
    {
        var log = await FailsAsync("news/collide.md", $"---\ntitle: Collide\ndate: 2019-10-20\naliases: ['{alias}']\n---\nText\n",
            $"input/news/collide.md:4:1: error: The alias '{alias}' would be written to '{path}', ");

        Assert.Contains(other, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_slug_on_a_feed_fails_at_the_slug_line()
    {
        var log = await FailsAsync("pages/feed.md", "---\ntitle: Feed\nslug: feed.xml\n---\nText\n",
            "input/pages/feed.md:3:1: error: This page's URL /en/feed.xml/ would be written to 'en/feed.xml/index.html', which needs a folder 'en/feed.xml/' where the site's feed en/feed.xml is a file. Fix: Give the page another 'slug:'");

        Assert.Contains("Fix: Give the page another 'slug:'", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_alias_inside_another_alias_names_the_other_file_and_line()
    {
        using var folder = new TemporaryFolder();
        var site = await BuiltSiteAsync(folder);
        File.WriteAllText(Path.Combine(site, "input", "news", "a.md"), "---\ntitle: A\ndate: 2019-10-20\naliases: ['/old.html']\n---\nText\n");
        File.WriteAllText(Path.Combine(site, "input", "news", "b.md"), "---\ntitle: B\ndate: 2019-10-20\n\naliases: ['/old.html/deeper/']\n---\nText\n");

        var log = await CleanFailure.AssertAsync(folder.Path, 1,
            "input/news/b.md:5:1: error: The alias '/old.html/deeper/' would be written to 'old.html/deeper/index.html', which needs a folder 'old.html/' where the alias '/old.html' of input/news/a.md:4 is a file.",
            "build", "--root", site);

        AssertOneErrorAndNoBrokenLinks(log);
    }

    private static async Task<string> FailsAsync(string file, string content, string expected)
    {
        using var folder = new TemporaryFolder();
        var site = await BuiltSiteAsync(folder);
        var path = Path.Combine(site, "input", file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);

        var log = await CleanFailure.AssertAsync(folder.Path, 1, expected, "build", "--root", site);
        AssertOneErrorAndNoBrokenLinks(log);
        return log;
    }

    private static async Task<string> BuiltSiteAsync(TemporaryFolder folder)
    {
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);
        Assert.True(exitCode == 0, log);
        return site;
    }

    /// <summary>The collision is the one error: not a module failure, not the links that failure broke.</summary>
    private static void AssertOneErrorAndNoBrokenLinks(string log)
    {
        Assert.Equal(1, log.Split(": error: ").Length - 1);
        Assert.DoesNotContain("links to", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Module ", log, StringComparison.Ordinal);
    }
}
