using System.Collections.Immutable;

namespace WuzhenSite.Content.Transcripts;

/// <summary>A rendered transcript: its introduction (HTML and plain text) and its turns.</summary>
public sealed record TranscriptBody(string IntroductionHtml, ImmutableArray<Turn> Turns, string IntroductionText = "");
