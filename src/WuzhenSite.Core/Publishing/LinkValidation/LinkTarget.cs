namespace WuzhenSite.Publishing.LinkValidation;

/// <summary>Where a link leads: a file of this site (and an element id in it), or somewhere else.</summary>
/// <param name="Destination">The output path the link resolves to (<c>en/news/x/index.html</c>); null for external and special links.</param>
/// <param name="Fragment">The element id after <c>#</c>, decoded; empty when there is none.</param>
/// <param name="External">The absolute URL of a link to another site.</param>
public sealed record LinkTarget(string? Destination, string Fragment, string? External)
{
    private static readonly string[] Ignored = ["mailto:", "tel:", "javascript:", "data:", "sms:", "ftp:"];

    /// <summary>
    /// Resolves <paramref name="link"/> as written on the page at <paramref name="pageDestination"/>.
    /// Root-relative links must start with the site's link root; absolute links to the site's own
    /// host count as internal (canonical and hreflang links are checked too).
    /// </summary>
    /// <returns>The target, or null for links there is nothing to check (mailto:, data:…).</returns>
    public static LinkTarget? Resolve(string pageDestination, string link, string siteHost, string linkRoot)
    {
        link = link.Trim();
        if (link.Length == 0 || Ignored.Any(prefix => link.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        if (link.StartsWith("//", StringComparison.Ordinal))
        {
            link = "https:" + link;
        }

        string path;
        if (link.Contains("://", StringComparison.Ordinal))
        {
            if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || !string.Equals(uri.Authority, siteHost, StringComparison.OrdinalIgnoreCase))
            {
                return new LinkTarget(null, "", link);
            }

            path = uri.AbsolutePath + uri.Fragment;
        }
        else
        {
            path = link;
        }

        var hash = path.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(path[(hash + 1)..]) : "";
        var beforeFragment = hash >= 0 ? path[..hash] : path;
        var query = beforeFragment.IndexOf('?');
        var target = Uri.UnescapeDataString(query >= 0 ? beforeFragment[..query] : beforeFragment);

        string sitePath;
        if (target.Length == 0)
        {
            sitePath = pageDestination; // "#id" or "?q=": this page
        }
        else if (target.StartsWith('/'))
        {
            var root = linkRoot.EndsWith('/') ? linkRoot : linkRoot + "/";
            if (!target.StartsWith(root, StringComparison.Ordinal) && target + "/" != root)
            {
                return new LinkTarget("(outside the link root) " + target, fragment, null);
            }

            sitePath = target.Length >= root.Length ? target[root.Length..] : "";
            sitePath = FileFor(sitePath, target.EndsWith('/'));
        }
        else
        {
            var folder = pageDestination.Contains('/') ? pageDestination[..pageDestination.LastIndexOf('/')] : "";
            sitePath = FileFor(Normalize(folder.Length == 0 ? target : folder + "/" + target), target.EndsWith('/'));
        }

        return new LinkTarget(sitePath, fragment, null);
    }

    /// <summary>The file a site path is served from: folders by their <c>index.html</c>.</summary>
    private static string FileFor(string sitePath, bool isFolder) =>
        sitePath.Length == 0 || isFolder ? sitePath + "index.html" : sitePath;

    /// <summary>Resolves <c>.</c> and <c>..</c> segments; climbing above the root keeps a marker so the link fails.</summary>
    private static string Normalize(string path)
    {
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "." or "")
            {
                continue;
            }

            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return "../" + path;
                }

                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            segments.Add(segment);
        }

        return string.Join('/', segments) + (path.EndsWith('/') && segments.Count > 0 ? "/" : "");
    }
}
