using System.Text.Json;
using WuzhenSite.Json;

namespace WuzhenSite.Assets;

/// <summary>
/// Front-end files a theme takes from npm: its <c>package.json</c> lists them under
/// <c>wuzhen.publish</c> as <c>"node_modules/…": "assets/…"</c>, and the build copies each installed
/// file to its destination. Nothing from npm is committed; <c>npm ci</c> in the theme installs it.
/// </summary>
public static class ThemePackages
{
    /// <summary>The theme file that lists the published packages.</summary>
    public const string ManifestFileName = "package.json";

    /// <summary>The (installed source, output destination) pairs the manifest lists, in its order.</summary>
    /// <exception cref="JsonException">The manifest is not valid JSON or the list is not an object of strings.</exception>
    public static IReadOnlyList<(string Source, string Destination)> Read(string manifestJson)
    {
        using var document = ParseManifest(manifestJson);
        if (!document.RootElement.TryGetProperty("wuzhen", out var wuzhen) || !wuzhen.TryGetProperty("publish", out var publish))
        {
            return [];
        }

        if (publish.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("'wuzhen.publish' must be an object of \"source\": \"destination\" pairs.");
        }

        var result = new List<(string, string)>();
        foreach (var pair in publish.EnumerateObject())
        {
            var destination = pair.Value.ValueKind == JsonValueKind.String ? pair.Value.GetString()! : throw new JsonException($"'wuzhen.publish.{pair.Name}' must be a string.");
            if (!destination.StartsWith("assets/", StringComparison.Ordinal) || destination.Contains("..", StringComparison.Ordinal))
            {
                throw new JsonException($"'wuzhen.publish.{pair.Name}' must publish under 'assets/', not '{destination}'.");
            }

            result.Add((pair.Name, destination));
        }

        return result;
    }

    /// <summary>
    /// Parses the manifest as JSON (nested at most 64 levels, System.Text.Json's default), rethrowing
    /// its error as one sentence that names the file and keeps the position.
    /// </summary>
    private static JsonDocument ParseManifest(string manifestJson)
    {
        try
        {
            return JsonDocument.Parse(manifestJson);
        }
        catch (JsonException exception)
        {
            throw new JsonException($"The theme's {ManifestFileName} is not valid JSON: {JsonErrorText.FirstSentence(exception)}",
                exception.Path, exception.LineNumber, exception.BytePositionInLine, exception);
        }
    }
}
