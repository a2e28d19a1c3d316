using System.Collections.Immutable;
using WuzhenSite.Assets;
using WuzhenSite.Build;
using WuzhenSite.Content;
using WuzhenSite.Content.Markdown;
using WuzhenSite.Content.Publishing;
using WuzhenSite.Content.Reading;
using WuzhenSite.Content.Transcripts;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Engine.Pipelines;
using WuzhenSite.Images.Encoding;
using WuzhenSite.Images.Resolving;
using WuzhenSite.Images.Sources;
using WuzhenSite.Lists;
using WuzhenSite.Output;
using WuzhenSite.Publishing.Collisions;
using WuzhenSite.Publishing.Feeds;
using WuzhenSite.Publishing.LinkValidation;
using WuzhenSite.Publishing.Metadata;
using WuzhenSite.Publishing.NotFound;
using WuzhenSite.Publishing.Redirects;
using WuzhenSite.Publishing.Sitemaps;
using WuzhenSite.Publishing.TranscriptText;
using WuzhenSite.Rendering;
using WuzhenSite.SiteData;
using WuzhenSite.SiteData.Related;
using WuzhenSite.SiteSearch;
using WuzhenSite.Theming;
using WuzhenSite.Urls;

namespace WuzhenSite.Site;

/// <summary>
/// The site as pipelines: what each reads, how it transforms, what it renders and writes. This is
/// the one place to read to see how a build is put together.
/// </summary>
public static class SitePipelines
{
    /// <summary>Creates the pipelines of one build, writing under <paramref name="stagingRoot"/> (null: write nothing).</summary>
    /// <param name="site">What every module shares.</param>
    /// <param name="stagingRoot">Where files are written; null writes nothing (<c>wuzhen check</c>).</param>
    /// <param name="incremental">In preview: caches that skip unchanged sources, and a manifest so only changed files are rewritten.</param>
    public static IReadOnlyList<Pipeline> Create(SiteContext site, string? stagingRoot, IncrementalState? incremental = null)
    {
        var settings = site.Settings;
        var sites = SiteViews(site);
        var metadata = new AddPageMetadata(settings, site.Links);
        var renderViews = new RenderViews(site.Layouts, sites, site.Strings, site.Statistics);
        IModule[] write = stagingRoot is null ? [] : [new WriteFiles(stagingRoot, site.Statistics, incremental?.Output, site.Staged)];
        IModule[] precompress = settings.PrecompressSearchFiles && write.Length > 0 ? [new PrecompressFiles()] : [];
        IModule[] precompressAssets = settings.PrecompressAssets && write.Length > 0 ? [new PrecompressFiles(PrecompressFiles.TextExtensions)] : [];

        // Each file is made ready (rendered, compressed), scanned for links, written and let go of on
        // its own, so output never piles up in memory; the link check reads what the scans kept.
        var linkTexts = new LinkTextPool();
        IModule Write(params IModule[] before) => new ForEachDocument([.. before, new ScanLinks(linkTexts), .. write, new DropContent()]);

        // In preview (writing in place), a page whose view is what was last rendered there is left
        // as it is: neither rendered nor written, its links taken from the record (RenderRecords).
        // A full build renders only the pages whose view, theme, settings or program changed since
        // the live site was written (RenderChangedViews); the others are its files, kept as they are.
        IModule RenderAndWrite() => incremental is not null && stagingRoot is not null
            ? new ForEachDocument(metadata, new RenderUnchangedOnce(incremental.Renders, stagingRoot, sites, site.Strings, [renderViews, new ScanLinks(linkTexts), .. write]), new DropContent())
            : site.Staged is { } staged && site.Identity is { } identity && stagingRoot is not null
                ? Write(metadata, new RenderChangedViews(staged, identity.Pages, sites, site.Strings, renderViews))
                : Write(metadata, renderViews);
        var themeIds = site.ThemeIds;
        var renderMarkdown = new RenderMarkdown(site.Markdown, settings.WordsPerMinute, settings.CjkCharactersPerMinute, themeIds);

        return
        [
            // Every photo's size and credits, read once, before any page shows one.
            new Pipeline(
                PipelineNames.ImageSources,
                input: [new ReadImageSources(site.InputRoot, settings.MaxImageSizeMB * 1024L * 1024L, settings.FollowSymlinks)],
                process: [Cache(incremental?.Photos, new ReadImageFacts()), new BuildImageCatalog()]),

            new Pipeline(
                PipelineNames.Profiles,
                input: [new ReadInputFiles(site.InputRoot, new HashSet<ContentKind> { ContentKind.SpeakerProfile, ContentKind.ForumProfile, ContentKind.EventProfile }, site.Statistics, MaxSourceBytes(settings), settings.FollowSymlinks)],
                process: [Cache(incremental?.Profiles, new ParseContentFiles(settings), renderMarkdown)]),

            new Pipeline(
                PipelineNames.Content,
                dependencies: [PipelineNames.Profiles, PipelineNames.ImageSources],
                input: [new ReadInputFiles(site.InputRoot, new HashSet<ContentKind> { ContentKind.Article, ContentKind.Transcript, ContentKind.Page }, site.Statistics, MaxSourceBytes(settings), settings.FollowSymlinks)],
                process: ContentProcess(site, incremental?.Content, themeIds, renderMarkdown),
                postProcess: [new BuildContentViews(settings, site.Links)],
                output: [RenderAndWrite()]),

            // The data every later pipeline reads about the whole site, built once from the parsed pages.
            new Pipeline(
                PipelineNames.SiteIndex,
                dependencies: [PipelineNames.Profiles, PipelineNames.Content],
                process: [new BuildSiteIndex(settings, site.Statistics)]),

            // Each story's related stories, from the index's terms; the content views read them in PostProcess.
            new Pipeline(
                PipelineNames.Related,
                dependencies: [PipelineNames.SiteIndex],
                process: [new BuildRelatedPages(settings, site.Statistics)]),

            new Pipeline(
                PipelineNames.Lists,
                dependencies: [PipelineNames.Content, PipelineNames.Profiles, PipelineNames.SiteIndex],
                process: [new GenerateLists(settings, site.Links, site.Strings), new GenerateNotFoundPages(settings, site.Links, site.Strings)],
                output: [RenderAndWrite()]),

            new Pipeline(
                PipelineNames.Taxonomies,
                dependencies: [PipelineNames.Content, PipelineNames.Profiles, PipelineNames.SiteIndex],
                process: [new GenerateTermPages(settings, site.Links, site.Strings)],
                output: [RenderAndWrite()]),

            new Pipeline(
                PipelineNames.Search,
                dependencies: [PipelineNames.Content, PipelineNames.Profiles, PipelineNames.SiteIndex],
                process: [new BuildSearchIndex(settings, site.Links, stagingRoot is null ? null : site.Staged, site.Identity?.Program)],
                output: [Write(precompress)]),

            new Pipeline(
                PipelineNames.Root,
                process: [new GenerateRootPage(settings, site.Links)],
                output: [RenderAndWrite()]),

            // The resized copies of the photos pages show: named once every page is planned, encoded
            // into the cache (when missing) as the site is written.
            new Pipeline(
                PipelineNames.Images,
                dependencies: [PipelineNames.Content, PipelineNames.Profiles],
                process: [new PlanPhotoFiles(site.ImageCache)],
                output: stagingRoot is null ? [] : [new EncodeDerivatives(site.ImageCache, site.Statistics), Write()]),

            new Pipeline(
                PipelineNames.Assets,
                dependencies: [PipelineNames.Content],
                input: [new ReadAssets(site.InputRoot, site.Theme, settings.FollowSymlinks)],
                process: settings.PublishOriginalImages ? [] : [new LeaveOutShownPhotos()],
                output: [Write(precompressAssets)]),

            new Pipeline(
                PipelineNames.Publishing,
                dependencies: [PipelineNames.Content, PipelineNames.Profiles, PipelineNames.SiteIndex],
                process:
                [
                    new GenerateFeeds(settings, site.Links, SiteViewFactory.Generator),
                    new GenerateRedirects(site.Links),
                    new GenerateTranscriptTexts(settings, site.Links),
                ],
                output: [Write()]),

            new Pipeline(
                PipelineNames.Sitemaps,
                dependencies: Rendered,
                postProcess: [new GenerateSitemaps(settings, site.Links, Rendered)],
                output: [Write()]),

            // Sees every destination after PostProcess, before any Output phase writes: two claims on
            // one path fail the build here, naming the source file and line, and nothing is written.
            new Pipeline(
                CheckDestinations.PipelineName,
                dependencies: Written,
                postProcess: [new CheckDestinations(Written, settings, Path.GetFileName(site.InputRoot.TrimEnd(Path.DirectorySeparatorChar)))]),

            // Runs once every pipeline has written its files, from the links each page's scan kept.
            new Pipeline(
                PipelineNames.Links,
                dependencies: Written,
                output: [new ValidateLinks(settings, Written, site.Statistics)],
                outputHasDependencies: true),
        ];
    }

