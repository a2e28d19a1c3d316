using System.Collections.Concurrent;
using System.Text;
using Fluid;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Rendering.Templates;
using WuzhenSite.Rendering.Views;
using WuzhenSite.Theming;

namespace WuzhenSite.Rendering;

/// <summary>
/// Renders pages with the theme's Liquid layouts (on Fluid, see <see cref="ThemeTemplates"/>). Each
/// layout is parsed once and shared by all threads. A layout is wrapped in <c>base</c> unless its own
/// front matter says <c>layout: none</c> or names another wrapper, as in Jekyll; the wrapper gets the
/// inner HTML as <c>content</c>.
/// </summary>
public sealed class LayoutRenderer
{
    private const int MaxWrapDepth = 8;

    // A rendered page is rarely above this; a larger buffer is not kept for the next page.
    private const int MaxKeptBuffer = 1 << 20;

    private readonly ThemeFiles _theme;
    private readonly ThemeTemplates _templates;
    private readonly ConcurrentDictionary<string, Lazy<Layout>> _layouts = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<StringBuilder> _buffers = [];

    /// <summary>Prepares the renderer for one theme.</summary>
    public LayoutRenderer(ThemeFiles theme)
    {
        _theme = theme;
        _templates = new ThemeTemplates(theme);
    }

    /// <summary>
    /// Renders <paramref name="page"/> with its layout, as UTF-8: inner layouts to text (the wrapper
    /// gets it as <c>content</c>), the outermost to a reused buffer, then to bytes. Throws
    /// <see cref="LayoutException"/> naming the layout file and position.
    /// </summary>
    public byte[] Render(PageView page, SiteView site, IReadOnlyDictionary<string, string> strings)
    {
        var context = _templates.NewContext();
        context.SetValue("page", page);
        context.SetValue("site", site);
        context.SetValue("t", strings);

        var buffer = _buffers.TryTake(out var kept) ? kept : new StringBuilder(64 * 1024);
        try
        {
            var layout = Get(page.Layout);
            for (var depth = 0; layout.WrappedBy is { } wrapper; depth++)
            {
                if (depth == MaxWrapDepth)
                {
                    throw new LayoutException(Diagnostic.Error(layout.File, 1, 1, "Layouts wrap each other in a loop.", "Give one of them 'layout: none'.", "layout"));
                }

                RenderLayout(layout, context, buffer);
                context.SetValue("content", buffer.ToString());
                layout = Get(wrapper);
            }

            RenderLayout(layout, context, buffer);
            return Utf8(buffer);
        }
        finally
        {
            if (buffer.Capacity <= MaxKeptBuffer)
            {
                _buffers.Add(buffer);
            }
        }
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

    private static void RenderLayout(Layout layout, TemplateContext context, StringBuilder buffer)
    {
        buffer.Clear();
        using var writer = new StringWriter(buffer, System.Globalization.CultureInfo.InvariantCulture);
        // The layout's own variables live in a scope of their own, above the globals (page, site, t,
        // content): {% render %} then sees its parameters and the globals only, as in Shopify, and a
        // wrapper does not see what the inner layout assigned.
        context.EnterChildScope();
        try
        {
            var rendering = layout.Template.RenderAsync(writer, HtmlTextEncoder.Instance, context);
            if (!rendering.IsCompletedSuccessfully)
            {
                // Nothing in our templates awaits real work (partials come parsed from memory), so this
                // only waits on a rendering that already finished, or rethrows its error.
                rendering.AsTask().GetAwaiter().GetResult();
            }
        }
        catch (Exception exception) when (exception is FluidException or FileNotFoundException or ArgumentException
            or FormatException or InvalidCastException or DivideByZeroException or OverflowException)
        {
            // Fluid's tree has no positions: the layout (or the partial a message names) is the place to look.
            throw new LayoutException(Diagnostic.Error(layout.File, 1, 1, exception.Message.TrimEnd('.') + ".",
                "Check the tags, filters and includes of this layout and its partials against the theme README.", "layout"));
        }
        finally
        {
            context.ReleaseScope();
        }
    }

    // UTF-8 straight from the buffer's chunks, measured first so the page is one exact allocation.
    private static byte[] Utf8(StringBuilder buffer)
    {
        var encoder = Encoding.UTF8.GetEncoder();
        var length = 0;
        foreach (var chunk in buffer.GetChunks())
        {
            length += encoder.GetByteCount(chunk.Span, flush: false);
        }

        length += encoder.GetByteCount([], flush: true);
        encoder.Reset();
        var bytes = new byte[length];
        var written = 0;
        foreach (var chunk in buffer.GetChunks())
        {
            written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        }

        encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        return bytes;
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
            source = new string('\n', parts.BodyStartLine - 1) + parts.Body;
        }

        return new Layout(relative, _templates.Parse(source, relative), wrapper);
    }

    private sealed record Layout(string File, IFluidTemplate Template, string? WrappedBy);
}
