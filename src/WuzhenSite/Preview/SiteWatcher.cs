namespace WuzhenSite.Cli.Preview;

/// <summary>
/// Watches the content folder, the theme, the site's override folders and <c>statiq.json</c>, and
/// calls back once a burst of changes has settled (editors save in several steps).
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _debounce;
    private readonly object _gate = new();
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly Action<IReadOnlyCollection<string>> _onChange;

    /// <summary>Starts watching <paramref name="folders"/> (recursively) and <paramref name="files"/>.</summary>
    public SiteWatcher(IEnumerable<string> folders, IEnumerable<string> files, TimeSpan settle, Action<IReadOnlyCollection<string>> onChange)
    {
        _onChange = onChange;
        _debounce = new Timer(_ => Flush(), null, Timeout.Infinite, Timeout.Infinite);
        Settle = settle;
        foreach (var folder in folders.Where(Directory.Exists).Distinct(StringComparer.Ordinal))
        {
            Add(new FileSystemWatcher(folder) { IncludeSubdirectories = true });
        }

        foreach (var file in files.Where(File.Exists))
        {
            Add(new FileSystemWatcher(Path.GetDirectoryName(file)!, Path.GetFileName(file)));
        }
    }

    /// <summary>How long changes must stop before a rebuild.</summary>
    public TimeSpan Settle { get; }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _debounce.Dispose();
    }

    private void Add(FileSystemWatcher watcher)
    {
        watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
        watcher.Changed += (_, e) => Note(e.FullPath);
        watcher.Created += (_, e) => Note(e.FullPath);
        watcher.Deleted += (_, e) => Note(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Note(e.OldFullPath);
            Note(e.FullPath);
        };
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Note(string path)
    {
        var name = Path.GetFileName(path);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || path.Contains("node_modules", StringComparison.Ordinal))
        {
            return; // editor temporaries and dependencies are not content
        }

        lock (_gate)
        {
            _changed.Add(path);
            _debounce.Change(Settle, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        string[] changed;
        lock (_gate)
        {
            changed = [.. _changed];
            _changed.Clear();
        }

        if (changed.Length > 0)
        {
            _onChange(changed);
        }
    }
}
