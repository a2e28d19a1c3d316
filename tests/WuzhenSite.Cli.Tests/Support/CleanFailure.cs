namespace WuzhenSite.Cli.Tests.Support;

/// <summary>
/// The promise every hostile case checks: the command fails with the expected exit code and
/// message, the previous output is byte for byte what it was, and no file anywhere under the test's
/// folder was added, changed or removed (the output included).
/// </summary>
internal static class CleanFailure
{
    /// <summary>
    /// Snapshots <paramref name="watched"/> (every file, with its bytes), runs the command, and
    /// asserts the exit code, that the log contains <paramref name="expected"/>, and that nothing
    /// under <paramref name="watched"/> changed. Returns the log for further assertions.
    /// </summary>
    public static async Task<string> AssertAsync(string watched, int expectedExitCode, string expected, params string[] args)
    {
        var before = TemporaryFolder.Snapshot(watched);

        var (exitCode, log) = await WuzhenCommand.RunAsync(args);

        Assert.True(exitCode == expectedExitCode, $"exit code {exitCode}, expected {expectedExitCode}\n{log}");
        Assert.True(log.Contains(expected, StringComparison.Ordinal), $"expected '{expected}' in:\n{log}");
        Assert.DoesNotContain("   at ", log, StringComparison.Ordinal);
        AssertUnchanged(before, TemporaryFolder.Snapshot(watched));
        return log;
    }

    /// <summary>Asserts two snapshots hold the same files with the same bytes.</summary>
    public static void AssertUnchanged(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after)
    {
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, pair => Assert.True(pair.Value.AsSpan().SequenceEqual(after[pair.Key]), $"{pair.Key} changed"));
    }
}
