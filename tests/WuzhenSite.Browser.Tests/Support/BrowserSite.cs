using System.Text.RegularExpressions;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using WuzhenSite.Cli.Preview;
using WuzhenSite.Site;

namespace WuzhenSite.Browser.Tests.Support;

/// <summary>
/// The sample site built once, served on 127.0.0.1, and a headless Debian Chromium driven by
/// Playwright (ExecutablePath: no browser download). Without Chromium the tests are skipped with
/// instructions, except in CI, where a missing browser is a failure.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>
    /// Waits until the page's address ends with <paramref name="ending"/> (a final <c>*</c> matches the rest).
    /// Polls the address instead of waiting for a navigation's load events: on a machine busy with the
    /// other test projects, Playwright's wait for those events timed out on pages that had long loaded.
    /// What the journey then checks on the page is waited for by its own assertions.
    /// </summary>
    public static Task ExpectAddressAsync(IPage page, string ending)
    {
        var pattern = ending.EndsWith('*') ? Regex.Escape(ending[..^1]) : Regex.Escape(ending) + "$";
        return Assertions.Expect(page).ToHaveURLAsync(new Regex(pattern), new() { Timeout = 15000 });
    }

    private readonly string _output = Path.Combine(Path.GetTempPath(), "wuzhen-browser-" + Guid.NewGuid().ToString("N"));
    private PreviewServer? _server;
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public string BaseUrl { get; private set; } = "";

    /// <summary>The built sample site's folder, for other servers (the Lighthouse tests serve it with nginx).</summary>
    public string Output => _output;

    /// <summary>Why the tests cannot run here, or null.</summary>
    public string? Unavailable { get; private set; }

    /// <summary>The repository (declared first: static initializers run in order).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Where screenshots are kept as test artifacts.</summary>
    public static string ArtifactsFolder { get; } = Path.Combine(RepositoryRoot, "tests", "WuzhenSite.Browser.Tests", "TestResults", "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            {
                throw new InvalidOperationException($"CI must install Chromium ({ChromiumPath}); .ci/run does it with 'apt-get install -y chromium'.");
            }

            Unavailable = $"Browser tests need Debian's Chromium at {ChromiumPath}: run 'sudo apt-get install -y chromium' to enable them.";
            return;
        }

        var build = await SiteBuilder.BuildAsync(new BuildOptions
        {
            RootPath = RepositoryRoot,
            OutputPath = _output,
            Clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero)),
        });
        if (!build.Succeeded)
        {
            throw new InvalidOperationException("The sample site did not build:\n" + string.Join('\n', build.Diagnostics));
        }

        var port = FreePort();
        _server = new PreviewServer(_output, port, new LiveReloadHub());
        await _server.StartAsync(CancellationToken.None);
        BaseUrl = $"http://127.0.0.1:{port}";

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // As root and offline: no sandbox, no background networking that this machine would refuse.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(ArtifactsFolder);
    }

    /// <summary>A fresh page (own context) at a viewport size; skips the test when no browser is available.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string locale = "en-GB")
    {
        if (Unavailable is not null)
        {
            Assert.Skip(Unavailable);
        }

        var context = await Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            ReducedMotion = ReducedMotion.Reduce,
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15000);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WuzhenSite.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("WuzhenSite.sln not found above " + AppContext.BaseDirectory);
    }

    internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>Shares one built site and browser across all browser test classes.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
