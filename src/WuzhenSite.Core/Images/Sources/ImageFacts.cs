namespace WuzhenSite.Images.Sources;

/// <summary>
/// What the build knows of one photo in the input folder, read once per build: where it is, a hash
/// of its bytes (which names its derived files and keys the cache), its size as shown (EXIF
/// orientation applied), its format and the credits inside it.
/// </summary>
/// <param name="Relative">Path under the input folder, forward slashes (<c>assets/photos/stage.jpg</c>).</param>
/// <param name="Real">The file's real path, which is what is decoded.</param>
/// <param name="Hash">XxHash128 of the file's bytes, lower-case hex.</param>
/// <param name="Width">Width as shown, after orientation.</param>
/// <param name="Height">Height as shown, after orientation.</param>
/// <param name="Format">The source format (<see cref="PhotoFormat"/>).</param>
/// <param name="Credits">Caption, credit, by-line and copyright from IPTC/XMP.</param>
/// <param name="Problem">Why the file cannot be shown (corrupt, a format libvips lacks, over the size limit), or null: an error only where a page shows it, since a file no page shows is copied as it is.</param>
/// <param name="ProblemFix">What to do about <paramref name="Problem"/>.</param>
public sealed record ImageFacts(string Relative, string Real, string Hash, int Width, int Height, PhotoFormat Format, PhotoCredits Credits, string? Problem = null, string? ProblemFix = null)
{
    /// <summary>A file the build will not show, with the reason and the fix.</summary>
    public static ImageFacts Refused(string relative, string real, string problem, string fix) =>
        new(relative, real, "", 0, 0, PhotoFormats.OfExtension(real), PhotoCredits.None, problem, fix);
}
