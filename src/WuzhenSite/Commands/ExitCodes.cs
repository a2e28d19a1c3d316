using WuzhenSite.Site;

namespace WuzhenSite.Cli.Commands;

/// <summary>What <c>wuzhen</c> exits with, so scripts and CI can tell content errors from mistakes in the call.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The content (or settings or theme) has errors; the previous output is untouched.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line was wrong: an option, a setting, a folder or port it names.</summary>
    public const int UsageError = 2;

    /// <summary>A bug in wuzhen (an exception nobody foresaw); 70 is <c>EX_SOFTWARE</c> of BSD's sysexits.</summary>
    public const int InternalError = 70;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Cancelled = 130;

    /// <summary>The exit code of a finished build or check.</summary>
    public static int Of(BuildResult outcome) =>
        outcome.Succeeded ? Success : outcome.IsUsageError ? UsageError : ContentErrors;
}
