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

    [Fact]
    public void A_sections_years_are_newest_first_each_with_its_pages_newest_first_and_only_years_with_pages()
    {
        var early2021 = TestPages.Article("early", date: "2021-01-02");
        var late2021 = TestPages.Article("late", date: "2021-12-30T23:30:00-05:00"); // 2021 as written, 2022 in UTC
        var of2019 = TestPages.Article("old", date: "2019-10-20");
        var zh2019 = TestPages.Article("old", language: "zh", date: "2019-10-20");
        ContentPage[] content = [early2021, of2019, late2021, zh2019];

        var pages = SitePages.Build(content, TermIndex.Build([], content, "en"), TestSettings.EnglishAndChinese);

        var years = pages.Years("en", ContentKind.Article);
        Assert.Equal([2021, 2019], years.Select(y => y.Year));
        Assert.Equal([late2021, early2021], years[0].Pages);
        Assert.Equal([of2019], years[1].Pages);
        Assert.Equal([2019], pages.Years("zh", ContentKind.Article).Select(y => y.Year));
        Assert.Empty(pages.Years("en", ContentKind.Transcript));
    }

    [Fact]
    public void Feeds_hold_the_most_recently_published_or_changed_first_so_a_corrected_story_comes_back()
    {
        var corrected = TestPages.Article("corrected", date: "2021-01-02");
        corrected = corrected with { Meta = corrected.Meta with { Corrections = [new(WuzhenSite.Content.FrontMatter.FrontMatterDateParser.TryParse("2021-03-01")!.Value, "Fixed.", 5)] } };
        var newer = TestPages.Article("newer", date: "2021-02-01");
        var older = TestPages.Article("older", date: "2021-01-01");
        ContentPage[] content = [older, corrected, newer];

        var plan = FeedPlan.Build(content, TermIndex.Build([], content, "en"));

        Assert.Equal([corrected, newer, older], plan.ByLanguage["en"]);
    }
}
