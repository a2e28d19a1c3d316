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

    [Theory]
    [InlineData("{\n  \"SiteTitle\": \"Fixture\",\n  \"PageSize\": \"ten\"\n}\n", "statiq.json:3:", "PageSize must be a whole number", "System.Int32")]
    [InlineData("{\n  \"SiteTitle\": \"Fixture\",\n  \"PageSzie\": 3\n}\n", "statiq.json:3:", "no setting 'PageSzie'. Fix: Did you mean 'PageSize'?", "WuzhenSite.Configuration")]
    [InlineData("{ \"Languages\": [ null ], \"SiteTitle\": null }", "statiq.json: error: Languages[0] is null.", "statiq.json: error: SiteTitle is null.", "NullReferenceException")]
    public async Task A_bad_value_in_statiq_json_names_the_file_its_line_and_the_setting_in_its_own_words(string json, string where, string expected, string notExpected)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.WriteAllText(Path.Combine(site, "statiq.json"), json);

        var log = await CleanFailure.AssertAsync(folder.Path, 1, where, "build", "--root", site);

        Assert.Contains(expected, log);
        Assert.DoesNotContain(notExpected, log);
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
