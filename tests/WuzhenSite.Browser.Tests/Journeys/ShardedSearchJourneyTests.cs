using Microsoft.Playwright;
using WuzhenSite.Browser.Tests.Support;
using WuzhenSite.Cli.Preview;
using WuzhenSite.Site;

namespace WuzhenSite.Browser.Tests.Journeys;

/// <summary>The search page on a site whose indexes are written in shards (as large sites get them) finds the same turn.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ShardedSearchJourneyTests(BrowserSite site)
{
    [Fact]
    public async Task The_search_page_finds_the_turn_from_a_sharded_index_fetching_each_shard_once()
    {
        var page = await site.NewPageAsync(locale: "zh-CN");
        var output = Path.Combine(Path.GetTempPath(), "wuzhen-sharded-" + Guid.NewGuid().ToString("N"));
        try
        {
            var build = await SiteBuilder.BuildAsync(new BuildOptions
            {
                RootPath = BrowserSite.RepositoryRoot,
                OutputPath = output,
                SettingOverrides = new Dictionary<string, string> { ["SearchShardThresholdKB"] = "0" },
            }, TestContext.Current.CancellationToken);
            Assert.True(build.Succeeded);
            Assert.True(File.Exists(Path.Combine(output, "en", "search", "index", "manifest.json")));

            var port = BrowserSite.FreePort();
            await using var server = new PreviewServer(output, port, new LiveReloadHub());
            await server.StartAsync(CancellationToken.None);
            var shardRequests = new List<string>();
            page.Request += (_, request) =>
            {
                if (request.Url.Contains("/search/index/shards/", StringComparison.Ordinal))
                {
                    shardRequests.Add(request.Url);
                }
            };

            await page.GotoAsync($"http://127.0.0.1:{port}/en/search/?q=digital+silk+road");

            var turn = page.Locator("#search-results a[href*='2017-scio-press-conference-fourth-wic/?highlight='][href$='#ren-xianliang-2']");
            await Assertions.Expect(turn).ToBeVisibleAsync();
            // Three query terms: at most three shards, each fetched once. (The sample is small enough to
            // fit one or two shards; Search.Tests shows a one-term query fetching one shard of thirteen.)
            Assert.InRange(shardRequests.Count, 1, 3);
            Assert.Equal(shardRequests.Count, shardRequests.Distinct().Count());

            await page.GotoAsync($"http://127.0.0.1:{port}/zh/search/?q=数字丝绸之路");
            await Assertions.Expect(page.Locator("#search-results a[href*='/zh/transcripts/2017-scio-press-conference-fourth-wic/?highlight='][href$='#ren-xianliang-2']")).ToBeVisibleAsync();

            // The sharded page ranks only the hits it shows; pages of ten and a filter must list what the
            // single-file index (lunr's own search) lists on the site built as usual.
            Assert.Equal(await ShownAsync(site.BaseUrl + "/en/search/?q=digital", pages: 2), await ShownAsync($"http://127.0.0.1:{port}/en/search/?q=digital", pages: 2));
            Assert.Equal(await ShownAsync(site.BaseUrl + "/en/search/?q=internet&type=turn", pages: 1), await ShownAsync($"http://127.0.0.1:{port}/en/search/?q=internet&type=turn", pages: 1));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    /// <summary>The result links and the status line a search address shows, after "show more" was pressed until <paramref name="pages"/> pages are shown.</summary>
    private async Task<string[]> ShownAsync(string address, int pages)
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(address);
        var results = page.Locator("#search-results .search-result");
        await Assertions.Expect(results.First).ToBeVisibleAsync();
        // Results appear as their store files arrive: wait for the whole first page.
        var total = int.Parse(new string([.. (await page.Locator("#search-status").InnerTextAsync()).Where(char.IsAsciiDigit)]), System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(results).ToHaveCountAsync(Math.Min(total, 10));
        for (var shown = 1; shown < pages; shown++)
        {
            await page.Locator(".search-results__more-button").ClickAsync();
            await Assertions.Expect(results).ToHaveCountAsync(Math.Min(total, (shown + 1) * 10));
        }

        var links = await page.Locator("#search-results a.search-result__link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(links);
        return [await page.Locator("#search-status").InnerTextAsync(), .. links];
    }
}
