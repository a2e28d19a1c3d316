namespace WuzhenSite.Importing;

/// <summary>What an imported file becomes.</summary>
public enum ImportKind
{
    /// <summary>A news article, written to <c>news/</c>.</summary>
    Article,

    /// <summary>A transcript with speaker turns, written to <c>transcripts/</c>.</summary>
    Transcript,
}
