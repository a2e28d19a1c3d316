using WuzhenSite.Taxonomies;

namespace WuzhenSite.Publishing.Feeds;

/// <summary>Where feeds live: per language beside its home page, per forum and speaker beside the term page.</summary>
public static class FeedPaths
{
    /// <summary>The Atom feed of a language: <c>/en/feed.xml</c>.</summary>
    public static string Atom(string language) => $"/{language}/feed.xml";

    /// <summary>The RSS feed of a language: <c>/en/rss.xml</c>.</summary>
    public static string Rss(string language) => $"/{language}/rss.xml";

    /// <summary>The Atom feed of a forum or speaker: <c>/en/forums/&lt;slug&gt;/feed.xml</c>.</summary>
    public static string Term(TermKind kind, string language, string slug) => TermKinds.TermUrl(kind, language, slug) + "feed.xml";

    /// <summary>The kinds of term that have feeds.</summary>
    public static readonly IReadOnlyList<TermKind> TermKindsWithFeeds = [TermKind.Forum, TermKind.Speaker];
}
