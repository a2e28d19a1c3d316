using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Configuration;

/// <summary>
/// Reads <c>statiq.json</c>, applies command-line overrides (<c>--setting Key=Value</c>) and checks
/// the result, so the rest of the build can trust its settings.
/// </summary>
public static partial class SettingsLoader
{
    /// <summary>Loads settings from a file (which may be missing: then defaults apply) plus overrides.</summary>
    public static SiteSettings Load(string? path, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var displayName = path is null ? "statiq.json" : Path.GetFileName(path);
        var json = path is not null && File.Exists(path) ? File.ReadAllText(path) : "{}";
        return Parse(json, displayName, overrides);
    }

    /// <summary>Parses settings JSON; throws <see cref="SettingsException"/> naming the file and line on any problem.</summary>
    public static SiteSettings Parse(string json, string fileName, IReadOnlyDictionary<string, string>? overrides = null)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            }) as JsonObject ?? throw Fail(fileName, 1, 1, "The settings file must hold a JSON object.", "Wrap the settings in { }.");
        }
        catch (JsonException exception)
        {
            throw Fail(fileName, (int)(exception.LineNumber ?? 0) + 1, (int)(exception.BytePositionInLine ?? 0) + 1,
                $"The settings file is not valid JSON: {FirstSentence(exception.Message)}", "Check commas, quotes and braces near that place.");
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            root[FindKey(root, key)] = ParseOverride(value);
        }

        SiteSettings settings;
        try
        {
            settings = root.Deserialize(SettingsJsonContext.Default.SiteSettings) ?? new SiteSettings();
        }
        catch (JsonException exception)
        {
            var setting = exception.Path is { Length: > 2 } p ? p[2..] : "a setting";
            throw Fail(fileName, 0, 0, $"{setting}: {FirstSentence(exception.Message)}",
                "Use the setting names and value types listed in the README's settings reference.");
        }

        var problems = Validate(settings, fileName).ToList();
        return problems.Count > 0 ? throw new SettingsException(problems) : settings;
    }

    /// <summary>Splits <c>Key=Value</c> pairs given on the command line.</summary>
    public static IReadOnlyDictionary<string, string> ParseOverrides(IEnumerable<string> pairs)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in pairs)
        {
            var equals = pair.IndexOf('=');
            if (equals <= 0)
            {
                throw Fail("command line", 0, 0, $"The setting '{pair}' has no value.", "Write it as Key=Value, e.g. --setting PageSize=20.");
            }

            result[pair[..equals].Trim()] = pair[(equals + 1)..];
        }

        return result;
    }

    private static IEnumerable<Diagnostic> Validate(SiteSettings settings, string file)
    {
        if (settings.Languages.Count == 0)
        {
            yield return Diagnostic.Error(file, 0, 0, "No languages are configured.", "Add at least one entry to \"Languages\".");
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in settings.Languages)
        {
            if (!LanguageCode().IsMatch(language.Code))
            {
                yield return Diagnostic.Error(file, 0, 0, $"The language code '{language.Code}' is not a lower-case language code.",
                    "Use codes such as \"en\", \"zh\" or \"pt-br\".");
            }
            else if (!seen.Add(language.Code))
            {
                yield return Diagnostic.Error(file, 0, 0, $"The language '{language.Code}' is configured twice.", "Remove one of the entries.");
            }

            if (language.Direction is not ("ltr" or "rtl"))
            {
                yield return Diagnostic.Error(file, 0, 0, $"Language '{language.Code}' has direction '{language.Direction}'.", "Use \"ltr\" or \"rtl\".");
            }
        }

        if (settings.FindLanguage(settings.DefaultLanguage) is null)
        {
            yield return Diagnostic.Error(file, 0, 0, $"The default language '{settings.DefaultLanguage}' is not among the configured languages.",
                "Set \"DefaultLanguage\" to one of the codes in \"Languages\".");
        }

        if (settings.PageSize < 1 || settings.FeedSize < 1)
        {
            yield return Diagnostic.Error(file, 0, 0, "PageSize and FeedSize must be at least 1.", "Use a positive number.");
        }

        if (!settings.LinkRoot.StartsWith('/'))
        {
            yield return Diagnostic.Error(file, 0, 0, $"LinkRoot '{settings.LinkRoot}' must start with '/'.", "Write it as \"/\" or \"/path\".");
        }

        if (settings.Host.Contains("://", StringComparison.Ordinal) || settings.Host.Contains('/'))
        {
            yield return Diagnostic.Error(file, 0, 0, $"Host '{settings.Host}' must be a host name only.",
                "Put the scheme in LinksUseHttps and the path in LinkRoot.");
        }
    }

    private static string FindKey(JsonObject root, string key) =>
        root.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) ?? key;

    private static JsonNode? ParseOverride(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return JsonValue.Create(value);
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..(end + 1)] : message;
    }

    private static SettingsException Fail(string file, int line, int column, string message, string fix) =>
        new([Diagnostic.Error(file, line, column, message, fix, "settings")]);

    [GeneratedRegex("^[a-z]{2,3}(-[a-z0-9]{2,8})*$")]
    private static partial Regex LanguageCode();
}
