using System.Text;
using Markdig.Extensions.CustomContainers;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace WuzhenSite.Content.Figures;

/// <summary>
/// Takes the photos out of a parsed body, leaving a marker where each was
/// (<see cref="FigureMarkers"/>), so the image step can put the figure there once it knows the
/// photo's sizes. A photo is a local raster image (<see cref="RasterImages"/>); SVG, GIF and
/// remote images stay as Markdown wrote them. The title is the caption, and text after its last
/// <c> | </c> the credit: <c>![Alt](stage.jpg "Delegates arrive | Photo: Press Office")</c>.
/// An image alone in its paragraph becomes a figure, one inside text a picture; the images of a
/// <c>::: gallery</c> block become one gallery.
/// </summary>
public static class BodyImages
{
    /// <summary>The container name that makes a gallery.</summary>
    public const string GalleryName = "gallery";

    /// <summary>Replaces the photos of <paramref name="document"/> by markers and returns them in marker order.</summary>
    /// <param name="document">The parsed body; changed in place.</param>
    /// <param name="firstLine">The source file's line where the body starts, so references name the file's lines.</param>
    public static List<ImageReference> Extract(MarkdownDocument document, int firstLine)
    {
        var found = new List<ImageReference>();
        foreach (var gallery in document.Descendants<CustomContainer>().Where(IsGallery).ToList())
        {
            var first = found.Count;
            foreach (var image in gallery.Descendants<LinkInline>().Where(link => link.IsImage && link.Url is not null).ToList())
            {
                found.Add(Reference(image, firstLine, ImagePlace.Gallery));
            }

            Replace(gallery, FigureMarkers.Gallery(first, found.Count - first));
        }

        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage && link.Url is { } url && RasterImages.IsLocalPhoto(url)).ToList())
        {
            // The reference is read first: replacing the image moves its children (the alt text) away.
            var marker = FigureMarkers.Image(found.Count);
            if (image.Parent is { ParentBlock: ParagraphBlock paragraph } && IsAlone(image))
            {
                found.Add(Reference(image, firstLine, ImagePlace.Figure));
                Replace(paragraph, marker);
            }
            else
            {
                found.Add(Reference(image, firstLine, ImagePlace.Inline));
                image.ReplaceBy(new HtmlInline(marker), copyChildren: false);
            }
        }

        return found;
    }

    /// <summary>Splits a Markdown image title into caption and credit at its last <c> | </c>.</summary>
    public static (string? Caption, string? Credit) SplitTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return (null, null);
        }

        var bar = title.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar < 0)
        {
            return (title.Trim(), null);
        }

        var caption = title[..bar].Trim();
        var credit = title[(bar + 3)..].Trim();
        return (caption.Length > 0 ? caption : null, credit.Length > 0 ? credit : null);
    }

    private static bool IsGallery(CustomContainer container) =>
        string.Equals(container.Info?.Trim(), GalleryName, StringComparison.OrdinalIgnoreCase);

    private static ImageReference Reference(LinkInline image, int firstLine, ImagePlace place)
    {
        var (caption, credit) = SplitTitle(image.Title);
        var alt = AltText(image);
        return new ImageReference(image.Url!, alt.Length > 0 ? alt : null, caption, credit, firstLine + image.Line, place);
    }

    /// <summary>True when the image is all its paragraph holds (spaces aside).</summary>
    private static bool IsAlone(LinkInline image)
    {
        for (var inline = image.Parent!.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            if (inline != image && !(inline is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The alt text as the HTML renderer would write it: the text of the image's inlines.</summary>
    private static string AltText(ContainerInline image)
    {
        var text = new StringBuilder();
        foreach (var inline in image.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString().Trim();
    }

    private static void Replace(Block block, string marker)
    {
        var parent = block.Parent!;
        var html = new HtmlBlock(null) { Type = HtmlBlockType.Comment, Line = block.Line, Column = block.Column };
        html.Lines = new StringLineGroup(marker);
        parent[parent.IndexOf(block)] = html;
    }
}
