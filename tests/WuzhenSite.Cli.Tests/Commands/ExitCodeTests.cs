using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Commands;

public sealed class ExitCodeTests
{
    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var (exitCode, output) = await WuzhenCommand.RunAsync("build", "--no-such-option");

        Assert.Equal(2, exitCode);
        Assert.Contains("--no-such-option", output);
    }

    [Fact]
    public async Task A_setting_without_a_value_is_a_usage_error()
    {
        var (exitCode, output) = await WuzhenCommand.RunAsync("build", "--setting", "PageSize");

        Assert.Equal(2, exitCode);
        Assert.Contains("Key=Value", output);
    }

    [Fact]
    public async Task Broken_settings_are_a_content_error_naming_the_file()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.WriteAllText(Path.Combine(site, "statiq.json"), "{ \"PageSize\": }");

        var (exitCode, output) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.Equal(1, exitCode);
        Assert.Contains("statiq.json:1:", output);
    }

    [Fact]
    public async Task A_successful_build_ends_with_a_summary()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (exitCode, output) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.Equal(0, exitCode);
        Assert.Contains("Documents read", output);
        Assert.Contains("Files written", output);
        Assert.Contains("1 draft(s)", output);
    }
}
