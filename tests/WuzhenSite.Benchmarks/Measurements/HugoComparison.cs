using WuzhenSite.Benchmarks.Corpus;

namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// WuzhenSite and Hugo on the same generated corpus in one run on one machine: each tool's whole
/// process, several times, reporting median wall time, CPU and system time, peak memory (from
/// /usr/bin/time) and pages written. All builds are cold processes, as an author runs them; each
/// way of running wuzhen (native, installed tool, <c>dotnet run</c>, a dll) is timed against the
/// same Hugo runs. With <c>rebuild</c>, each tool builds once untimed and every timed run builds
/// again onto its existing output (Hugo into its existing destination too): the unchanged
/// rebuild an author makes after a save that changed nothing, or before a deploy.
/// </summary>
internal static class HugoComparison
{
    /// <param name="corpusRoot">The generated corpus.</param>
    /// <param name="commands">The ways of running wuzhen to time.</param>
    /// <param name="outputRoot">Where each tool writes, one folder each: an ordinary disk folder unless the caller chose otherwise.</param>
    /// <param name="runs">Runs of each tool; they alternate run by run, so all see the machine's drift alike.</param>
    /// <param name="rebuild">Time rebuilds onto each tool's existing output instead of builds into an empty folder.</param>
    public static int Run(string corpusRoot, IReadOnlyList<WuzhenCommand> commands, string outputRoot, int runs, bool rebuild = false)
    {
        if (commands.Count == 0)
        {
            Console.Error.WriteLine("No wuzhen program to time.");
            return 1;
        }

        HugoSiteWriter.Write(corpusRoot);
        var hugoRoot = Path.Combine(corpusRoot, "hugo");
        Directory.CreateDirectory(outputRoot);
        var (type, mountPoint) = FileSystemOf.Find(outputRoot);
        Console.WriteLine($"output: {outputRoot} on {type} (mounted at {mountPoint}){(type == "tmpfs" ? "; tmpfs hides the cost of creating files" : "")}");
        var retired = RetiredOutputs.Under(outputRoot);
        var hugoOutput = Path.Combine(outputRoot, "hugo");
        var outputs = commands.Select((_, i) => Path.Combine(outputRoot, $"wuzhen-{i + 1}")).ToList();
        foreach (var (command, i) in commands.Select((c, i) => (c, i)))
        {
            Console.WriteLine($"wuzhen {i + 1}, {command.Label}: {command.Program} {command.Prefix}build");
        }

        var hugoArguments = $"--quiet --source \"{hugoRoot}\" --destination \"{hugoOutput}\"";
        string WuzhenArguments(int i) => $"{commands[i].Prefix}build --root \"{corpusRoot}\" --output \"{outputs[i]}\"";
        if (rebuild)
        {
            // The build every timed run then repeats onto an output that is already there.
            Console.WriteLine("rebuild: each tool builds once, then every timed run builds again onto its existing output");
            Measure(-1, "hugo (first build)", "hugo", hugoArguments, hugoRoot, hugoOutput, retired);
            for (var i = 0; i < commands.Count; i++)
            {
                Measure(-1, $"{commands[i].Label} (first build)", commands[i].Program, WuzhenArguments(i), corpusRoot, outputs[i], retired);
            }
        }

        var samples = commands.Select(_ => new List<ProcessSample>()).ToList();
        var hugoRuns = new List<ProcessSample>();
        for (var run = 0; run < runs; run++)
        {
            hugoRuns.Add(Measure(run, "hugo", "hugo", hugoArguments, hugoRoot, hugoOutput, rebuild ? null : retired));
            for (var i = 0; i < commands.Count; i++)
            {
                samples[i].Add(Measure(run, commands[i].Label, commands[i].Program, WuzhenArguments(i), corpusRoot, outputs[i], rebuild ? null : retired));
            }
        }

        var hugo = Summarise(hugoRuns, hugoOutput);
        Console.WriteLine();
        Console.WriteLine($"{"",-22} {"wall (median)",14} {"CPU",8} {"sys",8} {"peak RSS",10} {"HTML pages",11} {"files",7} {"wall/Hugo",10} {"CPU/Hugo",9}");
        for (var i = 0; i < commands.Count; i++)
        {
            var ours = Summarise(samples[i], outputs[i]);
            Print(commands[i].Label, ours, $"{ours.Wall / hugo.Wall,10:0.00} {ours.Cpu / hugo.Cpu,9:0.00}");
        }

        Print("Hugo", hugo, $"{"1.00",10} {"1.00",9}");
        retired.DeleteAll();
        return 0;
    }

    private static void Print(string name, Result result, string ratios) =>
        Console.WriteLine($"{name,-22} {result.Wall,12:0.00} s {result.Cpu,6:0.00} s {result.Sys,6:0.00} s {result.PeakKb / 1024,6} MiB {result.Pages,11} {result.Files,7} {ratios}");

    /// <param name="retired">Where to move the previous output first, so the build starts from an empty folder; null to build onto it.</param>
    private static ProcessSample Measure(int run, string label, string program, string arguments, string workingDirectory, string output, RetiredOutputs? retired)
    {
        retired?.Retire(output);
        return TimedProcess.Run($"{label}{(run < 0 ? "" : $" run {run + 1}")}", program, arguments, workingDirectory);
    }

    private static Result Summarise(List<ProcessSample> samples, string output)
    {
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList();
        return new Result(
            TimedProcess.Median(samples.Select(s => s.Wall)), TimedProcess.Median(samples.Select(s => s.Cpu)), TimedProcess.Median(samples.Select(s => s.Sys)), samples.Max(s => s.PeakKb),
            files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)), files.Count);
    }

    private sealed record Result(double Wall, double Cpu, double Sys, long PeakKb, int Pages, int Files);
}
