namespace WuzhenSite.Content.Figures;

/// <summary>Where a page shows an image, which decides its markup and how eagerly it loads.</summary>
public enum ImagePlace
{
    /// <summary>The page's cover (front matter <c>image:</c>): its lead image, loaded first.</summary>
    Cover,

    /// <summary>A body image alone in its paragraph: a figure with its caption.</summary>
    Figure,

    /// <summary>A body image inside running text: a picture without a caption.</summary>
    Inline,

    /// <summary>One photo of a <c>::: gallery</c> block.</summary>
    Gallery,
}

/// <summary>
/// An image as the author wrote it: the address, the alt text, the caption and credit given (null
/// when not given: the photo's own IPTC/XMP may supply them), and the 1-based line of the source
/// file where it is written, for messages.
/// </summary>
public sealed record ImageReference(string Url, string? Alt, string? Caption, string? Credit, int Line, ImagePlace Place);
