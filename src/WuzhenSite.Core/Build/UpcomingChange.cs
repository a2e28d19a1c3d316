using System.Globalization;

namespace WuzhenSite.Build;

/// <summary>
/// A time at which the published site goes out of date by itself: a scheduled document
/// (<c>publishDate</c>) becomes due, or a published one passes its <c>expiryDate</c>. A rebuild at
/// or after that time puts it up or takes it down; the build and <c>check</c> print the next of each.
/// </summary>
/// <param name="At">When.</param>
/// <param name="File">The source file: input-relative as the build notes it, relative to the site folder in a build's result, as diagnostics name it.</param>
public sealed record UpcomingChange(DateTimeOffset At, string File)
{
    /// <summary>The time in ISO 8601, in UTC with its offset written out: <c>2026-12-01T08:00:00+00:00</c>.</summary>
    public string AtUtc => At.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>The earlier of two changes; at the same time, the file first in ordinal order, so the choice never depends on threads.</summary>
    public static UpcomingChange Earlier(UpcomingChange? current, UpcomingChange candidate) =>
        current is null || candidate.At < current.At || (candidate.At == current.At && string.CompareOrdinal(candidate.File, current.File) < 0)
            ? candidate
            : current;
}
