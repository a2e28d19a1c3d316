using System.Collections.Concurrent;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Liquid;
using WuzhenSite.Rendering.Views;
using WuzhenSite.Theming;

namespace WuzhenSite.Rendering;

/// <summary>
/// Renders pages with the theme's Liquid layouts. Each layout is parsed once and shared by all
/// threads. A layout is wrapped in <c>base</c> unless its own front matter says <c>layout: none</c>
/// or names another wrapper, as in Jekyll; the wrapper gets the inner HTML as <c>content</c>.
/// </summary>
public sealed class LayoutRenderer
{
    private const int MaxWrapDepth = 8;

    private readonly ThemeFiles _theme;
    private readonly ThemeTemplateLoader _partials;
    private readonly ConcurrentDictionary<string, Lazy<Layout>> _layouts = new(StringComparer.Ordinal);

    /// <summary>Prepares the renderer for one theme.</summary>
    public LayoutRenderer(ThemeFiles theme)
    {
        _theme = theme;
        _partials = new ThemeTemplateLoader(theme);
    }

    /// <summary>
    /// Renders <paramref name="page"/> with its layout, as UTF-8: inner layouts to text (the wrapper
    /// gets it as <c>content</c>), the outermost straight to bytes. Throws <see cref="LayoutException"/>
    /// naming the layout file and position.
    /// </summary>
    public byte[] Render(PageView page, SiteView site, IReadOnlyDictionary<string, string> strings)
    {
        var context = new LiquidContext(_partials);
        context.SetValue("page", page);
        context.SetValue("site", site);
        context.SetValue("t", strings);

        var layout = Get(page.Layout);
        for (var depth = 0; layout.WrappedBy is { } wrapper; depth++)
        {
            if (depth == MaxWrapDepth)
            {
                throw new LayoutException(Diagnostic.Error(layout.File, 1, 1, "Layouts wrap each other in a loop.", "Give one of them 'layout: none'.", "layout"));
            }

            context.SetValue("content", RenderLayout(layout, context, static (template, c) => template.Render(c)));
            layout = Get(wrapper);
        }

        return RenderLayout(layout, context, static (template, c) => template.RenderUtf8(c));
    }

    /// <summary>Parses the named layouts now, so that template errors surface before any page is rendered.</summary>
    public IReadOnlyList<Diagnostic> Preload(IEnumerable<string> layoutNames)
    {
        var errors = new List<Diagnostic>();
        foreach (var name in layoutNames)
        {
            try
            {
                Get(name);
            }
            catch (LayoutException exception)
            {
                errors.Add(exception.Diagnostic);
            }
        }

        return errors;
    }

    private static T RenderLayout<T>(Layout layout, LiquidContext context, Func<LiquidTemplate, LiquidContext, T> render)
    {
        try
        {
            return render(layout.Template, context);
        }
        catch (LiquidException exception)
        {
            throw new LayoutException(Diagnostic.Error(exception.FileName, exception.Line, exception.Column, exception.Message,
                "Check the tag, filter or include at that position against the theme README.", "layout"));
        }
    }

    private Layout Get(string name) => _layouts.GetOrAdd(name, n => new Lazy<Layout>(() => Load(n))).Value;

    private Layout Load(string name)
    {
        var relative = $"layouts/{name}.liquid";
        var path = _theme.Find(relative)
            ?? throw new LayoutException(Diagnostic.Error(relative, 0, 0, $"The theme has no layout '{name}'.",
                $"Add {relative} to the theme, or to the site root to override the theme.", "layout"));
        var source = File.ReadAllText(path);
        string? wrapper = name == "base" ? null : "base";
        var lineOffset = 0;
        if (source.StartsWith("---", StringComparison.Ordinal))
        {
            var (split, error) = FrontMatterSplitter.Split(source, relative);
            if (split is not { } parts)
            {
                throw new LayoutException(error!);
            }

            var (data, diagnostics) = FrontMatterParser.Parse(parts, relative);
            if (diagnostics.Count > 0)
            {
                throw new LayoutException(diagnostics[0]);
            }

            wrapper = data.Layout is null ? wrapper : data.Layout == "none" ? null : data.Layout;
            // Keep line numbers true to the file: blank lines stand in for the front matter.
            lineOffset = parts.BodyStartLine - 1;
            source = new string('\n', lineOffset) + parts.Body;
        }

        try
        {
            return new Layout(relative, LiquidParser.Parse(source, relative), wrapper);
        }
        catch (LiquidException exception)
        {
            throw new LayoutException(Diagnostic.Error(relative, exception.Line, exception.Column, exception.Message,
                "Check the tag or output at that position; tags are {% … %} and outputs {{ … }}.", "layout"));
        }
    }

    private sealed record Layout(string File, LiquidTemplate Template, string? WrappedBy);
}
