using System.Net.Sockets;
using System.Text;
using WuzhenSite.Cli.Preview;
using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Preview;

public sealed class PreviewSessionTests
{
    [Fact]
    public async Task A_rebuild_after_editing_one_article_rewrites_only_the_files_that_depend_on_it()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        var first = await session.StartAsync(FreePort.Next(), TestContext.Current.CancellationToken);
        Assert.True(first.Succeeded);
        Assert.Contains("en/about/index.html", first.FilesRewritten);

        // Edit a paragraph that is not the summary: only the article's own page changes.
        var article = Path.Combine(site, "input", "news", "harbour-opens.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("- a shared parking index", "- a shared parking and charging index", StringComparison.Ordinal));
        await session.RebuildAsync([article], Path.Combine(site, "statiq.json"));

        var rewritten = session.LastResult!.FilesRewritten;
        Assert.Contains("en/news/harbour-opens/index.html", rewritten);
        Assert.DoesNotContain("en/news/closing-report/index.html", rewritten);
        Assert.DoesNotContain("en/about/index.html", rewritten);
        Assert.DoesNotContain("zh/news/harbour-opens/index.html", rewritten);
        Assert.DoesNotContain(rewritten, f => f.StartsWith("assets/", StringComparison.Ordinal));
        Assert.Contains("charging index", File.ReadAllText(Path.Combine(site, "output", "en", "news", "harbour-opens", "index.html")));
    }

    [Fact]
    public async Task Editing_a_title_rewrites_the_lists_and_tag_pages_that_show_it()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        await session.StartAsync(FreePort.Next(), TestContext.Current.CancellationToken);

        var article = Path.Combine(site, "input", "news", "third-day.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("Third day turns to training", "Third day turns to skills", StringComparison.Ordinal));
        await session.RebuildAsync([article], Path.Combine(site, "statiq.json"));

        var rewritten = session.LastResult!.FilesRewritten;
        Assert.Contains("en/news/third-day/index.html", rewritten);
        Assert.Contains("en/tags/training/index.html", rewritten);
        Assert.DoesNotContain("en/news/harbour-opens/index.html", rewritten);
        Assert.DoesNotContain("en/events/2019-fixture-summit/index.html", rewritten);
    }

    [Fact]
    public async Task The_watcher_rebuilds_after_a_save()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        await session.StartAsync(FreePort.Next(), TestContext.Current.CancellationToken);
        var rebuilt = new TaskCompletionSource<BuildResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Rebuilt += result => rebuilt.TrySetResult(result);

        var page = Path.Combine(site, "input", "pages", "about.md");
        File.WriteAllText(page, File.ReadAllText(page) + "\nA new closing line.\n");

