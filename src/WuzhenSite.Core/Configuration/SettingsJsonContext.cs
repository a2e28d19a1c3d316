using System.Text.Json;
using System.Text.Json.Serialization;

namespace WuzhenSite.Configuration;

/// <summary>
/// The JSON contracts of the files a site is configured by (<c>statiq.json</c> and the theme's UI
/// strings), generated at compile time: no reflection at start-up, and the command can be compiled
/// ahead of time (docs/performance.md).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(SiteSettings))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class SettingsJsonContext : JsonSerializerContext;
