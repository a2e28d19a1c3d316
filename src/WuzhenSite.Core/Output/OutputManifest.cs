using System.Collections.Concurrent;

namespace WuzhenSite.Output;

/// <summary>
/// What the output folder holds, as far as the long-lived preview knows: a fingerprint per written
/// file, and which files the last build rewrote (the files that depended on the change).
/// </summary>
public sealed class OutputManifest
{
    private readonly ConcurrentDictionary<string, string> _fingerprints = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _written = [];
    private bool _firstBuild = true;

    /// <summary>True until a build has written through this manifest.</summary>
    public bool IsEmpty => _fingerprints.IsEmpty;

    /// <summary>Files (destinations) the last build rewrote, sorted.</summary>
    public IReadOnlyList<string> LastWritten { get; private set; } = [];

    /// <summary>Files the last build deleted because nothing produces them any more.</summary>
    public IReadOnlyList<string> LastDeleted { get; private set; } = [];

    internal bool IsUnchanged(string destination, string fingerprint) =>
        _fingerprints.TryGetValue(destination, out var known) && known == fingerprint;

    internal void Record(string destination, string fingerprint)
    {
        _fingerprints[destination] = fingerprint;
        _written.Add(destination);
    }

    /// <summary>Starts a build: forgets which files the previous one wrote.</summary>
    public void BeginBuild()
    {
        _written.Clear();
        _firstBuild = _fingerprints.IsEmpty;
    }

    /// <summary>
    /// Ends a successful build: deletes files nothing produces any more (on the first build, any
    /// file in the output folder that this build did not produce) and remembers what was written.
    /// </summary>
    public void EndBuild(string outputRoot, IReadOnlySet<string> produced)
    {
        var stale = _fingerprints.Keys.Where(d => !produced.Contains(d)).ToList();
        if (_firstBuild)
        {
            // The first build knows nothing of the folder: clear out whatever an older build left.
            stale = Directory.EnumerateFiles(outputRoot, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(outputRoot, f).Replace('\\', '/'))
                .Where(d => !produced.Contains(d) && !d.StartsWith('.'))
                .ToList();
        }

        foreach (var destination in stale)
        {
            var path = SafeDestination.Resolve(outputRoot, destination);
            if (path is not null && File.Exists(path))
            {
                File.Delete(path);
            }

            _fingerprints.TryRemove(destination, out _);
        }

        LastWritten = [.. _written.Distinct().Order(StringComparer.Ordinal)];
        LastDeleted = [.. stale.Order(StringComparer.Ordinal)];
    }
}
