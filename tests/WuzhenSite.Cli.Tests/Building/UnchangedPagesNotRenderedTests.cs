using System.Text.Json;
using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>
/// A full build renders only the pages whose view changed since the build that wrote the live site
/// (the manifest stamps each page with its view's fingerprint, the theme's and the program's), and
/// indexes search only for a language whose entries changed; everything else is the live site's
/// files, kept in place. The output is still byte for byte that of a clean build, a theme change
/// renders every page, a layout error is still reported, and the link check still reads every page.
/// </summary>
public sealed class UnchangedPagesNotRenderedTests
{
    [Fact]
    public async Task Building_an_unchanged_site_again_renders_no_page_and_writes_no_file()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var first = await BuildAsync(site);
        Assert.True(first.PagesRendered > 10);

        var second = await BuildAsync(site);

        Assert.Equal(0, second.PagesRendered);
        Assert.Equal(0, second.FilesWritten);
    }

    [Fact]
    public async Task After_one_edited_article_only_pages_whose_view_changed_are_rendered_and_the_output_is_that_of_a_clean_build()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var first = await BuildAsync(site);
        var article = Path.Combine(site, "input", "news", "third-day.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("young engineers", "young engineers and designers", StringComparison.Ordinal));

        var rebuilt = await BuildAsync(site);

        Assert.InRange(rebuilt.PagesRendered, 1, first.PagesRendered / 2);
        AssertSameAsCleanBuild(folder, site);
    }

    [Fact]
    public async Task A_changed_layout_renders_every_page_again()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var first = await BuildAsync(site);
        var theme = Path.Combine(RepositoryPaths.Root, "themes", "default", "layouts", "base.liquid");
        Directory.CreateDirectory(Path.Combine(site, "layouts"));
        File.WriteAllText(Path.Combine(site, "layouts", "base.liquid"), File.ReadAllText(theme) + "\n<!-- restyled -->\n");

        var rebuilt = await BuildAsync(site);

        Assert.Equal(first.PagesRendered, rebuilt.PagesRendered);
        Assert.Contains("<!-- restyled -->", File.ReadAllText(Path.Combine(site, "output", "en", "about", "index.html")), StringComparison.Ordinal);
        AssertSameAsCleanBuild(folder, site);
    }

    [Fact]
    public async Task A_page_edited_by_hand_in_the_output_is_rendered_and_written_again()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        await BuildAsync(site);
        var page = Path.Combine(site, "output", "en", "about", "index.html");
        var built = File.ReadAllBytes(page);
        File.WriteAllText(page, "edited by hand");

        var rebuilt = await BuildAsync(site);

        Assert.Equal(1, rebuilt.PagesRendered);
        Assert.Equal(1, rebuilt.FilesWritten);
        Assert.Equal(built, File.ReadAllBytes(page));
    }

    [Fact]
    public async Task A_page_whose_layout_fails_on_the_next_build_reports_the_error_each_time_and_the_previous_site_stays()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Directory.CreateDirectory(Path.Combine(site, "layouts"));
        File.WriteAllText(Path.Combine(site, "layouts", "page.liquid"),
            "<h1>{{ page.title }}</h1>{% if page.params.divisor %}<p>{{ 10 | divided_by: page.params.divisor }}</p>{% endif %}");
        var about = Path.Combine(site, "input", "pages", "about.md");
        File.WriteAllText(about, File.ReadAllText(about).Replace("title: About this fixture", "title: About this fixture\ndivisor: 2", StringComparison.Ordinal));
        await BuildAsync(site);
        var live = TemporaryFolder.Snapshot(Path.Combine(site, "output"));
        File.WriteAllText(about, File.ReadAllText(about).Replace("divisor: 2", "divisor: 0", StringComparison.Ordinal));

        foreach (var attempt in (int[])[1, 2])
        {
            var failed = await SiteBuilder.BuildAsync(new BuildOptions { RootPath = site }, TestContext.Current.CancellationToken);

            Assert.False(failed.Succeeded);
            Assert.Contains(failed.Diagnostics, d => d.File.EndsWith("layouts/page.liquid", StringComparison.Ordinal) && d.Message.Contains("divided by 0", StringComparison.Ordinal));
            AssertSnapshotsEqual(live, TemporaryFolder.Snapshot(Path.Combine(site, "output")));
        }
    }

    [Fact]
    public async Task A_broken_link_in_a_page_that_was_not_rendered_again_is_still_reported()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var about = Path.Combine(site, "input", "pages", "about.md");
        File.AppendAllText(about, "\nRead [the third day](/en/news/third-day/).\n");
        var first = await BuildAsync(site);
        File.Delete(Path.Combine(site, "input", "news", "third-day.md"));

        var failed = await SiteBuilder.BuildAsync(new BuildOptions { RootPath = site }, TestContext.Current.CancellationToken);

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.File.EndsWith("pages/about.md", StringComparison.Ordinal) && d.Message.Contains("/en/news/third-day/", StringComparison.Ordinal));
        Assert.InRange(failed.PagesRendered, 0, first.PagesRendered - 1);
    }

    [Fact]
    public async Task An_unchanged_search_index_is_kept_and_an_edited_entry_indexes_its_language_again()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        await BuildAsync(site);
        var index = Path.Combine(site, "output", "en", "search", "index.json");
        var built = File.ReadAllBytes(index);
        var origins = SearchOrigins(site);
        Assert.Equal(2, origins.Values.Distinct().Count()); // one per language

        Assert.Equal(0, (await BuildAsync(site)).FilesWritten);
        Assert.Equal(origins, SearchOrigins(site));

        var article = Path.Combine(site, "input", "news", "third-day.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("young engineers", "young engineers and marmosets", StringComparison.Ordinal));
        await BuildAsync(site);

        Assert.NotEqual(built, File.ReadAllBytes(index));
        Assert.Contains("marmoset", File.ReadAllText(index), StringComparison.Ordinal);
        var after = SearchOrigins(site);
        Assert.NotEqual(origins["en/search/index.json"], after["en/search/index.json"]);
        Assert.Equal(origins["zh/search/index.json"], after["zh/search/index.json"]);
        AssertSameAsCleanBuild(folder, site);
    }

    private static async Task<BuildResult> BuildAsync(string site)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions { RootPath = site }, TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    /// <summary>The origin the manifest stamps on each search data file (its compressed copies have none, pages have their view's).</summary>
    private static Dictionary<string, string> SearchOrigins(string site)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site, "output", ".wuzhen-manifest")));
        return manifest.RootElement.GetProperty("files").EnumerateArray()
            .Where(file => file.TryGetProperty("origin", out var origin) && origin.GetString()!.StartsWith("search:", StringComparison.Ordinal))
            .ToDictionary(file => file.GetProperty("path").GetString()!, file => file.GetProperty("origin").GetString()!, StringComparer.Ordinal);
    }

    private static void AssertSameAsCleanBuild(TemporaryFolder folder, string site)
    {
        var clean = folder.CopyFrom(site, "clean-" + Guid.NewGuid().ToString("N"));
        Directory.Delete(Path.Combine(clean, "output"), recursive: true);
        var result = SiteBuilder.BuildAsync(new BuildOptions { RootPath = clean }, TestContext.Current.CancellationToken).GetAwaiter().GetResult();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var expected = TemporaryFolder.Snapshot(Path.Combine(clean, "output"));
        expected.Remove(".wuzhen-manifest");
        var actual = TemporaryFolder.Snapshot(Path.Combine(site, "output"));
        actual.Remove(".wuzhen-manifest");
        AssertSnapshotsEqual(expected, actual);
    }

    private static void AssertSnapshotsEqual(IReadOnlyDictionary<string, byte[]> expected, IReadOnlyDictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(actual[pair.Key]), pair.Key));
    }
}
