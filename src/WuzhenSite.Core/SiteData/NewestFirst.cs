using WuzhenSite.Content;

namespace WuzhenSite.SiteData;

/// <summary>The order of every list on the site: newest first, ties broken by title then source path so builds are repeatable.</summary>
public sealed class NewestFirst : IComparer<ContentPage>
{
    /// <summary>The shared instance.</summary>
    public static readonly NewestFirst Instance = new();

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

        var byDate = Nullable.Compare(y.Date?.Value, x.Date?.Value);
        if (byDate != 0)
        {
            return byDate;
        }

        var byTitle = string.CompareOrdinal(x.Title, y.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.SourcePath, y.SourcePath);
    }
}
