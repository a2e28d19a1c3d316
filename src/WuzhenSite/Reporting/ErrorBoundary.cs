using WuzhenSite.Cli.Commands;
using WuzhenSite.Configuration;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Cli.Reporting;

/// <summary>
/// The one place where an exception that escaped a command becomes what the user reads. A failure
/// we foresaw (settings, a mistake in the call, a folder that cannot be read or written, Ctrl+C)
/// is one <c>error: … Fix: …</c> line and its documented exit code; anything else is a bug in
/// wuzhen, said as such in one line with where to report it, and exits
/// <see cref="ExitCodes.InternalError"/>. The stack trace is printed only when asked for
/// (<c>WUZHEN_DEBUG=1</c>), so a user never has to read one.
/// </summary>
internal sealed class ErrorBoundary(TextWriter error, bool showStackTraces)
{
    /// <summary>The environment variable that makes internal errors print their stack trace.</summary>
    public const string DebugVariable = "WUZHEN_DEBUG";

    /// <summary>Runs the command and turns whatever it throws into lines and an exit code.</summary>
    public async Task<int> RunAsync(Func<Task<int>> command)
    {
        try
        {
            return await command().ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            var (lines, exitCode) = Describe(exception);
            try
            {
                foreach (var line in lines)
                {
                    await error.WriteLineAsync(line).ConfigureAwait(false);
                }

                if (exitCode == ExitCodes.InternalError && showStackTraces)
                {
                    await error.WriteLineAsync(exception.ToString()).ConfigureAwait(false);
                }

                await error.FlushAsync().ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The terminal is gone (a closed pipe): the exit code still tells.
            }

            return exitCode;
        }
    }

    /// <summary>What the user reads for an exception, each line safe to print, and the exit code.</summary>
    public static (IReadOnlyList<string> Lines, int ExitCode) Describe(Exception exception)
    {
        exception = Innermost(exception);
        return exception switch
        {
            SettingsException settings => (settings.Diagnostics.Select(d => d.ToString()).ToList(),
                settings.IsUsageError ? ExitCodes.UsageError : ExitCodes.ContentErrors),
            UserMistake mistake => ([Line(mistake.Message, mistake.Fix)], mistake.ExitCode),
            OperationCanceledException => (["cancelled: stopped before it finished (Ctrl+C)."], ExitCodes.Cancelled),
            IOException or UnauthorizedAccessException => ([Line(exception.Message,
                "Check that the folder exists and that you may read and write it (and that the disk has room), or choose another with --root, --input or --output.")],
                ExitCodes.UsageError),
            _ => ([
                VisibleText.Escape($"internal error: {exception.GetType().FullName}: {exception.Message}"),
                $"This is a bug in wuzhen, not in your site. Please report it on the WuzhenSite issue tracker with the command you ran and the output of the same command run with {DebugVariable}=1 (which adds the stack trace).",
            ], ExitCodes.InternalError),
        };
    }

    private static string Line(string message, string fix) => VisibleText.Escape($"error: {message.TrimEnd()} Fix: {fix}");

    // Parallel loops and WhenAll wrap the exception that matters.
    private static Exception Innermost(Exception exception)
    {
        while (exception is AggregateException { InnerExceptions.Count: > 0 } aggregate)
        {
            exception = aggregate.InnerExceptions[0];
        }

        return exception;
    }
}
