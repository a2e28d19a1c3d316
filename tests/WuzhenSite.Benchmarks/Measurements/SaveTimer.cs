using System.Diagnostics;

namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// Saves one source file repeatedly with an edit and times each save until the served page shows
/// it. The server-specific part (how to know the page is rebuilt) is the caller's; the file is
/// restored afterwards, so the next edit starts from the original.
/// </summary>
internal static class SaveTimer
{
    /// <param name="served">Waits until the page shows the given text; false when it never does.</param>
    /// <returns>Milliseconds per save, or null when the file has nothing this edit changes.</returns>
    public static async Task<List<double>?> TimeAsync(string file, SourceEdit edit, int runs, string label, Func<string, Task<bool>> served)
    {
        var original = await File.ReadAllTextAsync(file);
        if (edit.Apply(original, 0) is null)
        {
            Console.WriteLine($"{label}: {Path.GetFileName(file)} has nothing a {edit.Name} edit changes; skipped");
            return null;
        }

        var times = new List<double>();
        try
        {
            for (var run = 0; run < runs; run++)
            {
                await Task.Delay(300); // let the watcher settle between saves, as between an author's saves
                var stopwatch = Stopwatch.StartNew();
                await File.WriteAllTextAsync(file, edit.Apply(original, run));
                if (!await served(edit.Marker(run)))
                {
                    throw new InvalidOperationException($"{label}: the served page does not show the {edit.Name} edit of save {run + 1}.");
                }

                stopwatch.Stop();
                times.Add(stopwatch.Elapsed.TotalMilliseconds);
                Console.WriteLine($"{label} {edit.Name} save {run + 1}: {stopwatch.Elapsed.TotalMilliseconds,7:0} ms to the served page");
            }
        }
        finally
        {
            await File.WriteAllTextAsync(file, original);
        }

        return times;
    }

    /// <summary>The median, leaving out the first save (the server's first rebuild also warms it up) when there are more.</summary>
    public static double Median(List<double> times)
    {
        var sorted = (times.Count > 1 ? times.Skip(1) : times).Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
