using System.Net;
using System.Net.Sockets;
using WuzhenSite.Cli.Preview;
using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Preview;

/// <summary>
/// The preview serves only what is really inside the output folder, refuses a bad or busy port in
/// one line without a stack trace, and survives a rebuild that throws.
/// </summary>
public sealed class PreviewSafetyTests
{
    private const string Secret = "SECRET-OUTSIDE-THE-OUTPUT";

    [Theory]
    [InlineData("/leak.txt")]
    [InlineData("/leak.html")]
    [InlineData("/en/leaked/secret.txt")]
    [InlineData("/en/leaked/")]
    [InlineData("/en/leaked/index.html")]
    public async Task A_symlink_inside_the_output_that_points_outside_it_gets_404(string path)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var outside = folder.Combine("outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(outside, "index.html"), $"<html><body>{Secret}</body></html>");
        var port = FreePort.Next();
        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        await session.StartAsync(port, TestContext.Current.CancellationToken);
        var output = Path.Combine(site, "output");
        File.CreateSymbolicLink(Path.Combine(output, "leak.txt"), Path.Combine(outside, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(output, "leak.html"), Path.Combine(outside, "index.html"));
        Directory.CreateSymbolicLink(Path.Combine(output, "en", "leaked"), outside);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });

        using var response = await http.GetAsync($"http://127.0.0.1:{port}{path}", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(Secret, body);
    }

    [Fact]
    public async Task A_symlink_inside_the_output_to_a_file_inside_it_is_served()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var port = FreePort.Next();
        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        await session.StartAsync(port, TestContext.Current.CancellationToken);
        var output = Path.Combine(site, "output");
        File.CreateSymbolicLink(Path.Combine(output, "robots-copy.txt"), "robots.txt");
        using var http = new HttpClient();

        using var response = await http.GetAsync($"http://127.0.0.1:{port}/robots-copy.txt", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(File.ReadAllText(Path.Combine(output, "robots.txt")), await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("70000")]
    [InlineData("65536")]
    [InlineData("0")]
    [InlineData("-1")]
    public async Task A_port_out_of_range_exits_2_with_one_line_and_a_fix(string port)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var log = await CleanFailure.AssertAsync(folder.Path, 2, "error: ", "preview", "--root", site, $"--port={port}");

        var line = Assert.Single(log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains(port, line);
        Assert.Contains("Fix: ", line);
        Assert.Contains("--port", line);
    }

    [Fact]
    public async Task A_port_already_in_use_exits_2_naming_the_port_and_the_fix()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var log = await CleanFailure.AssertAsync(folder.Path, 2, $"error: The port {port} ", "preview", "--root", site, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var line = Assert.Single(log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Contains("Fix: ", line);
        Assert.Contains("--port", line);
    }

    [Fact]
    public async Task A_rebuild_that_throws_is_reported_as_an_internal_error_and_the_last_good_site_keeps_being_served()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var port = FreePort.Next();
        var clock = new BreakableClock();
        var reported = new List<BuildResult>();
        await using var session = new PreviewSession(new BuildOptions { RootPath = site, Clock = clock }, (result, _) => reported.Add(result));
        await session.StartAsync(port, TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        using var events = new StreamReader(await http.GetStreamAsync("__wuzhen/events", TestContext.Current.CancellationToken));
        var page = Path.Combine(site, "input", "pages", "about.md");

        clock.Broken = true;
        File.AppendAllText(page, "\nA saved line.\n");
        await session.RebuildAsync([page], Path.Combine(site, "statiq.json"));
        var overlay = await ServerSentEvents.NextAsync(events, "errors");

        Assert.Contains("internal error", overlay, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("The clock broke.", overlay);
        var terminal = reported[^1];
        Assert.False(terminal.Succeeded);
        Assert.Contains(terminal.Diagnostics, d => d.Message.Contains("internal error", StringComparison.OrdinalIgnoreCase) && d.Message.Contains("The clock broke.", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", string.Join("\n", terminal.Diagnostics));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("en/about/", TestContext.Current.CancellationToken)).StatusCode);

        clock.Broken = false;
        await session.RebuildAsync([page], Path.Combine(site, "statiq.json"));
        await ServerSentEvents.NextAsync(events, "reload");
        Assert.True(session.LastResult!.Succeeded);
    }

    /// <summary>A clock that throws while <see cref="Broken"/>: the build asks it the time outside any module, so the exception escapes the build.</summary>
    private sealed class BreakableClock : TimeProvider
    {
        public volatile bool Broken;

        public override DateTimeOffset GetUtcNow() => Broken ? throw new InvalidOperationException("The clock broke.") : System.GetUtcNow();
    }
}
