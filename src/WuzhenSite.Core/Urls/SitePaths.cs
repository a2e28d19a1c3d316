using WuzhenSite.Content;

namespace WuzhenSite.Urls;

/// <summary>
/// Where every page lives: the URLs the content contract promises, in one place. URLs here are site
/// paths (<c>/en/news/opening/</c>); <see cref="LinkBuilder"/> puts them under the link root or the host.
/// </summary>
public static class SitePaths
{
    /// <summary>A language's home: <c>/en/</c>.</summary>
    public static string Home(string language) => $"/{language}/";

    /// <summary>A language's search page: <c>/en/search/</c>.</summary>
    public static string Search(string language) => $"/{language}/search/";

    /// <summary>The list of all articles or transcripts: <c>/en/news/</c>, <c>/en/transcripts/</c>.</summary>
    public static string Section(ContentKind kind, string language) => kind switch
    {
        ContentKind.Article => $"/{language}/news/",
        ContentKind.Transcript => $"/{language}/transcripts/",
        _ => Home(language),
    };

    /// <summary>
    /// The archive of a year of news or transcripts: <c>/en/news/2021/</c>. The year is written with four
    /// digits, which no article or transcript slug may be (<see cref="ContentFolders.IsYearSegment"/>).
    /// </summary>
    public static string YearArchive(ContentKind kind, string language, int year) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Section(kind, language)}{year:D4}/");

    /// <summary>A content page: <c>/en/news/slug/</c>, <c>/en/transcripts/slug/</c>, or <c>/en/slug/</c> for plain pages.</summary>
    public static string Content(ContentKind kind, string language, string slug) => kind switch
    {
        ContentKind.Article or ContentKind.Transcript => $"{Section(kind, language)}{slug}/",
        _ => $"/{language}/{slug}/",
    };

    /// <summary>Page <paramref name="number"/> of a list whose first page is <paramref name="firstPage"/>: <c>…/page/2/</c>.</summary>
    public static string Paged(string firstPage, int number) => number <= 1 ? firstPage : $"{firstPage}page/{number}/";

    /// <summary>The file a URL is written to: <c>/en/news/x/</c> → <c>en/news/x/index.html</c>; file URLs stay as they are.</summary>
    public static string Destination(string url)
    {
        var path = url.TrimStart('/');
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
