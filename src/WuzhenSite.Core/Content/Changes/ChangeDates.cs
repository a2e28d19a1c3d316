using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Content.Changes;

/// <summary>
/// When a page last changed after it was published, from its <c>updated:</c> date and its corrections'
/// dates, and the rule that neither comes before the publication <c>date:</c> (as Hugo users expect
/// <c>lastmod</c> to be no earlier than <c>date</c>). Pure: front matter in, a date or diagnostics out.
/// </summary>
/// <remarks>
/// Two dates are compared as moments when both have a time, and by the day as written when either is a
/// plain <c>YYYY-MM-DD</c> (a plain date means that whole day, so a moment on it is neither earlier nor
/// later). Of an <c>updated</c> day and a correction's moment on it (or the other way round), the moment
/// is the last change, being the more precise.
/// </remarks>
public static class ChangeDates
{
    /// <summary>
    /// The page's last change: the latest of <c>updated</c> and the corrections' dates, when it is later
    /// than the publication date (or the page has none); null when the page has not changed since.
    /// </summary>
    public static FrontMatterDate? LastChange(FrontMatterData meta)
    {
        FrontMatterDate? latest = meta.Updated;
        foreach (var correction in meta.Corrections)
        {
            if (latest is not { } current || Supersedes(correction.Date, current))
            {
                latest = correction.Date;
            }
        }

        return latest is { } change && (meta.Date is not { } published || Compare(change, published) > 0) ? change : null;
    }

    /// <summary>An error for an <c>updated</c> date, or a correction's, earlier than the publication date; none without a <c>date</c>.</summary>
    public static IEnumerable<Diagnostic> Check(string file, FrontMatterData meta)
    {
        if (meta.Date is not { } published)
        {
            yield break;
        }

        var date = Written(published);
        if (meta.Updated is { } updated && Compare(updated, published) < 0)
        {
            yield return Diagnostic.Error(file, meta.UpdatedLine, 1,
                $"'updated: {Written(updated)}' is earlier than the page's 'date: {date}'.",
                $"'updated' is when the story last changed after it was published: write a date on or after {date}, or remove 'updated' if it has not changed.",
                "front-matter");
        }

        foreach (var correction in meta.Corrections.Where(c => Compare(c.Date, published) < 0))
        {
            yield return Diagnostic.Error(file, correction.Line, 1,
                $"The correction dated {Written(correction.Date)} is earlier than the page's 'date: {date}'.",
                $"Give the correction the day it was made, on or after {date}.", "front-matter");
        }
    }

    /// <summary>Negative when <paramref name="a"/> is earlier than <paramref name="b"/>, zero when they are the same (or on the same day, one of them plain), positive when later.</summary>
    public static int Compare(FrontMatterDate a, FrontMatterDate b) =>
        a.HasTime && b.HasTime ? a.Value.CompareTo(b.Value) : a.Day.CompareTo(b.Day);

    /// <summary>True when <paramref name="candidate"/> is later than <paramref name="current"/>, or the same day told more precisely.</summary>
    private static bool Supersedes(FrontMatterDate candidate, FrontMatterDate current) =>
        Compare(candidate, current) is var order && (order > 0 || (order == 0 && candidate.HasTime && !current.HasTime));

    private static string Written(FrontMatterDate date) =>
        date.HasTime ? date.Value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture)
            : date.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
