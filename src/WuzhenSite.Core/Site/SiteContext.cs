using WuzhenSite.Build;
using WuzhenSite.Configuration;
using WuzhenSite.Content.Markdown;
using WuzhenSite.Rendering;
using WuzhenSite.Theming;
using WuzhenSite.Urls;

namespace WuzhenSite.Site;

/// <summary>
/// What every module of one build shares, configured once before the engine runs and read-only
/// after: settings, folders, the Markdown pipeline, the layouts, UI strings, links and the clock.
/// </summary>
public sealed record SiteContext
{
    /// <summary>The site's settings after command-line overrides.</summary>
    public required SiteSettings Settings { get; init; }

    /// <summary>Absolute path of the input folder.</summary>
    public required string InputRoot { get; init; }

    /// <summary>The theme with site overrides.</summary>
    public required ThemeFiles Theme { get; init; }

    /// <summary>Markdown configured once.</summary>
    public required MarkdownRenderer Markdown { get; init; }

    /// <summary>Layouts parsed once.</summary>
    public required LayoutRenderer Layouts { get; init; }

    /// <summary>The ids the layouts write themselves, which Markdown headings keep clear of (<see cref="Content.Markdown.ThemeIds"/>).</summary>
    public IReadOnlySet<string> ThemeIds { get; init; } = new HashSet<string>();

    /// <summary>UI strings per language.</summary>
    public required UiStrings Strings { get; init; }

    /// <summary>Links under the link root and absolute URLs.</summary>
    public required LinkBuilder Links { get; init; }

    /// <summary>Decides what is scheduled or expired.</summary>
    public required TimeProvider Clock { get; init; }

    /// <summary>Counts the build reports in its summary.</summary>
    public required BuildStatistics Statistics { get; init; }

    /// <summary>How photos are made: widths, formats, encoder key.</summary>
    public required Images.Planning.ImageOptions Images { get; init; }

    /// <summary>The processed photos kept between builds (<c>ImageCachePath</c>).</summary>
    public required Images.Encoding.ImageCache ImageCache { get; init; }

    /// <summary>Where a full build stages its files and which unchanged ones it keeps; null in preview and check.</summary>
    public WuzhenSite.Output.StagedOutput? Staged { get; init; }

    /// <summary>In a full build, what files depend on besides the content (<see cref="Site.BuildIdentity"/>); null makes every file.</summary>
    public BuildIdentity? Identity { get; init; }
}
