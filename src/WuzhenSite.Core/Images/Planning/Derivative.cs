using WuzhenSite.Images.Sources;

namespace WuzhenSite.Images.Planning;

/// <summary>
/// One file made from a photo: the photo, where the file goes on the site
/// (<c>assets/img/stage-3f9a1c2b7d-800.avif</c>, its name also its cache key), its size and format,
/// and for the social image the crop around the focal point.
/// </summary>
public sealed record Derivative(ImageFacts Photo, string Destination, int Width, int Height, PhotoFormat Format, FocalPoint? CropAround)
{
    /// <summary>The file name, which names the cache entry too.</summary>
    public string FileName => Destination[(Destination.LastIndexOf('/') + 1)..];
}
