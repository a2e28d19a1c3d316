using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WuzhenSite.Browser.Tests.Support;

namespace WuzhenSite.Browser.Tests.Journeys;

/// <summary>A journalist searching the sample site: from the header box, in both languages, with filters and with the keyboard alone.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchJourneyTests(BrowserSite site)
{
    private const string Transcript = "2017-scio-press-conference-fourth-wic";

    [Fact]
    public async Task Searching_english_from_the_header_finds_the_turn_and_opens_it_at_its_anchor()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/en/news/2017-wic-opens-in-wuzhen/");

        await page.FillAsync("header #site-search", "digital silk road");
        await page.PressAsync("header #site-search", "Enter");
        await BrowserSite.ExpectAddressAsync(page, "/en/search/?q=digital+silk+road");

        // The link carries the query for the page to mark (highlight=), before the turn's anchor.
        var turnResult = page.Locator($"#search-results a[href$='{Transcript}/?highlight=digital+silk+road#ren-xianliang-2']");
        await Assertions.Expect(turnResult).ToBeVisibleAsync();
        await Assertions.Expect(turnResult).ToContainTextAsync("Ren Xianliang");
        var item = turnResult.Locator("xpath=ancestor::li[1]");
        await Assertions.Expect(item.Locator(".search-result__type")).ToHaveTextAsync("Remarks");
        await Assertions.Expect(item.Locator(".search-result__date")).Not.ToBeEmptyAsync();
        await Assertions.Expect(item.Locator("mark").First).ToBeVisibleAsync();
        var marked = await item.Locator("mark").AllInnerTextsAsync();
        Assert.Contains(marked, m => m.Equals("silk", StringComparison.OrdinalIgnoreCase));
        await Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(ResultCount());

        await turnResult.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape($"/en/transcripts/{Transcript}/") + @"(\?[^#]*)?#ren-xianliang-2$"), new() { Timeout = 15000 });
        var turn = page.Locator("#ren-xianliang-2");
        await Assertions.Expect(turn).ToBeInViewportAsync();
        await Assertions.Expect(turn).ToContainTextAsync("Digital Silk Road", new() { IgnoreCase = true });
    }

    [Fact]
    public async Task A_long_result_list_shows_ten_at_a_time_in_rank_order()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/en/search/?q=digital");
        await Assertions.Expect(page.Locator("#search")).ToHaveAttributeAsync("data-state", "ready");

        // Results are added as their store files arrive, but always in rank order: ten, then ten more.
        var results = page.Locator("#search-results .search-result");
        await Assertions.Expect(results).ToHaveCountAsync(10);
        await Assertions.Expect(page.Locator(".search-results__more")).ToContainTextAsync("Showing 10 of");
        var firstTen = await page.Locator("#search-results a.search-result__link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

        await page.Locator(".search-results__more-button").ClickAsync();
        await Assertions.Expect(results).ToHaveCountAsync(20);
        var firstTwenty = await page.Locator("#search-results a.search-result__link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.Equal(firstTen, firstTwenty.Take(10));
        // Each link is the entry's URL with the query for the page it opens (the anchor, if any, stays last).
        Assert.Equal((await ExpectedOrderAsync(page, "digital", 20)).Select(url => WithHighlight(url, "digital")), firstTwenty);
    }

    private static string WithHighlight(string url, string query) =>
        url.Split('#')[0] + "?highlight=" + query + (url.Contains('#') ? "#" + url.Split('#')[1] : "");

    /// <summary>The first <paramref name="count"/> result URLs in lunr's order, read from the same files the page reads.</summary>
    private static Task<string[]> ExpectedOrderAsync(IPage page, string query, int count) =>
        page.EvaluateAsync<string[]>(
            """
            async ([query, count]) => {
              const meta = await (await fetch('search.json')).json();
              const hits = meta.index.format === 'sharded'
                ? await (await lunr.sharded.open(new URL(meta.index.file, location.href).href)).search(query)
                : lunr.Index.load(await (await fetch(meta.index.file)).json()).search(query);
              const urls = [];
              for (const hit of hits.slice(0, count)) {
                const position = parseInt(hit.ref, 36);
                const chunk = Math.floor(position / meta.store.chunk);
                const entries = await (await fetch(meta.store.pattern.replace('{n}', chunk))).json();
                urls.push(entries[position - chunk * meta.store.chunk].url);
              }
              return urls;
            }
            """, new object[] { query, count });

    [Fact]
    public async Task Searching_chinese_without_spaces_finds_the_chinese_turn()
    {
        var page = await site.NewPageAsync(locale: "zh-CN");
        await page.GotoAsync(site.BaseUrl + "/zh/");

        await page.FillAsync("header #site-search", "数字丝绸之路");
        await page.PressAsync("header #site-search", "Enter");
        await BrowserSite.ExpectAddressAsync(page, "/zh/search/?q=*");

        var turnResult = page.Locator($"#search-results a[href*='/zh/transcripts/{Transcript}/?highlight='][href$='#ren-xianliang-2']");
        await Assertions.Expect(turnResult).ToBeVisibleAsync();
        await Assertions.Expect(turnResult).ToContainTextAsync("任贤良");
        var item = turnResult.Locator("xpath=ancestor::li[1]");
        Assert.Contains(await item.Locator("mark").AllInnerTextsAsync(), m => m.Contains("丝绸", StringComparison.Ordinal));
        Assert.All(await page.Locator("#search-results a.search-result__link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"),
            href => Assert.StartsWith("/zh/", href));
    }

    [Fact]
    public async Task A_speaker_filter_narrows_the_results_to_that_speakers_turns_and_is_kept_in_the_address()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/en/search/?q=internet");
        await Assertions.Expect(page.Locator("#search-results li").First).ToBeVisibleAsync();
        var before = await page.Locator("#search-results li").CountAsync();

        await page.SelectOptionAsync("#search-speaker", "ren-xianliang");
        await page.SelectOptionAsync("#search-type", "turn");
        await BrowserSite.ExpectAddressAsync(page, "/en/search/?q=internet&type=turn&speaker=ren-xianliang");

        var results = page.Locator("#search-results li");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        await Assertions.Expect(results.First.Locator(".search-result__speaker")).ToHaveTextAsync("Ren Xianliang");
        var speakers = await page.Locator("#search-results .search-result__speaker").AllInnerTextsAsync();
        Assert.NotEmpty(speakers);
        Assert.All(speakers, s => Assert.Equal("Ren Xianliang", s));
        Assert.All(await page.Locator("#search-results a.search-result__link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"),
            href => Assert.Contains("#ren-xianliang-", href));
        Assert.True(await results.CountAsync() < before, "the filter should leave out other speakers' results");

        // Opening the shared address restores the query and the filters.
        var shared = await site.NewPageAsync();
        await shared.GotoAsync(page.Url);
        await Assertions.Expect(shared.Locator("#search-input")).ToHaveValueAsync("internet");
        await Assertions.Expect(shared.Locator("#search-speaker")).ToHaveValueAsync("ren-xianliang");
        await Assertions.Expect(shared.Locator("#search-results li")).ToHaveCountAsync(await results.CountAsync());
    }

    [Fact]
    public async Task The_search_works_with_the_keyboard_alone()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/en/");

        // Tab from the top of the page to the header's search box.
        for (int i = 0; i < 30 && !await page.EvaluateAsync<bool>("() => document.activeElement?.id === 'site-search'"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        Assert.True(await page.EvaluateAsync<bool>("() => document.activeElement?.id === 'site-search'"), "Tab never reached the header search box");
        await page.Keyboard.TypeAsync("silk road");
        await page.Keyboard.PressAsync("Enter");
        await BrowserSite.ExpectAddressAsync(page, "/en/search/?q=silk+road");
        await Assertions.Expect(page.Locator("#search-results li").First).ToBeVisibleAsync();

        // The query box keeps the words; Arrow Down moves into the results and Enter opens one.
        await page.FocusAsync("#search-input");
        await page.Keyboard.PressAsync("ArrowDown");
        var first = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        Assert.False(string.IsNullOrEmpty(first));
        await page.Keyboard.PressAsync("ArrowDown");
        var second = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')");
        Assert.NotEqual(first, second);
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal(first, await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(first.Split('#')[0].Split('?')[0])), new() { Timeout = 15000 });
    }

    [Fact]
    public async Task Typing_updates_the_address_and_hostile_queries_render_as_text()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + "/en/search/");
        await page.FillAsync("#search-input", "<img src=x onerror=alert(1)>");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"\?q="), new() { Timeout = 15000 });
        await Assertions.Expect(page.Locator("#search-status")).Not.ToBeEmptyAsync();
        Assert.Equal(0, await page.Locator("#search-results img, #search-status img").CountAsync());

        await page.FillAsync("#search-input", "title:");
        await Assertions.Expect(page.Locator("#search-status")).ToContainTextAsync("could not be understood");
    }

    [GeneratedRegex(@"^\d+ results?$")]
    private static partial Regex ResultCount();
}
