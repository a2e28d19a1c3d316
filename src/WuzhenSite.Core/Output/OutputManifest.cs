using System.Collections.Concurrent;

namespace WuzhenSite.Output;

/// <summary>
/// What the output folder holds, as far as the long-lived preview knows: a fingerprint per written
/// file, which files the last build rewrote (the files that depended on the change), and the
/// folders it created. After each build it keeps the folder's <see cref="OwnedOutput"/> manifest
/// true, so a later build (full or preview) knows which files are its own.
/// </summary>
public sealed class OutputManifest
{
    private readonly ConcurrentDictionary<string, string> _fingerprints = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> _written = [];
    private readonly ConcurrentDictionary<string, bool> _ownedFolders = new(StringComparer.Ordinal);
    private OwnedOutput? _previous;
    private OwnedOutput? _lastSaved;

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

    /// <summary>Notes a folder (relative, with '/') that a build created, so it is ours to remove once empty.</summary>
    internal void RecordCreatedFolder(string folder) => _ownedFolders[folder] = true;

    /// <summary>
    /// Starts a build: forgets which files the previous one wrote. <paramref name="onDisk"/> is what
    /// the folder's manifest says it owns, given when the folder was (re)opened: before the first build.
    /// </summary>
    public void BeginBuild(OwnedOutput? onDisk = null)
    {
        _written.Clear();
        if (onDisk is not null)
        {
            _previous = onDisk;
            foreach (var folder in onDisk.Folders)
            {
                _ownedFolders[folder] = true;
            }
        }
    }

    /// <summary>
    /// Ends a successful build: deletes the files it owned that nothing produces any more (on the
    /// first build, those the folder's manifest lists), removes folders it made that this left
    /// empty, and saves the manifest. Files it never wrote are not touched. Returns warnings.
    /// </summary>
    public IReadOnlyList<string> EndBuild(string outputRoot, IReadOnlySet<string> produced, IFileOperations files)
    {
        var owned = _previous is { } previous ? previous.Files.Concat(_fingerprints.Keys) : _fingerprints.Keys;
        var stale = owned.Where(d => !produced.Contains(d)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        _previous = null;
        var warnings = new List<string>();
        foreach (var destination in stale)
        {
            var path = SafeDestination.Resolve(outputRoot, destination);
            if (path is not null && File.Exists(path))
            {
                Attempt(() => files.Delete(path), $"'{destination}' is no longer part of the site but could not be deleted", warnings);
            }

            _fingerprints.TryRemove(destination, out _);
        }

        RemoveEmptiedFolders(outputRoot, stale, files);
        LastWritten = [.. _written.Distinct().Order(StringComparer.Ordinal)];
        LastDeleted = stale;
        Attempt(() => Save(outputRoot, produced, files), $"The output manifest '{OwnedOutput.FileName}' could not be saved", warnings);
        return warnings;
    }

    private static void Attempt(Action operation, string failure, List<string> warnings)
    {
        try
        {
            operation();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            warnings.Add($"{failure}: {OutputFolderException.Reason(exception)}.");
        }
    }

    /// <summary>Folders this program made that held only the stale files, deepest first.</summary>
    private void RemoveEmptiedFolders(string outputRoot, List<string> stale, IFileOperations files)
    {
        var emptied = stale.SelectMany(Ancestors).Distinct(StringComparer.Ordinal)
            .Where(_ownedFolders.ContainsKey)
            .OrderByDescending(f => f.Length);
        foreach (var folder in emptied)
        {
            var path = Path.Combine(outputRoot, folder);
            if (Directory.Exists(path) && !Directory.EnumerateFileSystemEntries(path).Any())
            {
                Attempt(() => files.Delete(path), $"The emptied folder '{folder}' could not be deleted", []);
                _ownedFolders.TryRemove(folder, out _);
            }
        }
    }

    private void Save(string outputRoot, IReadOnlySet<string> produced, IFileOperations files)
    {
        var folders = _ownedFolders.Keys.Where(f => Directory.Exists(Path.Combine(outputRoot, f))).ToHashSet(StringComparer.Ordinal);
        if (_lastSaved is { } saved && saved.Files.SetEquals(produced) && saved.Folders.SetEquals(folders))
        {
            return; // An edit that changes no file's path leaves the manifest as it is.
        }

        var manifest = new OwnedOutput(produced.ToHashSet(StringComparer.Ordinal), folders);
        files.WriteFile(Path.Combine(outputRoot, OwnedOutput.FileName), manifest.ToBytes());
        _lastSaved = manifest;
    }

    private static IEnumerable<string> Ancestors(string destination)
    {
        for (var slash = destination.LastIndexOf('/'); slash > 0; slash = destination.LastIndexOf('/', slash - 1))
        {
            yield return destination[..slash];
        }
    }
}
