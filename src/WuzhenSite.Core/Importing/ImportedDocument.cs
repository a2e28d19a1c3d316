using System.Collections.Immutable;

namespace WuzhenSite.Importing;

/// <summary>
/// What the parser found in a press office's file, in the content contract's terms: the front
/// matter's values and the body (an introduction, then speaker turns for a transcript).
/// </summary>
public sealed record ImportedDocument
{
    /// <summary>Article or transcript.</summary>
    public required ImportKind Kind { get; init; }

    /// <summary>The headline.</summary>
    public required string Title { get; init; }

    /// <summary>The line the title came from (1 when there was none).</summary>
    public int TitleLine { get; init; } = 1;

    /// <summary>The event's date (a date line or a dateline; never the page's "Updated:" stamp), or null when none was found.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The participants, in the order listed.</summary>
    public ImmutableArray<ImportedSpeaker> Speakers { get; init; } = [];

    /// <summary>The byline's author.</summary>
    public string? Author { get; init; }

    /// <summary>The byline's editor.</summary>
    public string? Editor { get; init; }

    /// <summary>Where the text comes from.</summary>
    public string? Source { get; init; }

    /// <summary>The photo's caption (the photo itself is added later).</summary>
    public string? ImageCaption { get; init; }

    /// <summary>The photo's credit, as the caption gave it (<c>Photo by …</c>).</summary>
    public string? ImageCredit { get; init; }

    /// <summary>The text before the first turn (an article's whole body).</summary>
    public ImmutableArray<ImportedParagraph> Introduction { get; init; } = [];

    /// <summary>The speaker turns, in order.</summary>
    public ImmutableArray<ImportedTurn> Turns { get; init; } = [];
}
