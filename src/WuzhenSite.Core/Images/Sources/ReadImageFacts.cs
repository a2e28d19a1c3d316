using System.IO.Hashing;
using NetVips;
using WuzhenSite.Content;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Images.Sources;

/// <summary>
/// Reads each photo's facts (<see cref="ImageFacts"/>): its hash, its size from the header alone
/// (libvips decodes no pixels here), and its IPTC/XMP credits. A file libvips cannot read keeps
/// the reason (<see cref="ImageFacts.Problem"/>): a page showing it fails the build naming both
/// files before anything is written.
/// </summary>
public sealed class ReadImageFacts : PerDocumentModule
{
    /// <inheritdoc />
    protected override ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
    {
        if (input.Has(ImageKeys.Facts))
        {
            return ValueTask.FromResult<IEnumerable<Document>>([input]); // refused before it was read
        }

        var relative = input.Source!;
        var real = input.GetRequired<string>(Keys.RealPath);
        try
        {
            var hash = HashOf(real);
            int width, height;
            using (var header = Image.NewFromFile(real, access: Enums.Access.Sequential))
            {
                (width, height) = OrientedSize(header);
            }

            var facts = new ImageFacts(relative, real, hash, width, height, PhotoFormats.OfExtension(real), ReadCredits(real));
            return ValueTask.FromResult<IEnumerable<Document>>([input.With(ImageKeys.Facts, facts)]);
        }
        catch (Exception e) when (e is VipsException or IOException or UnauthorizedAccessException)
        {
            var unreadable = ImageFacts.Refused(relative, real, FirstLine(e.Message), UnreadableFix);
            return ValueTask.FromResult<IEnumerable<Document>>([input.With(ImageKeys.Facts, unreadable)]);
        }
    }

    /// <summary>The error for a photo that cannot be decoded, naming it and the fix.</summary>
    public static Diagnostic Unreadable(string relative, string reason) =>
        Diagnostic.Error(relative, 0, 0, $"The photo cannot be read: {FirstLine(reason)}", UnreadableFix, "image");

    /// <summary>What to do about a photo libvips cannot read.</summary>
    public const string UnreadableFix =
        "Open it in an image editor and export it again as JPEG or PNG (a HEIC photo too, if this machine's libvips cannot decode HEIC); if it is not a photo, give it another extension.";

    /// <summary>The size as shown: EXIF orientations 5 to 8 turn the picture a quarter, swapping width and height.</summary>
    private static (int Width, int Height) OrientedSize(Image header)
    {
        var orientation = header.Contains("orientation") && header.Get("orientation") is int value ? value : 1;
        return orientation is >= 5 and <= 8 ? (header.Height, header.Width) : (header.Width, header.Height);
    }

    private static string HashOf(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var hash = new XxHash128();
        hash.Append(stream);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    /// <summary>Credits are a courtesy: a photo whose metadata cannot be parsed still publishes, without them.</summary>
    private static PhotoCredits ReadCredits(string path)
    {
        try
        {
            return PhotoCredits.Read(path);
        }
        catch (Exception e) when (e is MetadataExtractor.ImageProcessingException or IOException or XmpCore.XmpException)
        {
            return PhotoCredits.None;
        }
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "";
        return line.Length == 0 ? "libvips could not decode it." : line;
    }
}
