using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using WuzhenSite.Benchmarks.Corpus;
using WuzhenSite.Cli.Preview;

namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// Save-to-served time of <c>hugo server</c> next to our preview's, in one run on one corpus: the
/// same file, the same <see cref="SourceEdit"/>s. Our side is the <c>reload</c> mode; Hugo's side
/// starts <c>hugo server</c> on the corpus's Hugo copy (<see cref="HugoSiteWriter"/>), saves and
/// polls the page every 5 ms until it shows the edit (Hugo's live-reload socket is not a public
/// protocol, and the page is what the author waits for).
/// </summary>
internal static class HugoServerMeasurement
{
    /// <param name="corpusRoot">A generated corpus.</param>
    /// <param name="file">A document under <c>input/news</c> or <c>input/transcripts</c>, relative to <c>input/</c>; null for the first English article.</param>
    public static async Task<int> RunAsync(string corpusRoot, string? file, int runs)
    {
        var input = Path.Combine(corpusRoot, "input");
        file ??= Path.GetRelativePath(input, Directory.EnumerateFiles(Path.Combine(input, "news"), "*.md", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".zh.md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).First());
        var page = CorpusPage.Of(file);
        Console.WriteLine($"file: input/{file}; our page {page.OurUrl}, Hugo's page {page.HugoUrl}");

        var ours = await ReloadMeasurement.MeasureAsync(corpusRoot, Path.Combine("input", file), page.OurUrl, runs);
        HugoSiteWriter.Write(corpusRoot);
        var hugo = await MeasureHugoAsync(Path.Combine(corpusRoot, "hugo"), Path.Combine("content", file), page.HugoUrl, runs);

        Console.WriteLine();
        Console.WriteLine($"median save-to-served, excluding the first of {runs} saves (ours includes the watcher's {PreviewSession.SettleDelay.TotalMilliseconds:0} ms settle delay):");
        Console.WriteLine($"{"edit",-6} {"wuzhen preview",15} {"hugo server",12} {"ratio",6}");
        foreach (var (edit, median) in ours)
        {
            var theirs = hugo.Find(h => h.Edit == edit);
            Console.WriteLine(theirs.Edit is null
                ? $"{edit,-6} {median,12:0} ms {"-",12}"
                : $"{edit,-6} {median,12:0} ms {theirs.Median,9:0} ms {median / theirs.Median,6:0.00}");
        }

        return 0;
    }

    private static async Task<List<(string Edit, double Median)>> MeasureHugoAsync(string hugoRoot, string relativeFile, string pageUrl, int runs)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("hugo", ["server", "--source", hugoRoot, "--bind", "127.0.0.1", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var initial = Stopwatch.StartNew();
        using var server = Process.Start(start)!;
        // Drain its output so a full pipe never blocks it.
        server.OutputDataReceived += (_, _) => { };
        server.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) { Console.Error.WriteLine("hugo: " + line); } };
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromMinutes(2) };
            if (!await PollAsync(http, pageUrl, text => text is not null, TimeSpan.FromMinutes(5)))
            {
                throw new InvalidOperationException($"hugo server never served {pageUrl}.");
            }

            Console.WriteLine($"hugo server initial build: {initial.ElapsedMilliseconds} ms to the first served page");
            var file = Path.Combine(hugoRoot, relativeFile);
            var medians = new List<(string, double)>();
            foreach (var edit in SourceEdit.All)
            {
                var times = await SaveTimer.TimeAsync(file, edit, runs, "hugo server", marker =>
                    PollAsync(http, pageUrl, text => text?.Contains(marker, StringComparison.Ordinal) == true, TimeSpan.FromMinutes(5)));
                if (times is not null)
                {
                    medians.Add((edit.Name, SaveTimer.Median(times)));
                }
            }

            return medians;
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
    }

    /// <summary>Fetches the page every 5 ms until <paramref name="done"/> holds for its text (null while it is not served).</summary>
    private static async Task<bool> PollAsync(HttpClient http, string url, Func<string?, bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            string? text;
            try
            {
                using var response = await http.GetAsync(url);
                text = response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : null;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                text = null; // not listening yet, or still building a large site before it answers
            }

            if (done(text))
            {
                return true;
            }

            await Task.Delay(5);
        }

        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
