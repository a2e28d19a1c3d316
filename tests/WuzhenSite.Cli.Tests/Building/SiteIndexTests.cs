using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>The site's shared data (terms, feed plan) is built by one step, once per build, and handed to every pipeline that reads it.</summary>
public sealed class SiteIndexTests
{
    [Fact]
    public async Task The_sample_site_builds_its_site_index_once()
    {
        using var folder = new TemporaryFolder();

        var result = await SampleBuild.RunAsync(folder.Combine("output"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(1, result.SiteIndexesBuilt);
    }
}
