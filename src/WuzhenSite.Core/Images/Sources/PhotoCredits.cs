using MetadataExtractor;
using MetadataExtractor.Formats.Iptc;
using MetadataExtractor.Formats.Xmp;
using XmpCore;

namespace WuzhenSite.Images.Sources;

/// <summary>
/// The words a press photo carries inside its file: caption, credit, by-line and copyright, from
/// IPTC (as newsroom tools write them) or else XMP (as Lightroom and Photoshop do).
/// </summary>
public sealed record PhotoCredits(string? Caption, string? Credit, string? ByLine, string? Copyright)
{
    /// <summary>No words.</summary>
    public static PhotoCredits None { get; } = new(null, null, null, null);

    /// <summary>The credit line to show: the credit, else the by-line.</summary>
    public string? CreditLine => Credit ?? ByLine;

    /// <summary>Reads the credits of the photo at <paramref name="path"/>; a file without IPTC or XMP has none.</summary>
    public static PhotoCredits Read(string path) => From(ImageMetadataReader.ReadMetadata(path));

    /// <summary>The credits in already read metadata directories: IPTC first, XMP for what IPTC lacks.</summary>
    public static PhotoCredits From(IEnumerable<MetadataExtractor.Directory> directories)
    {
        string? caption = null, credit = null, byLine = null, copyright = null;
        foreach (var directory in directories)
        {
            if (directory is IptcDirectory iptc)
            {
                caption ??= Clean(iptc.GetString(IptcDirectory.TagCaption));
                credit ??= Clean(iptc.GetString(IptcDirectory.TagCredit));
                byLine ??= Clean(iptc.GetString(IptcDirectory.TagByLine));
                copyright ??= Clean(iptc.GetString(IptcDirectory.TagCopyrightNotice));
            }
            else if (directory is XmpDirectory { XmpMeta: { } xmp })
            {
                caption ??= Localized(xmp, XmpConstants.NsDC, "description");
                credit ??= Property(xmp, XmpConstants.NsPhotoshop, "Credit");
                byLine ??= First(xmp, XmpConstants.NsDC, "creator");
                copyright ??= Localized(xmp, XmpConstants.NsDC, "rights");
            }
        }

        return new PhotoCredits(caption, credit, byLine, copyright);
    }

    private static string? Localized(IXmpMeta xmp, string ns, string name) =>
        xmp.DoesPropertyExist(ns, name) ? Clean(xmp.GetLocalizedText(ns, name, null, "x-default")?.Value) : null;

    private static string? Property(IXmpMeta xmp, string ns, string name) =>
        xmp.DoesPropertyExist(ns, name) ? Clean(xmp.GetPropertyString(ns, name)) : null;

    private static string? First(IXmpMeta xmp, string ns, string name) =>
        xmp.DoesPropertyExist(ns, name) && xmp.CountArrayItems(ns, name) > 0 ? Clean(xmp.GetArrayItem(ns, name, 1)?.Value) : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
