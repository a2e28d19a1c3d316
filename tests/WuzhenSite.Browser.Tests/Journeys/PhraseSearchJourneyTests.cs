using Microsoft.Playwright;
using WuzhenSite.Browser.Tests.Support;

namespace WuzhenSite.Browser.Tests.Journeys;

/// <summary>
/// A journalist checking an exact wording: a quoted phrase keeps the page that says it and leaves out
/// the page that has the same words apart, in English and in Chinese, where the unquoted words find both.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PhraseSearchJourneyTests(BrowserSite site)
{
    [Theory]
    [InlineData("en", "\"digital economy\"", "digital economy", "/en/news/2017-wic-opens-in-wuzhen/", "/en/news/2017-digital-silk-road-cooperation-forum/")]
    [InlineData("zh", "\"网络安全\"", "网络安全", "/zh/news/2019-online-protection-of-minors-forum/", "/zh/news/2021-wuzhen-summit-opens/")]
    public async Task A_quoted_phrase_leaves_out_the_page_with_the_words_apart(string language, string phrase, string words, string together, string apart)
    {
        var page = await site.NewPageAsync(locale: language == "zh" ? "zh-CN" : "en-GB");

        var unquoted = await AllResultPathsAsync(page, language, words);
        Assert.Contains(together, unquoted);
        Assert.Contains(apart, unquoted);

        var quoted = await AllResultPathsAsync(page, language, phrase);
        Assert.Contains(together, quoted);
        Assert.DoesNotContain(apart, quoted);
        Assert.True(quoted.Count < unquoted.Count, $"{phrase} found {quoted.Count}, the words alone {unquoted.Count}");
    }

    [Fact]
    public async Task A_prohibited_phrase_removes_the_pages_that_say_it()
    {
        var page = await site.NewPageAsync();

        var all = await AllResultPathsAsync(page, "en", "+digital +economy");
        var without = await AllResultPathsAsync(page, "en", "+digital +economy -\"digital economy\"");

        Assert.Contains("/en/news/2017-digital-silk-road-cooperation-forum/", without);
        Assert.DoesNotContain("/en/news/2017-wic-opens-in-wuzhen/", without);
        Assert.True(without.Count < all.Count);
    }

    [Fact]
    public async Task Following_a_phrase_result_opens_the_turn_with_the_phrase_marked_as_one()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/en/search/?q=" + Uri.EscapeDataString("\"digital silk road\""));

        var turnResult = page.Locator("#search-results a[href*='2017-scio-press-conference-fourth-wic/'][href$='#ren-xianliang-2']");
        await Assertions.Expect(turnResult).ToBeVisibleAsync();
        Assert.Contains("highlight=", await turnResult.GetAttributeAsync("href"), StringComparison.Ordinal);
        await turnResult.ClickAsync();

        var marks = page.Locator("#ren-xianliang-2 mark");
        await Assertions.Expect(marks.First).ToBeVisibleAsync();
        var marked = await marks.AllInnerTextsAsync();
        Assert.Contains(marked, m => m.Equals("digital silk road", StringComparison.OrdinalIgnoreCase));
        // The address a reader copies is the plain one.
        await BrowserSite.ExpectAddressAsync(page, "/en/transcripts/2017-scio-press-conference-fourth-wic/#ren-xianliang-2");
    }

    /// <summary>Every result of the query on the language's search page (showing more until all are listed), as paths.</summary>
    private async Task<List<string>> AllResultPathsAsync(IPage page, string language, string query)
    {
        await page.GotoAsync($"{site.BaseUrl}/{language}/search/?q={Uri.EscapeDataString(query)}");
        await Assertions.Expect(page.Locator("#search")).ToHaveAttributeAsync("data-state", "ready");
        await Assertions.Expect(page.Locator("#search-results .search-result").First).ToBeVisibleAsync();
        // The status line says how many there are; "show more" adds ten at a time until all are listed.
        var status = await page.Locator("#search-status").InnerTextAsync();
        int total = int.Parse(System.Text.RegularExpressions.Regex.Match(status, "[0-9]+").Value, System.Globalization.CultureInfo.InvariantCulture);
        var results = page.Locator("#search-results .search-result");
        while (await results.CountAsync() < total)
        {
            var shown = await results.CountAsync();
            var more = page.Locator(".search-results__more-button");
            await Assertions.Expect(more).ToBeVisibleAsync();
            await more.ClickAsync();
            await Assertions.Expect(results).ToHaveCountAsync(Math.Min(total, shown + 10));
        }

        var paths = await page.Locator("#search-results a.search-result__link")
            .EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
        return [.. paths];
    }
}
