namespace WuzhenSite.Content.FrontMatter;

/// <summary>A speaker listed in front matter: a name, and the role they had in this document if given.</summary>
public sealed record SpeakerReference(string Name, string? Role, int Line);
