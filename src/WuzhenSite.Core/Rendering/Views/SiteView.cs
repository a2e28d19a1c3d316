namespace WuzhenSite.Rendering.Views;

/// <summary>What every layout knows about the site, in the language of the page being rendered.</summary>
public sealed record SiteView
{
    /// <summary>Site title in the page's language.</summary>
    public required string Title { get; init; }

    /// <summary>Site description in the page's language.</summary>
    public required string Description { get; init; }

    /// <summary>Scheme, host and link root, without a trailing slash (<c>https://news.example.org</c>).</summary>
    public required string BaseUrl { get; init; }

    /// <summary>Path the site lives under, ending in <c>/</c> (prefix for theme assets: <c>{{ site.link_root }}assets/css/site.css</c>).</summary>
    public required string LinkRoot { get; init; }

    /// <summary>The page's language.</summary>
    public required LanguageView Lang { get; init; }

    /// <summary>Every configured language, in configuration order.</summary>
    public required IReadOnlyList<LanguageView> Languages { get; init; }

    /// <summary>Home page of the page's language.</summary>
    public required string HomeUrl { get; init; }

    /// <summary>Search page of the page's language.</summary>
    public required string SearchUrl { get; init; }

    /// <summary>Main navigation in the page's language (news, transcripts, forums, speakers, tags, events, about…).</summary>
    public required IReadOnlyList<LinkView> Nav { get; init; }

    /// <summary>Year of the build, for the footer.</summary>
    public required int Year { get; init; }

    /// <summary>Generator name and version, for <c>&lt;meta name="generator"&gt;</c>.</summary>
    public required string Generator { get; init; }

    /// <summary>
    /// URL of the site's own stylesheet (<c>assets/css/custom.css</c> under the site root), linked after the
    /// theme's so its custom properties win; null when the site has none, so the layout adds no link.
    /// </summary>
    public string? CustomCss { get; init; }
}
