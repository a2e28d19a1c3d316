using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using WuzhenSite.Cli.Preview;

namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// What a reader's browser pays for one search on a built site: bytes transferred (as encoded on the
/// wire: the preview server sends the .br copies Chromium asks for) and time to first result after the
/// search page is ready, each query from a cold cache (a fresh browser context). When the output folder
/// holds a Pagefind bundle (<c>pagefind --site output</c>), the same queries run through Pagefind's own
/// JavaScript API on a page of the same origin, so both are measured the same way in the same browser.
/// </summary>
internal static class SearchMeasurement
{
    /// <summary>Typical queries: ours in lunr syntax, and the nearest Pagefind query (it has no fields or wildcards).</summary>
    private static readonly (string Language, string Query, string PagefindQuery)[] Queries =
    [
        ("en", "resilience", "resilience"),
        ("en", "digital silk road", "digital silk road"),
        ("en", "\"digital silk road\"", "\"digital silk road\""),
        ("en", "silk road", "silk road"),
        ("en", "\"silk road\"", "\"silk road\""),
        ("en", "govern*", "govern"),
        ("en", "speakers:speaker", "speaker"),
        ("zh", "乌镇", "乌镇"),
        ("zh", "未成年人", "未成年人"),
        ("zh", "数字丝绸之路", "数字丝绸之路"),
        ("zh", "丝绸之路", "丝绸之路"),
        // The generated Chinese text is random characters, so a longer phrase is rarely in it at all.
        ("zh", "人工智", "人工智"),
        ("zh", "\"人工智\"", "\"人工智\""),
    ];

