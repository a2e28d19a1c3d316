using System.Text.RegularExpressions;
using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>Builds the repository's sample site once and checks what a reader gets.</summary>
public sealed partial class SampleSiteBuildTests : IClassFixture<SampleSiteBuildTests.BuiltSample>
{
    private readonly BuiltSample _sample;

    public SampleSiteBuildTests(BuiltSample sample) => _sample = sample;

    [Fact]
    public void The_sample_site_builds_without_errors()
    {
        Assert.True(_sample.Result.Succeeded, string.Join("\n", _sample.Result.Diagnostics));
        Assert.DoesNotContain(_sample.Result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Writes_the_pages_the_contract_lists()
    {
        string[] expected =
        [
            "index.html", "en/index.html", "zh/index.html",
            "en/news/index.html", "en/transcripts/index.html", "zh/news/index.html",
            "en/forums/index.html", "en/speakers/index.html", "en/tags/index.html", "en/events/index.html",
            "zh/speakers/index.html",
        ];

        foreach (var page in expected)
        {
            Assert.True(_sample.Site.Exists(page), $"{page} is missing");
        }
    }

    [Fact]
    public void Every_published_source_file_has_its_page_with_its_title_date_and_language()
    {
        var input = Path.Combine(RepositoryPaths.Root, "input");
        var checkedPages = 0;
        foreach (var file in Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(input, file).Replace('\\', '/');
            var folder = relative[..relative.IndexOf('/')];
            if (folder is not ("news" or "transcripts" or "pages"))
            {
                continue;
            }

            var (split, _) = FrontMatterSplitter.Split(File.ReadAllText(file), relative);
            var (meta, _) = FrontMatterParser.Parse(split!.Value, relative);
            if (meta.Draft || meta.Slug is not null)
            {
                continue;
            }

            var name = Path.GetFileNameWithoutExtension(file);
            var language = LanguageSuffix().Match(name) is { Success: true } m ? m.Groups[1].Value : "en";
            var slug = LanguageSuffix().Replace(name, "");
            if (slug == "index")
            {
                slug = Path.GetFileName(Path.GetDirectoryName(file)!); // a page bundle is named by its folder
            }
            var url = folder == "pages" ? $"{language}/{slug}/index.html" : $"{language}/{folder}/{slug}/index.html";

            var page = _sample.Site.Page(url);
            Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
            Assert.Contains(meta.Title!, page.Title);
            Assert.Equal(meta.Title, page.QuerySelector("h1")?.TextContent.Trim());
            if (meta.Date is { } date)
            {
                Assert.Contains(page.QuerySelectorAll("time[datetime]"), t => t.GetAttribute("datetime")!.StartsWith(date.Day.ToString("yyyy-MM-dd"), StringComparison.Ordinal));
            }

            checkedPages++;
        }

        Assert.True(checkedPages >= 11, $"only {checkedPages} pages checked");
    }

    [Fact]
    public void Every_internal_link_resolves_to_a_written_file()
    {
        Assert.Empty(_sample.Site.BrokenInternalLinks());
    }

    [Fact]
    public void Assets_are_copied_as_they_are_and_the_photos_pages_show_only_as_resized_copies()
    {
        var input = Path.Combine(RepositoryPaths.Root, "input", "assets");
        var photos = 0;
        foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
        {
            var relative = "assets/" + Path.GetRelativePath(input, file).Replace('\\', '/');
            if (relative.StartsWith("assets/photos/", StringComparison.Ordinal))
            {
                // Every sample photo is shown by a page: its original, with its camera metadata, stays off the site.
                Assert.False(_sample.Site.Exists(relative), relative);
                Assert.NotEmpty(Directory.GetFiles(Path.Combine(_sample.Output, "assets", "img"), Path.GetFileNameWithoutExtension(file) + "-*"));
                photos++;
                continue;
            }

            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(_sample.Output, relative)));
        }

        Assert.True(photos >= 4, $"only {photos} sample photos");

        Assert.True(_sample.Site.Exists("assets/css/site.css"));
    }

    [Fact]
    public void Drafts_are_left_out_and_counted()
    {
        Assert.True(_sample.Result.DraftsLeftOut >= 1);
    }

    [GeneratedRegex(@"\.([a-z]{2,3})$")]
    private static partial Regex LanguageSuffix();

    /// <summary>The sample site built once for all tests of this class.</summary>
    public sealed class BuiltSample : IAsyncLifetime
    {
        private readonly TemporaryFolder _folder = new();

        public BuildResult Result { get; private set; } = null!;

        public string Output => _folder.Combine("output");

        public WrittenSite Site => new(Output);

        public async ValueTask InitializeAsync()
        {
            Result = await SampleBuild.RunAsync(Output);
        }

        public ValueTask DisposeAsync()
        {
            _folder.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
