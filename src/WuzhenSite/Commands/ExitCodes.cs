using WuzhenSite.Site;

namespace WuzhenSite.Cli.Commands;

/// <summary>What <c>wuzhen</c> exits with, so scripts and CI can tell content errors from mistakes in the call.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>The content (or settings or theme) has errors; the previous output is untouched.</summary>
    public const int ContentErrors = 1;

    /// <summary>The command line was wrong.</summary>
    public const int UsageError = 2;

    /// <summary>The exit code of a finished build or check.</summary>
    public static int Of(BuildResult outcome) =>
        outcome.Succeeded ? Success : outcome.IsUsageError ? UsageError : ContentErrors;
}
