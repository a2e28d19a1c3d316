using System.Diagnostics;
using System.Globalization;

namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// Runs one whole process under <c>/usr/bin/time</c>: wall, user and system time and the peak
/// resident memory, as the kernel counts them, whatever the program is (native, <c>dotnet</c>, Go).
/// </summary>
internal static class TimedProcess
{
    /// <param name="label">The name in the printed line.</param>
    /// <param name="arguments">The program's arguments, quoted as <see cref="ProcessStartInfo.Arguments"/> reads them.</param>
    /// <param name="environment">Variables to set for the program, besides the harness's own.</param>
    /// <exception cref="InvalidOperationException">The program failed; the message holds what it printed.</exception>
    public static ProcessSample Run(string label, string program, string arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("/usr/bin/time", $"-f \"%e %U %S %M\" {program} {arguments}")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync();
        var lines = process.StandardError.ReadToEnd().Trim().Split('\n');
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed:\n{standardOutput.Result}\n{string.Join('\n', lines)}");
        }

        var fields = lines[^1].Trim('"').Split(' ');
        var wall = double.Parse(fields[0], CultureInfo.InvariantCulture);
        var user = double.Parse(fields[1], CultureInfo.InvariantCulture);
        var sys = double.Parse(fields[2], CultureInfo.InvariantCulture);
        Console.WriteLine($"{label}: {wall:0.00} s wall, {user + sys:0.00} s CPU ({sys:0.00} s sys), {fields[3]} KB peak");
        return new ProcessSample(wall, user + sys, sys, long.Parse(fields[3], CultureInfo.InvariantCulture));
    }

    /// <summary>The middle value (the upper one of an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

/// <param name="Wall">Seconds from start to exit.</param>
/// <param name="Cpu">User plus system seconds, over all threads.</param>
/// <param name="Sys">System seconds.</param>
/// <param name="PeakKb">Peak resident memory in KiB.</param>
internal sealed record ProcessSample(double Wall, double Cpu, double Sys, long PeakKb);
