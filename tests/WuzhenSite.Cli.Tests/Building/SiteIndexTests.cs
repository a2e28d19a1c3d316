using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.SiteData;
using WuzhenSite.SiteData.Related;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>
/// The site's shared data (pages by language, kind and term, translations, terms, feed plan) is
/// built by one step, once per build (the related stories by one more, from it), and handed to every pipeline that reads it. That no later
/// pipeline groups the pages again itself is checked on the sources (Core.Tests' SiteDataReaderTests).
/// </summary>
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

    [Fact]
    public async Task The_sample_site_builds_each_piece_of_its_site_data_once()
    {
        using var folder = new TemporaryFolder();

        var result = await SampleBuild.RunAsync(folder.Combine("output"), cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(
            SiteIndex.Pieces.Append(nameof(RelatedPages)).Order(StringComparer.Ordinal).Select(piece => (piece, 1)),
            result.SiteDataBuilt.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)));
    }
}
