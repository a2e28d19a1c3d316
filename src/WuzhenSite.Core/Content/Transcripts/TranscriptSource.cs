using System.Collections.Immutable;

namespace WuzhenSite.Content.Transcripts;

/// <summary>A transcript body cut into its introduction (the Markdown before the first turn) and its turns.</summary>
/// <param name="Introduction">The Markdown before the first turn.</param>
/// <param name="Turns">The turns in order.</param>
/// <param name="IntroductionLine">The 1-based file line of the introduction's first line (for warnings inside it).</param>
public sealed record TranscriptSource(string Introduction, ImmutableArray<TurnSource> Turns, int IntroductionLine = 1);
