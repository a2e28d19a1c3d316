using WuzhenSite.Cli.Commands;
using WuzhenSite.Cli.Reporting;
using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Configuration;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Commands;

/// <summary>
/// The error boundary around every command: each foreseen failure is one <c>error: … Fix: …</c>
/// line with its exit code, an unforeseen one says "internal error" and where to report it, and
/// neither shows a stack trace unless asked to.
/// </summary>
public sealed class ErrorBoundaryTests
{
    [Fact]
    public async Task An_unexpected_exception_is_one_internal_error_line_with_where_to_report_it_and_exit_70()
    {
        var (exitCode, log) = await RunAsync(() => throw new InvalidOperationException("the pipeline graph has a cycle"));

        Assert.Equal(70, exitCode);
        var lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("internal error: System.InvalidOperationException: the pipeline graph has a cycle", lines[0].TrimEnd());
        Assert.Contains("issue tracker", lines[1]);
        Assert.Contains("WUZHEN_DEBUG=1", lines[1]);
        Assert.Equal(2, lines.Length);
        Assert.DoesNotContain("   at ", log);
    }

    [Fact]
    public async Task The_stack_trace_is_printed_only_when_asked_for()
    {
        static Task<int> Fail() => throw new InvalidOperationException("boom");

        var (_, log) = await RunAsync(Fail, showStackTraces: true);

        Assert.Contains("internal error: System.InvalidOperationException: boom", log);
        Assert.Contains("   at ", log);
    }

    [Fact]
    public async Task A_mistake_in_the_call_is_one_error_line_with_its_fix_and_exit_2()
    {
        var (exitCode, log) = await RunAsync(() => throw new UserMistake("The port 80 is taken.", "Pass --port with another number."));

        Assert.Equal(2, exitCode);
        Assert.Equal("error: The port 80 is taken. Fix: Pass --port with another number.", log.TrimEnd());
    }

    [Fact]
    public async Task Settings_errors_keep_their_place_and_exit_1_for_the_file_or_2_for_the_command_line()
    {
        var fromFile = new SettingsException([Diagnostic.Error("statiq.json", 3, 5, "PageSize must be a whole number.", "Write it as \"PageSize\": 20.")]);
        var fromCommandLine = new SettingsException([Diagnostic.Error("--setting PageSize=ten", 0, 0, "PageSize must be a whole number.", "Write it as --setting PageSize=20.")], isUsageError: true);

        var (fileExit, fileLog) = await RunAsync(() => throw fromFile);
        var (lineExit, lineLog) = await RunAsync(() => throw fromCommandLine);

        Assert.Equal(1, fileExit);
        Assert.Equal("statiq.json:3:5: error: PageSize must be a whole number. Fix: Write it as \"PageSize\": 20.", fileLog.TrimEnd());
        Assert.Equal(2, lineExit);
        Assert.StartsWith("--setting PageSize=ten: error: ", lineLog);
    }

    [Theory]
    [InlineData(typeof(IOException))]
    [InlineData(typeof(UnauthorizedAccessException))]
    [InlineData(typeof(DirectoryNotFoundException))]
    public async Task A_folder_that_cannot_be_read_or_written_is_one_error_line_and_exit_2(Type type)
    {
        var exception = (Exception)Activator.CreateInstance(type, "Access to the path '/srv/site/output' is denied.")!;

        var (exitCode, log) = await RunAsync(() => throw exception);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(log.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: Access to the path '/srv/site/output' is denied. Fix: ", line);
    }

    [Fact]
    public async Task Ctrl_c_exits_130_with_one_line()
    {
        var (exitCode, log) = await RunAsync(() => throw new OperationCanceledException());

        Assert.Equal(130, exitCode);
        Assert.StartsWith("cancelled: ", Assert.Single(log.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public async Task A_failure_inside_parallel_work_is_reported_as_the_failure_itself()
    {
        var (exitCode, log) = await RunAsync(() => throw new AggregateException(new UnauthorizedAccessException("Access to the path '/srv/x' is denied.")));

        Assert.Equal(2, exitCode);
        Assert.StartsWith("error: Access to the path '/srv/x' is denied.", log);
    }

    [Fact]
    public async Task Exception_messages_are_printed_with_control_and_bidi_characters_escaped()
    {
        var (_, log) = await RunAsync(() => throw new IOException("Could not find file 'news/\u001b[2Jx\u202Egpj.md'."));

        Assert.Contains("news/\\u001B[2Jx\\u202Egpj.md", log);
        Assert.DoesNotContain('\u001b', log);
        Assert.DoesNotContain('\u202E', log);
    }

    [Fact]
    public async Task A_build_that_throws_in_the_engine_is_an_internal_error_and_leaves_the_previous_output_as_it_was()
    {
        using var folder = new TemporaryFolder();
        var (site, output, before) = await BuiltSiteAsync(folder);

        var (exitCode, log) = await RunAsync(async () =>
        {
            await SiteBuilder.BuildAsync(new BuildOptions { RootPath = site, Clock = new BrokenClock() }, TestContext.Current.CancellationToken);
            return 0;
        });

        Assert.Equal(70, exitCode);
        Assert.StartsWith("internal error: System.InvalidOperationException: the clock broke", log);
        Assert.DoesNotContain("   at ", log);
        CleanFailure.AssertUnchanged(before, TemporaryFolder.Snapshot(output));
        Assert.False(Directory.Exists(Path.Combine(output, ".wuzhen-staging")));
    }

    [Fact]
    public async Task A_build_stopped_by_ctrl_c_exits_130_and_leaves_the_previous_output_as_it_was()
    {
        using var folder = new TemporaryFolder();
        var (site, output, before) = await BuiltSiteAsync(folder);

        var (exitCode, _) = await RunAsync(async () =>
        {
            await SiteBuilder.BuildAsync(new BuildOptions { RootPath = site }, new CancellationToken(canceled: true));
            return 0;
        });

        Assert.Equal(130, exitCode);
        CleanFailure.AssertUnchanged(before, TemporaryFolder.Snapshot(output));
    }

    // A site built once, and its output as that build left it.
    private static async Task<(string Site, string Output, Dictionary<string, byte[]> Before)> BuiltSiteAsync(TemporaryFolder folder)
    {
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var output = Path.Combine(site, "output");
        Assert.True((await SiteBuilder.BuildAsync(new BuildOptions { RootPath = site }, TestContext.Current.CancellationToken)).Succeeded);
        return (site, output, TemporaryFolder.Snapshot(output));
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(Func<Task<int>> command, bool showStackTraces = false)
    {
        using var writer = new StringWriter();
        var exitCode = await new ErrorBoundary(writer, showStackTraces).RunAsync(command);
        return (exitCode, writer.ToString());
    }

    /// <summary>A clock that fails when the site asks it the time: an exception nobody foresaw, inside the build.</summary>
    private sealed class BrokenClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("the clock broke");
    }
}
