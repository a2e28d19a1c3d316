using System.Collections.Immutable;
using System.Text.Json;
using WuzhenSite.Configuration;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Theming;

/// <summary>
/// The theme's UI strings per language (<c>i18n/&lt;lang&gt;.json</c>). A key missing in a language
/// falls back to the default language and gets a warning naming the key, so a half-translated
/// theme still builds and the team knows what to translate. Placeholders are named (<c>{current}</c>, see
/// <see cref="UiStringFormat"/>); a string with the old numbered ones (<c>{0}</c>), or with a name the default
/// language's text of the key does not have, is an error naming the file and key, since it would otherwise
/// fail (or print the wrong value) on every page that uses it.
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
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
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
                sources[language.Code] = File.ReadAllText(path);
                raw[language.Code] = JsonSerializer.Deserialize(sources[language.Code], SettingsJsonContext.Default.DictionaryStringString) ?? [];
            }
            catch (JsonException exception)
            {
                diagnostics.Report(Diagnostic.Error(relative, (int)(exception.LineNumber ?? 0) + 1, (int)(exception.BytePositionInLine ?? 0) + 1,
                    "The UI strings file is not a JSON object of strings.", "Write it as { \"key\": \"text\", … }.", "i18n"));
                raw[language.Code] = [];
            }
        }

        var fallback = raw.GetValueOrDefault(settings.DefaultLanguage) ?? [];
        foreach (var language in settings.Languages)
        {
            CheckPlaceholders(language.Code, raw[language.Code], sources.GetValueOrDefault(language.Code) ?? "", fallback, settings.DefaultLanguage, diagnostics);
        }

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

    /// <summary>
    /// Reports numbered placeholders, and (outside the default language) placeholders that the default
    /// language's text of the same key does not have: templates pass the arguments that text names.
    /// </summary>
    private static void CheckPlaceholders(string code, Dictionary<string, string> own, string source,
        Dictionary<string, string> defaults, string defaultLanguage, DiagnosticBag diagnostics)
    {
        var file = $"i18n/{code}.json";
        foreach (var (key, text) in own)
        {
            var names = UiStringFormat.Placeholders(text).Distinct(StringComparer.Ordinal).ToList();
            if (names.Count == 0)
            {
                continue;
            }

            var reference = defaults.GetValueOrDefault(key);
            // A singular variant gets the arguments of its key's call, so it may use that text's placeholders.
            var baseKey = key.EndsWith(UiStringFormat.OneSuffix, StringComparison.Ordinal) ? key[..^UiStringFormat.OneSuffix.Length] : null;
            var references = new[] { reference, baseKey is null ? null : defaults.GetValueOrDefault(baseKey) }.OfType<string>();
            var expected = references.SelectMany(UiStringFormat.Placeholders).Where(n => !UiStringFormat.IsPositional(n)).Distinct(StringComparer.Ordinal).ToList();
            var hint = expected.Count == 0 ? "" : $" This key's placeholders are {string.Join(", ", expected.Select(n => "{" + n + "}"))}.";
            var positional = names.FirstOrDefault(UiStringFormat.IsPositional);
            if (positional is not null)
            {
                diagnostics.Report(Diagnostic.Error(file, LineOf(source, key), 1,
                    $"The UI string '{key}' uses the numbered placeholder {{{positional}}}; UI strings now take named placeholders.{hint}",
                    $"Write \"{key}\" with named placeholders, as in the theme's i18n/{defaultLanguage}.json (see the theme README, UI strings).", "i18n"));
                continue;
            }

            var unknown = reference is null || code == defaultLanguage ? null : names.FirstOrDefault(n => !expected.Contains(n, StringComparer.Ordinal));
            if (unknown is not null)
            {
                diagnostics.Report(Diagnostic.Error(file, LineOf(source, key), 1,
                    $"The UI string '{key}' has the placeholder {{{unknown}}}, which its {defaultLanguage} text does not have, so no template passes it.{hint}",
                    $"Use only the placeholders of \"{key}\" in i18n/{defaultLanguage}.json.", "i18n"));
            }
        }
    }

    /// <summary>The 1-based line where the key is written (0 when it cannot be found), for the diagnostic.</summary>
    private static int LineOf(string source, string key)
    {
        var at = source.IndexOf("\"" + key + "\"", StringComparison.Ordinal);
        return at < 0 ? 0 : source.AsSpan(0, at).Count('\n') + 1;
    }
}
