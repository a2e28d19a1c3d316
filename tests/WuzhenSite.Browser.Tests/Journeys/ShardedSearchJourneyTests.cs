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

            var turn = page.Locator("#search-results a[href$='2017-scio-press-conference-fourth-wic/#ren-xianliang-2']");
            await Assertions.Expect(turn).ToBeVisibleAsync();
            // Three query terms: at most three shards, each fetched once. (The sample is small enough to
            // fit one or two shards; Search.Tests shows a one-term query fetching one shard of thirteen.)
            Assert.InRange(shardRequests.Count, 1, 3);
            Assert.Equal(shardRequests.Count, shardRequests.Distinct().Count());

            await page.GotoAsync($"http://127.0.0.1:{port}/zh/search/?q=数字丝绸之路");
            await Assertions.Expect(page.Locator("#search-results a[href$='/zh/transcripts/2017-scio-press-conference-fourth-wic/#ren-xianliang-2']")).ToBeVisibleAsync();
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
