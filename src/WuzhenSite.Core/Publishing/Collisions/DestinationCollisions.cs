using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Publishing.Collisions;

/// <summary>
/// Finds the claims that cannot all be written: two on one path (one file would silently replace
/// the other, or the write would fail half-way), and one whose path runs through another's file
/// (<c>robots.txt/index.html</c> needs a folder where <c>robots.txt</c> is a file). One error per
/// collision, on the claim an author can change, naming the other claimant. Pure.
/// </summary>
public static class DestinationCollisions
{
    /// <summary>
    /// Paths are compared as the file system of the build compares them: exactly on Linux, ignoring
    /// case elsewhere (macOS and Windows file systems usually do), so two claims that would be one
    /// file on disk are one path here.
    /// </summary>
    public static StringComparer PathComparer { get; } = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary>The errors for <paramref name="claims"/>, in a stable order; empty when every claim can be written.</summary>
    public static IReadOnlyList<Diagnostic> Find(IEnumerable<OutputClaim> claims, StringComparer? comparer = null)
    {
        comparer ??= PathComparer;

        // Generated files first, then authored claims by file and line: a path's first claimant is
        // the site's own file when there is one, and the error goes to the author's later claim.
        var ordered = claims
            .OrderBy(c => c.IsAuthored)
            .ThenBy(c => c.File, StringComparer.Ordinal)
            .ThenBy(c => c.Line)
            .ThenBy(c => c.Destination, StringComparer.Ordinal)
            .ToList();
        var owners = new Dictionary<string, OutputClaim>(comparer);
        var errors = new List<Diagnostic>();
        foreach (var claim in ordered)
        {
            if (!owners.TryAdd(claim.Destination, claim))
            {
                errors.Add(SamePath(claim, owners[claim.Destination]));
            }
        }

        foreach (var claim in owners.Values)
        {
            foreach (var folder in Folders(claim.Destination))
            {
                if (owners.TryGetValue(folder, out var file))
                {
                    errors.Add(ThroughFile(claim, file, folder));
                    break;
                }
            }
        }

        return errors
            .OrderBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line)
            .ThenBy(e => e.Message, StringComparer.Ordinal)
            .ToList();
    }

    private static Diagnostic SamePath(OutputClaim later, OutputClaim first) =>
        At(later, $"{later.Subject} would be written to '{later.Destination}', which is also the path of {first.Description}.", first);

    /// <summary>The deeper claim and the file in its way: the error goes to whichever an author can change, the deeper one when both.</summary>
    private static Diagnostic ThroughFile(OutputClaim deeper, OutputClaim file, string folder) =>
        deeper.IsAuthored || !file.IsAuthored
            ? At(deeper, $"{deeper.Subject} would be written to '{deeper.Destination}', which needs a folder '{folder}/' where {file.Description} is a file.", file)
            : At(file, $"{file.Subject} would be written to '{folder}', which must stay a folder: {deeper.Description} is written inside it to '{deeper.Destination}'.", deeper);

    private static Diagnostic At(OutputClaim claim, string message, OutputClaim other) =>
        Diagnostic.Error(claim.File ?? claim.Destination, claim.Line, claim.Line > 0 ? 1 : 0, message,
            claim.Fix ?? other.Fix ?? "Rename one of the two so each output has a path of its own.", "output-collision");

    /// <summary>The folders a path is written in, outermost first: <c>a/b/c.html</c> → <c>a</c>, <c>a/b</c>.</summary>
    private static IEnumerable<string> Folders(string destination)
    {
        for (var slash = destination.IndexOf('/'); slash > 0; slash = destination.IndexOf('/', slash + 1))
        {
            yield return destination[..slash];
        }
    }
}
