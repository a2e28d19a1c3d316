using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>A site restyles the theme with assets/css/custom.css, linked after site.css only when it exists.</summary>
public sealed class CustomStylesheetTests
{
    [Fact]
    public async Task A_site_with_a_custom_stylesheet_publishes_it_and_links_it_after_the_theme_s_on_every_page()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Directory.CreateDirectory(Path.Combine(site, "assets", "css"));
        File.WriteAllText(Path.Combine(site, "assets", "css", "custom.css"), ":root { --accent: #7a1f3d; }\n");

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.True(exitCode == 0, log);
        var written = new WrittenSite(Path.Combine(site, "output"));
        Assert.Equal(":root { --accent: #7a1f3d; }\n", File.ReadAllText(Path.Combine(site, "output", "assets", "css", "custom.css")));
        foreach (var page in new[] { "index.html", "en/index.html", "en/news/harbour-opens/index.html", "zh/index.html" })
        {
            var stylesheets = written.Page(page).QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")).ToList();
            Assert.Equal(["/assets/css/site.css", "/assets/css/custom.css"], stylesheets);
        }

        Assert.True(File.Exists(Path.Combine(site, "output", "assets", "css", "site.css")));
        Assert.Empty(written.BrokenInternalLinks());
    }

    [Fact]
    public async Task A_site_without_a_custom_stylesheet_links_only_the_theme_s()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.True(exitCode == 0, log);
        var written = new WrittenSite(Path.Combine(site, "output"));
        Assert.False(written.Exists("assets/css/custom.css"));
        foreach (var page in new[] { "index.html", "en/index.html", "en/news/harbour-opens/index.html" })
        {
            Assert.Equal(["/assets/css/site.css"], written.Page(page).QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")));
        }
    }
}
