using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Commands;

/// <summary>
/// Through <c>Program.Main</c>: whatever goes wrong in a call, the user reads one
/// <c>error: … Fix: …</c> line (never a stack trace) and the documented exit code.
/// </summary>
public sealed class TopLevelErrorTests
{
    [Fact]
    public async Task An_output_folder_that_cannot_be_created_is_one_error_line_without_a_stack_trace()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var insideAFile = Path.Combine(site, "statiq.json", "output");

        var log = await CleanFailure.AssertAsync(folder.Path, 2, "error: ", "build", "--root", site, "--output", insideAFile);

        Assert.Contains("Fix:", log);
        Assert.DoesNotContain("Unhandled exception", log);
    }

    [Fact]
    public async Task A_mistyped_option_is_an_error_line_with_a_fix()
    {
        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--no-such-option");

        Assert.Equal(2, exitCode);
        var line = Assert.Single(log.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains("'--no-such-option'", line);
        Assert.Contains("Fix: ", line);
    }

    [Fact]
    public async Task A_mistyped_option_is_printed_escaped()
    {
        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--x\u001b[2J");

        Assert.Equal(2, exitCode);
        Assert.Contains("--x\\u001B[2J", log);
        Assert.DoesNotContain("\u001b", log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_documents_the_exit_codes()
    {
        var (exitCode, log) = await WuzhenCommand.RunAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Exit codes", log);
        Assert.Contains("70", log);
    }
}
