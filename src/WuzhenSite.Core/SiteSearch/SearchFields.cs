using WuzhenSite.Search;

namespace WuzhenSite.SiteSearch;

/// <summary>
/// The fields every search document has, with their boosts. Field names are what users type in
/// field-scoped queries (<c>speakers:ren</c>, <c>forums:cybersecurity</c>), so they are documented.
/// </summary>
public static class SearchFields
{
    /// <summary>The page title (a turn's: its transcript's title).</summary>
    public const string Title = "title";

    /// <summary>Speaker names (a turn's: the one speaker), in the index's language and canonically.</summary>
    public const string Speakers = "speakers";

    /// <summary>Forum names.</summary>
    public const string Forums = "forums";

    /// <summary>Tags.</summary>
    public const string Tags = "tags";

    /// <summary>The event's name.</summary>
    public const string Event = "event";

    /// <summary>The plain text (a turn's: its words only).</summary>
    public const string Body = "body";

    /// <summary>The fields in index order, with boosts: a title match counts most, a speaker name next.</summary>
    public static IReadOnlyList<SearchField> All { get; } =
    [
        new(Title, boost: 10),
        new(Speakers, boost: 5),
        new(Forums, boost: 3),
        new(Tags, boost: 3),
        new(Event, boost: 2),
        new(Body),
    ];
}
