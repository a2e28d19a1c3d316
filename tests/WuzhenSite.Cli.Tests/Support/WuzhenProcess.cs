using System.Diagnostics;

namespace WuzhenSite.Cli.Tests.Support;

/// <summary>
/// Runs the built <c>wuzhen.dll</c> as a separate process with its own environment: culture, time
/// zone and globalization mode are fixed when a .NET process starts, so they cannot be varied in-process.
/// </summary>
internal static class WuzhenProcess
{
    /// <summary>The command's assembly, copied beside the tests by the project reference.</summary>
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "wuzhen.dll");

    /// <summary>
    /// Runs <c>dotnet wuzhen.dll args</c>. Every locale, time-zone and globalization variable the test
    /// process inherited is removed first, so only <paramref name="environment"/> decides them.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(IsLocaleOrZone).ToList())
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            // A command that should have stopped (a preview that started serving) fails the test instead of hanging it.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            return (-1, "(still running after 120 s; stopped)\n" + await output + await error);
        }

        return (process.ExitCode, await output + await error);
    }

    private static bool IsLocaleOrZone(string name) =>
        name is "LANG" or "LANGUAGE" or "TZ" ||
        name.StartsWith("LC_", StringComparison.Ordinal) ||
        name.StartsWith("DOTNET_SYSTEM_GLOBALIZATION_", StringComparison.Ordinal);

    /// <summary>The <c>dotnet</c> that runs the tests (the SDK says where), else the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
