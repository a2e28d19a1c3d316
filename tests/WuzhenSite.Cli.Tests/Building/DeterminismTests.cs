using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Building;

public sealed class DeterminismTests
{
    [Fact]
    public async Task Builds_with_different_parallelism_write_byte_identical_files()
    {
        using var folder = new TemporaryFolder();
        var clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));

        var serial = await SiteBuilder.BuildAsync(new BuildOptions { RootPath = RepositoryPaths.Root, OutputPath = folder.Combine("one"), MaxDegreeOfParallelism = 1, Clock = clock }, TestContext.Current.CancellationToken);
        var parallel = await SiteBuilder.BuildAsync(new BuildOptions { RootPath = RepositoryPaths.Root, OutputPath = folder.Combine("many"), MaxDegreeOfParallelism = 8, Clock = clock }, TestContext.Current.CancellationToken);

        Assert.True(serial.Succeeded && parallel.Succeeded);
        var one = TemporaryFolder.Snapshot(folder.Combine("one"));
        var many = TemporaryFolder.Snapshot(folder.Combine("many"));
        Assert.Equal(one.Keys.Order(), many.Keys.Order());
        // The manifest is the build's own record and stamps each file with the time it was written.
        Assert.All(one.Where(pair => pair.Key != WuzhenSite.Output.OwnedOutput.FileName), pair => Assert.True(pair.Value.AsSpan().SequenceEqual(many[pair.Key]), $"{pair.Key} differs"));
    }
}
