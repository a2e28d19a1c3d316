using System.Diagnostics;
using System.Text.Json;
using WuzhenSite.Cli.Reporting;
using WuzhenSite.Configuration;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Preview;

/// <summary>
/// One preview: builds, serves, watches, and rebuilds on change. A save of a published page is
/// answered first by rendering that page alone against the last good build (<see cref="EditedPages"/>),
/// served from memory (<see cref="EditedPageOverlay"/>) and reloaded in the tabs showing it; then
/// the site is rebuilt, reusing what did not change and rewriting only changed files, and the tabs
/// whose pages that changed reload. A newer save cancels a rebuild still running. A failed rebuild
/// leaves the last good site served and shows its errors in every open tab.
/// </summary>
internal sealed class PreviewSession : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly IncrementalState _state = new();
    private readonly SemaphoreSlim _oneBuildAtATime = new(1, 1);
    private readonly SemaphoreSlim _oneEditAtATime = new(1, 1);
    private readonly EditedPageOverlay _edited = new();
    private readonly Lock _gate = new();
    // Changed files no finished rebuild has read yet, with the number of the save that changed them.
    private readonly Dictionary<string, long> _unbuilt = new(StringComparer.Ordinal);
    private long _saves;
    private long _built; // the newest save a finished rebuild had read
    private TaskCompletionSource _rebuildFinished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _rebuild;
    private readonly Action<BuildResult, TimeSpan>? _report;
    private SiteWatcher? _watcher;
    private PreviewServer? _server;
    private SiteFolders? _folders;

    public PreviewSession(BuildOptions options, Action<BuildResult, TimeSpan>? report = null)
    {
        _options = options with { Incremental = _state };
        _report = report;
    }

    /// <summary>Tabs are told about builds through this hub.</summary>
    public LiveReloadHub Hub { get; } = new();

    /// <summary>The address the site is served at, once started.</summary>
    public string? Url => _server?.Url;

    /// <summary>The result of the last build.</summary>
    public BuildResult? LastResult { get; private set; }

    /// <summary>Completes with each finished rebuild (for tests and timing).</summary>
    public event Action<BuildResult>? Rebuilt;

    /// <summary>Raised when edited pages are served ahead of their rebuild (for tests and timing).</summary>
    public event Action<IReadOnlyList<RenderedPage>>? EditedPagesServed;

    /// <summary>How long the watcher waits for a burst of file events to end: editors save in a few steps within a millisecond or two.</summary>
    public static TimeSpan SettleDelay { get; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Listens on <paramref name="port"/>, builds once, then watches for changes. The port comes
    /// first: a port in use (<see cref="PreviewPortException"/>) should cost no build.
    /// </summary>
    public async Task<BuildResult> StartAsync(int port, CancellationToken cancellationToken)
    {
        var settings = SettingsLoader.Load(_options.ConfigPath ?? Path.Combine(_options.RootPath, "statiq.json"), _options.SettingOverrides);
        var folders = SiteFolders.Resolve(_options, settings);
        _folders = folders;
        _server = new PreviewServer(folders.Output, port, Hub, _edited);
        await _server.StartAsync(cancellationToken).ConfigureAwait(false);
        var first = await BuildAsync(cancellationToken).ConfigureAwait(false);
        _watcher = new SiteWatcher(
            [folders.Input, folders.Theme, Path.Combine(folders.Root, "layouts"), Path.Combine(folders.Root, "i18n"), Path.Combine(folders.Root, "assets")],
            [folders.ConfigFile],
            SettleDelay,
            changed => _ = RebuildAsync(changed, folders.ConfigFile));
        return first;
    }

    /// <summary>
    /// Answers a change: the edited pages first when they can be (<see cref="RenderEditedAsync"/>),
    /// then the rebuild, which cancels one still running for an older save. A change to the
    /// settings forgets the cached sources, and a change outside the content (layouts, theme, UI
    /// strings) forgets which views were rendered, since the same view then renders to other bytes.
    /// </summary>
    public async Task RebuildAsync(IReadOnlyCollection<string> changed, string configFile)
    {
        long save;
        CancellationToken token;
        lock (_gate)
        {
            save = ++_saves;
            foreach (var path in changed)
            {
                _unbuilt[path] = save;
            }

            _rebuild?.Cancel();
            _rebuild = new CancellationTokenSource();
            token = _rebuild.Token;
        }

        if (changed.Contains(configFile))
        {
            _state.ForgetSources();
        }
        else if (changed.Any(path => !IsContent(path)))
        {
            _state.ForgetRenders();
        }

        try
        {
            await RenderEditedAsync(save).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Only a head start: the rebuild below answers this save whatever went wrong here.
        }

        try
        {
            if (await BuildAsync(save, token).ConfigureAwait(false) is { } result)
            {
                Rebuilt?.Invoke(result);
                return;
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }

        // A newer save cancelled this rebuild: its rebuild reads this save too, so wait for that one.
        await BuiltAsync(save).ConfigureAwait(false);
    }

    /// <summary>Completes once a finished rebuild has read save number <paramref name="save"/>.</summary>
    private async Task BuiltAsync(long save)
    {
        while (true)
        {
            Task finished;
            lock (_gate)
            {
                if (_built >= save)
                {
                    return;
                }

                finished = _rebuildFinished.Task;
            }

            await finished.ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Renders the pages of every content file changed since the last finished rebuild, when all
    /// the unbuilt changes are edits of published pages, and serves them at once. Best effort:
    /// when it cannot answer, or fails, the rebuild that follows answers instead.
    /// </summary>
    private async Task RenderEditedAsync(long save)
    {
        string[] unbuilt;
        lock (_gate)
        {
            unbuilt = [.. _unbuilt.Keys];
        }

        if (_state.LastSite is not { } snapshot || _folders is not { } folders || !unbuilt.All(IsPageSource))
        {
            return;
        }

        await _oneEditAtATime.WaitAsync().ConfigureAwait(false);
        try
        {
            var sources = unbuilt.Select(path => Path.GetRelativePath(folders.Input, path).Replace('\\', '/')).ToList();
            if (await EditedPages.RenderAsync(snapshot, sources, _state.Content).ConfigureAwait(false) is { } pages)
            {
                _edited.Put(pages, save);
                Hub.Reload(pages.Select(page => ServedPath(page.Destination)));
                EditedPagesServed?.Invoke(pages);
            }
        }
        finally
        {
            _oneEditAtATime.Release();
        }
    }

    /// <summary>Whether <paramref name="path"/> is an article, transcript or page of the content folder (not a profile, asset or theme file).</summary>
    private bool IsPageSource(string path) =>
        IsContent(path) && _folders is { } folders
        && Content.ContentFolders.KindOf(Path.GetRelativePath(folders.Input, path).Replace('\\', '/')) is Content.ContentKind.Article or Content.ContentKind.Transcript or Content.ContentKind.Page;

    /// <summary>The path a tab shows for an output file: a folder's index.html is its folder.</summary>
    private static string ServedPath(string destination) =>
        "/" + (destination.EndsWith("index.html", StringComparison.Ordinal) ? destination[..^"index.html".Length] : destination);

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        TaskCompletionSource waiting;
        lock (_gate)
        {
            _rebuild?.Cancel();
            _built = long.MaxValue; // nothing waits for a rebuild that will not come
            waiting = _rebuildFinished;
        }

        waiting.TrySetResult();
        await _oneBuildAtATime.WaitAsync().ConfigureAwait(false);
        _oneBuildAtATime.Dispose();
        _oneEditAtATime.Dispose();
    }

    /// <summary>Whether <paramref name="path"/> is under the input folder and not in a theme kept there.</summary>
    private bool IsContent(string path) =>
        _folders is { } folders && IsUnder(path, folders.Input) && !IsUnder(path, folders.Theme);

    private static bool IsUnder(string path, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private Task<BuildResult> BuildAsync(CancellationToken cancellationToken) => BuildAsync(0, cancellationToken)!;

    /// <summary>
    /// Rebuilds for save number <paramref name="save"/> (0: the first build), one build at a time;
    /// null when a newer save cancelled it before it began.
    /// </summary>
    private async Task<BuildResult?> BuildAsync(long save, CancellationToken cancellationToken)
    {
        await _oneBuildAtATime.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (save > 0 && cancellationToken.IsCancellationRequested)
            {
                return null;
            }

            var stopwatch = Stopwatch.StartNew();
            var result = await BuildOrReportAsync(cancellationToken).ConfigureAwait(false);
            LastResult = result;
            try
            {
                Answer(result, save, stopwatch.Elapsed);
            }
            finally
            {
                TaskCompletionSource finished;
                lock (_gate)
                {
                    _built = Math.Max(_built, save);
                    finished = _rebuildFinished;
                    _rebuildFinished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                finished.SetResult();
            }

            return result;
        }
        finally
        {
            _oneBuildAtATime.Release();
        }
    }

    /// <summary>Tells the tabs what a finished rebuild changed, or its errors, and stops serving what it replaced.</summary>
    private void Answer(BuildResult result, long save, TimeSpan elapsed)
    {
        lock (_gate)
        {
            foreach (var (path, changedBy) in _unbuilt.ToList())
            {
                if (changedBy <= save)
                {
                    _unbuilt.Remove(path);
                }
            }
        }

        if (result.Succeeded)
        {
            var changedPages = ChangedPages(result);
            _edited.RebuildFinished(save);
            if (changedPages is null || Hub.ShowsErrors)
            {
                Hub.Reload(); // every tab, and the error overlay goes
            }
            else if (changedPages.Count > 0)
            {
                Hub.Reload(changedPages);
            }
        }
        else
        {
            _edited.RebuildFinished(save); // the last good site is what is served, as the overlay says
            Hub.ShowErrors(ErrorsJson(result.Diagnostics));
        }

        _report?.Invoke(result, elapsed);
    }

    /// <summary>
    /// The served paths of the pages a rebuild rewrote, leaving out those whose tabs already show
    /// these bytes (served ahead by <see cref="RenderEditedAsync"/>); null when it rewrote a
    /// stylesheet, script, image or font, which any page may show. Feeds, sitemaps, search
    /// indexes and compressed copies reload nothing.
    /// </summary>
    private List<string>? ChangedPages(BuildResult result)
    {
        var pages = new List<string>();
        foreach (var destination in result.FilesRewritten)
        {
            var extension = Path.GetExtension(destination);
            if (extension is ".html")
            {
                if (!ServedAhead(destination))
                {
                    pages.Add(ServedPath(destination));
                }
            }
            else if (extension is not (".xml" or ".json" or ".txt" or ".map" or ".gz" or ".br"))
            {
                return null;
            }
        }

        return pages;
    }

    private bool ServedAhead(string destination)
    {
        if (_edited.Find(destination) is not { } served || _folders is not { } folders)
        {
            return false;
        }

        try
        {
            return File.ReadAllBytes(Path.Combine(folders.Output, destination)).AsSpan().SequenceEqual(served);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Builds; an exception the build did not turn into diagnostics (a bug) becomes one internal
    /// error, shown in the terminal and the tabs like any other, so no save can stop the preview and
    /// the last good site stays served.
    /// </summary>
    private async Task<BuildResult> BuildOrReportAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await SiteBuilder.BuildAsync(_options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new BuildResult
            {
                Succeeded = false,
                Diagnostics =
                [
                    Diagnostic.Error("wuzhen", 0, 0, $"Internal error while building: {exception.GetType().Name}: {exception.Message}",
                        "This is a bug in wuzhen, not in your site; please report it with this line. The last good site is still served; save again to retry.", "internal"),
                ],
            };
        }
    }

    private static string ErrorsJson(IReadOnlyList<Diagnostic> diagnostics) => JsonSerializer.Serialize(
        diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(DiagnosticJson.From).ToList(),
        CliJsonContext.Default.IReadOnlyListDiagnosticJson);
}
