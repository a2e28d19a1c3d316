using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Photos;

/// <summary>The preview shares the image cache: saving an article re-encodes nothing that did not change.</summary>
public sealed class PhotoPreviewTests
{
    private const string Article = "news/with-photo.md";

    private static (string Site, BuildOptions Options, IncrementalState State) PreviewSite(TemporaryFolder folder)
    {
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var photos = Path.Combine(site, "input", "assets", "photos");
        Directory.CreateDirectory(photos);
        TestPhotos.Jpeg(photos, "stage.jpg", 1000, 750);
        TestPhotos.Jpeg(photos, "hall.jpg", 900, 600);
        File.WriteAllText(Path.Combine(site, "input", Article),
            "---\ntitle: With a photo\ndate: 2019-10-21\nimage: /assets/photos/stage.jpg\nimageAlt: The stage\nimageCredit: Desk\n---\nThe first version.\n");
        var state = new IncrementalState();
        return (site, new BuildOptions { RootPath = site, Incremental = state }, state);
    }

    [Fact]
    public async Task Saving_the_text_of_an_article_with_a_photo_renders_it_ahead_and_the_rebuild_encodes_nothing()
    {
        using var folder = new TemporaryFolder();
        var (site, options, state) = PreviewSite(folder);
        var first = await SiteBuilder.BuildAsync(options, TestContext.Current.CancellationToken);
        Assert.True(first.Succeeded);
        Assert.Equal(2 * 3 + 1, first.ImagesEncoded);

        var path = Path.Combine(site, "input", Article);
        File.WriteAllText(path, File.ReadAllText(path).Replace("The first version.", "The second version.", StringComparison.Ordinal));
        var ahead = await EditedPages.RenderAsync(state.LastSite!, [Article], state.Content, TestContext.Current.CancellationToken);
        var second = await SiteBuilder.BuildAsync(options, TestContext.Current.CancellationToken);

        Assert.NotNull(ahead);
        var page = Assert.Single(ahead);
        Assert.Contains("The second version.", System.Text.Encoding.UTF8.GetString(page.Html));
        Assert.Contains("<picture>", System.Text.Encoding.UTF8.GetString(page.Html));
        Assert.True(second.Succeeded);
        Assert.Equal(0, second.ImagesEncoded);
    }

    [Fact]
    public async Task A_photo_added_by_a_save_waits_for_the_rebuild_which_encodes_only_that_photo()
    {
        using var folder = new TemporaryFolder();
        var (site, options, state) = PreviewSite(folder);
        Assert.True((await SiteBuilder.BuildAsync(options, TestContext.Current.CancellationToken)).Succeeded);

        var path = Path.Combine(site, "input", Article);
        File.AppendAllText(path, "\n![The hall](/assets/photos/hall.jpg \"The hall | Photo: Desk\")\n");
        var ahead = await EditedPages.RenderAsync(state.LastSite!, [Article], state.Content, TestContext.Current.CancellationToken);
        var rebuild = await SiteBuilder.BuildAsync(options, TestContext.Current.CancellationToken);

        Assert.Null(ahead); // its files do not exist yet: the page would show broken images
        Assert.True(rebuild.Succeeded);
        Assert.Equal(2 * 3, rebuild.ImagesEncoded); // 480 and 800 of the hall, in three formats; a body photo has no social crop
    }
}
