namespace WuzhenSite.Cli.Commands;

/// <summary>
/// A failure the command foresaw, caused by how it was called or by what is already on disk:
/// printed as one <c>error: message Fix: fix</c> line, never with a stack trace.
/// </summary>
internal sealed class UserMistake(string message, string fix, int exitCode = ExitCodes.UsageError) : Exception(message)
{
    /// <summary>What to do about it, in one sentence.</summary>
    public string Fix { get; } = fix;

    /// <summary><see cref="ExitCodes.UsageError"/> for the call, <see cref="ExitCodes.ContentErrors"/> for the content.</summary>
    public int ExitCode { get; } = exitCode;
}
