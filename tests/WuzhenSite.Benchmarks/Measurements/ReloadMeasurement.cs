using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using WuzhenSite.Cli.Preview;
using WuzhenSite.Site;

namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// Save-to-reload time of the preview, as an author feels it: from writing a source file to the
/// open tab's reload event, plus fetching the rebuilt page. Includes the watcher's settle delay.
/// Works on a copy of the site, so the original is never edited.
/// </summary>
internal static class ReloadMeasurement
{
    public static async Task<int> RunAsync(string siteRoot, string relativeFile, string pageUrl, int runs)
    {
        var copy = Path.Combine(Path.GetTempPath(), "wuzhen-reload-" + Guid.NewGuid().ToString("N"));
        CopyFolder(Path.Combine(siteRoot, "input"), Path.Combine(copy, "input"));
        File.Copy(Path.Combine(siteRoot, "statiq.json"), Path.Combine(copy, "statiq.json"));
        var themes = Path.Combine(siteRoot, "themes");
        if (Directory.Exists(themes))
        {
            CopyFolder(themes, Path.Combine(copy, "themes"));
        }

        var port = FreePort();
        await using var session = new PreviewSession(new BuildOptions { RootPath = copy });
        var initial = Stopwatch.StartNew();
        var first = await session.StartAsync(port, CancellationToken.None);
        Console.WriteLine($"initial build: {initial.ElapsedMilliseconds} ms, {first.FilesWritten} files (succeeded: {first.Succeeded})");

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        using var events = new StreamReader(await http.GetStreamAsync("__wuzhen/events"));
        var file = Path.Combine(copy, relativeFile);
        var original = await File.ReadAllTextAsync(file);
        var times = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            await Task.Delay(300); // let the watcher settle between saves, as between an author's saves
            var stopwatch = Stopwatch.StartNew();
            await File.WriteAllTextAsync(file, original + $"\n\nEdited paragraph number {run}.\n");
            await WaitForAsync(events, "reload");
            var page = await http.GetStringAsync(pageUrl);
            stopwatch.Stop();
            if (!page.Contains($"Edited paragraph number {run}.", StringComparison.Ordinal))
            {
                Console.Error.WriteLine("The reloaded page does not show the edit.");
                return 1;
            }

            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            Console.WriteLine($"save {run + 1}: {stopwatch.Elapsed.TotalMilliseconds,7:0} ms to the reloaded page; {session.LastResult!.FilesRewritten.Count} files rewritten");
        }

        var sorted = times.Skip(1).Order().ToList();
        Console.WriteLine($"median save-to-reload (excluding the first): {sorted[sorted.Count / 2]:0} ms, of which 100 ms is the watcher's settle delay");
        Directory.Delete(copy, recursive: true);
        return 0;
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
