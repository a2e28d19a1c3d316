namespace WuzhenSite.Rendering.Views;

/// <summary>A correction as a page shows it: its date as the language writes it and in ISO 8601, and its note (plain text).</summary>
public sealed record CorrectionView(string DateDisplay, string DateIso, string Note);
