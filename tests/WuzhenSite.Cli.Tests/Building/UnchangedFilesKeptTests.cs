using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>
/// A full build writes only the output files whose bytes changed: the others stay untouched, their
/// modification time too, so a deploy that compares times uploads only what changed; the result is
/// still byte for byte what a clean build gives, and a file changed by hand is written again.
/// </summary>
public sealed class UnchangedFilesKeptTests
{
    [Fact]
    public async Task Building_an_unchanged_site_again_writes_nothing_and_every_file_keeps_its_time()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var first = await BuildAsync(site);
        Assert.True(first.FilesWritten > 10);
        var before = Times(Output(site));

        var second = await BuildAsync(site);

        Assert.Equal(0, second.FilesWritten);
        Assert.Equal(before, Times(Output(site)));
    }

    [Fact]
    public async Task After_one_edited_article_only_files_whose_bytes_changed_are_written_and_the_output_is_that_of_a_clean_build()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Assert.True((await BuildAsync(site)).Succeeded);
        var bytesBefore = TemporaryFolder.Snapshot(Output(site));
        var timesBefore = Times(Output(site));
        Edit(site);

        var rebuilt = await BuildAsync(site);

        var clean = folder.CopyFrom(site, "clean");
        Directory.Delete(Output(clean), recursive: true);
        Assert.True((await BuildAsync(clean)).Succeeded);
        var expected = TemporaryFolder.Snapshot(Output(clean));
        var actual = TemporaryFolder.Snapshot(Output(site));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected.Where(pair => pair.Key != ".wuzhen-manifest"), pair => Assert.True(pair.Value.AsSpan().SequenceEqual(actual[pair.Key]), pair.Key));

        var timesAfter = Times(Output(site));
        var changed = actual.Keys.Where(path => path != ".wuzhen-manifest" && (!bytesBefore.TryGetValue(path, out var old) || !old.AsSpan().SequenceEqual(actual[path]))).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("en/news/third-day/index.html", changed);
        Assert.True(changed.Count < actual.Count / 2, $"{changed.Count} of {actual.Count} files changed");
        Assert.Equal(changed.Count, rebuilt.FilesWritten);
        foreach (var path in actual.Keys.Where(path => path != ".wuzhen-manifest"))
        {
            if (changed.Contains(path))
            {
                Assert.NotEqual(timesBefore.GetValueOrDefault(path), timesAfter[path]);
            }
            else
            {
                Assert.Equal(timesBefore[path], timesAfter[path]);
            }
        }
    }

    [Fact]
    public async Task An_output_file_edited_or_touched_by_hand_is_written_again_by_the_next_build()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Assert.True((await BuildAsync(site)).Succeeded);
        var built = TemporaryFolder.Snapshot(Output(site));
        var edited = Path.Combine(Output(site), "en", "news", "third-day", "index.html");
        var touched = Path.Combine(Output(site), "en", "about", "index.html");
        var editedLength = new FileInfo(edited).Length;
        var original = File.ReadAllBytes(edited);
        original[^2] = (byte)'!'; // same length, other bytes
        File.WriteAllBytes(edited, original);
        // Times of their own: the kernel's clock for file times is coarse, so files written together may share one.
        File.SetLastWriteTimeUtc(edited, DateTime.UtcNow.AddMinutes(-10));
        File.SetLastWriteTimeUtc(touched, DateTime.UtcNow.AddMinutes(-5)); // touched only: same bytes, other time
        Assert.Equal(editedLength, new FileInfo(edited).Length);

        var rebuilt = await BuildAsync(site);

        Assert.Equal(2, rebuilt.FilesWritten);
        Assert.Equal(built["en/news/third-day/index.html"], File.ReadAllBytes(edited));
        Assert.Equal(0, (await BuildAsync(site)).FilesWritten);
    }

    private static async Task<BuildResult> BuildAsync(string site)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions { RootPath = site }, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    private static string Output(string site) => Path.Combine(site, "output");

    private static void Edit(string site)
    {
        var article = Path.Combine(site, "input", "news", "third-day.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("Third day turns to training", "Third day turns to skills", StringComparison.Ordinal));
    }

    private static Dictionary<string, long> Times(string output) =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != ".wuzhen-manifest")
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), f => File.GetLastWriteTimeUtc(f).Ticks, StringComparer.Ordinal);
}
