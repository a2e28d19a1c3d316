using WuzhenSite.Content;
using WuzhenSite.SiteData;
using WuzhenSite.Taxonomies;

namespace WuzhenSite.Core.Tests.SiteData;

/// <summary>The groupings of the site index keep the orders the pipelines read: reading order by language, newest first in lists.</summary>
public sealed class SitePagesTests
{
    private static readonly ContentPage Older = TestPages.Article("older", date: "2021-09-27", speakers: ["Ren Xianliang"]);
    private static readonly ContentPage Newer = TestPages.Article("newer", date: "2022-01-05");
    private static readonly ContentPage About = TestPages.Article("about", date: "2023-01-01") with { Kind = ContentKind.Page };
    private static readonly ContentPage Chinese = TestPages.Article("older", language: "zh", date: "2021-09-27", speakers: ["Ren Xianliang"]);

    private static SitePages Build(out TermIndex terms)
    {
        ContentPage[] content = [Older, About, Newer, Chinese];
        terms = TermIndex.Build([], content, "en");
        return SitePages.Build(content, terms, TestSettings.EnglishAndChinese);
    }

    [Fact]
    public void A_language_keeps_the_reading_order_and_its_home_list_is_newest_first_without_plain_pages()
    {
        var pages = Build(out _);

        Assert.Equal([Older, About, Newer], pages.InLanguage("en"));
        Assert.Equal([Newer, Older], pages.Listed("en", kind: null));
        Assert.Equal([Newer, Older], pages.Listed("en", ContentKind.Article));
        Assert.Empty(pages.Listed("en", ContentKind.Transcript));
        Assert.Equal([Chinese], pages.Listed("zh", kind: null));
    }

    [Fact]
    public void A_terms_pages_are_those_of_its_language_newest_first()
    {
        var pages = Build(out var terms);
        var ren = terms.Resolve(TermKind.Speaker, "Ren Xianliang")!;

        Assert.Equal([Older], pages.OfTerm(ren, "en"));
        Assert.Equal([Chinese], pages.OfTerm(ren, "zh"));
    }

    [Fact]
    public void Source_path_order_is_ordinal()
    {
        var pages = Build(out _);

        Assert.Equal(pages.All.Select(p => p.SourcePath).Order(StringComparer.Ordinal), pages.BySourcePath.Select(p => p.SourcePath));
    }
}
