using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
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

        // The file on its own first, so that its problems name it with their line; then each
        // --setting on its own, so that a bad one names the command line, not statiq.json.
        var fileProblem = ReadAlone(json, fileName);
        if (fileProblem is not null)
        {
            throw new SettingsException([fileProblem]);
        }

        overrides ??= new Dictionary<string, string>();
        var overrideProblems = overrides.Select(pair => CheckOverride(pair.Key, pair.Value)).OfType<Diagnostic>().ToList();
        if (overrideProblems.Count > 0)
        {
            throw new SettingsException(overrideProblems, isUsageError: true);
        }

        foreach (var (key, value) in overrides)
        {
            root[FindKey(root, key)] = OverrideValue(SettingsSchema.FindProperty(Settings, key)!, value);
        }

        var origins = new Origins(fileName, overrides);
        SiteSettings settings;
        try
        {
            settings = root.Deserialize(SettingsJsonContext.Default.SiteSettings) ?? new SiteSettings();
        }
        catch (JsonException exception)
        {
            var origin = origins.Of(TopLevelName(exception.Path));
            throw new SettingsException([Describe(exception, origin, 0, 0, origins.IsCommandLine(origin))], origins.IsCommandLine(origin));
        }

        var problems = SettingsSchema.NullPaths(settings, Settings).Select(path => IsNull(path, origins)).ToList();
        if (problems.Count == 0)
        {
            problems = Validate(settings, origins.Of).ToList();
        }

        return problems.Count > 0 ? throw new SettingsException(problems, problems.All(p => origins.IsCommandLine(p.File))) : settings;
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
                throw new SettingsException([Diagnostic.Error($"--setting {pair}", 0, 0, $"The setting '{pair}' has no value.",
                    "Write it as Key=Value, e.g. --setting PageSize=20.", "settings")], isUsageError: true);
            }

            result[pair[..equals].Trim()] = pair[(equals + 1)..];
        }

        return result;
    }

    // How a problem with one --setting names where it came from.
    private static string CommandLineOrigin(string key, string value) => $"--setting {key}={value}";

    private static JsonTypeInfo<SiteSettings> Settings => SettingsJsonContext.Default.SiteSettings;

    // Reads the file without the command line's overrides: a wrong type or an unknown key is then
    // the file's, and the reader knows its line.
    private static Diagnostic? ReadAlone(string json, string fileName)
    {
        try
        {
            JsonSerializer.Deserialize(json, Settings);
            return null;
        }
        catch (JsonException exception)
        {
            return Describe(exception, fileName, (int)(exception.LineNumber ?? -1) + 1, (int)(exception.BytePositionInLine ?? -1) + 1, commandLine: false);
        }
    }

    private static Diagnostic? CheckOverride(string key, string value)
    {
        var origin = CommandLineOrigin(key, value);
        var property = SettingsSchema.FindProperty(Settings, key);
        if (property is null)
        {
            return Unknown(origin, 0, 0, key, Settings);
        }

        try
        {
            new JsonObject { [property.Name] = OverrideValue(property, value) }.Deserialize(Settings);
            return null;
        }
        catch (JsonException exception)
        {
            return Describe(exception, origin, 0, 0, commandLine: true);
        }
    }

    // Text settings take the command line's text as it is (--setting SiteTitle=2019 is a title, not
    // a number); the others read it as JSON, falling back to text so the error can say what was meant.
    private static JsonNode? OverrideValue(JsonPropertyInfo property, string value)
    {
        if (property.PropertyType == typeof(string))
        {
            return JsonValue.Create(value);
        }

        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return JsonValue.Create(value);
        }
    }

    // Turns the JSON reader's message (which names .NET types) into one that names the setting and
    // the kind of value it takes.
    private static Diagnostic Describe(JsonException exception, string origin, int line, int column, bool commandLine)
    {
        var path = exception.Path is { Length: > 2 } p && p.StartsWith("$.", StringComparison.Ordinal) ? p[2..] : null;
        var (property, parent) = path is null ? (null, null) : SettingsSchema.PropertyAt(Settings, path);
        if (path is not null && property is null && parent is not null)
        {
            return Unknown(origin, line, column, path, parent);
        }

        if (path is not null && property is not null)
        {
            var example = SettingsSchema.ExampleOf(property.PropertyType);
            var fix = commandLine ? $"Write it as --setting {path}={example.Trim('"')}." : $"Write it as \"{LastName(path)}\": {example}.";
            return Diagnostic.Error(origin, line, column, $"{path} must be {SettingsSchema.KindOf(property.PropertyType)}.", fix, "settings");
        }

        return Diagnostic.Error(origin, line, column, $"{path ?? "A setting"}: {FirstSentence(exception.Message)}",
            "Use the setting names and value types listed in the README's settings reference.", "settings");
    }

    private static Diagnostic Unknown(string origin, int line, int column, string path, JsonTypeInfo parent)
    {
        var fix = SettingsSchema.ClosestName(parent, LastName(path)) is { } closest
            ? $"Did you mean '{closest}'? The settings are listed in the README's settings reference."
            : $"Use one of {string.Join(", ", SettingsSchema.Names(parent))}.";
        return Diagnostic.Error(origin, line, column, $"There is no setting '{path}'.", fix, "settings");
    }

    private static Diagnostic IsNull(string path, Origins origins)
    {
        var origin = origins.Of(TopLevelName("$." + path));
        var fix = path.EndsWith(']')
            ? "Write the entry out ({ \"Code\": \"en\", \"Name\": \"English\" } for a language) or remove it."
            : origins.IsCommandLine(origin) ? "Give it a value, or leave the --setting out to keep the default." : "Give it a value, or remove the line to keep the default.";
        return Diagnostic.Error(origin, 0, 0, $"{path} is null.", fix, "settings");
    }

    private static string TopLevelName(string? jsonPath)
    {
        if (jsonPath is not { Length: > 2 } || !jsonPath.StartsWith("$.", StringComparison.Ordinal))
        {
            return "";
        }

        var end = jsonPath.AsSpan(2).IndexOfAny('.', '[');
        return end < 0 ? jsonPath[2..] : jsonPath.Substring(2, end);
    }

    private static string LastName(string path)
    {
        var name = path[(path.LastIndexOf('.') + 1)..];
        var bracket = name.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? name : name[..bracket];
    }

    /// <summary>Where each setting's value came from: the settings file, or one <c>--setting</c>.</summary>
    private sealed class Origins(string fileName, IReadOnlyDictionary<string, string> overrides)
    {
        private readonly HashSet<string> _commandLine = overrides.Select(p => CommandLineOrigin(p.Key, p.Value)).ToHashSet(StringComparer.Ordinal);

        public string Of(string setting) =>
            overrides.FirstOrDefault(p => string.Equals(p.Key, setting, StringComparison.OrdinalIgnoreCase)) is { Key: not null } pair
                ? CommandLineOrigin(pair.Key, pair.Value)
                : fileName;

        public bool IsCommandLine(string origin) => _commandLine.Contains(origin);
    }

    private static IEnumerable<Diagnostic> Validate(SiteSettings settings, Func<string, string> originOf)
    {
        if (settings.Languages.Count == 0)
        {
            yield return Diagnostic.Error(originOf("Languages"), 0, 0, "No languages are configured.", "Add at least one entry to \"Languages\".");
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var language in settings.Languages)
        {
            if (!LanguageCode().IsMatch(language.Code))
            {
                yield return Diagnostic.Error(originOf("Languages"), 0, 0, $"The language code '{language.Code}' is not a lower-case language code.",
                    "Use codes such as \"en\", \"zh\" or \"pt-br\".");
            }
            else if (!seen.Add(language.Code))
            {
                yield return Diagnostic.Error(originOf("Languages"), 0, 0, $"The language '{language.Code}' is configured twice.", "Remove one of the entries.");
            }

            if (language.Direction is not ("ltr" or "rtl"))
            {
                yield return Diagnostic.Error(originOf("Languages"), 0, 0, $"Language '{language.Code}' has direction '{language.Direction}'.", "Use \"ltr\" or \"rtl\".");
            }
        }

        if (settings.FindLanguage(settings.DefaultLanguage) is null)
        {
            yield return Diagnostic.Error(originOf("DefaultLanguage"), 0, 0, $"The default language '{settings.DefaultLanguage}' is not among the configured languages.",
                "Set \"DefaultLanguage\" to one of the codes in \"Languages\".");
        }

        if (settings.PageSize < 1 || settings.FeedSize < 1)
        {
            yield return Diagnostic.Error(originOf(settings.PageSize < 1 ? "PageSize" : "FeedSize"), 0, 0, "PageSize and FeedSize must be at least 1.", "Use a positive number.");
        }

        if (settings.RelatedCount < 0)
        {
            yield return Diagnostic.Error(originOf("RelatedCount"), 0, 0, "RelatedCount must not be negative.", "Use 0 to show no related stories, or a positive number such as 4.");
        }

        if (settings.RelatedWeights is { } weights && new[] { weights.Speakers, weights.Forums, weights.Tags, weights.Event }.Any(weight => weight < 0))
        {
            yield return Diagnostic.Error(originOf("RelatedWeights"), 0, 0, "RelatedWeights must not hold a negative weight.", "Use 0 to leave a kind of term out, or a positive number.");
        }

        if (settings.ImageWidths.Count == 0 || settings.ImageWidths.Any(width => width is < 16 or > 8192))
        {
            yield return Diagnostic.Error(originOf("ImageWidths"), 0, 0, "ImageWidths must list at least one width between 16 and 8192 pixels.", "Write it as [480, 800, 1200, 1600].");
        }

        foreach (var format in settings.ImageFormats.Where(format => format is not ("avif" or "webp")))
        {
            yield return Diagnostic.Error(originOf("ImageFormats"), 0, 0, $"ImageFormats holds '{format}', which is not a format photos are made in.",
                "List \"avif\", \"webp\", both or neither; the photo's own format is always made.");
        }

        if (settings.MaxImageSizeMB < 1)
        {
            yield return Diagnostic.Error(originOf("MaxImageSizeMB"), 0, 0, "MaxImageSizeMB must be at least 1.", "Use a positive number, such as 50.");
        }

        if (!settings.LinkRoot.StartsWith('/'))
        {
            yield return Diagnostic.Error(originOf("LinkRoot"), 0, 0, $"LinkRoot '{settings.LinkRoot}' must start with '/'.", "Write it as \"/\" or \"/path\".");
        }

        if (settings.Host.Contains("://", StringComparison.Ordinal) || settings.Host.Contains('/'))
        {
            yield return Diagnostic.Error(originOf("Host"), 0, 0, $"Host '{settings.Host}' must be a host name only.",
                "Put the scheme in LinksUseHttps and the path in LinkRoot.");
        }
    }

    private static string FindKey(JsonObject root, string key) =>
        root.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) ?? key;

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
