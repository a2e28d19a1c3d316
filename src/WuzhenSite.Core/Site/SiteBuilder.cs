using System.Diagnostics;
using WuzhenSite.Configuration;
using WuzhenSite.Content.Markdown;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Pipelines;
using WuzhenSite.Output;
using WuzhenSite.Rendering;
using WuzhenSite.Theming;
using WuzhenSite.Urls;

namespace WuzhenSite.Site;

/// <summary>
/// One build, top to bottom: read the settings, prepare the theme, stage the output, run the
/// pipelines, and swap the staged site in only if nothing failed.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The layouts every theme must have; parsed before any page is rendered so their errors come first.</summary>
    public static readonly string[] RequiredLayouts = ["base", "home", "list", "article", "transcript", "page", "term", "terms", "root"];

    /// <summary>Builds the site; never throws for bad input (that is in the result's diagnostics).</summary>
    public static async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var root = Path.GetFullPath(options.RootPath);

        SiteSettings settings;
        try
        {
            settings = SettingsLoader.Load(options.ConfigPath ?? Path.Combine(root, "statiq.json"), options.SettingOverrides);
        }
        catch (SettingsException exception)
        {
            return Failed(exception.Diagnostics, stopwatch);
        }

        var folders = SiteFolders.Resolve(options, settings);
        var inputRoot = folders.Input;
        var outputRoot = folders.Output;
        if (!Directory.Exists(inputRoot))
        {
            return Failed([Diagnostic.Error(inputRoot, 0, 0, "The input folder does not exist.",
                "Pass --input with the folder of your content, or set \"InputPath\" in statiq.json.", "input")], stopwatch);
        }

        if (IsInside(inputRoot, outputRoot) || IsInside(outputRoot, inputRoot))
        {
            return Failed([Diagnostic.Error(outputRoot, 0, 0, "The output folder and the input folder overlap.",
                "Choose an output folder outside the input folder (the default is 'output' beside 'input').", "output")], stopwatch);
        }

        var setup = new DiagnosticBag();
        var theme = new ThemeFiles(root, folders.Theme, settings.FollowSymlinks);
        setup.ReportAll(theme.CheckLinks());
        var site = new SiteContext
        {
            Settings = settings,
            InputRoot = inputRoot,
            Theme = theme,
            Markdown = new MarkdownRenderer(settings.AllowRawHtml, settings.LinkRoot),
            Layouts = new LayoutRenderer(theme),
            Strings = UiStrings.Load(theme, settings, setup),
            Links = new LinkBuilder(settings),
            Clock = options.Clock,
            Statistics = new BuildStatistics(),
        };
        setup.ReportAll(site.Layouts.Preload(RequiredLayouts));
        if (setup.HasErrors)
        {
            return Failed(setup.ToSortedList(), stopwatch);
        }

        // A normal build stages and swaps; the preview writes changed files in place; a check writes nothing.
        var incremental = options.CheckOnly ? null : options.Incremental;
        var staged = options.CheckOnly || incremental is not null ? null : StagedOutput.Begin(outputRoot);
        if (incremental is not null)
        {
            Directory.CreateDirectory(outputRoot);
            incremental.Output.BeginBuild();
        }

        var writeRoot = options.CheckOnly ? null : staged?.StagingRoot ?? outputRoot;
        EngineResult result;
        try
        {
            var engine = new PipelineEngine(SitePipelines.Create(site, writeRoot, incremental),
                new EngineOptions
                {
                    MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
                    // A full build's Process phase leaves the search indexes' working data and the
                    // parsed inputs dead in the oldest generation; compacting then (about 0.1 s at
                    // 1,000 + 1,000 documents) keeps Output from growing the heap beside them: peak
                    // memory 525 → 456 MiB at that size, same wall time. The preview skips it: its
                    // caches stay alive anyway, and a save should reload as soon as possible.
                    CompactMemoryAfter = incremental is null ? new HashSet<Phase> { Phase.Process } : new HashSet<Phase>(),
                });
            result = await engine.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            staged?.Abandon();
            throw;
        }

        var diagnostics = setup.ToSortedList().Concat(result.Diagnostics).Distinct()
            .Select(d => d with { File = DisplayPath(d.File, root, inputRoot, theme) })
            .ToList();
        var succeeded = diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
        if (succeeded)
        {
            staged?.Commit();
            incremental?.Output.EndBuild(outputRoot, ProducedFiles(result));
        }
        else
        {
            staged?.Abandon();
        }

        return new BuildResult
        {
            Succeeded = succeeded,
            Diagnostics = diagnostics,
            DocumentsRead = site.Statistics.DocumentsRead,
            FilesWritten = succeeded ? site.Statistics.FilesWritten : 0,
            FilesRewritten = incremental?.Output.LastWritten ?? [],
            DraftsLeftOut = site.Statistics.DraftsLeftOut,
            ScheduledLeftOut = site.Statistics.ScheduledLeftOut,
            ExpiredLeftOut = site.Statistics.ExpiredLeftOut,
            Elapsed = stopwatch.Elapsed,
            Timings = result.Timings,
            OutputPath = outputRoot,
            ExternalLinks = site.Statistics.ExternalLinks,
        };
    }

    /// <summary>
    /// Names files the way the user sees them from the site root (<c>input/news/x.md</c>,
    /// <c>themes/default/layouts/base.liquid</c>), so editors can jump to them.
    /// </summary>
    private static string DisplayPath(string file, string root, string inputRoot, ThemeFiles theme)
    {
        if (Path.IsPathRooted(file))
        {
            return Path.GetRelativePath(root, file).Replace('\\', '/');
        }

        var inInput = Path.Combine(inputRoot, file);
        if (File.Exists(inInput))
        {
            return Path.GetRelativePath(root, inInput).Replace('\\', '/');
        }

        return theme.Find(file) is { } themeFile ? Path.GetRelativePath(root, themeFile).Replace('\\', '/') : file;
    }

    private static HashSet<string> ProducedFiles(EngineResult result) =>
        result.Timings.Select(t => t.Pipeline).Distinct()
            .SelectMany(pipeline => result.OutputsOf(pipeline, Engine.Pipelines.Phase.Output))
            .Select(d => d.Destination)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    private static BuildResult Failed(IReadOnlyList<Diagnostic> diagnostics, Stopwatch stopwatch) =>
        new() { Succeeded = false, Diagnostics = diagnostics, Elapsed = stopwatch.Elapsed };

    private static bool IsInside(string path, string folder)
    {
        var prefix = folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, StringComparison.Ordinal) || string.Equals(path, folder, StringComparison.Ordinal);
    }
}