    /// <param name="outputRoot">The built site.</param>
    /// <param name="runs">Cold searches per query (the median is printed).</param>
    /// <param name="only">When given, only the queries containing it.</param>
    public static async Task<int> RunAsync(string outputRoot, int runs, string? only = null)
    {
        var port = FreePort();
        await using var server = new PreviewServer(outputRoot, port, new LiveReloadHub());
        await server.StartAsync(CancellationToken.None);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });

        var medians = new Dictionary<string, Sample>(StringComparer.Ordinal);
        var hasPagefind = File.Exists(Path.Combine(outputRoot, "pagefind", "pagefind.js"));
        Console.WriteLine($"{"engine",-10} {"query",-20} {"ready",8} {"load KB",8} {"first result",13} {"query KB",9} {"total KB",9} {"results",8}");
        foreach (var (language, query, pagefindQuery) in Queries.Where(q => only is null || q.Query.Contains(only, StringComparison.Ordinal)))
        {
            var ours = new List<Sample>();
            var theirs = new List<Sample>();
            for (var run = 0; run < runs; run++)
            {
                ours.Add(await MeasureAsync(browser, server.Url, (page, url, markQuery) => OursAsync(page, url, markQuery, language, query)));
                if (hasPagefind)
                {
                    theirs.Add(await MeasureAsync(browser, server.Url, (page, url, markQuery) => PagefindAsync(page, url, markQuery, language, pagefindQuery)));
                }
            }

            Print("WuzhenSite", query, ours);
            medians[query] = Median(ours);
            if (hasPagefind)
            {
                Print("Pagefind", pagefindQuery, theirs);
            }
        }

        // Issue 26's budget: a quoted phrase fetches at most 1.5 × the bytes of its words unquoted.
        foreach (var (phrase, quoted) in medians.Where(m => m.Key.StartsWith('"')))
        {
            if (medians.TryGetValue(phrase.Trim('"'), out var words) && words.QueryBytes > 0)
            {
                var ratio = quoted.QueryBytes / (double)words.QueryBytes;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"phrase {phrase}: {quoted.QueryBytes / 1024.0:0.0} KB against {words.QueryBytes / 1024.0:0.0} KB unquoted, {ratio:0.00} × (goal ≤ 1.50 {(ratio <= 1.5 ? "met" : "NOT met")}); first result {quoted.FirstResultMs:0.0} ms (goal ≤ 100 ms at 10k + 10k)"));
            }
        }

        if (!hasPagefind)
        {
            Console.WriteLine("(no pagefind/ folder in the output: run `npx pagefind --site <output>` to compare)");
        }

        return 0;
    }

    private static Sample Median(List<Sample> samples) => samples.OrderBy(s => s.FirstResultMs).ElementAt(samples.Count / 2);

    private static void Print(string engine, string query, List<Sample> samples)
    {
        var median = Median(samples);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{engine,-10} {query,-20} {median.ReadyMs,6:0} ms {median.PageBytes / 1024.0,8:0.0} {median.FirstResultMs,10:0.0} ms {median.QueryBytes / 1024.0,9:0.0} {(median.PageBytes + median.QueryBytes) / 1024.0,9:0.0} {median.Results,8}"));
    }

    /// <summary>One cold search: a fresh context, responses counted by phase (loading the page, then the query).</summary>
    private static async Task<Sample> MeasureAsync(IBrowser browser, string baseUrl, Func<IPage, string, Action, Task<(double ReadyMs, double FirstResultMs, int Results)>> search)
    {
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60000);
        var phase = 0;
        var responses = new ConcurrentQueue<(int Phase, IResponse Response)>();
        // The preview's live-reload stream never finishes and is no part of a published site.
        page.Response += (_, response) =>
        {
            if (!response.Url.Contains("/__wuzhen/", StringComparison.Ordinal))
            {
                responses.Enqueue((Volatile.Read(ref phase), response));
            }
        };
        var result = await search(page, baseUrl, () => Volatile.Write(ref phase, 1));
        long pageBytes = 0, queryBytes = 0;
        var verbose = Environment.GetEnvironmentVariable("WUZHEN_BENCH_VERBOSE") is { Length: > 0 };
        foreach (var (responsePhase, response) in responses)
        {
            await response.FinishedAsync();
            var sizes = await response.Request.SizesAsync();
            if (verbose)
            {
                var timing = response.Request.Timing;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {(responsePhase == 0 ? "page " : "query")} {sizes.ResponseBodySize,8} B  start {timing.StartTime,14:0.0}  end {timing.ResponseEnd,7:0.0} ms  {response.Url}"));
            }

            var bytes = Math.Max(0, sizes.ResponseBodySize); // a revalidated image reports a negative size
            if (IsPageShell(response))
            {
                continue;
            }

            if (responsePhase == 0)
            {
                pageBytes += bytes;
            }
            else
            {
                queryBytes += bytes;
            }
        }

        return new Sample(result.ReadyMs, result.FirstResultMs, result.Results, pageBytes, queryBytes);
    }

    /// <summary>
    /// What any page of the site loads (the document, its style sheet, site.js, images): not counted, so
    /// both engines are charged only for what search adds, and Pagefind's blank page costs nothing either.
    /// </summary>
    private static bool IsPageShell(IResponse response)
    {
        var type = response.Request.ResourceType;
        var path = new Uri(response.Url).AbsolutePath;
        return type is "document" or "stylesheet" or "image" or "font" || path.EndsWith("/site.js", StringComparison.Ordinal);
    }

    private static async Task<(double, double, int)> OursAsync(IPage page, string baseUrl, Action markQuery, string language, string query)
    {
        await page.GotoAsync($"{baseUrl}{language}/search/");
        await page.WaitForFunctionAsync("document.getElementById('search').getAttribute('data-state') === 'ready'");
        var ready = await page.EvaluateAsync<double>("performance.now()");
        markQuery();
        var timing = await page.EvaluateAsync<double[]>(
            """
            q => new Promise((resolve, reject) => {
              const results = document.getElementById('search-results');
              const status = document.getElementById('search-status');
              const start = performance.now();
              let first = 0;
              // First result = the first item in the list; the bytes are counted once the whole first page is shown.
              const done = () => {
                const items = results.querySelectorAll('.search-results__list li').length;
                if (items === 0) { return; }
                first = first || performance.now() - start;
                // The status line counts every hit ("4,809 results"); the list shows the first ten.
                const total = parseInt(status.textContent.replace(/[^0-9]/g, ''), 10) || items;
                if (items >= Math.min(total, 10)) { observer.disconnect(); resolve([first, total]); }
              };
              const observer = new MutationObserver(done);
              observer.observe(results, { childList: true, subtree: true });
              setTimeout(() => { observer.disconnect(); reject(new Error('no result for ' + q + ': ' + status.textContent)); }, 30000);
              const input = document.getElementById('search-input');
              input.value = q;
              document.getElementById('search-form').requestSubmit();
            })
            """, query);
        // The filter counts read every hit (facets.json, and a one-word query's shard past its first page)
        // once the first page is shown: their bytes are counted too, so wait for them, or a run counts
        // them only when they happen to arrive in time.
        await page.WaitForSelectorAsync("#search-filters[data-counts=ready]", new() { State = WaitForSelectorState.Attached });
        if (Environment.GetEnvironmentVariable("WUZHEN_BENCH_VERBOSE") is { Length: > 0 })
        {
            // performance.mark() calls a profiling copy of the scripts may make, relative to the query's start.
            var marks = await page.EvaluateAsync<string>(
                "s => performance.getEntriesByType('mark').filter(m => m.startTime >= s).map(m => m.name + ' ' + (m.startTime - s).toFixed(1)).join(', ')", ready);
            Console.WriteLine($"  marks: {marks}");
        }

        return (ready, timing[0], (int)timing[1]);
    }

    private static async Task<(double, double, int)> PagefindAsync(IPage page, string baseUrl, Action markQuery, string language, string query)
    {
        // A blank page of the same origin with the language's lang attribute (Pagefind picks its index by it).
        await page.RouteAsync($"{baseUrl}__bench/pagefind.html", route => route.FulfillAsync(new RouteFulfillOptions
        {
            ContentType = "text/html; charset=utf-8",
            Body = $"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"></head><body></body></html>",
        }));
        await page.GotoAsync($"{baseUrl}__bench/pagefind.html");
        // As Pagefind's UI does when the page loads: import the API and initialise (language metadata, WebAssembly).
        await page.EvaluateAsync("async () => { window.pf = await import('/pagefind/pagefind.js'); await window.pf.init(); }");
        var ready = await page.EvaluateAsync<double>("performance.now()");
        markQuery();
        // First result shown = the search answered and the first result's fragment loaded; the UI then loads four more.
        var timing = await page.EvaluateAsync<double[]>(
            """
            async q => {
              const start = performance.now();
              const search = await window.pf.search(q);
              if (search.results.length === 0) { throw new Error('no result for ' + q); }
              await search.results[0].data();
              const first = performance.now() - start;
              await Promise.all(search.results.slice(0, 5).map(r => r.data()));
              return [first, search.results.length];
            }
            """, query);
        return (ready, timing[0], (int)timing[1]);
    }

    private sealed record Sample(double ReadyMs, double FirstResultMs, int Results, long PageBytes, long QueryBytes);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
