using WuzhenSite.Cli.Preview;
using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Output;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Preview;

/// <summary>
/// The preview renders again only the pages whose view an edit changed; what it leaves in the
/// output folder is still what a clean full build makes, and the link check still sees every page.
/// </summary>
public sealed class PreviewRenderTests
{
    [Fact]
    public async Task A_body_edit_renders_only_the_edited_article_and_the_output_equals_a_full_build()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        var first = await session.StartAsync(FreePort.Next(), TestContext.Current.CancellationToken);
        Assert.True(first.Succeeded);
        Assert.Equal(HtmlFiles(first.FilesRewritten).Count, first.PagesRendered);

        var article = Path.Combine(site, "input", "news", "harbour-opens.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("- a shared parking index", "- a shared parking and charging index", StringComparison.Ordinal));
        await session.RebuildAsync([article], Path.Combine(site, "statiq.json"));

        var result = session.LastResult!;
        Assert.True(result.Succeeded);
        Assert.Equal(1, result.PagesRendered);
        Assert.Equal(["en/news/harbour-opens/index.html"], HtmlFiles(result.FilesRewritten));
        await AssertSameAsFullBuildAsync(site, folder);
    }

    [Fact]
    public async Task A_title_edit_renders_the_page_its_translation_and_the_lists_and_related_stories_that_show_it_and_no_other_article()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        await session.StartAsync(FreePort.Next(), TestContext.Current.CancellationToken);

        var article = Path.Combine(site, "input", "news", "harbour-opens.md");
        var text = File.ReadAllText(article);
        var title = text.Split('\n').First(l => l.StartsWith("title:", StringComparison.Ordinal));
        File.WriteAllText(article, text.Replace(title, "title: Harbour hall opens its doors", StringComparison.Ordinal));
        await session.RebuildAsync([article], Path.Combine(site, "statiq.json"));

        var result = session.LastResult!;
        Assert.True(result.Succeeded);
        var rewritten = HtmlFiles(result.FilesRewritten);

        // Every page rendered came out different but one: the Chinese translation, whose view holds
        // the English title for its language switcher though its layout shows the language's name.
        Assert.Equal(rewritten.Count + 1, result.PagesRendered);
        Assert.DoesNotContain("zh/news/harbour-opens/index.html", rewritten);
        Assert.Contains("en/news/harbour-opens/index.html", rewritten);
        Assert.Contains("en/news/page/2/index.html", rewritten);
        Assert.Contains(rewritten, f => f.StartsWith("en/tags/", StringComparison.Ordinal));
        Assert.DoesNotContain("en/news/third-day/index.html", rewritten); // shares nothing with it
        Assert.Contains("en/news/closing-report/index.html", rewritten); // its related stories show the title
        Assert.DoesNotContain("en/about/index.html", rewritten);
        await AssertSameAsFullBuildAsync(site, folder);

        // A second edit after a skipped build: the records carried over still hold.
        File.WriteAllText(article, File.ReadAllText(article).Replace("Harbour hall opens its doors", "Harbour hall opens", StringComparison.Ordinal));
        await session.RebuildAsync([article], Path.Combine(site, "statiq.json"));
        Assert.True(session.LastResult!.Succeeded);
        Assert.Equal(HtmlFiles(session.LastResult.FilesRewritten).Count + 1, session.LastResult.PagesRendered);
        await AssertSameAsFullBuildAsync(site, folder);
    }

    [Fact]
    public async Task A_layout_change_renders_the_pages_again_and_the_output_equals_a_full_build()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        var first = await session.StartAsync(FreePort.Next(), TestContext.Current.CancellationToken);

        // The site overrides the theme's layout of plain pages: same views, other bytes.
        var layout = Path.Combine(site, "layouts", "page.liquid");
        Directory.CreateDirectory(Path.GetDirectoryName(layout)!);
        File.WriteAllText(layout, File.ReadAllText(Path.Combine(RepositoryPaths.Root, "themes", "default", "layouts", "page.liquid"))
            .Replace("article--page", "article--page article--overridden", StringComparison.Ordinal));
        await session.RebuildAsync([layout], Path.Combine(site, "statiq.json"));

        var result = session.LastResult!;
        Assert.True(result.Succeeded);
        Assert.Equal(first.PagesRendered, result.PagesRendered);
        Assert.Contains("en/about/index.html", result.FilesRewritten);
        Assert.Contains("article--overridden", File.ReadAllText(Path.Combine(site, "output", "en", "about", "index.html")));
        await AssertSameAsFullBuildAsync(site, folder);
    }

    [Fact]
    public async Task A_link_broken_elsewhere_is_still_reported_after_an_unrelated_edit_and_a_link_broken_by_the_edit_is_reported()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var about = Path.Combine(site, "input", "pages", "about.md");
        File.AppendAllText(about, "\nSee [the archive](/en/no-such-archive/).\n");
        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        var first = await session.StartAsync(FreePort.Next(), TestContext.Current.CancellationToken);
        Assert.Contains(first.Diagnostics, d => d.Message.Contains("/en/no-such-archive/", StringComparison.Ordinal));

        var article = Path.Combine(site, "input", "news", "harbour-opens.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("- a shared parking index", "- a shared parking and charging index", StringComparison.Ordinal));
        await session.RebuildAsync([article], Path.Combine(site, "statiq.json"));
        var unrelated = session.LastResult!;
        Assert.Equal(1, unrelated.PagesRendered);
        Assert.Contains(unrelated.Diagnostics, d => d.Message.Contains("/en/no-such-archive/", StringComparison.Ordinal));

        File.WriteAllText(about, File.ReadAllText(about).Replace("See [the archive](/en/no-such-archive/).", "", StringComparison.Ordinal));
        File.AppendAllText(article, "\nSee [the programme](/en/no-such-programme/).\n");
        await session.RebuildAsync([about, article], Path.Combine(site, "statiq.json"));
        var broken = session.LastResult!;
        Assert.DoesNotContain(broken.Diagnostics, d => d.Message.Contains("/en/no-such-archive/", StringComparison.Ordinal));
        Assert.Contains(broken.Diagnostics, d => d.Message.Contains("/en/no-such-programme/", StringComparison.Ordinal));

        File.WriteAllText(article, File.ReadAllText(article).Replace("See [the programme](/en/no-such-programme/).", "", StringComparison.Ordinal));
        await session.RebuildAsync([article], Path.Combine(site, "statiq.json"));
        Assert.True(session.LastResult!.Succeeded);
        await AssertSameAsFullBuildAsync(site, folder);
    }

    private static List<string> HtmlFiles(IReadOnlyList<string> files) => files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();

    /// <summary>The preview's output folder holds exactly what a clean full build of the same site makes.</summary>
    private static async Task AssertSameAsFullBuildAsync(string site, TemporaryFolder folder)
    {
        var clean = folder.Combine("clean-" + Guid.NewGuid().ToString("N"));
        var full = await SiteBuilder.BuildAsync(new BuildOptions { RootPath = site, OutputPath = clean }, TestContext.Current.CancellationToken);
        Assert.True(full.Succeeded);
        var expected = TemporaryFolder.Snapshot(clean);
        var actual = TemporaryFolder.Snapshot(Path.Combine(site, "output"));
        expected.Remove(OwnedOutput.FileName);
        actual.Remove(OwnedOutput.FileName);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (path, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from a full build's");
        }
    }
}
