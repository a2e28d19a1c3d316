using System.Collections.Immutable;

namespace WuzhenSite.SiteSearch;

/// <summary>What a search result can be: a whole page or one transcript turn.</summary>
public enum SearchEntryType
{
    /// <summary>A news article.</summary>
    Article,

    /// <summary>A whole transcript.</summary>
    Transcript,

    /// <summary>One speaker turn of a transcript; its URL ends in the turn's anchor.</summary>
    Turn,

    /// <summary>A standalone page (about, contact…).</summary>
    Page,
}

/// <summary>
/// One search document before indexing: the text of its fields, and what the browser shows and
/// filters on (stored beside the index, not in it).
/// </summary>
public sealed record SearchEntry
{
    /// <summary>Whether this is a page or a turn.</summary>
    public required SearchEntryType Type { get; init; }

    /// <summary>The site-relative link, with the turn anchor for turns.</summary>
    public required string Url { get; init; }

    /// <summary>The title shown in the result (a turn's: its transcript's title).</summary>
    public required string Title { get; init; }

    /// <summary>The publication date as the page shows it, or empty.</summary>
    public string Date { get; init; } = "";

    /// <summary>The year, for the year filter; 0 when undated.</summary>
    public int Year { get; init; }

    /// <summary>The calendar day as the page's front matter writes it, for the date range and the result's <c>&lt;time&gt;</c>; null when undated.</summary>
    public DateOnly? Day { get; init; }

    /// <summary>Who speaks, for turns: the speaker's name, or the label as written for reporters and moderators.</summary>
    public string? Speaker { get; init; }

    /// <summary>Plain text the browser cuts the result's excerpt from.</summary>
    public string Excerpt { get; init; } = "";

    /// <summary>Slugs of the speakers the speaker filter matches (a turn: its speaker only).</summary>
    public ImmutableArray<string> SpeakerSlugs { get; init; } = [];

    /// <summary>Slugs of the forums the forum filter matches.</summary>
    public ImmutableArray<string> ForumSlugs { get; init; } = [];

    /// <summary>The indexed text by field name (<see cref="SearchFields"/>).</summary>
    public required IReadOnlyDictionary<string, string?> Fields { get; init; }
}
