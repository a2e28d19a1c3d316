using System.Text.Json.Serialization.Metadata;
using WuzhenSite.Text;

namespace WuzhenSite.Configuration;

/// <summary>
/// What the settings look like, read from their generated JSON contract: which names exist (at the
/// top and inside a language), what kind of value each takes, and which may not be null. Lets
/// the loader's errors name a setting and its kind of value instead of the .NET type behind it.
/// </summary>
internal static class SettingsSchema
{
    /// <summary>The settable property called <paramref name="name"/> (any case), or null.</summary>
    public static JsonPropertyInfo? FindProperty(JsonTypeInfo type, string name) =>
        type.Properties.FirstOrDefault(p => p.Set is not null && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The names a JSON object of this type may hold.</summary>
    public static IEnumerable<string> Names(JsonTypeInfo type) => type.Properties.Where(p => p.Set is not null).Select(p => p.Name);

    /// <summary>The known name a mistyped one was most likely meant to be, or null when none is close.</summary>
    public static string? ClosestName(JsonTypeInfo type, string name)
    {
        // A slip of one key in three ("PageSzie") is a typo worth naming; "Nope" is not "Host".
        var limit = Math.Max(1, name.Length / 3);
        var typed = name.ToUpperInvariant();
        return Names(type)
            .Where(known => EditDistance.Between(known.ToUpperInvariant(), typed, limit) <= limit)
            .MinBy(known => EditDistance.Between(known.ToUpperInvariant(), typed, limit));
    }

    /// <summary>The property a JSON path such as <c>Languages[0].Code</c> names, or, when its last name is unknown, the type that should have held it.</summary>
    public static (JsonPropertyInfo? Property, JsonTypeInfo? Parent) PropertyAt(JsonTypeInfo root, string path)
    {
        JsonTypeInfo? type = root;
        JsonPropertyInfo? property = null;
        foreach (var segment in path.Split('.'))
        {
            if (type is null)
            {
                return (null, null);
            }

            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            property = FindProperty(type, bracket < 0 ? segment : segment[..bracket]);
            if (property is null)
            {
                return (null, type);
            }

            type = SettingsJsonContext.Default.GetTypeInfo(property.PropertyType);
            if (bracket >= 0)
            {
                type = type?.ElementType is { } element ? SettingsJsonContext.Default.GetTypeInfo(element) : null;
            }
        }

        return (property, null);
    }

    /// <summary>How an error names the kind of value a setting takes.</summary>
    public static string KindOf(Type type) =>
        type == typeof(int) ? "a whole number"
        : type == typeof(bool) ? "true or false"
        : type == typeof(string) ? "text"
        : type == typeof(IReadOnlyList<LanguageSettings>) ? "a list of languages"
        : type == typeof(IReadOnlyList<int>) ? "a list of whole numbers"
        : type == typeof(IReadOnlyList<string>) ? "a list of texts"
        : type == typeof(RelatedWeights) ? "an object of weights"
        : "a " + type.Name;

    /// <summary>A value of that kind, for the fix to show.</summary>
    public static string ExampleOf(Type type) =>
        type == typeof(int) ? "20"
        : type == typeof(bool) ? "true"
        : type == typeof(IReadOnlyList<LanguageSettings>) ? "[{ \"Code\": \"en\", \"Name\": \"English\" }]"
        : type == typeof(IReadOnlyList<int>) ? "[480, 800, 1200]"
        : type == typeof(IReadOnlyList<string>) ? "[\"avif\", \"webp\"]"
        : type == typeof(RelatedWeights) ? "{ \"Speakers\": 100, \"Forums\": 80, \"Tags\": 80, \"Event\": 10 }"
        : "\"text\"";

    /// <summary>The paths of settings that hold null but may not (<c>SiteTitle</c>, <c>Languages[0]</c>, <c>Languages[0].Code</c>…).</summary>
    public static IEnumerable<string> NullPaths(object value, JsonTypeInfo type, string prefix = "")
    {
        foreach (var property in type.Properties.Where(p => p is { Get: not null, Set: not null }))
        {
            var path = prefix + property.Name;
            var child = property.Get!(value);
            if (child is null)
            {
                if (!property.IsSetNullable)
                {
                    yield return path;
                }

                continue;
            }

            if (child is System.Collections.IEnumerable items and not string
                && SettingsJsonContext.Default.GetTypeInfo(property.PropertyType)?.ElementType is { } elementType
                && SettingsJsonContext.Default.GetTypeInfo(elementType) is { Kind: JsonTypeInfoKind.Object } element)
            {
                var index = 0;
                foreach (var item in items)
                {
                    var itemPath = $"{path}[{index++}]";
                    if (item is null)
                    {
                        yield return itemPath;
                        continue;
                    }

                    foreach (var inner in NullPaths(item, element, itemPath + "."))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }
}
