using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>Builds folders other than the sample site, the way a user would with <c>wuzhen build</c>.</summary>
public sealed class FixtureSiteBuildTests
{
    [Fact]
    public async Task Builds_any_folder_that_follows_the_contract_with_input_and_output_options()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var output = folder.Combine("public");

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site, "--input", Path.Combine(site, "input"), "--output", output);

        Assert.True(exitCode == 0, log);
        var written = new WrittenSite(output);
        Assert.Equal("New harbour pavilion opens to delegates", written.Page("en/news/harbour-opens/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.True(written.Exists("zh/news/harbour-opens/index.html"));
        Assert.True(written.Exists("en/transcripts/harbour-briefing/index.html"));
        Assert.True(written.Exists("en/about/index.html"));
        Assert.True(written.Exists("assets/images/pavilion.svg"));
        Assert.False(written.Exists("en/news/unfinished/index.html"));
        Assert.Empty(written.BrokenInternalLinks());
    }

    [Fact]
    public async Task Lists_are_paged_with_the_configured_page_size()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.True(exitCode == 0, log);
        var written = new WrittenSite(Path.Combine(site, "output"));
        Assert.True(written.Exists("en/news/page/2/index.html"));
        Assert.False(written.Exists("en/news/page/3/index.html"));
        Assert.Equal(2, written.Page("en/news/index.html").QuerySelectorAll("main .cards a[href*='/en/news/']").Select(a => a.GetAttribute("href")).Distinct().Count(h => h!.Split('/').Length > 4 && !h.Contains("/page/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Settings_given_on_the_command_line_override_the_file()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site, "--setting", "SiteTitle=Overridden Title", "--setting", "PageSize=10");

        Assert.True(exitCode == 0, log);
        var written = new WrittenSite(Path.Combine(site, "output"));
        Assert.Contains("Overridden Title", written.Page("en/index.html").Title);
        Assert.False(written.Exists("en/news/page/2/index.html"));
    }

    [Fact]
    public async Task Drafts_are_built_when_asked_for()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (exitCode, _) = await WuzhenCommand.RunAsync("build", "--root", site, "--drafts");

        Assert.Equal(0, exitCode);
        Assert.True(new WrittenSite(Path.Combine(site, "output")).Exists("en/news/unfinished/index.html"));
    }
}
