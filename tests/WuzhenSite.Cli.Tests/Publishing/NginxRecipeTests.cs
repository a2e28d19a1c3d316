using System.Net;
using WuzhenSite.Cli.Tests.Building;
using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Tests.Shared;

namespace WuzhenSite.Cli.Tests.Publishing;

/// <summary>
/// docs/deploying.md's nginx recipe works as written: Debian's nginx, started with
/// <c>deploy/nginx/wuzhen.conf</c> (only its root folder and port changed) on the sample site's
/// output, serves a page, the build's Brotli and gzip copies, a 301 for an alias from
/// <c>redirects.map</c>, each language's 404 page, and the caching headers the file promises.
/// </summary>
public sealed class NginxRecipeTests(SampleSiteBuildTests.BuiltSample sample) : IClassFixture<SampleSiteBuildTests.BuiltSample>
{
    private const string Article = "/en/news/2017-wic-opens-in-wuzhen/";

    private static HttpClient Client(NginxServer server) => new(new HttpClientHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None })
    {
        BaseAddress = new Uri(server.BaseUrl),
    };

    private async Task<NginxServer> Serve()
    {
        NginxServer.Require();
        Assert.True(sample.Result.Succeeded, string.Join('\n', sample.Result.Diagnostics));
        return await NginxServer.StartAsync(sample.Output, TestContext.Current.CancellationToken);
    }

    private static async Task<HttpResponseMessage> Get(HttpClient client, string path, string? acceptEncoding = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    [Fact]
    public void Only_the_root_folder_and_the_listen_line_are_changed_from_the_documented_file()
    {
        var documented = File.ReadAllText(NginxServer.DocumentedConfiguration);

        var configured = NginxServer.Configured(documented, "/tmp/site", 8123);

        var changed = documented.Split('\n').Zip(configured.Split('\n')).Where(p => p.First != p.Second).ToList();
        Assert.Equal(3, changed.Count); // the map's include, root, listen
        Assert.All(changed, p => Assert.Matches(@"/srv/news|listen 80;", p.First));
    }

    [Fact]
    public void The_deploying_guide_shows_the_tested_file_as_it_is()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "deploying.md"));

        Assert.Contains("```nginx\n" + File.ReadAllText(NginxServer.DocumentedConfiguration) + "```", guide, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_is_served_as_html_with_a_short_cache_and_gzipped_on_the_way()
    {
        await using var server = await Serve();
        using var client = Client(server);

        using var plain = await Get(client, Article);
        using var gzipped = await Get(client, Article, "gzip");

        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal("text/html", plain.Content.Headers.ContentType?.MediaType);
        Assert.Equal("public, max-age=300", plain.Headers.CacheControl?.ToString());
        Assert.Equal(File.ReadAllBytes(Path.Combine(sample.Output, "en", "news", "2017-wic-opens-in-wuzhen", "index.html")), await plain.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.OK, gzipped.StatusCode);
        Assert.Equal(["gzip"], gzipped.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("/assets/css/site.css", "text/css")]
    [InlineData("/en/search/index.json", "application/json")]
    public async Task The_builds_brotli_and_gzip_copies_are_sent_as_they_are(string path, string mediaType)
    {
        await using var server = await Serve();
        using var client = Client(server);
        var file = Path.Combine(sample.Output, path.TrimStart('/'));

        using var brotli = await Get(client, path, "gzip, deflate, br");
        using var gzip = await Get(client, path, "gzip");
        using var identity = await Get(client, path);

        Assert.Equal(HttpStatusCode.OK, brotli.StatusCode);
        Assert.Equal(["br"], brotli.Content.Headers.ContentEncoding);
        Assert.Equal(mediaType, brotli.Content.Headers.ContentType?.MediaType);
        Assert.Equal(File.ReadAllBytes(file + ".br"), await brotli.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Equal(File.ReadAllBytes(file + ".gz"), await gzip.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Empty(identity.Content.Headers.ContentEncoding);
        Assert.Equal(File.ReadAllBytes(file), await identity.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_alias_from_redirects_map_answers_with_a_permanent_redirect_to_the_page()
    {
        var map = File.ReadAllLines(Path.Combine(sample.Output, "redirects.map")).Where(l => l.StartsWith('"')).ToList();
        Assert.Contains("\"/2017/12/wic-opening.html\" \"" + Article + "\";", map);
        await using var server = await Serve();
        using var client = Client(server);

        using var response = await Get(client, "/2017/12/wic-opening.html");

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(Article, response.Headers.Location?.OriginalString.Replace(server.BaseUrl, "", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/en/news/no-such-story/", "en/404.html")]
    [InlineData("/zh/news/no-such-story/", "zh/404.html")]
    [InlineData("/no-such-page.html", "404.html")]
    public async Task A_missing_page_is_a_404_with_the_sites_not_found_page_of_its_language(string path, string notFound)
    {
        await using var server = await Serve();
        using var client = Client(server);

        using var response = await Get(client, path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(File.ReadAllText(Path.Combine(sample.Output, notFound)), await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/.wuzhen-manifest")]
    [InlineData("/redirects.map")]
    [InlineData("/.git/HEAD")]
    public async Task The_builds_own_files_and_a_checkouts_git_folder_are_never_served(string path)
    {
        // The output may be a publishing checkout (build --clean keeps its .git).
        Directory.CreateDirectory(Path.Combine(sample.Output, ".git"));
        File.WriteAllText(Path.Combine(sample.Output, ".git", "HEAD"), "ref: refs/heads/main\n");
        Assert.True(File.Exists(Path.Combine(sample.Output, path.TrimStart('/'))), path);
        await using var server = await Serve();
        using var client = Client(server);

        using var response = await Get(client, path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(File.ReadAllText(Path.Combine(sample.Output, "404.html")), await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_photo_named_by_its_hash_may_be_kept_for_a_year()
    {
        var photo = Directory.EnumerateFiles(Path.Combine(sample.Output, "assets", "img")).Order(StringComparer.Ordinal).First();
        await using var server = await Serve();
        using var client = Client(server);

        using var response = await Get(client, "/assets/img/" + Path.GetFileName(photo));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
        Assert.Equal(File.ReadAllBytes(photo), await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }
}
