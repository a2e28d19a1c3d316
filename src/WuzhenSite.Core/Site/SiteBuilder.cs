using System.Diagnostics;
using WuzhenSite.Build;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Content.Markdown;
using WuzhenSite.Images.Encoding;
using WuzhenSite.Images.Planning;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Pipelines;
using WuzhenSite.Localization;
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
    public static readonly string[] RequiredLayouts = ["base", PageKinds.Home, PageKinds.List, PageKinds.Article, PageKinds.Transcript, PageKinds.Page, PageKinds.Term, PageKinds.Terms, PageKinds.Root];

    /// <summary>Builds the site; never throws for bad input (that is in the result's diagnostics).</summary>
    public static async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        // Without ICU the same input would get other slugs and dates than on other machines: refuse first.
        if (GlobalizationCheck.Problem() is { } withoutIcu)
        {
            return Failed([withoutIcu], stopwatch) with { IsUsageError = true };
        }

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

        // Decide by where the folders really are: a link or '..' must not let the swap take the sources.
        SiteFolders real;
        try
        {
            real = folders.Real();
        }
        catch (IOException exception)
        {
            return UsageFailed(outputRoot, exception.Message, "Remove the loop of symbolic links.", stopwatch);
        }

        if (!options.CheckOnly && OutputPlacement.Check(real.Output, outputRoot, PlacesToKeepClear(folders, real)) is { } misplaced)
        {
            return UsageFailed(outputRoot, misplaced.Message, misplaced.Fix, stopwatch);
        }

        if (ImageCachePlacement.Check(folders, real) is { } misplacedCache)
        {
            return UsageFailed(folders.ImageCache, misplacedCache.Message, misplacedCache.Fix, stopwatch);
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
            Images = ImageOptions.From(settings, LibVips.Configure()),
            ImageCache = new ImageCache(folders.ImageCache),
        };
        setup.ReportAll(site.Layouts.Preload(RequiredLayouts));
        if (setup.HasErrors)
        {
            return Failed(setup.ToSortedList(), stopwatch);
        }

        site = site with { ThemeIds = ThemeIds.Read(theme) }; // only once the layouts' links were checked

        // A normal build stages and swaps; the preview writes changed files in place; a check writes nothing.
        var incremental = options.CheckOnly ? null : options.Incremental;
        OutputFolder? output = null;
        if (!options.CheckOnly && (incremental is null || incremental.Output.IsEmpty))
        {
            try
            {
                output = OutputFolder.Open(real.Output, outputRoot, options.Clean, options.FileOperations);
            }
            catch (OutputFolderException exception)
            {
                return UsageFailed(outputRoot, exception.Message, exception.Fix, stopwatch);
            }

            if (output.Recovered is { } recovered)
            {
                setup.Report(Diagnostic.Warning(outputRoot, 0, 0, recovered, null, "output"));
            }
        }

        var staged = output is null || incremental is not null ? null : StagedOutput.Begin(output);
        site = site with { Staged = staged, Identity = staged is null ? null : Identity(theme, options.ConfigPath ?? Path.Combine(root, "statiq.json"), options.SettingOverrides) };
        if (incremental is not null)
        {
            // The preview writes in place; Open's staging folder only proved the folder writable.
            output?.Files.Delete(Path.Combine(real.Output, OutputNames.Staging));
            incremental.Output.BeginBuild(output?.Previous);
            incremental.Renders.BeginBuild();
        }

        var writeRoot = options.CheckOnly ? null : staged?.StagingRoot ?? real.Output;
        EngineResult result;
        try
        {
            var engine = new PipelineEngine(SitePipelines.Create(site, writeRoot, incremental),
                new EngineOptions
                {
                    MaxDegreeOfParallelism = options.MaxDegreeOfParallelism,
                    // A full build's Process phase leaves the search indexes' working data and the
                    // parsed inputs dead in the oldest generation; compacting then (one short pause)
                    // keeps Output from growing the heap beside them, so the build's peak memory is
                    // lower at the same wall time (docs/performance.md). The preview skips it: its
                    // caches stay alive anyway, and a save should reload as soon as possible.
                    CompactMemoryAfter = incremental is null ? new HashSet<Phase> { Phase.Process } : new HashSet<Phase>(),
                    // The preview writes in place: a newer save may cancel a rebuild until it writes, not while.
                    FinishesOnceIn = incremental is null ? null : Phase.Output,
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
        var usageError = false;
        if (succeeded)
        {
            try
            {
                var warnings = staged?.Commit()
                    ?? incremental?.Output.EndBuild(real.Output, ProducedFiles(result), options.FileOperations)
                    ?? [];
                incremental?.Renders.EndBuild();
                diagnostics.AddRange(warnings.Select(w => Diagnostic.Warning(outputRoot, 0, 0, w, null, "output")));
            }
            catch (OutputFolderException exception)
            {
                diagnostics.Add(Diagnostic.Error(outputRoot, 0, 0, exception.Message, exception.Fix, "output"));
                succeeded = false;
                usageError = true;
            }
        }
        else
        {
            staged?.Abandon();
        }

        if (incremental is not null)
        {
            // What the next save's edited pages are rendered against, ahead of their rebuild.
            incremental.LastSite = succeeded ? SiteSnapshot.Of(site, result) : null;
        }

        return new BuildResult
        {
            Succeeded = succeeded,
            IsUsageError = usageError,
            Diagnostics = diagnostics,
            DocumentsRead = site.Statistics.DocumentsRead,
            FilesWritten = succeeded ? site.Statistics.FilesWritten : 0,
            PagesRendered = site.Statistics.PagesRendered,
            SiteIndexesBuilt = site.Statistics.SiteIndexesBuilt,
            SiteDataBuilt = site.Statistics.SiteDataBuilt,
            FilesRewritten = incremental?.Output.LastWritten ?? [],
            DraftsLeftOut = site.Statistics.DraftsLeftOut,
            ImagesEncoded = site.Statistics.ImagesEncoded,
            ScheduledLeftOut = site.Statistics.ScheduledLeftOut,
            ExpiredLeftOut = site.Statistics.ExpiredLeftOut,
            NextPublish = site.Statistics.NextPublish is { } publish ? publish with { File = DisplayPath(publish.File, root, inputRoot, theme) } : null,
            NextExpiry = site.Statistics.NextExpiry is { } expiry ? expiry with { File = DisplayPath(expiry.File, root, inputRoot, theme) } : null,
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

    /// <summary>The build's identity, or null (every file made) when a theme or settings file cannot be read now.</summary>
    private static BuildIdentity? Identity(ThemeFiles theme, string settingsFile, IReadOnlyDictionary<string, string> overrides)
    {
        try
        {
            return BuildIdentity.Of(theme, settingsFile, overrides);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static HashSet<string> ProducedFiles(EngineResult result) =>
        result.Timings.Select(t => t.Pipeline).Distinct()
            .SelectMany(pipeline => result.OutputsOf(pipeline, Engine.Pipelines.Phase.Output))
            .Select(d => d.Destination)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    private static BuildResult Failed(IReadOnlyList<Diagnostic> diagnostics, Stopwatch stopwatch) =>
        new() { Succeeded = false, Diagnostics = diagnostics, Elapsed = stopwatch.Elapsed };

    /// <summary>What the output folder must not swallow, the site folder first (an output of '..' holds it before anything else).</summary>
    private static OutputPlacement.Place[] PlacesToKeepClear(SiteFolders shown, SiteFolders real) =>
    [
        new("site folder", shown.Root, real.Root, OutputMayLieInside: true),
        new("settings file", shown.ConfigFile, real.ConfigFile, OutputMayLieInside: true),
        new("input folder", shown.Input, real.Input, OutputMayLieInside: false),
        new("theme folder", shown.Theme, real.Theme, OutputMayLieInside: false),
    ];

    private static BuildResult UsageFailed(string outputRoot, string message, string fix, Stopwatch stopwatch) =>
        new()
        {
            Succeeded = false,
            IsUsageError = true,
            Diagnostics = [Diagnostic.Error(outputRoot, 0, 0, message, fix, "output")],
            Elapsed = stopwatch.Elapsed,
            OutputPath = outputRoot,
        };
}
