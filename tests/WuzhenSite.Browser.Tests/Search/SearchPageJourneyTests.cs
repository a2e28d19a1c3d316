using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WuzhenSite.Browser.Tests.Support;

namespace WuzhenSite.Browser.Tests.Search;

/// <summary>
/// A journalist narrowing a search on the sample site: newest or oldest first, between two dates, with
/// each filter value saying how many results it leaves; result links carry the query to the page they
/// open, and the help lists the syntax.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchPageJourneyTests(BrowserSite site)
{
    private const string Query = "internet";

    [Fact]
    public async Task Newest_first_orders_every_result_by_date_newest_first_with_undated_pages_last()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + $"/en/search/?q={Query}&sort=newest");
        await Assertions.Expect(page.Locator("#search-sort")).ToHaveValueAsync("newest");

        var shown = await AllResultsAsync(page);

        var days = Dated(shown);
        Assert.True(days.Count > 10, $"expected many dated results for '{Query}', got {days.Count}");
        Assert.Equal(days.OrderDescending(StringComparer.Ordinal), days);
        Assert.True(days[0] != days[^1], "the results should span more than one day");
        Assert.True(UndatedAreLast(shown), "undated results should come after every dated one");
        // The same results as by relevance, in another order.
        Assert.Equal((await AllResultsAsync(await OpenAsync($"/en/search/?q={Query}"))).Select(r => r.Href).Order(StringComparer.Ordinal),
            shown.Select(r => r.Href).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Oldest_first_orders_by_date_oldest_first_and_keeps_a_transcript_before_its_turns()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + $"/en/search/?q={Query}");
        await AllResultsAsync(page);
        await page.SelectOptionAsync("#search-sort", "oldest");
        await BrowserSite.ExpectAddressAsync(page, $"/en/search/?q={Query}&sort=oldest");

        var shown = await AllResultsAsync(page);

        var days = Dated(shown);
        Assert.True(days.Count > 10);
        Assert.Equal(days.Order(StringComparer.Ordinal), days);
        Assert.True(UndatedAreLast(shown));
        // A transcript, when it is a result too, comes before its turns, and the turns keep the order they
        // have newest first (the order they were spoken in).
        var newest = await AllResultsAsync(await OpenAsync($"/en/search/?q={Query}&sort=newest"));
        var hrefs = shown.Select(r => r.Href).ToList();
        foreach (var transcript in hrefs.Where(h => !h.Contains('#')))
        {
            var path = PathOf(transcript);
            var turns = hrefs.Where(h => h.Contains('#') && PathOf(h) == path).ToList();
            Assert.All(turns, turn => Assert.True(hrefs.IndexOf(transcript) < hrefs.IndexOf(turn), $"{turn} comes before its page"));
        }

        Assert.Contains(hrefs, h => h.Contains('#'));
        foreach (var path in hrefs.Select(PathOf).Distinct())
        {
            Assert.Equal(newest.Select(r => r.Href).Where(h => PathOf(h) == path), hrefs.Where(h => PathOf(h) == path));
        }
    }

    private static string PathOf(string href) => href.Split('#')[0].Split('?')[0];

    [Fact]
    public async Task A_date_range_keeps_only_results_between_its_days_and_lives_in_the_address()
    {
        var page = await OpenAsync($"/en/search/?q={Query}");
        var everything = await AllResultsAsync(page);

        await page.FillAsync("#search-from", "2019-01-01");
        await page.FillAsync("#search-to", "2019-12-31");
        await BrowserSite.ExpectAddressAsync(page, $"/en/search/?q={Query}&from=2019-01-01&to=2019-12-31");
        var within = await AllResultsAsync(page);

        Assert.NotEmpty(within);
        Assert.True(within.Count < everything.Count, $"{within.Count} results in 2019, {everything.Count} in all");
        Assert.All(within, r => Assert.InRange(r.Day ?? "none", "2019-01-01", "2019-12-31"));
        Assert.Equal(everything.Count(r => r.Day is { } day && string.CompareOrdinal(day, "2019-01-01") >= 0 && string.CompareOrdinal(day, "2019-12-31") <= 0), within.Count);

        // A shared address restores the range; one open end works, and a day that does not exist, an unknown
        // sort and an unknown speaker are ignored.
        var shared = await OpenAsync($"/en/search/?q={Query}&from=2021-09-27&to=2019-02-30&sort=loudest&speaker=nobody");
        await Assertions.Expect(shared.Locator("#search-from")).ToHaveValueAsync("2021-09-27");
        await Assertions.Expect(shared.Locator("#search-to")).ToHaveValueAsync("");
        await Assertions.Expect(shared.Locator("#search-sort")).ToHaveValueAsync("");
        await Assertions.Expect(shared.Locator("#search-speaker")).ToHaveValueAsync("");
        var since = await AllResultsAsync(shared);
        Assert.NotEmpty(since);
        Assert.All(since, r => Assert.True(string.CompareOrdinal(r.Day, "2021-09-27") >= 0, $"{r.Href} is dated {r.Day}"));
        await BrowserSite.ExpectAddressAsync(shared, $"/en/search/?q={Query}&from=2021-09-27");
    }

    [Fact]
    public async Task Every_filter_value_shows_how_many_results_choosing_it_leaves()
    {
        var page = await OpenAsync($"/en/search/?q={Query}");
        await AllResultsAsync(page);
        await Assertions.Expect(page.Locator("#search-filters")).ToHaveAttributeAsync("data-counts", "ready");

        // Each value of each filter, with the query alone, then a speaker's count with a year chosen too.
        foreach (var filter in new[] { "type", "speaker", "forum", "year" })
        {
            var options = await OptionsAsync(page, filter);
            Assert.Contains(options, o => o.Count > 0);
            foreach (var option in options.Where(o => o.Count > 0).Take(3))
            {
                var picked = await OpenAsync($"/en/search/?q={Query}&{filter}={Uri.EscapeDataString(option.Value)}");
                Assert.Equal(option.Count, (await AllResultsAsync(picked)).Count);
            }
        }

        await page.SelectOptionAsync("#search-year", "2017");
        await Assertions.Expect(page.Locator("#search-filters")).ToHaveAttributeAsync("data-counts", "ready");
        var speakers = await OptionsAsync(page, "speaker");
        var speaker = speakers.First(o => o.Count > 0);
        await page.SelectOptionAsync("#search-speaker", speaker.Value);
        Assert.Equal(speaker.Count, (await AllResultsAsync(page)).Count);
        // "All speakers" counts what the year leaves.
        var all = await page.Locator("#search-speaker option").First.TextContentAsync();
        await page.SelectOptionAsync("#search-speaker", "");
        Assert.Equal(CountIn(all!), (await AllResultsAsync(page)).Count);
    }

    [Fact]
    public async Task Values_with_no_results_say_so_and_cannot_be_chosen_and_the_counts_follow_the_query()
    {
        var page = await OpenAsync("/en/search/?q=silk");
        await AllResultsAsync(page);
        await Assertions.Expect(page.Locator("#search-filters")).ToHaveAttributeAsync("data-counts", "ready");
        var silk = await OptionsAsync(page, "speaker");
        var none = silk.Where(o => o.Count == 0).ToList();
        Assert.NotEmpty(none);
        Assert.All(none, o => Assert.True(o.Disabled, $"{o.Label} should be disabled"));
        Assert.All(silk.Where(o => o.Count > 0), o => Assert.False(o.Disabled, $"{o.Label} should be enabled"));
        Assert.All(silk, o => Assert.Matches(CountedLabel(), o.Label));

        await page.FillAsync("#search-input", Query);
        await BrowserSite.ExpectAddressAsync(page, $"/en/search/?q={Query}");
        await Assertions.Expect(page.Locator("#search-filters")).ToHaveAttributeAsync("data-counts", "ready");
        var internet = await OptionsAsync(page, "speaker");
        Assert.NotEqual(silk.Select(o => o.Count), internet.Select(o => o.Count));
        Assert.True(internet.Sum(o => o.Count) > silk.Sum(o => o.Count));

        // Chinese counts use full-width brackets.
        var zh = await OpenAsync("/zh/search/?q=丝绸之路");
        await AllResultsAsync(zh);
        await Assertions.Expect(zh.Locator("#search-filters")).ToHaveAttributeAsync("data-counts", "ready");
        Assert.Matches(new Regex("^全部类型（[0-9]+）$"), await zh.Locator("#search-type option").First.TextContentAsync());
    }

    [Fact]
    public async Task Result_links_carry_the_query_as_typed_for_the_page_they_open()
    {
        const string typed = "+digital -weather silk";
        var page = await OpenAsync("/en/search/?q=" + Uri.EscapeDataString("  " + typed + " ") + "&type=turn&sort=newest");
        await AllResultsAsync(page);

        var links = await page.Locator("#search-results a.search-result__link").EvaluateAllAsync<JsonElement>(
            "links => links.map(a => { const u = new URL(a.href); return { href: a.getAttribute('href'), keys: [...u.searchParams.keys()], highlight: u.searchParams.get('highlight'), hash: u.hash }; })");
        Assert.NotEmpty(links.EnumerateArray());
        foreach (var link in links.EnumerateArray())
        {
            Assert.Equal(typed, link.GetProperty("highlight").GetString());
            Assert.Equal(["highlight"], link.GetProperty("keys").EnumerateArray().Select(k => k.GetString()));
            // A turn's anchor stays last, after the query string.
            Assert.Matches(new Regex(@"^/en/transcripts/[^?#]+/\?highlight=[^#]+#[a-z0-9-]+$"), link.GetProperty("href").GetString());
        }

        // Filters alone (no query) add nothing.
        var unqueried = await OpenAsync("/en/search/?type=article");
        await AllResultsAsync(unqueried);
        Assert.All(await unqueried.Locator("#search-results a.search-result__link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"),
            href => Assert.DoesNotContain("highlight", href, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sort_and_dates_list_what_matches_without_a_query()
    {
        var page = await OpenAsync("/en/search/?sort=oldest&from=2017-12-04&to=2017-12-04");
        var shown = await AllResultsAsync(page);

        Assert.NotEmpty(shown);
        Assert.All(shown, r => Assert.Equal("2017-12-04", r.Day));
        Assert.All(await page.Locator("#search-results time").AllInnerTextsAsync(), text => Assert.Equal("4 December 2017", text));
    }

    [Theory]
    [InlineData("en", "\"digital silk road\"", "exact phrase")]
    [InlineData("zh", "\"数字丝绸之路\"", "精确短语")]
    public async Task The_help_lists_the_phrase_syntax_beside_the_rest(string language, string example, string explained)
    {
        var page = await OpenAsync($"/{language}/search/");
        var help = page.Locator("#search-help");
        await help.Locator("summary").ClickAsync();

        var phrase = help.Locator("li", new() { Has = page.Locator("code", new() { HasText = example }) });
        await Assertions.Expect(phrase).ToBeVisibleAsync();
        await Assertions.Expect(phrase).ToContainTextAsync(explained);
        var codes = await help.Locator("code").AllInnerTextsAsync();
        foreach (var syntax in new[] { "+silk +road", "-weather", "title:press", "digi*", "+\"silk road\" -cable", "title:\"press conference\"" })
        {
            Assert.Contains(syntax, codes);
        }

        Assert.Equal(3, await page.Locator("#search-sort option").CountAsync());
        await Assertions.Expect(help).ToContainTextAsync(language == "en" ? "newest first" : "最新的在前");
    }

    [Fact]
    public async Task Without_scripting_the_controls_it_cannot_use_are_hidden_and_the_page_says_why()
    {
        if (site.Unavailable is not null)
        {
            Assert.Skip(site.Unavailable);
        }

        await using var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + $"/en/search/?q={Query}&sort=newest");

        await Assertions.Expect(page.Locator("#search-input")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#search-filters")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".search-sort")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("JavaScript");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_search_page_with_its_filters_counted_and_chosen_has_no_wcag_a_or_aa_violations(bool dark)
    {
        var page = await site.NewPageAsync();
        if (dark)
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Dark });
        }

        await page.GotoAsync(site.BaseUrl + $"/en/search/?q={Query}&year=2019&sort=newest&from=2019-01-01");
        await AllResultsAsync(page);
        await Assertions.Expect(page.Locator("#search-filters")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#search-filters")).ToHaveAttributeAsync("data-counts", "ready");
        await page.Locator("#search-help summary").ClickAsync();

        var violations = await Axe.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"search page ({(dark ? "dark" : "light")}):\n" + string.Join('\n', violations));
    }

    // ---- Helpers ------------------------------------------------------------------------------

    private sealed record Result(string Href, string? Day);

    private sealed record Option(string Value, string Label, int Count, bool Disabled);

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + path);
        await Assertions.Expect(page.Locator("#search")).ToHaveAttributeAsync("data-state", "ready");
        return page;
    }

    /// <summary>Every result of the current search, "show more" pressed until all are shown: its link and its &lt;time datetime&gt;.</summary>
    private static async Task<List<Result>> AllResultsAsync(IPage page)
    {
        var status = page.Locator("#search-status");
        await Assertions.Expect(status).ToHaveTextAsync(ResultCount());
        var total = CountIn(await status.InnerTextAsync());
        var results = page.Locator("#search-results .search-result");
        for (var expected = Math.Min(total, 10); ; expected = Math.Min(total, expected + 10))
        {
            await Assertions.Expect(results).ToHaveCountAsync(expected);
            if (expected == total)
            {
                break;
            }

            await page.Locator(".search-results__more-button").ClickAsync();
        }

        var shown = await results.EvaluateAllAsync<JsonElement>(
            "items => items.map(li => ({ href: li.querySelector('a.search-result__link').getAttribute('href'), day: li.querySelector('time.search-result__date')?.getAttribute('datetime') ?? null, date: li.querySelector('.search-result__date')?.textContent ?? null }))");
        return [.. shown.EnumerateArray().Select(r =>
        {
            var day = r.GetProperty("day").GetString();
            // A dated result says so in <time datetime="YYYY-MM-DD">; an undated one shows no date at all.
            Assert.True(day is null ? r.GetProperty("date").ValueKind == JsonValueKind.Null : IsoDay().IsMatch(day), $"result date {r}");
            return new Result(r.GetProperty("href").GetString()!, day);
        })];
    }

    private static async Task<List<Option>> OptionsAsync(IPage page, string filter)
    {
        var options = await page.Locator($"#search-{filter} option").EvaluateAllAsync<JsonElement>(
            "options => options.slice(1).map(o => ({ value: o.value, label: o.textContent, disabled: o.disabled }))");
        return [.. options.EnumerateArray().Select(o => new Option(o.GetProperty("value").GetString()!, o.GetProperty("label").GetString()!,
            CountIn(o.GetProperty("label").GetString()!), o.GetProperty("disabled").GetBoolean()))];
    }

    /// <summary>The number in "Ren Xianliang (12)", "任贤良（12）" or "12 results".</summary>
    private static int CountIn(string text)
    {
        var match = LastNumber().Match(text);
        Assert.True(match.Success, $"no number in '{text}'");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static List<string> Dated(List<Result> shown) => [.. shown.Where(r => r.Day is not null).Select(r => r.Day!)];

    private static bool UndatedAreLast(List<Result> shown) =>
        shown.SkipWhile(r => r.Day is not null).All(r => r.Day is null);

    [GeneratedRegex(@"^(\d+ results?|共 \d+ 条结果)$")]
    private static partial Regex ResultCount();

    [GeneratedRegex(@"(\d+)\D*$")]
    private static partial Regex LastNumber();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"^.+ \(\d+\)$")]
    private static partial Regex CountedLabel();
}
