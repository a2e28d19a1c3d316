namespace WuzhenSite.Rendering.Views;

/// <summary>
/// This page in another language, for the language switcher: <c>Url</c> is the translation, or that
/// language's home page when there is none (<c>IsFallback</c>), so the switcher never links to nothing.
/// </summary>
public sealed record TranslationView(string Lang, string LangName, string Url, string Title, bool IsFallback, bool IsCurrent);
