namespace WuzhenSite.Importing;

/// <summary>A participant of a transcript, as its participants block names them (honorific dropped).</summary>
public sealed record ImportedSpeaker(string Name, string? Role, int Line);
