using Microsoft.Playwright;
using WuzhenSite.Browser.Tests.Support;

namespace WuzhenSite.Browser.Tests.Journeys;

/// <summary>What a reader and a journalist do on the site, asserted on what they see.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReaderJourneyTests(BrowserSite site)
{
    [Fact]
    public async Task A_reader_opens_the_home_page_switches_to_chinese_and_back()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/en/");
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));

        await page.ClickAsync("header a[hreflang=zh]");
        await BrowserSite.ExpectAddressAsync(page, "/zh/");
        Assert.Equal("zh", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("新闻", await page.InnerTextAsync("header .site-nav"));

        await page.ClickAsync("header a[hreflang=en]");
        await BrowserSite.ExpectAddressAsync(page, "/en/");
        Assert.Contains("News", await page.InnerTextAsync("header .site-nav"));
    }

    [Fact]
    public async Task A_reader_switches_an_article_to_its_translation()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/en/news/2017-wic-opens-in-wuzhen/");

        await page.ClickAsync("header a[hreflang=zh]");

        await BrowserSite.ExpectAddressAsync(page, "/zh/news/2017-wic-opens-in-wuzhen/");
        Assert.Equal("zh", await page.GetAttributeAsync("html", "lang"));
    }

    [Fact]
    public async Task A_journalist_follows_a_speaker_link_then_a_quote_back_to_the_exact_turn()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/en/transcripts/2017-scio-press-conference-fourth-wic/");

        await page.ClickAsync("#ren-xianliang-1 .turn__speaker a");
        await BrowserSite.ExpectAddressAsync(page, "/en/speakers/ren-xianliang/");
        Assert.Equal("Ren Xianliang", (await page.InnerTextAsync("h1")).Trim());

        var quote = page.Locator(".quote a[href*='2017-scio-press-conference-fourth-wic/#ren-xianliang-2']");
        await quote.ClickAsync();
        await BrowserSite.ExpectAddressAsync(page, "/2017-scio-press-conference-fourth-wic/#ren-xianliang-2");

        var turn = page.Locator("#ren-xianliang-2");
        await Assertions.Expect(turn).ToBeInViewportAsync();
        await Assertions.Expect(turn).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-highlighted"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector(':target')?.id === 'ren-xianliang-2'"));
    }

    [Theory]
    [InlineData("/en/")]
    [InlineData("/zh/")]
    [InlineData("/en/news/2017-wic-opens-in-wuzhen/")]
    [InlineData("/zh/transcripts/2017-scio-press-conference-fourth-wic/")]
    [InlineData("/en/speakers/ren-xianliang/")]
    [InlineData("/en/speakers/")]
    [InlineData("/en/search/")]
    public async Task At_phone_width_no_page_scrolls_sideways(string path)
    {
        var page = await site.NewPageAsync(390, 844);
        await page.GotoAsync(site.BaseUrl + path);

        Assert.False(await PageChecks.ScrollsHorizontallyAsync(page), $"{path} scrolls horizontally at 390 px");
    }

    [Theory]
    [InlineData("home", "/en/")]
    [InlineData("home-zh", "/zh/")]
    [InlineData("article", "/en/news/2017-wic-opens-in-wuzhen/")]
    [InlineData("transcript", "/en/transcripts/2017-scio-press-conference-fourth-wic/")]
    [InlineData("transcript-zh", "/zh/transcripts/2017-scio-press-conference-fourth-wic/")]
    [InlineData("speaker", "/en/speakers/ren-xianliang/")]
    [InlineData("search", "/en/search/?q=digital+silk+road")]
    public async Task Screenshots_at_desktop_and_phone_width_are_kept_as_artifacts(string name, string path)
    {
        foreach (var (label, width, height) in new[] { ("desktop", 1280, 900), ("phone", 390, 844) })
        {
            var page = await site.NewPageAsync(width, height);
            var response = await page.GotoAsync(site.BaseUrl + path);
            Assert.Equal(200, response!.Status);
            await PageChecks.ScreenshotAsync(page, $"{name}-{label}");
            Assert.True(File.Exists(Path.Combine(BrowserSite.ArtifactsFolder, $"{name}-{label}.png")));
        }
    }
}
