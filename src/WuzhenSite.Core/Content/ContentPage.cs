using WuzhenSite.Content.FrontMatter;

namespace WuzhenSite.Content;

/// <summary>
/// A piece of content as the build understands it: what it is, its language, its front matter,
/// its rendered body and where it lives on the site. Each module returns a new copy with more filled in.
/// </summary>
public sealed record ContentPage
{
    /// <summary>Article, transcript, page or profile.</summary>
    public required ContentKind Kind { get; init; }

    /// <summary>Path of the source file relative to the input root (forward slashes).</summary>
    public required string SourcePath { get; init; }

    /// <summary>Language code.</summary>
    public required string Language { get; init; }

    /// <summary>Pages with the same kind and key are translations of each other.</summary>
    public required string TranslationKey { get; init; }

    /// <summary>The parsed front matter.</summary>
    public required FrontMatterData Meta { get; init; }

    /// <summary>The Markdown after the front matter.</summary>
    public string Body { get; init; } = "";

    /// <summary>1-based line of the source file where the body starts.</summary>
    public int BodyStartLine { get; init; } = 1;

    /// <summary>The page's URL segment.</summary>
    public string Slug { get; init; } = "";

    /// <summary>Site path of the page, e.g. <c>/en/news/opening/</c> (without the link root).</summary>
    public string Url { get; init; } = "";

    // A transcript's body is held once, in its turns: its whole HTML and text are joined when read
    // (once per build: the page's layout, the search entry), since holding them as well doubled the
    // memory transcripts take, and they are most of a conference site's words.
    private readonly string? html;
    private readonly string? text;

    /// <summary>The body rendered to HTML (a transcript's: introduction and turns, joined when read).</summary>
    public string Html { get => html ?? Transcript?.Html ?? ""; init => html = value; }

    /// <summary>The body as plain text (a transcript's: introduction and turns, joined when read), for search.</summary>
    public string Text { get => text ?? Transcript?.Text ?? ""; init => text = value; }

    /// <summary>Plain-text summary: the front matter's, or the first paragraph cut at a boundary.</summary>
    public string Summary { get; init; } = "";

    /// <summary>Estimated reading time in minutes (at least 1).</summary>
    public int ReadingMinutes { get; init; } = 1;

    /// <summary>A transcript's introduction and turns; null for other kinds.</summary>
    public Transcripts.TranscriptBody? Transcript { get; init; }

    /// <summary>The photos taken out of the body, in the order of the markers left for them (<see cref="Figures.BodyImages"/>).</summary>
    public System.Collections.Immutable.ImmutableArray<Figures.ImageReference> BodyImages { get; init; } = [];

    /// <summary>The cover image as the page shows it, once the image step has made it; null without one.</summary>
    public Figures.Figure? Cover { get; init; }

    /// <summary>The title (profiles: the name).</summary>
    public string Title => Meta.Title ?? Meta.Name ?? "";

    /// <summary>The publication date, if any.</summary>
    public FrontMatterDate? Date => Meta.Date;

    /// <summary>When the page last changed after publication (<c>updated</c> or a correction, the later), or null (<see cref="Changes.ChangeDates.LastChange"/>).</summary>
    public FrontMatterDate? Updated => Changes.ChangeDates.LastChange(Meta);

    /// <summary>When the page last changed: <see cref="Updated"/>, or the publication date when it has not changed since.</summary>
    public FrontMatterDate? Modified => Updated ?? Date;
}
