using System.Diagnostics;
using System.Globalization;
using WuzhenSite.Benchmarks.Corpus;

namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// Issue 25's speed goals on a photos corpus (<c>generate … --photos N</c>), Hugo and wuzhen as
/// whole cold processes under <c>/usr/bin/time</c>, alternating run by run as the hugo mode does:
/// <list type="bullet">
/// <item>Hugo without and with photos, its image cache (<c>resources/_gen</c>) gone before each run:
/// the difference is Hugo's image work;</item>
/// <item>wuzhen without photos (the same documents without covers), and with photos and its image
/// cache gone before each run, first with <c>ImageFormats ["webp"]</c> (WebP and JPEG, what Hugo
/// makes), then with <c>["avif", "webp"]</c>: the differences are wuzhen's image work and AVIF's extra;</item>
/// <item>wuzhen with photos again, the cache the previous run left warm, into a fresh output folder.</item>
/// </list>
/// Image caches and outputs live under the output root, each variant its own, and are renamed aside
/// instead of deleted between runs (see <see cref="RetiredOutputs"/>).
/// </summary>
internal static class PhotoComparison
{
    private static readonly string[] ModernExtensions = [".webp", ".avif"];
    private static readonly string[] ClassicExtensions = [".jpg", ".jpeg", ".png"];

    /// <param name="corpusRoot">A corpus generated with photos.</param>
    /// <param name="wuzhen">The way of running wuzhen to time.</param>
    /// <param name="outputRoot">Where every output, image cache and the input without photos go: an ordinary disk folder.</param>
    /// <param name="runs">Runs of each variant.</param>
    public static int Run(string corpusRoot, WuzhenCommand wuzhen, string outputRoot, int runs)
    {
        var input = Path.Combine(corpusRoot, "input");
        var photoFolder = Path.Combine(input, "assets", "photos");
        var photos = Directory.Exists(photoFolder) ? Directory.EnumerateFiles(photoFolder, "*.jpg").Count() : 0;
        if (photos == 0)
        {
            Console.Error.WriteLine($"No photos in {photoFolder}: generate the corpus with `generate <folder> <documents> --photos <count>`.");
            return 1;
        }

        var hugoRoot = Path.Combine(corpusRoot, "hugo");
        var rewritten = Directory.Exists(hugoRoot);
        HugoSiteWriter.Write(corpusRoot);
        Directory.CreateDirectory(outputRoot);
        var (type, mountPoint) = FileSystemOf.Find(outputRoot);
        Console.WriteLine($"output: {outputRoot} on {type} (mounted at {mountPoint}){(type == "tmpfs" ? "; tmpfs hides the cost of creating files" : "")}");
        var retired = RetiredOutputs.Under(outputRoot, treeJustDeleted: rewritten);

        var withoutPhotos = Path.Combine(outputRoot, "input-without-photos");
        retired.Retire(withoutPhotos);
        var covers = CorpusWithoutPhotos.Write(input, withoutPhotos);
        Console.WriteLine($"{photos} photos, {covers} pages with a cover; wuzhen {wuzhen.Label}: {wuzhen.Program} {wuzhen.Prefix}build");

        var knowsImages = KnowsImageSettings(wuzhen, corpusRoot, outputRoot, retired);
        var variants = Variants(corpusRoot, hugoRoot, wuzhen, outputRoot, withoutPhotos, knowsImages);
        for (var run = 0; run < runs; run++)
        {
            foreach (var variant in variants)
            {
                foreach (var folder in variant.RetireFirst)
                {
                    retired.Retire(folder);
                }

                RetiredOutputs.Sync(); // the run before wrote hundreds of MB; its writeback is not this run's
                variant.Samples.Add(TimedProcess.Run($"{variant.Label} run {run + 1}", variant.Program, variant.Arguments, variant.WorkingDirectory, variant.Environment));
            }
        }

        var results = variants.ToDictionary(v => v.Key, Summarise);
        PrintTable(variants, results);
        PrintGoals(results, photos, runs);
        retired.DeleteAll();
        return 0;
    }

