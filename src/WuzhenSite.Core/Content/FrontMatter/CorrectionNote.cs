namespace WuzhenSite.Content.FrontMatter;

/// <summary>A correction listed in front matter: when it was made, what it says, and the line of its entry (for messages).</summary>
public sealed record CorrectionNote(FrontMatterDate Date, string Note, int Line);
