using WuzhenSite.Rendering.Views;
using WuzhenSite.Rendering;
using WuzhenSite.Taxonomies;
using WuzhenSite.Urls;

namespace WuzhenSite.Core.Tests.Rendering;

public sealed class PageViewFactoryTests
{
    private static readonly PageViewFactory Factory = new(TestSettings.EnglishAndChinese, new LinkBuilder(TestSettings.EnglishAndChinese), TermIndex.Build([], [], "en"));

    [Fact]
    public void Hreflang_lists_every_language_including_the_page_itself_and_x_default()
    {
        var alternates = Factory.Alternates(new Dictionary<string, string> { ["zh"] = "/zh/news/a/", ["en"] = "/en/news/a/" });

        Assert.Equal(["en", "zh", "x-default"], alternates.Select(a => a.Hreflang));
        Assert.Equal("https://news.example.org/en/news/a/", alternates[0].Href);
        Assert.Equal("https://news.example.org/en/news/a/", alternates[2].Href);
    }

    [Fact]
    public void Hreflang_sets_are_symmetric_every_translation_gets_the_same_set()
    {
        var urls = new Dictionary<string, string> { ["en"] = "/en/news/a/", ["zh"] = "/zh/news/a/" };

        var fromEnglish = Factory.Alternates(urls);
        var fromChinese = Factory.Alternates(new Dictionary<string, string>(urls.Reverse()));

        Assert.Equal(fromEnglish, fromChinese);
    }

    [Fact]
    public void X_default_falls_back_to_the_first_language_when_the_default_has_no_version()
    {
        var settings = TestSettings.EnglishAndChinese with
        {
            Languages = [.. TestSettings.EnglishAndChinese.Languages, new WuzhenSite.Configuration.LanguageSettings { Code = "fr", Name = "Français" }],
        };
        var factory = new PageViewFactory(settings, new LinkBuilder(settings), TermIndex.Build([], [], "en"));

        var alternates = factory.Alternates(new Dictionary<string, string> { ["fr"] = "/fr/news/a/", ["zh"] = "/zh/news/a/" });

        Assert.Equal(["zh", "fr", "x-default"], alternates.Select(a => a.Hreflang));
        Assert.Equal("https://news.example.org/zh/news/a/", alternates[^1].Href);
    }

    [Fact]
    public void A_page_without_translations_has_no_hreflang_set()
    {
        Assert.Empty(Factory.Alternates(new Dictionary<string, string> { ["en"] = "/en/news/a/" }));
    }

    [Fact]
    public void The_switcher_offers_the_other_language_s_home_when_a_page_has_no_translation()
    {
        var translations = Factory.Translations("en", new Dictionary<string, (string, string)> { ["en"] = ("/en/news/a/", "A") });

        Assert.Equal(["en", "zh"], translations.Select(t => t.Lang));
        Assert.False(translations[0].IsFallback);
        Assert.True(translations[0].IsCurrent);
        Assert.True(translations[1].IsFallback);
        Assert.Equal("/zh/", translations[1].Url);
    }

    [Fact]
    public void A_changed_page_shows_its_last_change_and_corrections_in_its_language_and_an_unchanged_one_nothing()
    {
        static WuzhenSite.Content.FrontMatter.FrontMatterDate D(string text) => WuzhenSite.Content.FrontMatter.FrontMatterDateParser.TryParse(text)!.Value;
        var page = TestPages.Article("harbour", language: "zh", date: "2019-10-20");
        page = page with
        {
            Meta = page.Meta with
            {
                Updated = D("2019-10-21"),
                Corrections = [new(D("2019-10-22T09:30:00+08:00"), "展馆共有四块显示屏。", 6)],
            },
        };

        var view = Factory.ForContent(page, null);
        var item = Factory.Item(page);

        Assert.Equal(("2019年10月22日", "2019-10-22T09:30:00+08:00"), (view.UpdatedDisplay, view.UpdatedIso));
        Assert.Equal([new CorrectionView("2019年10月22日", "2019-10-22T09:30:00+08:00", "展馆共有四块显示屏。")], view.Corrections);
        Assert.Equal("2019-10-22T09:30:00+08:00", item.UpdatedIso);

        var unchanged = Factory.ForContent(TestPages.Article("third-day", date: "2019-10-21"), null);
        Assert.Equal(("", ""), (unchanged.UpdatedDisplay, unchanged.UpdatedIso));
        Assert.Empty(unchanged.Corrections);
    }
}
