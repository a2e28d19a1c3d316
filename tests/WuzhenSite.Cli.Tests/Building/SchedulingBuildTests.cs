using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Building;

public sealed class SchedulingBuildTests
{
    [Fact]
    public async Task Scheduled_and_expired_documents_are_left_out_counted_and_included_with_future()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.WriteAllText(Path.Combine(site, "input", "news", "later.md"), "---\ntitle: Later\ndate: 2019-10-20\npublishDate: 2030-01-01\n---\nSoon.\n");
        File.WriteAllText(Path.Combine(site, "input", "news", "gone.md"), "---\ntitle: Gone\ndate: 2019-10-20\nexpiryDate: 2020-01-01\n---\nOld.\n");
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));

        var normal = await SiteBuilder.BuildAsync(new BuildOptions { RootPath = site, Clock = clock, OutputPath = folder.Combine("normal") }, TestContext.Current.CancellationToken);
        var future = await SiteBuilder.BuildAsync(new BuildOptions
        {
            RootPath = site, Clock = clock, OutputPath = folder.Combine("future"),
            SettingOverrides = new Dictionary<string, string> { ["IncludeFuture"] = "true" },
        }, TestContext.Current.CancellationToken);

        Assert.Equal((1, 1, 1), (normal.DraftsLeftOut, normal.ScheduledLeftOut, normal.ExpiredLeftOut));
        Assert.False(File.Exists(folder.Combine("normal", "en", "news", "later", "index.html")));
        Assert.False(File.Exists(folder.Combine("normal", "en", "news", "gone", "index.html")));
        Assert.True(File.Exists(folder.Combine("future", "en", "news", "later", "index.html")));
        Assert.True(File.Exists(folder.Combine("future", "en", "news", "gone", "index.html")));
    }
}
