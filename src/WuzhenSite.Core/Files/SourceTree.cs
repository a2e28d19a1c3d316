using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Files;

/// <summary>One file a walk found.</summary>
/// <param name="Relative">Its path as the user sees it, relative to the walked root, with forward slashes.</param>
/// <param name="Real">Its real path: what is read.</param>
/// <param name="ThroughLink">Whether a symbolic link led to it.</param>
public sealed record SourceFile(string Relative, string Real, bool ThroughLink);

/// <summary>What a walk found: the files in ordinal order of their paths, and the links it refused.</summary>
public sealed record SourceTree(IReadOnlyList<SourceFile> Files, IReadOnlyList<Diagnostic> Problems)
{
    /// <summary>Nothing: the folder does not exist.</summary>
    public static SourceTree Empty { get; } = new([], []);

    /// <summary>
    /// Each real file once: reached both directly and through links, it keeps its own path; reached
    /// only through links, the first path in ordinal order. So a link to a folder inside the site never
    /// publishes its files twice (or makes two pages claim one URL).
    /// </summary>
    public static IReadOnlyList<SourceFile> PublishOnce(IEnumerable<SourceFile> files) =>
        [.. files.GroupBy(f => f.Real, StringComparer.Ordinal)
            .Select(same => same.OrderBy(f => f.ThroughLink).ThenBy(f => f.Relative, StringComparer.Ordinal).First())
            .OrderBy(f => f.Relative, StringComparer.Ordinal)];
}
