using WuzhenSite.Content.Figures;
using WuzhenSite.Content.FrontMatter;

namespace WuzhenSite.Rendering.Views;

/// <summary>
/// Everything a layout needs to render one output page. Generated pages (home, lists, tag pages)
/// fill the list parts; content pages fill the document parts.
/// </summary>
public sealed record PageView
{
    /// <summary>One of <see cref="Content.PageKinds"/>: <c>article</c>, <c>transcript</c>, <c>page</c>, <c>home</c>, <c>list</c>, <c>term</c>, <c>terms</c>, <c>search</c>, <c>not-found</c> or <c>root</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The layout file (without <c>.liquid</c>) this page is rendered with.</summary>
    public required string Layout { get; init; }

    /// <summary>Page title (without the site title).</summary>
    public required string Title { get; init; }

    /// <summary>Link to this page, under the link root (<c>/en/news/opening/</c>).</summary>
    public required string Url { get; init; }

    /// <summary>Absolute URL of this page (canonical).</summary>
    public required string Permalink { get; init; }

    /// <summary>Language code of the page.</summary>
    public required string Lang { get; init; }

    /// <summary><c>ltr</c> or <c>rtl</c>.</summary>
    public required string Dir { get; init; }

    /// <summary>Plain-text description for meta tags and lists.</summary>
    public string Description { get; init; } = "";

    private readonly string? content;
    private readonly Func<string>? contentFrom;

    /// <summary>Rendered body HTML (output it with <c>| raw</c>).</summary>
    public string Content { get => content ?? contentFrom?.Invoke() ?? ""; init => content = value; }

    /// <summary>
    /// Makes <see cref="Content"/> on each read instead of holding it: views are made in PostProcess
    /// and kept after Output renders them, and a transcript's HTML is joined from its turns when read
    /// (<see cref="Content.ContentPage.Html"/>), so holding it here would keep a second copy.
    /// </summary>
    public Func<string> ContentFrom { init => contentFrom = value; }

    /// <summary>Plain-text summary.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Publication date, as the language writes it, or empty.</summary>
    public string DateDisplay { get; init; } = "";

    /// <summary>Publication date in ISO 8601, or empty.</summary>
    public string DateIso { get; init; } = "";

    /// <summary>When the page last changed after publication (<c>updated</c> or a correction), as the language writes it; empty when it has not.</summary>
    public string UpdatedDisplay { get; init; } = "";

    /// <summary>That last change in ISO 8601, or empty.</summary>
    public string UpdatedIso { get; init; } = "";

    /// <summary>The corrections made since publication, in the order the front matter lists them.</summary>
    public IReadOnlyList<CorrectionView> Corrections { get; init; } = [];

    /// <summary>Minutes to read (0 for generated pages).</summary>
    public int ReadingMinutes { get; init; }

    /// <summary>
    /// A content page's front matter (empty for generated pages). Keys shown as written are read
    /// from it here, so adding one touches only its declaration and this view; internal, so layouts
    /// see the view's properties and <see cref="Params"/>, not the data.
    /// </summary>
    internal FrontMatterData Meta { get; init; } = FrontMatterData.Empty;

    /// <summary>Byline.</summary>
    public string? Author => Meta.Author;

    /// <summary>Editor.</summary>
    public string? Editor => Meta.Editor;

    /// <summary>Original source.</summary>
    public string? Source => Meta.Source;

    /// <summary>Dateline place.</summary>
    public string? Location => Meta.Location;

    /// <summary>Cover image URL.</summary>
    public string? Image { get; init; }

    /// <summary>Cover image text alternative.</summary>
    public string? ImageAlt { get; init; }

    /// <summary>The cover as the page shows it (sizes, formats, caption, credit, and its markup as <c>html</c>), or null.</summary>
    public Figure? Cover { get; init; }

    /// <summary>Forums, linked to their tag pages.</summary>
    public IReadOnlyList<LinkView> Forums { get; init; } = [];

    /// <summary>Speakers with their role here, linked to their pages.</summary>
    public IReadOnlyList<LinkView> Speakers { get; init; } = [];

    /// <summary>Tags, linked to their pages.</summary>
    public IReadOnlyList<LinkView> Tags { get; init; } = [];

    /// <summary>The event, linked to its page.</summary>
    public LinkView? Event { get; init; }

    /// <summary>This page in every other configured language (or that language's home).</summary>
    public IReadOnlyList<TranslationView> Translations { get; init; } = [];

    /// <summary>hreflang alternates including this page and <c>x-default</c>; empty when there are no translations.</summary>
    public IReadOnlyList<AlternateView> Alternates { get; init; } = [];

    /// <summary>Front matter keys the contract does not know, as written.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();

    /// <summary>List pages: the items on this page.</summary>
    public IReadOnlyList<ItemView> Items { get; init; } = [];

    /// <summary>An article's or transcript's related stories in its language, best first (<c>RelatedCount</c>); empty elsewhere.</summary>
    public IReadOnlyList<ItemView> Related { get; init; } = [];

    /// <summary>List pages: where this page is among the pages of the list.</summary>
    public PaginatorView? Paginator { get; init; }

    /// <summary>Section lists and year archives: every year of the section that has items, newest first, linked to its archive.</summary>
    public IReadOnlyList<YearLinkView> Years { get; init; } = [];

    /// <summary>Extra data for a particular layout (a transcript's turns, a term's profile…), by name.</summary>
    public IReadOnlyDictionary<string, object?> Data { get; init; } = new Dictionary<string, object?>();

    /// <summary>Open Graph, Twitter card, feed links and JSON-LD for the head (set by the publishing step before layouts run).</summary>
    public SocialView? Social { get; init; }
}
