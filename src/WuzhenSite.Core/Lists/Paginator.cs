using WuzhenSite.Rendering.Views;
using WuzhenSite.Urls;

namespace WuzhenSite.Lists;

/// <summary>
/// Splits a list into pages of a fixed size: page 1 at the list's URL, page n at <c>…/page/n/</c>.
/// An empty list still has one (empty) page, so its URL always exists.
/// </summary>
public static class Paginator
{
    /// <summary>One page of a list.</summary>
    public sealed record ListPage<T>(int Number, string Url, IReadOnlyList<T> Items, PaginatorView View);

    /// <summary>The pages of <paramref name="items"/>; <paramref name="link"/> turns site paths into links for the paginator's view.</summary>
    public static IReadOnlyList<ListPage<T>> Paginate<T>(IReadOnlyList<T> items, int pageSize, string firstPageUrl, Func<string, string> link)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        var total = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        var pages = new List<ListPage<T>>(total);
        for (var number = 1; number <= total; number++)
        {
            var start = (number - 1) * pageSize;
            var slice = items.Skip(start).Take(pageSize).ToList();
            var links = Enumerable.Range(1, total)
                .Select(n => new PageLinkView(n, link(SitePaths.Paged(firstPageUrl, n)), n == number))
                .ToList();
            var view = new PaginatorView(
                number,
                total,
                number > 1 ? link(SitePaths.Paged(firstPageUrl, number - 1)) : null,
                number < total ? link(SitePaths.Paged(firstPageUrl, number + 1)) : null,
                links,
                items.Count);
            pages.Add(new ListPage<T>(number, SitePaths.Paged(firstPageUrl, number), slice, view));
        }

        return pages;
    }
}
