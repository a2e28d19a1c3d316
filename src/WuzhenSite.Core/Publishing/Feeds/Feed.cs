namespace WuzhenSite.Publishing.Feeds;

/// <summary>A feed, whatever its format: what Atom and RSS both say, with absolute URLs only.</summary>
public sealed record Feed
{
    /// <summary>A permanent id: the feed's own absolute URL.</summary>
    public required string Id { get; init; }

    /// <summary>The feed's title.</summary>
    public required string Title { get; init; }

    /// <summary>A line about the feed.</summary>
    public string Subtitle { get; init; } = "";

    /// <summary>The language code (<c>en</c>, <c>zh</c>).</summary>
    public required string Language { get; init; }

    /// <summary>The absolute URL of this feed file.</summary>
    public required string SelfUrl { get; init; }

    /// <summary>The absolute URL of the HTML page the feed follows.</summary>
    public required string PageUrl { get; init; }

    /// <summary>When the most recently changed entry last changed (never the build time, so feeds stay byte-identical).</summary>
    public required DateTimeOffset Updated { get; init; }

    /// <summary>Name of the program, for the generator element.</summary>
    public string Generator { get; init; } = "WuzhenSite";

    /// <summary>The entries, most recently changed first.</summary>
    public required IReadOnlyList<FeedEntry> Entries { get; init; }
}

/// <summary>One item of a feed.</summary>
public sealed record FeedEntry
{
    /// <summary>A permanent id (a tag URI made from the host, the publication date and the page's path).</summary>
    public required string Id { get; init; }

    /// <summary>The title, as plain text.</summary>
    public required string Title { get; init; }

    /// <summary>The absolute URL of the page.</summary>
    public required string Url { get; init; }

    /// <summary>When it was published.</summary>
    public required DateTimeOffset Published { get; init; }

    /// <summary>When it last changed (its <c>updated</c> date or latest correction), never before <see cref="Published"/>.</summary>
    public required DateTimeOffset Updated { get; init; }

    /// <summary>The whole summary, as plain text.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Authors' names.</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>Categories (the page's tags, as named in the feed's language).</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];
}
