using WuzhenSite.Content;

namespace WuzhenSite.SiteData;

/// <summary>
/// The order of feeds: the most recently published or changed first (a page's <see cref="ContentPage.Modified"/>),
/// so a story corrected long after it was published comes back among a feed's newest items. Ties
/// fall back to <see cref="NewestFirst"/>, so builds are repeatable.
/// </summary>
public sealed class LatestChangeFirst : IComparer<ContentPage>
{
    /// <summary>The shared instance.</summary>
    public static readonly LatestChangeFirst Instance = new();

    /// <inheritdoc />
    public int Compare(ContentPage? x, ContentPage? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var byChange = Nullable.Compare(Moment(y), Moment(x));
        return byChange != 0 ? byChange : NewestFirst.Instance.Compare(x, y);
    }

    /// <summary>The moment of the last change, never before the publication moment (a plain day is midnight UTC).</summary>
    private static DateTimeOffset? Moment(ContentPage page) =>
        page.Updated is { } changed && page.Date is { } published && changed.Value < published.Value ? published.Value : page.Modified?.Value;
}
