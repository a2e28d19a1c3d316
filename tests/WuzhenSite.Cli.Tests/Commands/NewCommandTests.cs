using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Commands;

public sealed class NewCommandTests
{
    [Fact]
    public async Task New_article_writes_a_correctly_named_draft_with_complete_front_matter_that_builds_cleanly()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Program.Clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

        var (exitCode, log) = await WuzhenCommand.RunAsync("new", "article", "Delegates tour the: new data centre", "--root", site);

        Assert.True(exitCode == 0, log);
        var text = File.ReadAllText(Path.Combine(site, "input", "news", "delegates-tour-the-new-data-centre.md"));
        Assert.Contains("title: \"Delegates tour the: new data centre\"", text);
        Assert.Contains("date: 2026-11-23", text);
        Assert.Contains("slug: delegates-tour-the-new-data-centre", text);
        Assert.Contains("translationKey: delegates-tour-the-new-data-centre", text);
        Assert.Contains("draft: true", text);

        var (built, buildLog) = await WuzhenCommand.RunAsync("build", "--root", site, "--drafts");
        Assert.True(built == 0, buildLog);
        Assert.DoesNotContain("warning", buildLog);
        Assert.True(new WrittenSite(Path.Combine(site, "output")).Exists("en/news/delegates-tour-the-new-data-centre/index.html"));
    }

    [Theory]
    [InlineData("transcript", "Closing briefing", "transcripts/closing-briefing.md")]
    [InlineData("speaker", "Lin Qiaoyu", "speakers/lin-qiaoyu.md")]
    [InlineData("forum", "Smart Ports Forum", "forums/smart-ports-forum.md")]
    [InlineData("event", "2020 Fixture Summit", "events/2020-fixture-summit.md")]
    public async Task Every_kind_gets_its_folder_and_builds_cleanly(string kind, string title, string path)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        Assert.Equal(0, (await WuzhenCommand.RunAsync("new", kind, title, "--root", site)).ExitCode);

        Assert.True(File.Exists(Path.Combine(site, "input", path)));
        var (built, buildLog) = await WuzhenCommand.RunAsync("build", "--root", site, "--drafts");
        Assert.True(built == 0, buildLog);
    }

    [Fact]
    public async Task A_chinese_version_gets_the_language_suffix_and_shares_the_translation_key()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (exitCode, _) = await WuzhenCommand.RunAsync("new", "article", "港口展馆开放", "--lang", "zh", "--slug", "harbour-pavilion", "--root", site);

        Assert.Equal(0, exitCode);
        var text = File.ReadAllText(Path.Combine(site, "input", "news", "harbour-pavilion.zh.md"));
        Assert.Contains("translationKey: harbour-pavilion", text);
    }

    [Fact]
    public async Task New_refuses_to_overwrite_an_existing_file()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var existing = Path.Combine(site, "input", "news", "harbour-opens.md");
        var before = File.ReadAllText(existing);

        var (exitCode, log) = await WuzhenCommand.RunAsync("new", "article", "Harbour opens", "--root", site);

        Assert.Equal(1, exitCode);
        Assert.Contains("already exists", log);
        Assert.Equal(before, File.ReadAllText(existing));
    }

    [Fact]
    public async Task An_unknown_kind_or_language_is_a_usage_error()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        Assert.Equal(2, (await WuzhenCommand.RunAsync("new", "podcast", "X", "--root", site)).ExitCode);
        Assert.Equal(2, (await WuzhenCommand.RunAsync("new", "article", "X", "--lang", "fr", "--root", site)).ExitCode);
    }
}
