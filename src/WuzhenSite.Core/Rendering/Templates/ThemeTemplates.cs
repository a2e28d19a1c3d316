using System.Globalization;
using Fluid;
using WuzhenSite.Theming;

namespace WuzhenSite.Rendering.Templates;

/// <summary>
/// The theme's Liquid, on Fluid: one parser and one set of options, configured once per renderer (as
/// a Markdig pipeline is) and shared by every thread; each render gets its own
/// <see cref="TemplateContext"/>. Templates are parsed, then checked for what Fluid would only notice
/// while rendering (unknown filters, missing partials), so a mistake is a <see cref="LayoutException"/>
/// naming file, line and column before any page is written.
/// </summary>
public sealed class ThemeTemplates
{
    private readonly FluidParser _parser = new();

    /// <summary>Prepares Fluid for one theme.</summary>
    public ThemeTemplates(ThemeFiles theme)
    {
        Partials = new PartialTemplates(theme, this);
        Options = new TemplateOptions
        {
            FileProvider = Partials,
            TemplateCache = Partials,
            // Names in templates are case-sensitive, as in Shopify and Jekyll.
            ModelNamesComparer = StringComparer.Ordinal,
            StrictFilters = true,
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
            Now = static () => DateTimeOffset.UtcNow,
            // Any view type's public properties, by their snake_case names (page.reading_minutes): the
            // views are ours and the templates are the theme's, so there is nothing to hide. Under the
            // native compiler Fluid reads them by reflection; the command roots the views' assembly.
            MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase },
        };
        ThemeFilters.AddTo(Options.Filters);
    }

    /// <summary>Fluid's options for this theme (filters, member access, partials).</summary>
    public TemplateOptions Options { get; }

    /// <summary>The partials that <c>include</c> and <c>render</c> load, each parsed once.</summary>
    internal PartialTemplates Partials { get; }

    /// <summary>A fresh context for rendering one page.</summary>
    public TemplateContext NewContext() => new(Options);

    /// <summary>Parses and checks a template; <paramref name="file"/> (relative to the site) names it in errors.</summary>
    public IFluidTemplate Parse(string source, string file)
    {
        var template = ParseOnly(source, file);
        Check(template, source, file);
        return template;
    }

    /// <summary>Parses without checking (a partial is stored before its own includes are checked, so it may include itself).</summary>
    internal IFluidTemplate ParseOnly(string source, string file) =>
        _parser.TryParse(source, out var template, out var error)
            ? template
            : throw new LayoutException(TemplateErrors.FromParser(error, source, file));

    /// <summary>Finds unknown filters, filters missing arguments and missing partials, loading every partial named.</summary>
    internal void Check(IFluidTemplate template, string source, string file)
    {
        if (new TemplateChecker(source, file, Options.Filters, Partials).Check(template) is { } problem)
        {
            throw new LayoutException(problem);
        }
    }
}
