using System.Diagnostics;
using System.Text.Json;
using WuzhenSite.Cli.Reporting;
using WuzhenSite.Configuration;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Preview;

/// <summary>
/// One preview: builds, serves, watches, and rebuilds on change. Rebuilds reuse what did not
/// change and rewrite only changed files; a failed rebuild leaves the last good site served and
/// shows its errors in every open tab.
/// </summary>
internal sealed class PreviewSession : IAsyncDisposable
{
    private readonly BuildOptions _options;
    private readonly IncrementalState _state = new();
    private readonly SemaphoreSlim _oneBuildAtATime = new(1, 1);
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

    /// <summary>
    /// Listens on <paramref name="port"/>, builds once, then watches for changes. The port comes
    /// first: a port in use (<see cref="PreviewPortException"/>) should cost no build.
    /// </summary>
    public async Task<BuildResult> StartAsync(int port, CancellationToken cancellationToken)
    {
        var settings = SettingsLoader.Load(_options.ConfigPath ?? Path.Combine(_options.RootPath, "statiq.json"), _options.SettingOverrides);
        var folders = SiteFolders.Resolve(_options, settings);
        _folders = folders;
        _server = new PreviewServer(folders.Output, port, Hub);
        await _server.StartAsync(cancellationToken).ConfigureAwait(false);
        var first = await BuildAsync(cancellationToken).ConfigureAwait(false);
        _watcher = new SiteWatcher(
            [folders.Input, folders.Theme, Path.Combine(folders.Root, "layouts"), Path.Combine(folders.Root, "i18n"), Path.Combine(folders.Root, "assets")],
            [folders.ConfigFile],
            TimeSpan.FromMilliseconds(100),
            changed => _ = RebuildAsync(changed, folders.ConfigFile));
        return first;
    }

    /// <summary>
    /// Rebuilds after a change; a change to the settings forgets the cached sources, and a change
    /// outside the content (layouts, theme, UI strings) forgets which views were rendered, since
    /// the same view then renders to other bytes.
    /// </summary>
    public async Task RebuildAsync(IReadOnlyCollection<string> changed, string configFile)
    {
        if (changed.Contains(configFile))
        {
            _state.ForgetSources();
        }
        else if (changed.Any(path => !IsContent(path)))
        {
            _state.ForgetRenders();
        }

        var result = await BuildAsync(CancellationToken.None).ConfigureAwait(false);
        Rebuilt?.Invoke(result);
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync().ConfigureAwait(false);
        }

        _oneBuildAtATime.Dispose();
    }

    /// <summary>Whether <paramref name="path"/> is under the input folder and not in a theme kept there.</summary>
    private bool IsContent(string path) =>
        _folders is { } folders && IsUnder(path, folders.Input) && !IsUnder(path, folders.Theme);

    private static bool IsUnder(string path, string folder)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(folder), Path.GetFullPath(path));
        return relative != ".." && !relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private async Task<BuildResult> BuildAsync(CancellationToken cancellationToken)
    {
        await _oneBuildAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var result = await BuildOrReportAsync(cancellationToken).ConfigureAwait(false);
            LastResult = result;
            if (result.Succeeded)
            {
                Hub.Reload();
            }
            else
            {
                Hub.ShowErrors(ErrorsJson(result.Diagnostics));
            }

            _report?.Invoke(result, stopwatch.Elapsed);
            return result;
        }
        finally
        {
            _oneBuildAtATime.Release();
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