    private static List<Variant> Variants(string corpusRoot, string hugoRoot, WuzhenCommand wuzhen, string outputRoot, string withoutPhotos, bool knowsImages)
    {
        string Output(string name) => Path.Combine(outputRoot, name);
        string Cache(string name) => Path.Combine(outputRoot, "image-cache-" + name);
        // Hugo's image cache follows its resourceDir, set by environment as any Hugo setting can be.
        var hugoResources = Output("hugo-resources");
        var hugoEnvironment = new Dictionary<string, string> { ["HUGO_RESOURCEDIR"] = hugoResources };
        string Hugo(string output, bool photos) =>
            $"--quiet --source \"{hugoRoot}\" --destination \"{output}\"{(photos ? "" : " --environment nophotos")}";
        // The widths Hugo's partial makes (HugoSiteWriter); the cache path relative to the site folder, as statiq.json holds it.
        string Wuzhen(string output, string? inputFolder, string formats, string cache) =>
            $"{wuzhen.Prefix}build --root \"{corpusRoot}\"{(inputFolder is null ? "" : $" --input \"{inputFolder}\"")} --output \"{output}\"" +
            (knowsImages
                ? $" --setting \"ImageFormats={formats}\" --setting \"ImageWidths=[480,800,1200,1600]\" --setting \"ImageCachePath={Path.GetRelativePath(corpusRoot, cache)}\""
                : "");
        const string Webp = """[\"webp\"]""";
        const string AvifWebp = """[\"avif\",\"webp\"]""";

        var variants = new List<Variant>
        {
            new("hugo-0", "Hugo, no photos", "hugo", Hugo(Output("hugo-without-photos"), photos: false), hugoRoot, Output("hugo-without-photos"), [Output("hugo-without-photos")], hugoEnvironment),
            new("hugo", "Hugo, photos, cold", "hugo", Hugo(Output("hugo-with-photos"), photos: true), hugoRoot, Output("hugo-with-photos"), [Output("hugo-with-photos"), hugoResources], hugoEnvironment),
            new("wuzhen-0", "wuzhen, no photos", wuzhen.Program, Wuzhen(Output("wuzhen-without-photos"), withoutPhotos, AvifWebp, Cache("without-photos")), corpusRoot, Output("wuzhen-without-photos"), [Output("wuzhen-without-photos")], null),
        };
        if (knowsImages)
        {
            variants.AddRange(
            [
                new("webp", "wuzhen webp, cold", wuzhen.Program, Wuzhen(Output("wuzhen-webp"), null, Webp, Cache("webp")), corpusRoot, Output("wuzhen-webp"), [Output("wuzhen-webp"), Cache("webp")], null),
                new("avif", "wuzhen avif+webp, cold", wuzhen.Program, Wuzhen(Output("wuzhen-avif-webp"), null, AvifWebp, Cache("avif-webp")), corpusRoot, Output("wuzhen-avif-webp"), [Output("wuzhen-avif-webp"), Cache("avif-webp")], null),
                // Right after the cold run, whose cache it finds complete.
                new("warm", "wuzhen avif+webp, warm", wuzhen.Program, Wuzhen(Output("wuzhen-warm"), null, AvifWebp, Cache("avif-webp")), corpusRoot, Output("wuzhen-warm"), [Output("wuzhen-warm")], null),
            ]);
        }

        return variants;
    }

    // Whether this wuzhen has issue 25's settings: a build of an empty input with them is quick,
    // and an unknown setting is refused before anything is built.
    private static bool KnowsImageSettings(WuzhenCommand wuzhen, string corpusRoot, string outputRoot, RetiredOutputs retired)
    {
        var probe = Path.Combine(outputRoot, "probe");
        retired.Retire(probe);
        Directory.CreateDirectory(Path.Combine(probe, "input"));
        var start = new ProcessStartInfo(wuzhen.Program,
            $"{wuzhen.Prefix}build --root \"{corpusRoot}\" --input \"{Path.Combine(probe, "input")}\" --output \"{Path.Combine(probe, "output")}\" " +
            $"--setting \"ImageFormats=[\\\"webp\\\"]\" --setting \"ImageWidths=[480]\" --setting \"ImageCachePath={Path.GetRelativePath(corpusRoot, Path.Combine(probe, "cache"))}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var standardError = process.StandardError.ReadToEndAsync();
        var said = process.StandardOutput.ReadToEnd() + standardError.Result;
        process.WaitForExit();
        if (said.Contains("There is no setting 'Image", StringComparison.Ordinal))
        {
            Console.WriteLine("this wuzhen does not know ImageFormats, ImageWidths or ImageCachePath yet (issue 25): only Hugo and wuzhen without photos are timed");
            return false;
        }

        return true;
    }

    private static Result Summarise(Variant variant)
    {
        var files = Directory.Exists(variant.Output) ? Directory.EnumerateFiles(variant.Output, "*", SearchOption.AllDirectories).ToList() : [];
        return new Result(
            TimedProcess.Median(variant.Samples.Select(s => s.Wall)), TimedProcess.Median(variant.Samples.Select(s => s.Cpu)),
            TimedProcess.Median(variant.Samples.Select(s => s.Sys)), variant.Samples.Max(s => s.PeakKb),
            files.Count(f => ModernExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)),
            files.Count(f => ClassicExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase)), files.Count);
    }

    private static void PrintTable(List<Variant> variants, Dictionary<string, Result> results)
    {
        Console.WriteLine();
        Console.WriteLine($"{"",-26} {"wall (median)",14} {"CPU",8} {"sys",8} {"peak RSS",10} {"webp+avif",10} {"jpg+png",8} {"files",7}");
        foreach (var variant in variants)
        {
            var result = results[variant.Key];
            Console.WriteLine($"{variant.Label,-26} {result.Wall,12:0.00} s {result.Cpu,6:0.00} s {result.Sys,6:0.00} s {result.PeakKb / 1024,6} MiB {result.Modern,10} {result.Classic,8} {result.Files,7}");
        }
    }

    private static void PrintGoals(Dictionary<string, Result> results, int photos, int runs)
    {
        var (hugo0, hugo, ours0) = (results["hugo-0"], results["hugo"], results["wuzhen-0"]);
        var (hugoImageWall, hugoImageCpu) = (hugo.Wall - hugo0.Wall, hugo.Cpu - hugo0.Cpu);
        Console.WriteLine();
        Console.WriteLine($"Medians of {runs} run(s); {photos} photos of 4000 × 3000, one cover each; \"image work\" is a build with photos less the same build without.");
        Console.WriteLine($"Hugo's image work (WebP q80 + JPEG q82 at 480, 800, 1200, 1600): {hugoImageWall:0.00} s wall, {hugoImageCpu:0.00} s CPU, {hugoImageWall / photos:0.000} s wall per photo");
        if (!results.TryGetValue("webp", out var webp))
        {
            Console.WriteLine("wuzhen's figures and the goals wait for a wuzhen that processes photos.");
            return;
        }

        if (webp.Modern == 0)
        {
            Console.WriteLine("wuzhen wrote no WebP: it did not process the photos, so its figures measure no image work and the goals are not judged.");
            return;
        }

        var (avif, warm) = (results["avif"], results["warm"]);
        var (imageWall, imageCpu) = (webp.Wall - ours0.Wall, webp.Cpu - ours0.Cpu);
        Console.WriteLine($"{"goal",-44} {"wuzhen",12} {"against",12} {"ratio",8} {"target",8}");
        Goal("image work, WebP + JPEG, wall (vs Hugo's)", imageWall, hugoImageWall, "s", imageWall / hugoImageWall, "≤ 0.50", imageWall / hugoImageWall <= 0.5);
        Goal("image work, WebP + JPEG, CPU (vs Hugo's)", imageCpu, hugoImageCpu, "s", imageCpu / hugoImageCpu, "≤ 0.50", imageCpu / hugoImageCpu <= 0.5);
        Goal("whole first build with photos (vs Hugo's)", webp.Wall, hugo.Wall, "s", webp.Wall / hugo.Wall, "", null);
        Goal("warm rebuild (vs wuzhen without photos)", warm.Wall, ours0.Wall, "s", warm.Wall / ours0.Wall, "≤ 1.10", warm.Wall / ours0.Wall <= 1.1);
        Goal("peak RSS, cold webp (vs without photos)", webp.PeakKb / 1024.0, ours0.PeakKb / 1024.0, "MiB", (double)webp.PeakKb / ours0.PeakKb, "≤ 1.50", (double)webp.PeakKb / ours0.PeakKb <= 1.5);
        Goal("peak RSS, cold avif+webp (vs without)", avif.PeakKb / 1024.0, ours0.PeakKb / 1024.0, "MiB", (double)avif.PeakKb / ours0.PeakKb, "≤ 1.50", (double)avif.PeakKb / ours0.PeakKb <= 1.5);
        Goal("peak RSS, warm rebuild (vs without)", warm.PeakKb / 1024.0, ours0.PeakKb / 1024.0, "MiB", (double)warm.PeakKb / ours0.PeakKb, "≤ 1.50", (double)warm.PeakKb / ours0.PeakKb <= 1.5);
        Console.WriteLine($"AVIF's extra (avif+webp cold less webp cold): {avif.Wall - webp.Wall:0.00} s wall, {avif.Cpu - webp.Cpu:0.00} s CPU, {(avif.Wall - webp.Wall) / photos:0.000} s wall per photo");
        Console.WriteLine("(wuzhen also makes each cover's 1200 × 630 social crop, which Hugo's partial does not)");
    }

    private static void Goal(string name, double ours, double against, string unit, double ratio, string target, bool? met)
    {
        var format = unit == "s" ? "0.00" : "0";
        Console.WriteLine($"{name,-44} {ours.ToString(format, CultureInfo.InvariantCulture),8} {unit,-3} {against.ToString(format, CultureInfo.InvariantCulture),8} {unit,-3} " +
            $"{ratio,7:0.00}× {target,8} {(met is null ? "" : met.Value ? "met" : "NOT met")}");
    }

    /// <param name="Key">How the goals find it.</param>
    /// <param name="RetireFirst">Folders renamed aside before each run: the output, and a cache to start cold.</param>
    private sealed record Variant(
        string Key, string Label, string Program, string Arguments, string WorkingDirectory, string Output,
        IReadOnlyList<string> RetireFirst, IReadOnlyDictionary<string, string>? Environment)
    {
        public List<ProcessSample> Samples { get; } = [];
    }

    /// <param name="Modern">WebP and AVIF files in the output.</param>
    /// <param name="Classic">JPEG and PNG files in the output (derivatives, and originals if published).</param>
    private sealed record Result(double Wall, double Cpu, double Sys, long PeakKb, int Modern, int Classic, int Files);
}
