using System.Collections.Immutable;

namespace WuzhenSite.Content.Transcripts;

/// <summary>A transcript body cut into its introduction (the Markdown before the first turn) and its turns.</summary>
public sealed record TranscriptSource(string Introduction, ImmutableArray<TurnSource> Turns);
