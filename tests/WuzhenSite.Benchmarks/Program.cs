using System.Diagnostics;
using WuzhenSite.Site;

// Builds a site several times in one process and reports cold and warm figures, so start-up
// (JIT) and steady-state cost per page are told apart. Output goes to a temporary folder.
var root = Path.GetFullPath(args.Length > 0 ? args[0] : ".");
var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
var output = Path.Combine(Path.GetTempPath(), "wuzhen-bench-" + Guid.NewGuid().ToString("N"));

Console.WriteLine($"Site: {root}; {runs} builds; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
var times = new List<double>();
BuildResult? last = null;
for (var run = 0; run < runs; run++)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var stopwatch = Stopwatch.StartNew();
    last = await SiteBuilder.BuildAsync(new BuildOptions { RootPath = root, OutputPath = output });
    stopwatch.Stop();
    var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
    if (!last.Succeeded)
    {
        Console.Error.WriteLine(string.Join(Environment.NewLine, last.Diagnostics));
        return 1;
    }

    times.Add(stopwatch.Elapsed.TotalMilliseconds);
    Console.WriteLine($"run {run + 1}: {stopwatch.Elapsed.TotalMilliseconds,7:0.0} ms wall, {cpuMs,7:0.0} ms CPU, {last.FilesWritten} files");
}

var warm = times.Skip(1).Order().ToList();
var median = warm.Count > 0 ? warm[warm.Count / 2] : times[0];
Console.WriteLine($"cold: {times[0]:0} ms; warm median: {median:0.0} ms = {median / last!.FilesWritten:0.00} ms per file written; " +
    $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB");
foreach (var phase in last.Timings.GroupBy(t => t.Phase))
{
    Console.WriteLine($"  {phase.Key,-12} " + string.Join("  ", phase.Select(t => $"{t.Pipeline} {t.Elapsed.TotalMilliseconds:0.0}")));
}

Directory.Delete(output, recursive: true);
return 0;
