namespace WuzhenSite.Search;

/// <summary>JavaScript <c>Math</c> functions whose results differ from .NET's.</summary>
internal static class JsMath
{
    /// <summary>
    /// <c>Math.round</c>: the nearest integer, ties toward +∞; results in (−0.5, 0) are −0.
    /// (.NET's <see cref="Math.Round(double)"/> rounds ties to even.)
    /// </summary>
    public static double Round(double x)
    {
        if (!double.IsFinite(x) || x == 0)
        {
            return x;
        }

        double floor = Math.Floor(x);
        double result = x - floor >= 0.5 ? floor + 1 : floor;
        return result == 0 && x < 0 ? -0.0 : result;
    }
}
