using WuzhenSite.Content.Figures;
using WuzhenSite.Content.FrontMatter;

namespace WuzhenSite.Rendering.Views;

/// <summary>A document as it appears in a list: home, section, tag pages, related items.</summary>
public sealed record ItemView
{
    /// <summary>
    /// The document's front matter. A key an item shows as written is read from it here (as
    /// <see cref="PageView"/> does), so adding one touches only its declaration and this view.
    /// </summary>
    internal FrontMatterData Meta { get; init; } = FrontMatterData.Empty;

    /// <summary>Title.</summary>
    public required string Title { get; init; }

    /// <summary>Link to the document (under the link root).</summary>
    public required string Url { get; init; }

    /// <summary><see cref="Content.PageKinds.Article"/>, <see cref="Content.PageKinds.Transcript"/> or <see cref="Content.PageKinds.Page"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>Plain-text summary.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Date as the language writes it (<c>14 October 2021</c>, <c>2021年10月14日</c>), or empty.</summary>
    public string DateDisplay { get; init; } = "";

    /// <summary>Date in ISO 8601 for <c>&lt;time datetime&gt;</c>, or empty.</summary>
    public string DateIso { get; init; } = "";

    /// <summary>When the document last changed after publication, in ISO 8601, or empty (sitemaps date a list by it).</summary>
    public string UpdatedIso { get; init; } = "";

    /// <summary>Cover image URL, or null.</summary>
    public string? Image { get; init; }

    /// <summary>Cover image text alternative.</summary>
    public string? ImageAlt { get; init; }

    /// <summary>The cover with its sizes and formats, for a card's picture; null without one.</summary>
    public Figure? Cover { get; init; }

    /// <summary>Minutes to read.</summary>
    public int ReadingMinutes { get; init; }

    /// <summary>Speakers, linked to their pages.</summary>
    public IReadOnlyList<LinkView> Speakers { get; init; } = [];

    /// <summary>Forums, linked to their pages.</summary>
    public IReadOnlyList<LinkView> Forums { get; init; } = [];

    /// <summary>The event, linked to its page, or null.</summary>
    public LinkView? Event { get; init; }
}
