using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Preview;

/// <summary>
/// The page rendered ahead of a preview rebuild is the page the rebuild then writes, byte for
/// byte; an edit that could change what other pages say about it gets no head start.
/// </summary>
public sealed class EditedPagesTests
{
    [Theory]
    [InlineData("news/harbour-opens.md", "- a shared parking index", "- a shared parking and charging index")]
    [InlineData("news/harbour-opens.md", "title: New harbour pavilion opens to delegates", "title: Harbour hall opens its doors")]
    [InlineData("news/harbour-opens.zh.md", "title: 新港口展馆向代表开放", "title: 港口展馆开放")]
    [InlineData("transcripts/harbour-briefing.md", "Just over three hundred", "Nearly four hundred")]
    [InlineData("transcripts/harbour-briefing.md", "{name: Lin Qiaoyu, role: Chief planner}", "{name: Lin Qiaoyu, role: Head of planning}")]
    [InlineData("pages/about.md", "---\n", "---\ndescription: What the fixture site is\n")]
    public async Task An_edited_page_is_rendered_as_the_rebuild_writes_it(string source, string before, string after)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var (options, state) = await BuiltAsync(site);
        Edit(site, source, before, after);

        var pages = await EditedPages.RenderAsync(state.LastSite!, [source], state.Content, TestContext.Current.CancellationToken);
        Assert.NotNull(pages);
        var page = Assert.Single(pages);
        var rebuilt = await SiteBuilder.BuildAsync(options, TestContext.Current.CancellationToken);

        Assert.True(rebuilt.Succeeded);
        Assert.Contains(page.Destination, rebuilt.FilesRewritten);
        Assert.Equal(File.ReadAllBytes(Path.Combine(site, "output", page.Destination)), page.Html);
    }

    [Fact]
    public async Task The_edited_page_is_rendered_with_its_new_title_among_its_translations()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        // A language switcher that shows each translation's title, as a theme may.
        var layouts = Path.Combine(site, "layouts");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "article.liquid"),
            "{% for t in page.translations %}<a lang=\"{{ t.lang }}\">{{ t.title }}</a>{% endfor %}{{ page.content | raw }}");
        var (options, state) = await BuiltAsync(site);
        Edit(site, "news/harbour-opens.md", "title: New harbour pavilion opens to delegates", "title: Harbour hall opens its doors");

        var page = Assert.Single((await EditedPages.RenderAsync(state.LastSite!, ["news/harbour-opens.md"], state.Content, TestContext.Current.CancellationToken))!);
        Assert.True((await SiteBuilder.BuildAsync(options, TestContext.Current.CancellationToken)).Succeeded);

        Assert.Contains("<a lang=\"en\">Harbour hall opens its doors</a>", System.Text.Encoding.UTF8.GetString(page.Html));
        Assert.Equal(File.ReadAllBytes(Path.Combine(site, "output", page.Destination)), page.Html);
    }

    [Theory]
    [InlineData("news/harbour-opens.md", "tags: [infrastructure, smart cities]", "tags: [infrastructure]")]
    [InlineData("news/harbour-opens.md", "forums: [Smart Cities Forum]", "forums: [Harbour Forum]")]
    [InlineData("news/harbour-opens.md", "speakers: [Lin Qiaoyu]", "speakers: [Lin Qiaoyu, Zhao Min]")]
    [InlineData("news/harbour-opens.md", "event: 2019 Fixture Summit", "event: 2020 Fixture Summit")]
    [InlineData("news/harbour-opens.md", "date: 2019-10-20", "date: 2019-10-20\nslug: pavilion-opens")]
    [InlineData("news/harbour-opens.md", "date: 2019-10-20", "date: 2019-10-20\ndraft: true")]
    [InlineData("news/harbour-opens.md", "title: New harbour pavilion opens to delegates", "title: [unclosed")]
    [InlineData("news/unfinished.md", "Not ready.", "Still not ready.")]
    public async Task An_edit_the_rest_of_the_site_could_see_waits_for_the_rebuild(string source, string before, string after)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var (_, state) = await BuiltAsync(site);
        Edit(site, source, before, after);

        Assert.Null(await EditedPages.RenderAsync(state.LastSite!, [source], state.Content, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_new_or_deleted_file_waits_for_the_rebuild()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var (_, state) = await BuiltAsync(site);
        File.WriteAllText(Path.Combine(site, "input", "news", "fresh.md"), "---\ntitle: Fresh\ndate: 2019-10-24\n---\nNew.\n");
        File.Delete(Path.Combine(site, "input", "news", "third-day.md"));

        Assert.Null(await EditedPages.RenderAsync(state.LastSite!, ["news/fresh.md"], state.Content, TestContext.Current.CancellationToken));
        Assert.Null(await EditedPages.RenderAsync(state.LastSite!, ["news/third-day.md"], state.Content, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_failed_build_leaves_nothing_to_render_against()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var (options, state) = await BuiltAsync(site);
        Edit(site, "news/third-day.md", "---\n", "---\ntitle: [unclosed\n");

        Assert.False((await SiteBuilder.BuildAsync(options, TestContext.Current.CancellationToken)).Succeeded);
        Assert.Null(state.LastSite);
    }

    private static async Task<(BuildOptions Options, IncrementalState State)> BuiltAsync(string site)
    {
        var state = new IncrementalState();
        var options = new BuildOptions { RootPath = site, Incremental = state };
        Assert.True((await SiteBuilder.BuildAsync(options, TestContext.Current.CancellationToken)).Succeeded);
        Assert.NotNull(state.LastSite);
        return (options, state);
    }

    private static void Edit(string site, string source, string before, string after)
    {
        var path = Path.Combine(site, "input", source);
        var text = File.ReadAllText(path);
        Assert.Contains(before, text);
        File.WriteAllText(path, text.Replace(before, after, StringComparison.Ordinal));
    }
}
