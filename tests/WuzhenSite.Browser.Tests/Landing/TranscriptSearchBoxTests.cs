using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WuzhenSite.Browser.Tests.Support;

namespace WuzhenSite.Browser.Tests.Landing;

/// <summary>A reader searches within one transcript: the box above the turns filters and marks them as they type, without the site's index.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TranscriptSearchBoxTests(BrowserSite site)
{
    private const string Transcript = "/en/transcripts/2017-scio-press-conference-fourth-wic/";
    private const string ChineseTranscript = "/zh/transcripts/2017-scio-press-conference-fourth-wic/";

    /// <summary>How many turns hold text matching the pattern in their speaker line or words (what the box must leave).</summary>
    private static Task<int> TurnsMatchingAsync(IPage page, string pattern) =>
        page.EvaluateAsync<int>(
            "pattern => [...document.querySelectorAll('.transcript .turn')].filter(turn => new RegExp(pattern, 'i').test(turn.querySelector('.turn__header').textContent + ' ' + turn.querySelector('.turn__body').textContent)).length",
            pattern);

    [Fact]
    public async Task Typing_filters_the_turns_marks_the_words_and_announces_the_count_and_escape_restores_them()
    {
        var page = await site.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(site.BaseUrl + Transcript);

        var turns = page.Locator(".transcript .turn");
        var all = await turns.CountAsync();
        var input = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search this transcript" });
        await Assertions.Expect(input).ToBeVisibleAsync();
        var expected = await TurnsMatchingAsync(page, @"\bvolunteers?\b");
        Assert.InRange(expected, 2, all - 1);

        await input.PressSequentiallyAsync("volunteers");

        var status = page.Locator("#transcript-search-status");
        await Assertions.Expect(status).ToHaveTextAsync($"{expected} turns match");
        Assert.Equal("status", await status.GetAttributeAsync("role"));
        var shown = page.Locator(".transcript .turn:visible");
        await Assertions.Expect(shown).ToHaveCountAsync(expected);
        foreach (var turn in await shown.AllAsync())
        {
            // "volunteers" marks "volunteer" too: the stemmer's word.
            var marks = await turn.Locator("mark.mark-hit").AllInnerTextsAsync();
            Assert.NotEmpty(marks);
            Assert.All(marks, text => Assert.Matches(new Regex("^volunteers?$", RegexOptions.IgnoreCase), text));
        }

        await input.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSite.ArtifactsFolder, "transcript-search-box.png") });
        await input.PressAsync("Escape");
        await Assertions.Expect(shown).ToHaveCountAsync(all);
        await Assertions.Expect(page.Locator("mark.mark-hit")).ToHaveCountAsync(0);
        await Assertions.Expect(input).ToHaveValueAsync("");
        await Assertions.Expect(status).ToHaveTextAsync("All turns are shown.");

        Assert.DoesNotContain(requests, url => url.Contains("/search/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_phrase_and_a_prohibited_word_narrow_the_turns()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + Transcript);
        var input = page.GetByRole(AriaRole.Searchbox, new() { Name = "Search this transcript" });
        var status = page.Locator("#transcript-search-status");

        await input.FillAsync("\"digital silk road\"");
        var phrase = await TurnsMatchingAsync(page, @"digital silk road");
        Assert.True(phrase >= 1);
        await Assertions.Expect(status).ToHaveTextAsync(phrase == 1 ? "1 turn matches" : $"{phrase} turns match");
        var marks = await page.Locator(".transcript .turn:visible mark.mark-hit").AllInnerTextsAsync();
        Assert.Contains(marks, text => text.Equals("Digital Silk Road", StringComparison.OrdinalIgnoreCase));

        await input.FillAsync("internet -wuzhen");
        // A possessive is a word of its own to lunr ("internet's" stems to "internet'"), so it is left out here too.
        var expected = await page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll('.transcript .turn')]
              .map(t => t.querySelector('.turn__header').textContent + ' ' + t.querySelector('.turn__body').textContent)
              .filter(text => /\binternet\b(?!['’])/i.test(text) && !/\bwuzhen\b(?!['’])/i.test(text)).length
            """);
        await Assertions.Expect(status).ToHaveTextAsync(expected == 1 ? "1 turn matches" : $"{expected} turns match");
        await Assertions.Expect(page.Locator(".transcript .turn:visible")).ToHaveCountAsync(expected);
        Assert.Equal(0, await page.Locator(".transcript .turn:visible .turn__body").Filter(new() { HasTextRegex = new Regex(@"\bWuzhen\b(?!['’])") }).CountAsync());

        await input.FillAsync("zzzzqx");
        await Assertions.Expect(status).ToHaveTextAsync("No turn matches “zzzzqx”.");
        await Assertions.Expect(page.Locator(".transcript .turn:visible")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Chinese_is_found_without_spaces_and_the_box_speaks_chinese()
    {
        var page = await site.NewPageAsync(locale: "zh-CN");
        await page.GotoAsync(site.BaseUrl + ChineseTranscript);
        var input = page.GetByRole(AriaRole.Searchbox, new() { Name = "在本实录中搜索" });
        await Assertions.Expect(input).ToBeVisibleAsync();
        var expected = await TurnsMatchingAsync(page, "发展中国家");
        Assert.True(expected >= 1);

        await input.FillAsync("发展中国家");

        await Assertions.Expect(page.Locator("#transcript-search-status")).ToHaveTextAsync($"有 {expected} 段发言符合");
        await Assertions.Expect(page.Locator(".transcript .turn:visible")).ToHaveCountAsync(expected);
        Assert.All(await page.Locator("mark.mark-hit").AllInnerTextsAsync(), text => Assert.Equal("发展中国家", text));
        Assert.False(await page.EvaluateAsync<bool>("() => performance.getEntriesByType('resource').some(r => r.name.endsWith('/lunr.min.js'))"));
    }

    [Fact]
    public async Task The_reader_s_own_search_replaces_the_marks_of_the_result_the_page_was_opened_at()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + Transcript + "?highlight=volunteers#ren-xianliang-1");
        await Assertions.Expect(page.Locator("mark[data-mark=landing]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#mark-bar")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Searchbox, new() { Name = "Search this transcript" }).FillAsync("cyberspace");

        await Assertions.Expect(page.Locator("#transcript-search-status")).ToHaveTextAsync(new Regex(@"^\d+ turns? match"));
        await Assertions.Expect(page.Locator("mark[data-mark=landing]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#mark-bar")).ToBeHiddenAsync();
        Assert.All(await page.Locator("mark.mark-hit").AllInnerTextsAsync(), text => Assert.Equal("cyberspace", text, ignoreCase: true));
    }

    [Fact]
    public async Task Without_javascript_the_box_is_not_shown()
    {
        var probe = await site.NewPageAsync(); // skips the test when there is no browser
        await probe.Context.CloseAsync();
        var context = await site.Browser!.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.BaseUrl + Transcript);

        Assert.Equal(1, await page.Locator("#transcript-search").CountAsync());
        await Assertions.Expect(page.Locator("#transcript-search")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".transcript .turn").First).ToBeVisibleAsync();
        // No room is kept for it either: the heading's next visible thing is a turn.
        Assert.Equal("none", await page.Locator("#transcript-search").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        await context.CloseAsync();
    }
}
