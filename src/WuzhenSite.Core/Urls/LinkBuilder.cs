using WuzhenSite.Configuration;

namespace WuzhenSite.Urls;

/// <summary>Turns site paths into links: under the link root for pages, absolute with the host for feeds and metadata.</summary>
public sealed class LinkBuilder(SiteSettings settings)
{
    private readonly string _root = settings.LinkRoot.Trim('/') is { Length: > 0 } path ? $"/{path}/" : "/";
    private readonly string _base = settings.BaseUrl;

    /// <summary>The link root, always ending in <c>/</c>.</summary>
    public string Root => _root;

    /// <summary>A site path under the link root: <c>/en/</c> → <c>/conference/en/</c>.</summary>
    public string Link(string sitePath) => _root.Length == 1 ? sitePath : _root + sitePath.TrimStart('/');

    /// <summary>An absolute URL: <c>/en/</c> → <c>https://host/conference/en/</c>.</summary>
    public string Absolute(string sitePath) => _base + "/" + sitePath.TrimStart('/');
}
