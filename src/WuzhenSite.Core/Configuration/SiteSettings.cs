namespace WuzhenSite.Configuration;

/// <summary>
/// The site's settings, read from <c>statiq.json</c> and overridable from the command line.
/// Names follow Statiq where Statiq has the same setting (<c>Host</c>, <c>LinksUseHttps</c>, <c>LinkRoot</c>, …).
/// </summary>
// Setters, not init: the compile-time JSON reader (SettingsJsonContext) assigns every init-only
// property, so a setting left out of statiq.json would become null instead of keeping its default
// (dotnet/runtime#84484). Nothing changes settings once they are loaded.
public sealed record SiteSettings
{
    /// <summary>Site title, used in page titles, feeds and metadata.</summary>
    public string SiteTitle { get; set; } = "WuzhenSite";

    /// <summary>One-sentence description of the site.</summary>
    public string SiteDescription { get; set; } = "";

    /// <summary>Host name used for absolute links (feeds, sitemaps, canonical URLs), e.g. <c>news.example.org</c>.</summary>
    public string Host { get; set; } = "localhost";

    /// <summary>Absolute links use https when true.</summary>
    public bool LinksUseHttps { get; set; } = true;

    /// <summary>Path the site lives under on its host, e.g. <c>/</c> or <c>/conference</c>.</summary>
    public string LinkRoot { get; set; } = "/";

    /// <summary>Lower-cases generated URLs (slugs are lower-case already).</summary>
    public bool LinkLowercase { get; set; } = true;

    /// <summary>Folder of the content, relative to the root.</summary>
    public string InputPath { get; set; } = "input";

    /// <summary>Folder the site is written to, relative to the root.</summary>
    public string OutputPath { get; set; } = "output";

    /// <summary>Folder of the theme, relative to the root.</summary>
    public string Theme { get; set; } = "themes/default";

    /// <summary>The language of files without a language suffix.</summary>
    public string DefaultLanguage { get; set; } = "en";

    /// <summary>The languages the site is published in; the default language must be among them.</summary>
    public IReadOnlyList<LanguageSettings> Languages { get; set; } =
        [new LanguageSettings { Code = "en", Name = "English", Locale = "en-GB" }];

    /// <summary>How many items a list, tag or index page shows before paging.</summary>
    public int PageSize { get; set; } = 10;

    /// <summary>How many items a feed holds.</summary>
    public int FeedSize { get; set; } = 20;

    /// <summary>How many related stories an article or transcript ends with (0: none).</summary>
    public int RelatedCount { get; set; } = 4;

    /// <summary>What each kind of shared term counts towards two stories being related (Hugo's related-content index weights).</summary>
    public RelatedWeights RelatedWeights { get; set; } = new();

    /// <summary>Raw HTML in Markdown is passed through when true and escaped when false.</summary>
    public bool AllowRawHtml { get; set; } = true;

    /// <summary>Include documents marked <c>draft: true</c>.</summary>
    public bool IncludeDrafts { get; set; }

    /// <summary>Include documents whose <c>publishDate</c> (or date) is in the future, and expired ones.</summary>
    public bool IncludeFuture { get; set; }

    /// <summary>Largest source file read, in megabytes; a larger one fails the build clearly instead of exhausting memory.</summary>
    public int MaxSourceFileSizeMB { get; set; } = 16;

    /// <summary>
    /// A language's search index is written in shards by term instead of one file when the single
    /// file would be larger than this (KiB, estimated; 2048 = 2 MiB). 0 always shards.
    /// </summary>
    public int SearchShardThresholdKB { get; set; } = 2048;

    /// <summary>Also write gzip and Brotli copies (<c>.gz</c>, <c>.br</c>) of the search files, for servers that serve them.</summary>
    public bool PrecompressSearchFiles { get; set; } = true;

    /// <summary>
    /// Also write gzip and Brotli copies of the text assets (scripts, style sheets, SVG, JSON, text):
    /// the search page's scripts are most of what it loads before a query, and a third of that compressed.
    /// </summary>
    public bool PrecompressAssets { get; set; } = true;

    /// <summary>
    /// Follow symbolic links that point outside the input, theme or site folder and publish what they
    /// point to. Off, such a link fails the build naming it, so no link can put a file from elsewhere
    /// on the machine on the site; links inside those folders are followed either way.
    /// </summary>
    public bool FollowSymlinks { get; set; }

    /// <summary>Reading speed for English-like text, in words per minute.</summary>
    public int WordsPerMinute { get; set; } = 220;

    /// <summary>Reading speed for Chinese, Japanese and Korean text, in characters per minute.</summary>
    public int CjkCharactersPerMinute { get; set; } = 400;

    /// <summary>
    /// Widths, in pixels, made of every raster photo a page shows (cover, body and gallery images).
    /// A width above the photo's own is left out, and the photo's own width is made when all are.
    /// </summary>
    public IReadOnlyList<int> ImageWidths { get; set; } = [480, 800, 1200, 1600];

    /// <summary>
    /// The modern formats made besides the photo's own (<c>avif</c>, <c>webp</c>): the browser picks
    /// the first it can show. JPEG and PNG photos also keep their own format as the fallback.
    /// </summary>
    public IReadOnlyList<string> ImageFormats { get; set; } = ["avif", "webp"];

    /// <summary>
    /// Folder, relative to the site folder, where processed photos are kept between builds so an
    /// unchanged photo is never encoded twice; entries the last build did not use are deleted.
    /// It may not lie inside the input, theme or output folder.
    /// </summary>
    public string ImageCachePath { get; set; } = ".cache/images";

    /// <summary>Also publish the original of every raster photo under its own path (off: only the resized copies, which carry no camera metadata).</summary>
    public bool PublishOriginalImages { get; set; }

    /// <summary>Largest photo read, in megabytes; a larger one fails the build with the fix.</summary>
    public int MaxImageSizeMB { get; set; } = 50;

    /// <summary>A photo without alt text fails the build instead of warning.</summary>
    public bool RequireImageAlt { get; set; }

    /// <summary>The settings of the default language.</summary>
    public LanguageSettings DefaultLanguageSettings =>
        Languages.FirstOrDefault(l => l.Code == DefaultLanguage) ?? Languages[0];

    /// <summary>The settings of a configured language, or null.</summary>
    public LanguageSettings? FindLanguage(string code) => Languages.FirstOrDefault(l => string.Equals(l.Code, code, StringComparison.Ordinal));

    /// <summary>The base of absolute URLs: scheme, host and link root, without a trailing slash.</summary>
    public string BaseUrl => $"{(LinksUseHttps ? "https" : "http")}://{Host}{LinkRoot.TrimEnd('/')}";
}
