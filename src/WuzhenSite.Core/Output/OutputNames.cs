namespace WuzhenSite.Output;

/// <summary>The hidden entries of the output folder that belong to the build itself.</summary>
public static class OutputNames
{
    /// <summary>Where a build writes before the swap.</summary>
    public const string Staging = ".wuzhen-staging";

    /// <summary>Where the swap moves the previous site's entries, deleted after the swap.</summary>
    public const string Retired = ".wuzhen-retired";

    /// <summary>The record of the swap's moves, so a failed or interrupted swap can be undone.</summary>
    public const string Journal = ".wuzhen-journal";

    /// <summary>True for the build's own entries (the manifest and any temporary file beside one of them included).</summary>
    public static bool IsReserved(string name) =>
        name.StartsWith(Staging, StringComparison.Ordinal) || name.StartsWith(Retired, StringComparison.Ordinal)
        || name.StartsWith(Journal, StringComparison.Ordinal) || name.StartsWith(OwnedOutput.FileName, StringComparison.Ordinal);
}
