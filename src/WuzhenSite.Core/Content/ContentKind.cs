namespace WuzhenSite.Content;

/// <summary>What a source file is, decided by its folder (and <c>type:</c> in front matter).</summary>
public enum ContentKind
{
    /// <summary>A news article (<c>news/**/*.md</c>).</summary>
    Article,

    /// <summary>A transcript with speaker turns (<c>transcripts/**/*.md</c>).</summary>
    Transcript,

    /// <summary>A plain page such as About (<c>pages/*.md</c>).</summary>
    Page,

    /// <summary>A speaker profile (<c>speakers/*.md</c>).</summary>
    SpeakerProfile,

    /// <summary>A forum profile (<c>forums/*.md</c>).</summary>
    ForumProfile,

    /// <summary>An event profile (<c>events/*.md</c>).</summary>
    EventProfile,

    /// <summary>A file copied as it is (<c>assets/**</c>).</summary>
    Asset,
}
