namespace WuzhenSite.Content.Transcripts;

/// <summary>
/// A rendered speaker turn: its stable anchor, who spoke (the speaker's term slug when the label
/// names a speaker), the role they had in this transcript, and its HTML and plain text.
/// </summary>
public sealed record Turn
{
    /// <summary>Anchor id, stable when the turn's text is edited: speaker slug and the speaker's turn number (<c>ren-xianliang-2</c>).</summary>
    public required string Id { get; init; }

    /// <summary>The label as written.</summary>
    public required string Label { get; init; }

    /// <summary>Line of the label in the source file.</summary>
    public required int Line { get; init; }

    /// <summary>The speaker's term slug, or null for a reporter, an outlet, a moderator.</summary>
    public string? SpeakerSlug { get; init; }

    /// <summary>The speaker's role in this transcript (from front matter), if given.</summary>
    public string? Role { get; init; }

    /// <summary>True for the speaker's first turn in the transcript (where the role is shown).</summary>
    public bool FirstAppearance { get; init; }

    /// <summary>The turn rendered to HTML.</summary>
    public required string Html { get; init; }

    /// <summary>The turn's plain text, for excerpts and search.</summary>
    public required string Text { get; init; }
}
