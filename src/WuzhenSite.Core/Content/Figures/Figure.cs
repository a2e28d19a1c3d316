using System.Collections.Immutable;

namespace WuzhenSite.Content.Figures;

/// <summary>
/// An image as a page shows it, ready for markup: the fallback file with its size, the modern
/// formats as <c>srcset</c>s, and the words around it. Made by the image step from an
/// <see cref="ImageReference"/>; layouts read it as <c>page.cover</c>.
/// </summary>
public sealed record Figure
{
    /// <summary>Link of the fallback file (the photo's own format at its largest width made, or the image itself when it is not processed).</summary>
    public required string Src { get; init; }

    /// <summary>Width of <see cref="Src"/> in pixels; 0 when not known (an SVG, a remote image).</summary>
    public int Width { get; init; }

    /// <summary>Height of <see cref="Src"/> in pixels; 0 when not known.</summary>
    public int Height { get; init; }

    /// <summary>The fallback format's widths, for the <c>img</c>'s own <c>srcset</c>; empty when not processed.</summary>
    public string Srcset { get; init; } = "";

    /// <summary>Media type of the fallback (<c>image/jpeg</c>).</summary>
    public string MediaType { get; init; } = "";

    /// <summary>The modern formats, best first, each with its <c>srcset</c>.</summary>
    public ImmutableArray<FigureSource> Sources { get; init; } = [];

    /// <summary>The <c>sizes</c> attribute: how wide the image is shown.</summary>
    public string Sizes { get; init; } = "";

    /// <summary>Text alternative; empty when the author gave none (a warning says so).</summary>
    public string Alt { get; init; } = "";

    /// <summary>Caption, from the page or the photo's IPTC/XMP description.</summary>
    public string? Caption { get; init; }

    /// <summary>Credit line (<c>Photo: …</c>), from the page or the photo's IPTC/XMP credit or by-line.</summary>
    public string? Credit { get; init; }

    /// <summary>Copyright notice from the photo's IPTC/XMP, for JSON-LD.</summary>
    public string? Copyright { get; init; }

    /// <summary>The page's lead image: loaded at once with high priority, never lazily.</summary>
    public bool Lead { get; init; }

    /// <summary>The focal point as CSS <c>object-position</c> (<c>50% 50%</c>), for crops in lists.</summary>
    public string Position { get; init; } = "50% 50%";

    /// <summary>The social-media crop (1200 × 630 around the focal point), or null when not processed.</summary>
    public SocialImage? Social { get; init; }

    /// <summary>The largest file made, for a gallery's link to the full-size photo.</summary>
    public string Largest { get; init; } = "";

    /// <summary>The figure as HTML (<c>figure</c> with <c>picture</c> and caption), for layouts that show it as the theme does.</summary>
    public string Html { get; init; } = "";
}

/// <summary>One modern format of a figure: its media type and <c>srcset</c>.</summary>
public sealed record FigureSource(string MediaType, string Srcset);

/// <summary>The crop shared on social media, with its size for <c>og:image:width</c>/<c>height</c>.</summary>
public sealed record SocialImage(string Src, int Width, int Height);
