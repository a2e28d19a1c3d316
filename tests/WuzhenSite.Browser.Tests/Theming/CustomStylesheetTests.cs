using System.Text.Json.Nodes;
using Microsoft.Playwright;
using WuzhenSite.Browser.Tests.Support;
using WuzhenSite.Cli.Preview;
using WuzhenSite.Site;

namespace WuzhenSite.Browser.Tests.Theming;

/// <summary>
/// A communications team recolours the site with assets/css/custom.css alone: the browser really applies it.
/// Builds a small site with that file and compares computed styles with the sample site, which has none.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CustomStylesheetTests(BrowserSite site) : IAsyncLifetime
{
    private const string Accent = "rgb(122, 31, 61)";
    private const string ThemeAccent = "rgb(11, 58, 102)";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wuzhen-browser-custom-" + Guid.NewGuid().ToString("N"));
    private PreviewServer? _server;
    private string _baseUrl = "";

    public async ValueTask InitializeAsync()
    {
        if (site.Unavailable is not null)
        {
            return;
        }

        var root = Path.Combine(_folder, "site");
        var fixture = Path.Combine(BrowserSite.RepositoryRoot, "tests", "WuzhenSite.Cli.Tests", "Fixtures", "minimal-site");
        foreach (var file in Directory.EnumerateFiles(fixture, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(root, Path.GetRelativePath(fixture, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var settingsPath = Path.Combine(root, "statiq.json");
        var settings = JsonNode.Parse(File.ReadAllText(settingsPath))!.AsObject();
        settings["Theme"] = Path.Combine(BrowserSite.RepositoryRoot, "themes", "default");
        File.WriteAllText(settingsPath, settings.ToJsonString());
        Directory.CreateDirectory(Path.Combine(root, "assets", "css"));
        File.WriteAllText(Path.Combine(root, "assets", "css", "custom.css"),
            $":root {{ --accent: {Accent}; --font-heading: \"Courier New\", monospace; }}\n");

        var output = Path.Combine(_folder, "output");
        var build = await SiteBuilder.BuildAsync(new BuildOptions { RootPath = root, OutputPath = output });
        if (!build.Succeeded)
        {
            throw new InvalidOperationException("The custom-styled site did not build:\n" + string.Join('\n', build.Diagnostics));
        }

        var port = BrowserSite.FreePort();
        _server = new PreviewServer(output, port, new LiveReloadHub());
        await _server.StartAsync(CancellationToken.None);
        _baseUrl = $"http://127.0.0.1:{port}";
    }

    [Fact]
    public async Task Custom_css_recolours_the_accented_masthead_and_changes_the_heading_font()
    {
        var themed = await site.NewPageAsync();
        await themed.GotoAsync(site.BaseUrl + "/en/");
        Assert.Equal(ThemeAccent, await ColourOf(themed, ".brand"));
        Assert.Equal(ThemeAccent, await BackgroundOf(themed, ".site-header__bar"));

        var custom = await site.NewPageAsync();
        await custom.GotoAsync(_baseUrl + "/en/");

        Assert.Equal(Accent, await ColourOf(custom, ".brand"));
        Assert.Equal(Accent, await BackgroundOf(custom, ".site-header__bar"));
        Assert.StartsWith("\"Courier New\"", await custom.Locator("h2.card__title, h3.card__title").First.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"), StringComparison.Ordinal);
    }

    private static Task<string> ColourOf(IPage page, string selector) =>
        page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).color");

    private static Task<string> BackgroundOf(IPage page, string selector) =>
        page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
