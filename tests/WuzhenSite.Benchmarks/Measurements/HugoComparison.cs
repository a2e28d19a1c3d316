using System.Diagnostics;
using System.Globalization;
using WuzhenSite.Benchmarks.Corpus;

namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// WuzhenSite and Hugo on the same generated corpus in one run on one machine: each tool's whole
/// process, several times, reporting median wall time, CPU time, peak memory (from /usr/bin/time)
/// and pages written. Both builds are cold processes, as an author runs them.
/// </summary>
internal static class HugoComparison
{
    /// <param name="corpusRoot">The generated corpus.</param>
    /// <param name="wuzhen">The command to time: the native program from <c>dotnet publish -r linux-x64</c>, or a <c>wuzhen.dll</c> run with <c>dotnet</c>.</param>
    /// <param name="runs">Runs of each tool; the two alternate, so both see the machine's drift alike.</param>
    public static int Run(string corpusRoot, string wuzhen, int runs)
    {
        HugoSiteWriter.Write(corpusRoot);
        var hugoRoot = Path.Combine(corpusRoot, "hugo");
        var output = Path.Combine(corpusRoot, "output");
        var (program, prefix) = wuzhen.EndsWith(".dll", StringComparison.Ordinal) ? ("dotnet", $"\"{wuzhen}\" ") : (wuzhen, "");
        Console.WriteLine($"WuzhenSite: {wuzhen}");
        var wuzhenRuns = new List<Sample>();
        var hugoRuns = new List<Sample>();
        for (var run = 0; run < runs; run++)
        {
            wuzhenRuns.Add(Measure(run, program, $"{prefix}build --root \"{corpusRoot}\" --output \"{output}\"", corpusRoot, output));
            hugoRuns.Add(Measure(run, "hugo", $"--quiet --source \"{hugoRoot}\" --destination \"{Path.Combine(hugoRoot, "public")}\"", hugoRoot, Path.Combine(hugoRoot, "public")));
        }

        var ours = Summarise(wuzhenRuns, output);
        var hugo = Summarise(hugoRuns, Path.Combine(hugoRoot, "public"));
        Console.WriteLine($"{"",-10} {"wall (median)",14} {"CPU",10} {"peak RSS",10} {"HTML pages",11} {"files",8}");
        Print("WuzhenSite", ours);
        Print("Hugo", hugo);
        Console.WriteLine($"ratio WuzhenSite / Hugo (wall): {ours.Wall / hugo.Wall:0.00}; (peak memory): {(double)ours.PeakKb / hugo.PeakKb:0.00}");
        return 0;
    }

    private static void Print(string name, Result result) =>
        Console.WriteLine($"{name,-10} {result.Wall,12:0.00} s {result.Cpu,8:0.00} s {result.PeakKb / 1024,7} MiB {result.Pages,11} {result.Files,8}");

    private static Sample Measure(int run, string program, string arguments, string workingDirectory, string output)
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var start = new ProcessStartInfo("/usr/bin/time", $"-f \"%e %U %S %M\" {program} {arguments}")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        var lines = process.StandardError.ReadToEnd().Trim().Split('\n');
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed:\n{string.Join('\n', lines)}");
        }

        var fields = lines[^1].Trim('"').Split(' ');
        var wall = double.Parse(fields[0], CultureInfo.InvariantCulture);
        var cpu = double.Parse(fields[1], CultureInfo.InvariantCulture) + double.Parse(fields[2], CultureInfo.InvariantCulture);
        Console.WriteLine($"{Path.GetFileName(program)} run {run + 1}: {wall:0.00} s wall, {cpu:0.00} s CPU, {fields[3]} KB peak");
        return new Sample(wall, cpu, long.Parse(fields[3], CultureInfo.InvariantCulture));
    }

    private static Result Summarise(List<Sample> samples, string output)
    {
        var sorted = samples.OrderBy(s => s.Wall).ToList();
        var median = sorted[sorted.Count / 2];
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).ToList();
        return new Result(median.Wall, median.Cpu, samples.Max(s => s.PeakKb), files.Count(f => f.EndsWith(".html", StringComparison.Ordinal)), files.Count);
    }

    private sealed record Sample(double Wall, double Cpu, long PeakKb);

    private sealed record Result(double Wall, double Cpu, long PeakKb, int Pages, int Files);
}
