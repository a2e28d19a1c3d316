using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Building;

public sealed class ThemeOverrideTests
{
    [Fact]
    public async Task A_file_under_the_site_root_overrides_the_theme_file_with_the_same_path()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Directory.CreateDirectory(Path.Combine(site, "layouts"));
        File.WriteAllText(Path.Combine(site, "layouts", "page.liquid"), "<h1 class=\"overridden\">{{ page.title }}</h1>");
        Directory.CreateDirectory(Path.Combine(site, "assets", "css"));
        File.WriteAllText(Path.Combine(site, "assets", "css", "site.css"), "/* the site's own */");

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.True(exitCode == 0, log);
        var written = new WrittenSite(Path.Combine(site, "output"));
        Assert.NotNull(written.Page("en/about/index.html").QuerySelector("h1.overridden"));
        Assert.Null(written.Page("en/news/harbour-opens/index.html").QuerySelector("h1.overridden"));
        Assert.Equal("/* the site's own */", File.ReadAllText(Path.Combine(site, "output", "assets", "css", "site.css")));
    }

    [Fact]
    public async Task A_broken_layout_fails_the_build_naming_the_layout_file_and_line()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Directory.CreateDirectory(Path.Combine(site, "layouts"));
        File.WriteAllText(Path.Combine(site, "layouts", "page.liquid"), "<h1>\n{% if page.title %}\n{{ page.title }}\n");

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.Equal(1, exitCode);
        Assert.Contains("layouts/page.liquid:2:", log);
    }
}
