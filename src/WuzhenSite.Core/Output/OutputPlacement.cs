using WuzhenSite.Files;

namespace WuzhenSite.Output;

/// <summary>
/// Where the output folder may be: a build replaces what is in it, so it must not be, hold or lie
/// inside the sources (input, theme), and must not be or hold the site folder or the settings file.
/// Decided on real paths (<see cref="RealPath"/>), so links, '..' and letter case cannot hide an overlap.
/// </summary>
public static class OutputPlacement
{
    /// <summary>A folder (or file) the output must keep clear of: what the user calls it, and its real path.</summary>
    public readonly record struct Place(string Kind, string Shown, string Real, bool OutputMayLieInside);

    /// <summary>The problem with putting the output at <paramref name="output"/> (real path), or null when it is fine.</summary>
    public static (string Message, string Fix)? Check(string output, string shownOutput, IEnumerable<Place> places)
    {
        foreach (var place in places)
        {
            var relation = string.Equals(output, place.Real, StringComparison.Ordinal) ? "is"
                : RealPath.IsInside(place.Real, output) ? "contains"
                : !place.OutputMayLieInside && RealPath.IsInside(output, place.Real) ? "lies inside"
                : null;
            if (relation is null)
            {
                continue;
            }

            var reallyOutput = output == Path.GetFullPath(shownOutput) ? "" : $" (really '{output}')";
            var reallyPlace = place.Real == Path.GetFullPath(place.Shown) ? "" : $" (really '{place.Real}')";
            return ($"The output folder '{shownOutput}'{reallyOutput} {relation} the {place.Kind} '{place.Shown}'{reallyPlace}; a build replaces what is in its output folder.",
                place.OutputMayLieInside
                    ? "Choose an output folder inside the site folder, such as 'output' (the default), or beside it (--output, or \"OutputPath\" in statiq.json)."
                    : "Choose an output folder outside the input and theme folders, such as 'output' in the site folder (--output, or \"OutputPath\" in statiq.json).");
        }

        return null;
    }
}
