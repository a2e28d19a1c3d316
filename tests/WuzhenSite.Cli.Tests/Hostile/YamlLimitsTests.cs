using System.Text;
using System.Text.Json;
using WuzhenSite.Cli.Preview;
using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Hostile;

/// <summary>
/// Structured input that would nest or expand past what the machine can hold (YAML front matter
/// of any kind of file, the settings, the UI strings, the theme's package.json) fails the command
/// with a diagnostic, never by eating memory or overflowing the stack, and leaves the output as it was.
/// </summary>
public sealed class YamlLimitsTests
{
    private const int Deep = 100_000;

    private static readonly string DeepFlowTags = "tags: " + new string('[', Deep) + new string(']', Deep) + "\n";

    private static string BillionLaughs()
    {
        var text = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level < 9; level++)
        {
            var name = (char)('a' + level);
            text.Append(name).Append(": &").Append(name).Append(" [").AppendJoin(", ", Enumerable.Repeat($"*{(char)(name - 1)}", 9)).Append("]\n");
        }

        return text.ToString();
    }

    [Fact]
    public async Task Billion_laughs_in_an_article_fails_the_build_at_the_alias_limit_and_keeps_the_output()
    {
        var (folder, site) = await BuiltSiteAsync();
        using var _ = folder;
        Write(site, "input/news/laughs.md", "---\ntitle: Laughs\ndate: 2019-10-20\n" + BillionLaughs() + "---\nText\n");

        var log = await CleanFailure.AssertAsync(folder.Path, 1, "input/news/laughs.md:8:", "build", "--root", site);
        Assert.Contains("once its aliases (*name) are expanded", log, StringComparison.Ordinal);
        Assert.Contains("Fix: Front matter may hold at most 10,000 values", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flow_lists_100000_deep_in_an_article_fail_the_build_naming_file_line_and_limit()
    {
        var (folder, site) = await BuiltSiteAsync();
        using var _ = folder;
        Write(site, "input/news/deep.md", "---\ntitle: Deep\ndate: 2019-10-20\n" + DeepFlowTags + "---\nText\n");

        var log = await CleanFailure.AssertAsync(folder.Path, 1, "input/news/deep.md:4:70: error: The front matter nests lists and maps more than 64 levels deep.",
            "build", "--root", site);
        Assert.Contains("Fix: Front matter may nest at most 64 levels", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Flow_maps_100000_deep_in_a_speaker_profile_fail_the_build()
    {
        var (folder, site) = await BuiltSiteAsync();
        using var _ = folder;
        var deepMaps = "affiliation: " + string.Concat(Enumerable.Repeat("{a: ", Deep)) + "x" + new string('}', Deep) + "\n";
        Write(site, "input/speakers/deep-speaker.md", "---\nname: Deep Speaker\n" + deepMaps + "---\nProfile.\n");

        await CleanFailure.AssertAsync(folder.Path, 1, "input/speakers/deep-speaker.md:3:", "build", "--root", site);
    }

    [Fact]
    public async Task Check_as_json_prints_valid_json_holding_the_nesting_diagnostic()
    {
        var (folder, site) = await BuiltSiteAsync();
        using var _ = folder;
        Write(site, "input/news/deep.md", "---\ntitle: Deep\ndate: 2019-10-20\n" + DeepFlowTags + "---\nText\n");

        var (exitCode, log) = await WuzhenCommand.RunAsync("check", "--root", site, "--format", "json");

        Assert.True(exitCode == 1, log);
        using var report = JsonDocument.Parse(log);
        var diagnostic = Assert.Single(report.RootElement.GetProperty("diagnostics").EnumerateArray(),
            d => d.GetProperty("file").GetString() == "input/news/deep.md");
        Assert.Equal(4, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Contains("more than 64 levels deep", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_running_preview_survives_saving_100000_nested_brackets_and_shows_the_error()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        Assert.True((await session.StartAsync(FreePort.Next(), TestContext.Current.CancellationToken)).Succeeded);
        var page = Path.Combine(site, "input", "pages", "about.md");
        var good = File.ReadAllText(page);
        var before = File.ReadAllText(Path.Combine(site, "output", "en", "about", "index.html"));

        File.WriteAllText(page, "---\ntitle: About\n" + DeepFlowTags + "---\nText\n");
        await session.RebuildAsync([page], Path.Combine(site, "statiq.json"));

        var failed = session.LastResult!;
        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Diagnostics, d => d.File == "input/pages/about.md" && d.Line == 3 && d.Message.Contains("more than 64 levels deep", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllText(Path.Combine(site, "output", "en", "about", "index.html")));

        File.WriteAllText(page, good);
        await session.RebuildAsync([page], Path.Combine(site, "statiq.json"));
        Assert.True(session.LastResult!.Succeeded);
    }

    [Fact]
    public async Task Settings_100000_deep_fail_as_a_settings_error_naming_the_depth()
    {
        // System.Text.Json stops at 64 levels already; this guards that the settings keep that bound.
        var (folder, site) = await BuiltSiteAsync();
        using var _ = folder;
        File.WriteAllText(Path.Combine(site, "statiq.json"), "{\"SiteTitle\": \"Deep\", \"Extra\": " + new string('[', Deep) + new string(']', Deep) + "}");

        var log = await CleanFailure.AssertAsync(folder.Path, 1, "statiq.json:1:", "build", "--root", site);
        Assert.Contains("depth", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ui_strings_100000_deep_fail_the_build_naming_the_file()
    {
        // The strings are read as a map of strings, which stops at the first value that is not one, however deep it goes.
        var (folder, site) = await BuiltSiteAsync();
        using var _ = folder;
        Write(site, "i18n/en.json", "{\"read_more\": " + new string('[', Deep) + new string(']', Deep) + "}");

        await CleanFailure.AssertAsync(folder.Path, 1,
            "i18n/en.json:1:16: error: The UI strings file is not a JSON object of strings.", "build", "--root", site);
    }

    [Fact]
    public async Task A_theme_package_json_100000_deep_fails_the_build_naming_the_file_position_and_depth()
    {
        var (folder, site) = await BuiltSiteAsync();
        using var _ = folder;
        Write(site, "package.json", "{\"wuzhen\": {\"publish\": " + new string('[', Deep) + new string(']', Deep) + "}}");

        var log = await CleanFailure.AssertAsync(folder.Path, 1,
            "package.json:1:86: error: The theme's package.json is not valid JSON: The maximum configured depth of 64 has been exceeded. Fix:", "build", "--root", site);
        Assert.DoesNotContain("BytePositionInLine", log, StringComparison.Ordinal);
    }

    private static async Task<(TemporaryFolder Folder, string Site)> BuiltSiteAsync()
    {
        var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);
        Assert.True(exitCode == 0, log);
        return (folder, site);
    }

    private static void Write(string site, string relative, string text)
    {
        var path = Path.Combine(site, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
