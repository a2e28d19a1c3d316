using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>A build with bad input fails as a whole, says where and how to fix it, and leaves the previous site as it was.</summary>
public sealed class FailedBuildTests
{
    [Fact]
    public async Task Bad_input_fails_with_exit_code_1_and_leaves_the_previous_output_byte_identical()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var output = Path.Combine(site, "output");
        Assert.Equal(0, (await WuzhenCommand.RunAsync("build", "--root", site)).ExitCode);
        var before = TemporaryFolder.Snapshot(output);

        File.WriteAllText(Path.Combine(site, "input", "news", "broken.md"), "---\ntitle: Broken\ndate: 2019-02-30\n---\nText\n");
        File.WriteAllText(Path.Combine(site, "input", "news", "untitled.md"), "---\ndate: 2019-02-01\n---\nText\n");
        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.Equal(1, exitCode);
        Assert.Contains("input/news/broken.md:3:7: error: 'date' is '2019-02-30', which is not a valid date.", log);
        Assert.Contains("input/news/untitled.md:3:1: error: The front matter has no 'title'.", log);
        Assert.Equal(before.Keys.Order(), TemporaryFolder.Snapshot(output).Keys.Order());
        Assert.All(before, pair => Assert.Equal(pair.Value, File.ReadAllBytes(Path.Combine(output, pair.Key))));
    }

    [Fact]
    public async Task Two_documents_claiming_one_url_fail_naming_both_files()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.WriteAllText(Path.Combine(site, "input", "news", "copy.md"), "---\ntitle: Copy\ndate: 2019-10-20\nslug: harbour-opens\n---\nText\n");

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.Equal(1, exitCode);
        Assert.Contains("/en/news/harbour-opens/", log);
        Assert.Contains("copy.md", log);
        Assert.Contains("harbour-opens.md", log);
    }

    [Fact]
    public async Task Nothing_is_written_outside_the_output_folder()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var before = TemporaryFolder.Snapshot(folder.Path).Keys.ToHashSet();

        Assert.Equal(0, (await WuzhenCommand.RunAsync("build", "--root", site)).ExitCode);

        var outside = TemporaryFolder.Snapshot(folder.Path).Keys.Where(k => !before.Contains(k) && !k.StartsWith("site/output/", StringComparison.Ordinal));
        Assert.Empty(outside);
    }
}
