using WuzhenSite.Benchmarks.Corpus;

namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// Issue 25's warm-cache goal (a rebuild with the image cache warm adds at most 10 % to the build
/// without photos) with the runs it needs to rise above this disk's noise, which the <c>photos</c>
/// mode cannot afford beside Hugo's ten-minute cold builds. wuzhen without photos and wuzhen with
/// photos and a complete image cache, whole processes, in pairs whose order swaps every run, with
/// <c>sync</c> before each run so that none pays for the writeback of the one before, in the two
/// situations a team meets:
/// <list type="bullet">
/// <item>into a new, empty output folder (a fresh checkout with the image cache restored, as CI does);</item>
/// <item>onto its own output after an author's save: one article with a cover gets a paragraph more,
/// in both inputs, before each pair.</item>
/// </list>
/// The image cache is the one the <c>photos</c> mode leaves under the same output root; when it is
/// missing, one untimed build fills it.
/// </summary>
internal static class WarmPhotoRebuild
{
    /// <param name="corpusRoot">A corpus generated with photos.</param>
    /// <param name="wuzhen">The way of running wuzhen to time.</param>
    /// <param name="outputRoot">Where outputs, the image cache and the input without photos go: an ordinary disk folder.</param>
    /// <param name="runs">Pairs of runs in each situation.</param>
    public static int Run(string corpusRoot, WuzhenCommand wuzhen, string outputRoot, int runs)
    {
        var input = Path.Combine(corpusRoot, "input");
        var edited = Directory.EnumerateFiles(Path.Combine(input, "news"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .FirstOrDefault(file => File.ReadAllText(file).Contains("\nimage: ", StringComparison.Ordinal));
        if (edited is null)
        {
            Console.Error.WriteLine($"No article with a cover under {input}: generate the corpus with `generate <folder> <documents> --photos <count>`.");
            return 1;
        }

        Directory.CreateDirectory(outputRoot);
        var (type, mountPoint) = FileSystemOf.Find(outputRoot);
        Console.WriteLine($"output: {outputRoot} on {type} (mounted at {mountPoint}); wuzhen {wuzhen.Label}: {wuzhen.Program}");
        var retired = RetiredOutputs.Under(outputRoot);
        var withoutPhotos = Path.Combine(outputRoot, "warm-input-without-photos");
        retired.Retire(withoutPhotos);
        CorpusWithoutPhotos.Write(input, withoutPhotos);
        // The cover's article was rewritten without its cover, so the copy is a file of its own, not a link to the corpus's.
        var editedCopy = Path.Combine(withoutPhotos, Path.GetRelativePath(input, edited));
        var originals = new[] { edited, editedCopy }.ToDictionary(path => path, File.ReadAllText);

        string Output(string name) => Path.Combine(outputRoot, name);
        var cache = Output("image-cache-avif-webp");
        // Its own cache for the build without photos, which would prune every entry of the other.
        var emptyCache = Output("image-cache-without-photos");
        string Build(string output, string? inputFolder) =>
            $"{wuzhen.Prefix}build --root \"{corpusRoot}\"{(inputFolder is null ? "" : $" --input \"{inputFolder}\"")} --output \"{output}\"" +
            $" --setting \"ImageFormats=[\\\"avif\\\",\\\"webp\\\"]\" --setting \"ImageWidths=[480,800,1200,1600]\" --setting \"ImageCachePath={Path.GetRelativePath(corpusRoot, inputFolder is null ? cache : emptyCache)}\"";

        try
        {
            Console.WriteLine(Directory.Exists(cache) ? $"image cache: {cache}" : $"filling the image cache {cache} (untimed; minutes)");
            foreach (var (output, folder) in new[] { (Output("warm-own-without"), withoutPhotos), (Output("warm-own-with"), (string?)null) })
            {
                retired.Retire(output);
                TimedProcess.Run($"first build into {Path.GetFileName(output)} (untimed)", wuzhen.Program, Build(output, folder), corpusRoot);
            }

            var samples = new Dictionary<string, List<ProcessSample>>();
            void Time(string key, string output, string? folder, bool fresh)
            {
                if (fresh)
                {
                    retired.Retire(output);
                }

                RetiredOutputs.Sync();
                var sample = TimedProcess.Run(key, wuzhen.Program, Build(output, folder), corpusRoot);
                (samples.TryGetValue(key, out var list) ? list : samples[key] = []).Add(sample);
            }

            for (var run = 0; run < runs; run++)
            {
                var pairs = new (string Key, string Output, string? Folder)[]
                {
                    ("new output, no photos", Output("warm-new-without"), withoutPhotos),
                    ("new output, photos warm", Output("warm-new-with"), null),
                };
                foreach (var (key, output, folder) in run % 2 == 0 ? pairs : pairs.Reverse())
                {
                    Time(key, output, folder, fresh: true);
                }

                foreach (var (path, original) in originals)
                {
                    File.WriteAllText(path, SourceEdit.Body.Apply(original, run + 1));
                }

                var own = new (string Key, string Output, string? Folder)[]
                {
                    ("own output, no photos", Output("warm-own-without"), withoutPhotos),
                    ("own output, photos warm", Output("warm-own-with"), null),
                };
                foreach (var (key, output, folder) in run % 2 == 0 ? own.Reverse() : own)
                {
                    Time(key, output, folder, fresh: false);
                }
            }

            Console.WriteLine();
            Console.WriteLine($"Medians of {runs} alternating pair(s), sync before each run; edited between own-output pairs: {Path.GetRelativePath(input, edited)}");
            Console.WriteLine($"{"",-26} {"wall",9} {"CPU",8} {"sys",8} {"peak RSS",10}");
            foreach (var (key, list) in samples)
            {
                Console.WriteLine($"{key,-26} {TimedProcess.Median(list.Select(s => s.Wall)),7:0.00} s {TimedProcess.Median(list.Select(s => s.Cpu)),6:0.00} s {TimedProcess.Median(list.Select(s => s.Sys)),6:0.00} s {list.Max(s => s.PeakKb) / 1024,6} MiB");
            }

            foreach (var situation in new[] { "new output", "own output" })
            {
                var (without, with) = (samples[$"{situation}, no photos"], samples[$"{situation}, photos warm"]);
                var ratio = TimedProcess.Median(with.Select(s => s.Wall)) / TimedProcess.Median(without.Select(s => s.Wall));
                var pairRatios = with.Zip(without, (w, o) => w.Wall / o.Wall).ToList();
                Console.WriteLine($"{situation}: warm / without photos {ratio:0.00} × (medians), pair by pair {pairRatios.Min():0.00}–{pairRatios.Max():0.00} with a median of {TimedProcess.Median(pairRatios):0.00}; goal ≤ 1.10: {(ratio <= 1.1 ? "met" : "NOT met")}");
            }
        }
        finally
        {
            File.WriteAllText(edited, originals[edited]);
            retired.DeleteAll();
        }

        return 0;
    }
}
