using System.Collections.Immutable;

namespace WuzhenSite.Importing;

/// <summary>A speaker turn: its label (a listed speaker's name where it names one), the line of the label, and its paragraphs.</summary>
/// <param name="Label">The label as the turn will be written.</param>
/// <param name="Line">Where the label stood.</param>
/// <param name="IsListedSpeaker">True when the label names one of the transcript's participants.</param>
/// <param name="Paragraphs">The turn's text.</param>
public sealed record ImportedTurn(string Label, int Line, bool IsListedSpeaker, ImmutableArray<ImportedParagraph> Paragraphs);
