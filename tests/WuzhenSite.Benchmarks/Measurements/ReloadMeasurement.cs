using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using WuzhenSite.Cli.Preview;
using WuzhenSite.Site;

namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// Save-to-reload time of the preview, as an author feels it: from writing a source file to the
/// open tab's reload event, plus fetching the rebuilt page. Includes the watcher's settle delay.
/// Works on a copy of the site, so the original is never edited. The edits are <see cref="SourceEdit.All"/>,
/// the same the <c>hugo-server</c> mode makes.
/// </summary>
internal static class ReloadMeasurement
{
    public static async Task<int> RunAsync(string siteRoot, string relativeFile, string pageUrl, int runs)
    {
        var medians = await MeasureAsync(siteRoot, relativeFile, pageUrl, runs);
        foreach (var (edit, median) in medians)
        {
            Console.WriteLine($"median save-to-reload, {edit} edit (excluding the first): {median:0} ms, of which {PreviewSession.SettleDelay.TotalMilliseconds:0} ms is the watcher's settle delay");
        }

        return 0;
    }

    /// <summary>Times each <see cref="SourceEdit"/> of <paramref name="relativeFile"/>; returns the median per edit name.</summary>
    public static async Task<List<(string Edit, double Median)>> MeasureAsync(string siteRoot, string relativeFile, string pageUrl, int runs)
    {
        var copy = Path.Combine(Path.GetTempPath(), "wuzhen-reload-" + Guid.NewGuid().ToString("N"));
        CopyFolder(Path.Combine(siteRoot, "input"), Path.Combine(copy, "input"));
        File.Copy(Path.Combine(siteRoot, "statiq.json"), Path.Combine(copy, "statiq.json"));
        var themes = Path.Combine(siteRoot, "themes");
        if (Directory.Exists(themes))
        {
            CopyFolder(themes, Path.Combine(copy, "themes"));
        }

        try
        {
            var port = FreePort();
            await using var session = new PreviewSession(new BuildOptions { RootPath = copy });
            var initial = Stopwatch.StartNew();
            var first = await session.StartAsync(port, CancellationToken.None);
            Console.WriteLine($"wuzhen preview initial build: {initial.ElapsedMilliseconds} ms, {first.FilesWritten} files (succeeded: {first.Succeeded})");

            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            using var events = new StreamReader(await http.GetStreamAsync("__wuzhen/events"));
            var file = Path.Combine(copy, relativeFile);
            var medians = new List<(string, double)>();
            foreach (var edit in SourceEdit.All)
            {
                // Restoring the file after the previous edit sends a reload of its own, so wait
                // for reloads until the page shows this save's text (a few at most).
                var times = await SaveTimer.TimeAsync(file, edit, runs, "wuzhen preview", async marker =>
                {
                    for (var reload = 0; reload < 5; reload++)
                    {
                        await WaitForAsync(events, "reload");
                        if ((await http.GetStringAsync(pageUrl)).Contains(marker, StringComparison.Ordinal))
                        {
                            return true;
                        }
                    }

                    return false;
                });
                if (times is not null)
                {
                    medians.Add((edit.Name, SaveTimer.Median(times)));
                }
            }

            return medians;
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    private static async Task WaitForAsync(StreamReader events, string name)
    {
        string? current = null;
        while (await events.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                current = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && current == name)
            {
                return;
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void CopyFolder(string source, string target)
    {
        // node_modules included: the theme publishes files from it (package.json's wuzhen.publish),
        // and the build fails when they are missing.
        foreach (var path in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, path));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(path, destination);
        }
    }
}
