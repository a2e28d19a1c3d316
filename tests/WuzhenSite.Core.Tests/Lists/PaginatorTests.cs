using WuzhenSite.Lists;

namespace WuzhenSite.Core.Tests.Lists;

public sealed class PaginatorTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(10, 1)]
    [InlineData(11, 2)]
    [InlineData(25, 3)]
    public void Makes_enough_pages_and_always_at_least_one(int items, int pages)
    {
        var result = Paginator.Paginate(Enumerable.Range(1, items).ToList(), 10, "/en/news/", url => url);

        Assert.Equal(pages, result.Count);
        Assert.Equal(items, result.Sum(p => p.Items.Count));
    }

    [Fact]
    public void One_more_than_a_page_puts_the_last_item_on_page_two_with_links_both_ways()
    {
        var result = Paginator.Paginate(Enumerable.Range(1, 11).ToList(), 10, "/en/news/", url => "/root" + url);

        Assert.Equal("/en/news/", result[0].Url);
        Assert.Equal("/en/news/page/2/", result[1].Url);
        Assert.Equal([11], result[1].Items);
        Assert.Null(result[0].View.PrevUrl);
        Assert.Equal("/root/en/news/page/2/", result[0].View.NextUrl);
        Assert.Equal("/root/en/news/", result[1].View.PrevUrl);
        Assert.Null(result[1].View.NextUrl);
        Assert.Equal([false, true], result[1].View.Pages.Select(p => p.IsCurrent));
        Assert.Equal(11, result[1].View.TotalItems);
    }
}
