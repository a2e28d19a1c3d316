using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using WuzhenSite.Content.Figures;

namespace WuzhenSite.Content.Markdown;

/// <summary>
/// The site's Markdown engine: a Markdig pipeline configured once (tables, heading ids, footnotes,
/// auto-links, raw HTML on or off) and shared by every thread, as Markdig intends.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly string _linkRoot;

    /// <summary>Configures the pipeline. <paramref name="linkRoot"/> prefixes site-absolute links (<c>/en/…</c>).</summary>
    public MarkdownRenderer(bool allowRawHtml, string linkRoot = "/")
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UseAutoLinks()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseTaskLists()
            .UseCustomContainers()
            .UsePreciseSourceLocation();
        if (!allowRawHtml)
        {
            builder.DisableHtml();
        }

        _pipeline = builder.Build();
        _linkRoot = linkRoot.TrimEnd('/');
    }

    /// <summary>The configured pipeline, for modules that render parts of a document themselves.</summary>
    public MarkdownPipeline Pipeline => _pipeline;

    /// <summary>
    /// Parses Markdown into Markdig's syntax tree, with site-absolute links already under the link
    /// root and links that could run script turned into text (<see cref="SafeLinks"/>; whether raw
    /// HTML is allowed or not: raw HTML is written as HTML, Markdown links are always checked).
    /// </summary>
    /// <param name="markdown">The Markdown text.</param>
    /// <param name="refused">Receives the links turned into text, for warnings; null when the caller does not report them.</param>
    /// <param name="images">Receives the photos taken out of the body for the image step (<see cref="BodyImages"/>); null leaves images in place.</param>
    /// <param name="firstLine">The source file's line where the Markdown starts, for the photos' lines.</param>
    public MarkdownDocument Parse(string markdown, List<RefusedLink>? refused = null, List<ImageReference>? images = null, int firstLine = 1)
    {
        var document = Markdig.Markdown.Parse(markdown, _pipeline);
        var unsafeLinks = SafeLinks.Apply(document);
        refused?.AddRange(unsafeLinks);
        images?.AddRange(BodyImages.Extract(document, firstLine)); // before the link root: photos are found by the path as written
        if (_linkRoot.Length > 0)
        {
            foreach (var link in document.Descendants<LinkInline>())
            {
                if (link.Url is { } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
                {
                    link.Url = _linkRoot + url;
                }
            }
        }

        return document;
    }

    /// <summary>Renders a parsed document (or a part of one) to HTML.</summary>
    public string Render(MarkdownObject markdown)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture); // numbers a renderer writes must not follow the machine's culture
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        renderer.Render(markdown);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>Parses and renders in one step.</summary>
    public string ToHtml(string markdown) => Render(Parse(markdown));
}
