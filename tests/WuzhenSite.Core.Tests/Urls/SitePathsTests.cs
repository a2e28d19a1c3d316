using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Urls;

namespace WuzhenSite.Core.Tests.Urls;

public sealed class SitePathsTests
{
    [Theory]
    [InlineData(ContentKind.Article, "en", "opening", "/en/news/opening/")]
    [InlineData(ContentKind.Transcript, "zh", "briefing", "/zh/transcripts/briefing/")]
    [InlineData(ContentKind.Page, "en", "about", "/en/about/")]
    public void Content_urls_follow_the_contract(ContentKind kind, string language, string slug, string url)
    {
        Assert.Equal(url, SitePaths.Content(kind, language, slug));
    }

    [Theory]
    [InlineData("/en/news/", 1, "/en/news/")]
    [InlineData("/en/news/", 2, "/en/news/page/2/")]
    public void Later_pages_of_a_list_live_under_page_n(string first, int number, string url)
    {
        Assert.Equal(url, SitePaths.Paged(first, number));
    }

    [Theory]
    [InlineData(ContentKind.Article, "en", 2021, 1, "/en/news/2021/")]
    [InlineData(ContentKind.Article, "en", 2021, 2, "/en/news/2021/page/2/")]
    [InlineData(ContentKind.Transcript, "zh", 2017, 3, "/zh/transcripts/2017/page/3/")]
    [InlineData(ContentKind.Article, "en", 999, 1, "/en/news/0999/")]
    public void Year_archives_live_under_their_section_at_the_four_digit_year_and_page_like_any_list(ContentKind kind, string language, int year, int page, string url)
    {
        Assert.Equal(url, SitePaths.Paged(SitePaths.YearArchive(kind, language, year), page));
        Assert.True(ContentFolders.IsYearSegment(SitePaths.YearArchive(kind, language, year).Split('/')[3]));
    }

    [Theory]
    [InlineData("2021", true)]
    [InlineData("0999", true)]
    [InlineData("20211", false)]
    [InlineData("2021-opening", false)]
    [InlineData("２０２１", false)]
    public void Only_four_ascii_digits_are_a_year_segment(string segment, bool year) => Assert.Equal(year, ContentFolders.IsYearSegment(segment));

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/en/news/a/", "en/news/a/index.html")]
    [InlineData("/en/feed.xml", "en/feed.xml")]
    public void Destinations_are_index_files_for_folder_urls(string url, string destination)
    {
        Assert.Equal(destination, SitePaths.Destination(url));
    }

    [Fact]
    public void Links_go_under_the_link_root_and_absolute_urls_use_the_host()
    {
        var links = new LinkBuilder(new SiteSettings { Host = "news.example.org", LinkRoot = "/conference" });

        Assert.Equal("/conference/en/", links.Link("/en/"));
        Assert.Equal("https://news.example.org/conference/en/", links.Absolute("/en/"));
        Assert.Equal("/conference/", links.Root);
        Assert.Equal("/en/", new LinkBuilder(new SiteSettings()).Link("/en/"));
    }
}