        var result = await rebuilt.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        Assert.Contains("en/about/index.html", result.FilesRewritten);
    }

    [Fact]
    public async Task An_edited_article_is_served_before_its_rebuild_and_only_its_tabs_are_told_to_reload()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var port = FreePort.Next();
        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        await session.StartAsync(port, TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        using var events = new StreamReader(await http.GetStreamAsync("__wuzhen/events", TestContext.Current.CancellationToken));
        string? servedAhead = null;
        string? onDiskThen = null;
        // Raised before the rebuild starts: what the server sends then is the page rendered ahead.
        session.EditedPagesServed += _ =>
        {
            servedAhead = http.GetStringAsync("en/news/harbour-opens/").GetAwaiter().GetResult();
            onDiskThen = File.ReadAllText(Path.Combine(site, "output", "en", "news", "harbour-opens", "index.html"));
        };

        var article = Path.Combine(site, "input", "news", "harbour-opens.md");
        File.WriteAllText(article, File.ReadAllText(article) + "\nA sentence added in the preview.\n");
        await session.RebuildAsync([article], Path.Combine(site, "statiq.json"));

        Assert.Contains("A sentence added in the preview.", servedAhead);
        Assert.DoesNotContain("A sentence added in the preview.", onDiskThen);
        Assert.Equal("{\"pages\":[\"/en/news/harbour-opens/\"]}", await ServerSentEvents.NextAsync(events, "reload"));
        Assert.Contains("A sentence added in the preview.", File.ReadAllText(Path.Combine(site, "output", "en", "news", "harbour-opens", "index.html")));
        Assert.Contains("A sentence added in the preview.", await http.GetStringAsync("en/news/harbour-opens/", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_content_error_shows_in_the_browser_overlay_keeps_the_last_good_site_and_clears_when_fixed()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var port = FreePort.Next();
        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        await session.StartAsync(port, TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        using var events = new StreamReader(await http.GetStreamAsync("__wuzhen/events", TestContext.Current.CancellationToken));
        var before = File.ReadAllText(Path.Combine(site, "output", "en", "about", "index.html"));

        var page = Path.Combine(site, "input", "pages", "about.md");
        var good = File.ReadAllText(page);
        File.WriteAllText(page, "---\ntitle: [unclosed\n---\n");
        await session.RebuildAsync([page], Path.Combine(site, "statiq.json"));
        var error = await ServerSentEvents.NextAsync(events, "errors");

        Assert.Contains("input/pages/about.md", error);
        Assert.Contains("\"line\":2", error);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site, "output", "en", "about", "index.html")));
        Assert.Equal(200, (int)(await http.GetAsync("en/about/", TestContext.Current.CancellationToken)).StatusCode);

        File.WriteAllText(page, good);
        await session.RebuildAsync([page], Path.Combine(site, "statiq.json"));
        await ServerSentEvents.NextAsync(events, "reload");
    }

    [Fact]
    public async Task Served_pages_get_the_live_reload_script_but_built_files_do_not()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var port = FreePort.Next();
        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        await session.StartAsync(port, TestContext.Current.CancellationToken);
        using var http = new HttpClient();

        var served = await http.GetStringAsync($"http://127.0.0.1:{port}/en/", TestContext.Current.CancellationToken);

        Assert.Contains(LiveReloadScript.Path, served);
        Assert.Contains("EventSource", await http.GetStringAsync($"http://127.0.0.1:{port}{LiveReloadScript.Path}", TestContext.Current.CancellationToken));
        Assert.DoesNotContain(LiveReloadScript.Path, File.ReadAllText(Path.Combine(site, "output", "en", "index.html")));
    }

    [Theory]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("br;q=0, gzip", "gzip")]
    [InlineData("identity", null)]
    public async Task Search_files_are_sent_as_their_precompressed_copy_when_the_browser_accepts_it(string acceptEncoding, string? expected)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var port = FreePort.Next();
        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        await session.StartAsync(port, TestContext.Current.CancellationToken);
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = System.Net.DecompressionMethods.None });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}/en/search/index.json");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);

        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        var original = File.ReadAllBytes(Path.Combine(site, "output", "en", "search", "index.json"));
        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString());
        var decoded = expected switch
        {
            "gzip" => Decode(new System.IO.Compression.GZipStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress)),
            "br" => Decode(new System.IO.Compression.BrotliStream(new MemoryStream(body), System.IO.Compression.CompressionMode.Decompress)),
            _ => body,
        };
        Assert.Equal(original, decoded);
        if (expected is not null)
        {
            Assert.True(body.Length < original.Length);
        }
    }

    private static byte[] Decode(Stream stream)
    {
        using (stream)
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..%2f..%2f..%2fetc/passwd")]
    [InlineData("/en/../../statiq.json")]
    [InlineData("/%2e%2e/statiq.json")]
    public async Task Requests_for_paths_outside_the_output_folder_get_404_or_400(string path)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var port = FreePort.Next();
        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        await session.StartAsync(port, TestContext.Current.CancellationToken);

        // A raw request, so no client library normalises the path first.
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port, TestContext.Current.CancellationToken);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"), TestContext.Current.CancellationToken);
        var response = await new StreamReader(stream).ReadToEndAsync(TestContext.Current.CancellationToken);

        var status = int.Parse(response.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(status is 400 or 404, $"{path} answered {status}");
        Assert.DoesNotContain("root:", response);
        Assert.DoesNotContain("SiteTitle", response);
    }
}
