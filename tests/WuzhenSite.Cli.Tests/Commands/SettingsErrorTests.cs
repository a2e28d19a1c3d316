using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Commands;

/// <summary>
/// A settings problem names where the bad value came from: the command line (<c>--setting
/// Key=Value</c>, <c>--config FILE</c>) is a mistake in the call (exit 2); <c>statiq.json</c> is
/// content (exit 1), named with its line where the JSON reader knows it.
/// </summary>
public sealed class SettingsErrorTests
{
    [Fact]
    public async Task A_config_file_that_does_not_exist_is_a_usage_error_naming_it()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var missing = Path.Combine(site, "no-such-settings.json");

        var log = await CleanFailure.AssertAsync(folder.Path, 2, "no-such-settings.json", "build", "--root", site, "--config", missing);

        var line = Assert.Single(ErrorLines(log));
        Assert.Contains("--config", line);
        Assert.Contains("Fix:", line);
    }

    [Theory]
    [InlineData("PageSize=ten", "whole number")]
    [InlineData("Nope=1", "no setting 'Nope'")]
    [InlineData("PageSzie=3", "PageSize")]
    [InlineData("IncludeDrafts=maybe", "true or false")]
    [InlineData("PageSize=0", "at least 1")]
    [InlineData("Languages=null", "Languages")]
    public async Task A_bad_setting_on_the_command_line_names_the_command_line_not_statiq_json(string setting, string expected)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var log = await CleanFailure.AssertAsync(folder.Path, 2, expected, "build", "--root", site, "-s", setting);

        var line = Assert.Single(ErrorLines(log));
        Assert.StartsWith($"--setting {setting}: error: ", line);
        Assert.Contains("Fix:", line);
        Assert.DoesNotContain("statiq.json", log);
    }

    [Fact]
    public async Task A_bad_value_in_statiq_json_names_the_file_and_its_line()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.WriteAllText(Path.Combine(site, "statiq.json"), "{\n  \"SiteTitle\": \"Fixture\",\n  \"PageSize\": \"ten\"\n}\n");

        var log = await CleanFailure.AssertAsync(folder.Path, 1, "statiq.json:3:", "check", "--root", site);

        Assert.Contains("PageSize must be a whole number", log);
        Assert.DoesNotContain("System.Int32", log);
    }

    [Fact]
    public async Task An_unknown_key_in_statiq_json_names_the_file_its_line_and_the_likely_key()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.WriteAllText(Path.Combine(site, "statiq.json"), "{\n  \"SiteTitle\": \"Fixture\",\n  \"PageSzie\": 3\n}\n");

        var log = await CleanFailure.AssertAsync(folder.Path, 1, "statiq.json:3:", "build", "--root", site);

        Assert.Contains("no setting 'PageSzie'", log);
        Assert.Contains("PageSize", log);
        Assert.DoesNotContain("WuzhenSite.Configuration", log);
    }

    [Fact]
    public async Task A_null_in_statiq_json_is_an_error_naming_the_setting_not_a_crash()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.WriteAllText(Path.Combine(site, "statiq.json"), "{ \"Languages\": [ null ], \"SiteTitle\": null }");

        var log = await CleanFailure.AssertAsync(folder.Path, 1, "statiq.json: error: ", "build", "--root", site);

        Assert.Contains("Languages[0]", log);
        Assert.Contains("SiteTitle", log);
    }

    [Fact]
    public async Task A_text_setting_keeps_a_value_that_looks_like_json()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site, "-s", "SiteTitle=2019", "-s", "Host=true");

        Assert.True(exitCode == 0, log);
        Assert.Contains("<title>2019</title>", File.ReadAllText(Path.Combine(site, "output", "en", "index.html")));
    }

    private static List<string> ErrorLines(string log) =>
        log.Split('\n').Where(l => l.Contains("error", StringComparison.Ordinal)).ToList();
}