    /// <summary>
    /// The pipelines that render edited content pages ahead of a preview rebuild (<see cref="EditedPages"/>):
    /// the content pipeline's own modules on the edited files only, against the profiles and site
    /// index of the last successful build; nothing is written, scanned or indexed.
    /// </summary>
    public static IReadOnlyList<Pipeline> CreateForEdits(SiteContext site, SiteSnapshot snapshot, ImmutableArray<Document> edited, ResultCache? cache)
    {
        var settings = site.Settings;
        var sites = SiteViews(site);
        var themeIds = site.ThemeIds;
        var renderMarkdown = new RenderMarkdown(site.Markdown, settings.WordsPerMinute, settings.CjkCharactersPerMinute, themeIds);
        return
        [
            new Pipeline(PipelineNames.ImageSources, input: [Replay(snapshot.ImageCatalog is { } catalog ? [catalog] : [])]),
            new Pipeline(PipelineNames.Profiles, input: [Replay(snapshot.Profiles)]),
            new Pipeline(
                PipelineNames.Content,
                dependencies: [PipelineNames.Profiles, PipelineNames.ImageSources],
                input: [Replay(edited)],
                process: ContentProcess(site, cache, themeIds, renderMarkdown),
                postProcess: [new BuildContentViews(settings, site.Links)],
                output: [new AddPageMetadata(settings, site.Links), new RenderViews(site.Layouts, sites, site.Strings, site.Statistics)]),
            // The last build's index, with the edited pages among their translations.
            new Pipeline(
                PipelineNames.SiteIndex,
                dependencies: [PipelineNames.Content],
                input: [Replay([snapshot.SiteIndex])],
                process: [new IndexWithEditedPages()]),
            // The last build's related stories: an edit that could change them is not rendered ahead.
            new Pipeline(PipelineNames.Related, input: [Replay([snapshot.Related])]),
        ];
    }

