using System.Diagnostics;
using WuzhenSite.Site;

namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// Builds a site several times in one process: cold (first, with JIT) and warm figures, cost per
/// file, CPU time, peak memory and time per pipeline phase.
/// </summary>
internal static class BuildMeasurement
{
    public static async Task<int> RunAsync(string root, int runs, bool sampleAllocations = false)
    {
        using var sampler = sampleAllocations ? new AllocationSampler() : null;
        var output = Path.Combine(Environment.GetEnvironmentVariable("WUZHEN_BENCH_OUTPUT") ?? Path.GetTempPath(), "wuzhen-bench-" + Guid.NewGuid().ToString("N"));
        Console.WriteLine($"Site: {root}; {runs} builds; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
        var times = new List<double>();
        BuildResult? last = null;
        for (var run = 0; run < runs; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var (allocated, pause, gen0, gen1, gen2) = (GC.GetTotalAllocatedBytes(), GC.GetTotalPauseDuration(), GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var stopwatch = Stopwatch.StartNew();
            last = await SiteBuilder.BuildAsync(new BuildOptions { RootPath = root, OutputPath = output });
            stopwatch.Stop();
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            if (!last.Succeeded)
            {
                Console.Error.WriteLine(string.Join(Environment.NewLine, last.Diagnostics.Take(20)));
                return 1;
            }

            times.Add(stopwatch.Elapsed.TotalMilliseconds);
            Console.WriteLine($"run {run + 1}: {stopwatch.Elapsed.TotalMilliseconds,8:0.0} ms wall, {cpuMs,8:0.0} ms CPU, {last.FilesWritten} files; " +
                $"allocated {(GC.GetTotalAllocatedBytes() - allocated) / 1024 / 1024} MiB, GC pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:0} ms " +
                $"(gen0 {GC.CollectionCount(0) - gen0}, gen1 {GC.CollectionCount(1) - gen1}, gen2 {GC.CollectionCount(2) - gen2})");
        }

        var warm = times.Skip(1).Order().ToList();
        var median = warm.Count > 0 ? warm[warm.Count / 2] : times[0];
        Console.WriteLine($"cold: {times[0]:0} ms; warm median: {median:0.0} ms = {median / last!.FilesWritten:0.00} ms per file written; " +
            $"{last.FilesWritten / (median / 1000):0} files/s; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
        foreach (var phase in last.Timings.GroupBy(t => t.Phase))
        {
            Console.WriteLine($"  {phase.Key,-12} " + string.Join("  ", phase.Select(t => $"{t.Pipeline} {t.Elapsed.TotalMilliseconds:0.0}")));
            Console.WriteLine($"  {"heap after",-12} " + string.Join("  ", phase.Select(t => $"{t.Pipeline} {t.HeapBytesAfter / 1024 / 1024}M")));
        }

        sampler?.Print(top: 30);
        Directory.Delete(output, recursive: true);
        return 0;
    }
}
