using System.Globalization;
using System.Text;
using WuzhenSite.Liquid.Rendering;
using WuzhenSite.Liquid.Syntax;

namespace WuzhenSite.Liquid;

/// <summary>
/// A parsed template: an immutable node tree, safe to render from many threads at once (each render with its
/// own <see cref="LiquidContext"/>). Rendering walks the tree; nothing is parsed again.
/// </summary>
public sealed class LiquidTemplate
{
    // One reusable output buffer per thread for Render(context) → string: a build renders thousands of pages
    // per thread, and regrowing a fresh StringBuilder for each page is the largest avoidable allocation.
    [ThreadStatic]
    private static StringBuilder? t_cachedBuilder;

    private readonly Node[] _nodes;
    private readonly int _sizeHint;

    internal LiquidTemplate(string fileName, Node[] nodes, int sizeHint)
    {
        FileName = fileName;
        _nodes = nodes;
        _sizeHint = sizeHint;
    }

    /// <summary>The file name given to <see cref="LiquidParser.Parse"/>, used in error messages.</summary>
    public string FileName { get; }

    /// <summary>Renders to a string.</summary>
    /// <exception cref="LiquidException">A render-time error (unknown filter, missing partial, runaway loop…), with position.</exception>
    public string Render(LiquidContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var builder = t_cachedBuilder ?? new StringBuilder(Math.Max(256, _sizeHint * 2));
        // Taken out of the cache while in use, so a nested Render on the same thread gets its own.
        t_cachedBuilder = null;
        try
        {
            using (var writer = new StringWriter(builder, CultureInfo.InvariantCulture))
            {
                Render(writer, context);
            }

            return builder.ToString();
        }
        finally
        {
            if (builder.Capacity <= 1024 * 1024)
            {
                builder.Clear();
                t_cachedBuilder = builder;
            }
        }
    }

    /// <summary>Renders to UTF-8 bytes, without building a string first.</summary>
    /// <exception cref="LiquidException">A render-time error, with position.</exception>
    public byte[] RenderUtf8(LiquidContext context)
    {
        using var writer = new Utf8BufferWriter(_sizeHint * 2);
        Render(writer, context);
        return writer.ToArray();
    }

    /// <summary>Renders to a writer.</summary>
    /// <exception cref="LiquidException">A render-time error (unknown filter, missing partial, runaway loop…), with position.</exception>
    public void Render(TextWriter output, LiquidContext context)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(context);
        context.BeginRender();
        try
        {
            Block.Render(_nodes, output, context);
        }
        finally
        {
            context.EndRender();
        }
    }

    /// <summary>Renders as a partial inside a render already under way (include/render tags).</summary>
    internal Completion RenderBody(TextWriter output, LiquidContext context) => Block.Render(_nodes, output, context);
}
