using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Publishing;

/// <summary>A planted broken link or anchor fails the build, names page and source line, and costs nothing.</summary>
public sealed class BrokenLinkTests
{
    [Theory]
    [InlineData("/en/news/no-such-page/", "links to '/en/news/no-such-page/', which this build does not write")]
    [InlineData("/en/transcripts/harbour-briefing/#nobody-9", "has no element with id 'nobody-9'")]
    public async Task A_broken_link_fails_the_build_with_page_and_source_line(string link, string expected)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var output = Path.Combine(site, "output");
        Assert.Equal(0, (await WuzhenCommand.RunAsync("build", "--root", site)).ExitCode);
        var before = TemporaryFolder.Snapshot(output);

        var article = Path.Combine(site, "input", "news", "third-day.md");
        var lines = File.ReadAllLines(article).ToList();
        lines.Add("");
        lines.Add($"See [the other page]({link}) for more.");
        File.WriteAllLines(article, lines);

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.Equal(1, exitCode);
        Assert.Contains($"input/news/third-day.md:{lines.Count}:", log, StringComparison.Ordinal);
        Assert.Contains("The page /en/news/third-day/ ", log, StringComparison.Ordinal);
        Assert.Contains(expected, log, StringComparison.Ordinal);
        var after = TemporaryFolder.Snapshot(output);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(after[pair.Key]), $"{pair.Key} changed"));
    }

    [Fact]
    public async Task External_links_are_listed_on_request_and_never_fail_the_build()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.AppendAllText(Path.Combine(site, "input", "news", "third-day.md"), "\n\nMore at [the organisers](https://organisers.example.net/programme).\n");

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site, "--list-external-links");

        Assert.Equal(0, exitCode);
        Assert.Contains("en/news/third-day/index.html -> https://organisers.example.net/programme", log, StringComparison.Ordinal);
    }
}
