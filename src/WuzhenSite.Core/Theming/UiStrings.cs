using System.Collections.Immutable;
using System.Text.Json;
using WuzhenSite.Configuration;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Theming;

/// <summary>
/// The theme's UI strings per language (<c>i18n/&lt;lang&gt;.json</c>). A key missing in a language
/// falls back to the default language and gets a warning naming the key, so a half-translated
/// theme still builds and the team knows what to translate.
/// </summary>
public sealed class UiStrings
{
    private readonly ImmutableDictionary<string, ImmutableDictionary<string, string>> _byLanguage;

    private UiStrings(ImmutableDictionary<string, ImmutableDictionary<string, string>> byLanguage) => _byLanguage = byLanguage;

    /// <summary>The strings of a language, with fallbacks filled in.</summary>
    public IReadOnlyDictionary<string, string> For(string language) =>
        _byLanguage.TryGetValue(language, out var strings) ? strings : ImmutableDictionary<string, string>.Empty;

    /// <summary>Loads the strings of every configured language and reports missing files and keys.</summary>
    public static UiStrings Load(ThemeFiles theme, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var raw = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var language in settings.Languages)
        {
            var relative = $"i18n/{language.Code}.json";
            var path = theme.Find(relative);
            if (path is null)
            {
                diagnostics.Report(Diagnostic.Warning(relative, 0, 0, $"The theme has no UI strings for '{language.Code}'; the default language's are used.",
                    $"Add {relative} (copy {settings.DefaultLanguage}.json and translate it).", "i18n"));
                raw[language.Code] = [];
                continue;
            }

            try
            {
                raw[language.Code] = JsonSerializer.Deserialize(File.ReadAllText(path), SettingsJsonContext.Default.DictionaryStringString) ?? [];
            }
            catch (JsonException exception)
            {
                diagnostics.Report(Diagnostic.Error(relative, (int)(exception.LineNumber ?? 0) + 1, (int)(exception.BytePositionInLine ?? 0) + 1,
                    "The UI strings file is not a JSON object of strings.", "Write it as { \"key\": \"text\", … }.", "i18n"));
                raw[language.Code] = [];
            }
        }

        var fallback = raw.GetValueOrDefault(settings.DefaultLanguage) ?? [];
        var allKeys = raw.Values.SelectMany(d => d.Keys).ToImmutableSortedSet(StringComparer.Ordinal);
        var result = ImmutableDictionary.CreateBuilder<string, ImmutableDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var language in settings.Languages)
        {
            var own = raw[language.Code];
            var merged = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            foreach (var key in allKeys)
            {
                if (own.TryGetValue(key, out var text))
                {
                    merged[key] = text;
                    continue;
                }

                if (own.Count > 0)
                {
                    diagnostics.Report(Diagnostic.Warning($"i18n/{language.Code}.json", 0, 0, $"The UI string '{key}' is missing in '{language.Code}'.",
                        $"Add \"{key}\" to i18n/{language.Code}.json; until then the {settings.DefaultLanguage} text is shown.", "i18n"));
                }

                merged[key] = fallback.TryGetValue(key, out var fallbackText) ? fallbackText : key;
            }

            result[language.Code] = merged.ToImmutable();
        }

        return new UiStrings(result.ToImmutable());
    }
}