    /// <summary>What the content pipeline does to each article, transcript and page before views are built.</summary>
    private static IModule[] ContentProcess(SiteContext site, ResultCache? cache, IReadOnlySet<string> themeIds, RenderMarkdown renderMarkdown)
    {
        var settings = site.Settings;
        return
        [
            Cache(cache, new ParseContentFiles(settings), renderMarkdown),
            new FilterPublished(settings.IncludeDrafts, settings.IncludeFuture, site.Clock, site.Statistics),
            new RenderTranscripts(site.Markdown, settings.WordsPerMinute, settings.CjkCharactersPerMinute, themeIds),
            new ResolvePageImages(settings, site.Images, site.Links, site.Strings),
            new AssignUrls(),
        ];
    }

    /// <summary>The site-wide part of every page's view (title, menus, custom stylesheet), per language.</summary>
    private static SiteViewFactory SiteViews(SiteContext site)
    {
        var customCss = site.Theme.Find(ThemeFiles.CustomStylesheet) is null ? null : site.Links.Link("/" + ThemeFiles.CustomStylesheet);
        return new SiteViewFactory(site.Settings, site.Links, site.Strings, site.Clock.GetUtcNow().Year, customCss);
    }

    private static IModule Replay(ImmutableArray<Document> documents) => new Lambda((_, _) => documents);

    /// <summary>The pipelines whose documents are pages with views.</summary>
    private static readonly string[] Rendered = [PipelineNames.Content, PipelineNames.Lists, PipelineNames.Taxonomies, PipelineNames.Root];

    /// <summary>Every pipeline that writes files.</summary>
    private static readonly string[] Written = [.. Rendered, PipelineNames.Search, PipelineNames.Images, PipelineNames.Assets, PipelineNames.Publishing, PipelineNames.Sitemaps];

    private static long MaxSourceBytes(Configuration.SiteSettings settings) => settings.MaxSourceFileSizeMB * 1024L * 1024L;

    /// <summary>Per-document modules, cached across preview builds when a cache is given.</summary>
    private static IModule Cache(ResultCache? cache, params IModule[] modules) =>
        cache is null ? new Sequence(modules) : new Cached(cache, modules);
}
