namespace WuzhenSite.Rendering.Views;

/// <summary>
/// What a page tells search engines, feed readers and social networks, for the head of the base
/// layout: Open Graph and Twitter card values, feed links, and the JSON-LD block (already escaped
/// for a script element).
/// </summary>
public sealed record SocialView
{
    /// <summary>Open Graph type: <c>article</c>, <c>profile</c> or <c>website</c>.</summary>
    public required string OgType { get; init; }

    /// <summary>The page's locale as Open Graph writes it (<c>en_GB</c>).</summary>
    public required string Locale { get; init; }

    /// <summary>The locales of the page's translations.</summary>
    public IReadOnlyList<string> LocaleAlternates { get; init; } = [];

    /// <summary>The site's name in the page's language.</summary>
    public required string SiteName { get; init; }

    /// <summary>Absolute URL of the page's image, or the site's mark.</summary>
    public required string Image { get; init; }

    /// <summary>The image's text alternative.</summary>
    public string ImageAlt { get; init; } = "";

    /// <summary>The image's width in pixels (<c>og:image:width</c>); 0 when not known.</summary>
    public int ImageWidth { get; init; }

    /// <summary>The image's height in pixels; 0 when not known.</summary>
    public int ImageHeight { get; init; }

    /// <summary><c>summary_large_image</c> when the page has its own image, else <c>summary</c>.</summary>
    public required string TwitterCard { get; init; }

    /// <summary>Publication moment for articles and transcripts (ISO 8601), else empty.</summary>
    public string PublishedTime { get; init; } = "";

    /// <summary>For articles and transcripts changed since publication: the last change (ISO 8601), else empty.</summary>
    public string ModifiedTime { get; init; } = "";

    /// <summary>The feeds this page offers (<c>&lt;link rel="alternate"&gt;</c>).</summary>
    public IReadOnlyList<FeedLinkView> Feeds { get; init; } = [];

    /// <summary>The JSON-LD object, serialised with &lt;, &gt; and &amp; escaped, safe inside a script element.</summary>
    public required string JsonLd { get; init; }
}

/// <summary>A feed link for the head: MIME type, title and URL.</summary>
public sealed record FeedLinkView(string Type, string Title, string Href);
