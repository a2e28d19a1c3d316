using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>UI strings take named placeholders; a site's strings written the old way fail clearly instead of printing "{0}".</summary>
public sealed class UiStringPlaceholderTests
{
    [Fact]
    public async Task A_site_string_with_the_old_numbered_placeholders_fails_the_build_naming_the_file_line_and_key()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var zh = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "themes", "default", "i18n", "zh.json"))
            .Replace("\"第 {current} 页，共 {total} 页\"", "\"第 {0} 页，共 {1} 页\"", StringComparison.Ordinal);
        Directory.CreateDirectory(Path.Combine(site, "i18n"));
        File.WriteAllText(Path.Combine(site, "i18n", "zh.json"), zh);
        var line = zh[..zh.IndexOf("\"page_x_of_y\"", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var log = await CleanFailure.AssertAsync(folder.Path, 1, $"i18n/zh.json:{line}:1: error: The UI string 'page_x_of_y' uses the numbered placeholder {{0}}", "build", "--root", site);

        Assert.Contains("{current}, {total}", log);
    }

    [Fact]
    public async Task The_theme_s_strings_fill_named_placeholders_in_the_built_pages()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.True(exitCode == 0, log);
        var written = new WrittenSite(Path.Combine(site, "output"));
        var footer = written.Page("en/index.html").QuerySelector(".site-footer__legal")!.TextContent;
        Assert.Contains("Built with WuzhenSite", footer);
        Assert.DoesNotContain("{", footer);
        Assert.DoesNotContain("{", written.Page("en/news/index.html").QuerySelector(".page-header__count")!.TextContent);
    }
}
