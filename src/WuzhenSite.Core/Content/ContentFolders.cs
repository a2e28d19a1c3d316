using System.Collections.Frozen;

namespace WuzhenSite.Content;

/// <summary>The content contract's folders: which folder holds which kind, and what <c>type:</c> may say.</summary>
public static class ContentFolders
{
    /// <summary>Segments a page slug must not take, because the site's own lists and indexes live there (<c>Urls.SitePaths</c> builds their URLs).</summary>
    public static readonly IReadOnlySet<string> ReservedPageSlugs =
        new[] { "news", "transcripts", "forums", "speakers", "tags", "events", "search", "page", "assets" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True for a segment of four ASCII digits: under <c>/en/news/</c> and <c>/en/transcripts/</c> such a
    /// segment is a year's archive (<c>/en/news/2021/</c>), so no article or transcript may take it as its slug.
    /// </summary>
    public static bool IsYearSegment(string segment) => segment.Length == 4 && segment.All(char.IsAsciiDigit);

    /// <summary>The kind a file gets from its path (relative to the input root, forward slashes), or null when the contract has no place for it.</summary>
    public static ContentKind? KindOf(string relativePath)
    {
        var slash = relativePath.IndexOf('/');
        if (slash < 0)
        {
            return null;
        }

        var folder = relativePath[..slash];
        var isMarkdown = relativePath.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        var isDirectChild = relativePath.IndexOf('/', slash + 1) < 0;
        return folder switch
        {
            "assets" => ContentKind.Asset,
            "news" when isMarkdown => ContentKind.Article,
            "transcripts" when isMarkdown => ContentKind.Transcript,
            "pages" when isMarkdown && isDirectChild => ContentKind.Page,
            "speakers" when isMarkdown && isDirectChild => ContentKind.SpeakerProfile,
            "forums" when isMarkdown && isDirectChild => ContentKind.ForumProfile,
            "events" when isMarkdown && isDirectChild => ContentKind.EventProfile,
            _ => null,
        };
    }

    /// <summary>The kind a <c>type:</c> value names, or null when it names none that content may take.</summary>
    public static ContentKind? KindOfType(string type) => type.ToLowerInvariant() switch
    {
        PageKinds.Article => ContentKind.Article,
        PageKinds.Transcript => ContentKind.Transcript,
        PageKinds.Page => ContentKind.Page,
        _ => null,
    };

    /// <summary>True for kinds that are profiles rather than pages of their own.</summary>
    public static bool IsProfile(ContentKind kind) => kind is ContentKind.SpeakerProfile or ContentKind.ForumProfile or ContentKind.EventProfile;
}
