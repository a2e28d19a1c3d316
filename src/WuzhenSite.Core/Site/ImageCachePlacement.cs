using WuzhenSite.Files;

namespace WuzhenSite.Site;

/// <summary>
/// Where the image cache may be: the build writes and deletes files in it, so it must not be, hold
/// or lie inside the input, theme or output folder, nor be or hold the site folder. Decided on real
/// paths, as the output folder's place is (<see cref="Output.OutputPlacement"/>).
/// </summary>
public static class ImageCachePlacement
{
    /// <summary>The problem with the cache's place, or null when it is fine.</summary>
    public static (string Message, string Fix)? Check(SiteFolders shown, SiteFolders real)
    {
        var cache = real.ImageCache;
        (string Kind, string Shown, string Real, bool MayLieInside)[] places =
        [
            ("site folder", shown.Root, real.Root, true),
            ("input folder", shown.Input, real.Input, false),
            ("theme folder", shown.Theme, real.Theme, false),
            ("output folder", shown.Output, real.Output, false),
        ];
        foreach (var (kind, shownPlace, realPlace, mayLieInside) in places)
        {
            var relation = string.Equals(cache, realPlace, StringComparison.Ordinal) ? "is"
                : RealPath.IsInside(realPlace, cache) ? "contains"
                : !mayLieInside && RealPath.IsInside(cache, realPlace) ? "lies inside"
                : null;
            if (relation is not null)
            {
                return ($"The image cache '{shown.ImageCache}' {relation} the {kind} '{shownPlace}'; the build writes and deletes processed photos there.",
                    "Set \"ImageCachePath\" in statiq.json to a folder of its own, such as '.cache/images' (the default), outside the input, theme and output folders.");
            }
        }

        return null;
    }
}
