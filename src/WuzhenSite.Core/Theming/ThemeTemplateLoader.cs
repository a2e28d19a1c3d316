using System.Collections.Concurrent;
using WuzhenSite.Liquid;

namespace WuzhenSite.Theming;

/// <summary>
/// Loads Liquid templates from the theme's <c>layouts/</c> folder with site overrides applied, parsing
/// each file once per build; <c>{% include 'partials/header' %}</c> goes through it too.
/// </summary>
public sealed class ThemeTemplateLoader(ThemeFiles theme) : ILiquidTemplateLoader
{
    private readonly ConcurrentDictionary<string, Lazy<LiquidTemplate?>> _cache = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public LiquidTemplate? Load(string name) =>
        _cache.GetOrAdd(name, n => new Lazy<LiquidTemplate?>(() => Parse(n))).Value;

    private LiquidTemplate? Parse(string name)
    {
        var relative = $"layouts/{name}.liquid";
        var path = theme.Find(relative);
        return path is null ? null : LiquidParser.Parse(File.ReadAllText(path), relative);
    }
}
