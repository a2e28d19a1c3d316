using WuzhenSite.Urls;

namespace WuzhenSite.Lists;

/// <summary>
/// Page n of a list in the other languages. The language switcher falls back to the first page
/// when a language's list is shorter; hreflang pairs only pages that exist in both languages.
/// </summary>
public static class PagedTranslations
{
    /// <summary>For the switcher: every language, at page n or its last page.</summary>
    public static Dictionary<string, (string Url, string Title)> ForSwitcher(
        IReadOnlyDictionary<string, (string FirstUrl, int Count)> lists, int number, int pageSize, string title) =>
        lists.ToDictionary(
            pair => pair.Key,
            pair => (SitePaths.Paged(pair.Value.FirstUrl, number <= PageCount(pair.Value.Count, pageSize) ? number : 1), title));

    /// <summary>For hreflang: only the languages whose list has page n.</summary>
    public static Dictionary<string, string> ForAlternates(IReadOnlyDictionary<string, (string FirstUrl, int Count)> lists, int number, int pageSize) =>
        lists.Where(pair => number <= PageCount(pair.Value.Count, pageSize))
            .ToDictionary(pair => pair.Key, pair => SitePaths.Paged(pair.Value.FirstUrl, number));

    private static int PageCount(int items, int pageSize) => Math.Max(1, (items + pageSize - 1) / pageSize);
}
