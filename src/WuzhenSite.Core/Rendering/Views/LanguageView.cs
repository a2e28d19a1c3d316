namespace WuzhenSite.Rendering.Views;

/// <summary>A configured language as layouts see it.</summary>
public sealed record LanguageView(string Code, string Name, string Locale, string Dir, string HomeUrl, bool IsCurrent, bool IsDefault);
