using System.Globalization;
using WuzhenSite.Benchmarks.Corpus;
using WuzhenSite.Benchmarks.Measurements;

// The benchmark harness. Speed is measured here, never asserted in tests.
//   build <site root> [runs] [--allocations]          full builds in one process: cold, warm, per file, per phase
//                                                     (--allocations: which types the builds allocate most)
//   generate <folder> <documents> [--photos <count>]  writes a generated corpus (N English + N Chinese documents;
//                                                     with photos, the first <count> English articles get a cover photo)
//   generate-photos <folder> <count>                  writes <count> photo-like 4000 × 3000 JPEGs
//   reload <site root> <input-relative file> <url> [runs]   preview save-to-reload time (a body edit, then a title edit)
//   hugo <corpus folder> [runs] [--wuzhen <program>]... [--all] [--tool <path>] [--output-dir <folder> | --tmpfs] [--rebuild]
//                                                     wuzhen build vs hugo on the same corpus, whole processes, alternating
//                                                     (program: the native wuzhen from dotnet publish -r linux-x64,
//                                                     or a wuzhen.dll; default the wuzhen.dll beside the harness;
//                                                     --all: native, installed tool and dotnet run, those found);
//                                                     output on disk in <corpus>/hugo-comparison unless chosen
//                                                     (--rebuild: each builds once, then the timed runs rebuild onto that output)
//   photos <corpus folder> [runs] [--wuzhen <program>] [--output-dir <folder>]
//                                                     issue 25's photo goals: Hugo and wuzhen with and without photos,
//                                                     image caches cold, then wuzhen's warm; output in <corpus>/photos-comparison
//   photos-warm <corpus folder> [runs] [--wuzhen <program>] [--output-dir <folder>]
//                                                     issue 25's warm-cache goal alone: wuzhen without photos and with photos, cache
//                                                     warm, alternating pairs into a new output and onto its own output after a save
//   hugo-server <corpus folder> [runs] [--file <file under input/>]   the reload edits on our preview and on hugo server, one table
//   related <site root> [runs]                        the related-stories step alone on the site's stories: wall and CPU time per run
//   search <output folder> [runs] [--only <text>]     bytes and time to first result per query in Chromium (only the queries containing text)
//                                                     (and Pagefind's, when the output holds a pagefind/ bundle)
var mode = args.Length > 0 ? args[0] : "build";
string? Option(string name) => Array.IndexOf(args, name) is int at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
int Number(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
return mode switch
{
    "build" => await BuildMeasurement.RunAsync(Path.GetFullPath(args.Length > 1 ? args[1] : "."), args.Length > 2 && args[2] != "--allocations" ? Number(2, 10) : 10, args.Contains("--allocations")),
    "generate" => Generate(Path.GetFullPath(args[1]), Number(2, 1000), Option("--photos") is { } photos ? int.Parse(photos, CultureInfo.InvariantCulture) : 0),
    "generate-photos" => GeneratePhotos(Path.GetFullPath(args[1]), Number(2, 200)),
    "reload" => await ReloadMeasurement.RunAsync(Path.GetFullPath(args[1]), args[2], args[3], Number(4, 10)),
    "hugo" => HugoComparison.Run(Path.GetFullPath(args[1]), WuzhenCommands(), HugoOutput(Path.GetFullPath(args[1])), RunsAfterFolder(3), args.Contains("--rebuild")),
    "photos" => PhotoComparison.Run(Path.GetFullPath(args[1]), WuzhenCommands()[0], Option("--output-dir") is { } photosOutput ? Path.GetFullPath(photosOutput) : Path.Combine(Path.GetFullPath(args[1]), "photos-comparison"), RunsAfterFolder(3)),
    "photos-warm" => WarmPhotoRebuild.Run(Path.GetFullPath(args[1]), WuzhenCommands()[0], Option("--output-dir") is { } warmOutput ? Path.GetFullPath(warmOutput) : Path.Combine(Path.GetFullPath(args[1]), "photos-comparison"), RunsAfterFolder(7)),
    "hugo-server" => await HugoServerMeasurement.RunAsync(Path.GetFullPath(args[1]), Option("--file"), RunsAfterFolder(10)),
    "related" => RelatedMeasurement.Run(Path.GetFullPath(args[1]), Number(2, 5)),
    "search" => await SearchMeasurement.RunAsync(Path.GetFullPath(args[1]), Number(2, 3), Option("--only")),
    "sample-photos" => WuzhenSite.Benchmarks.Samples.SamplePhotos.Write(Path.GetFullPath(args[1])), // the sample site's photos, into input/ (Samples/SamplePhotos.cs)
    _ => Usage(),
};

int RunsAfterFolder(int fallback) => args.Length > 2 && !args[2].StartsWith("--", StringComparison.Ordinal) ? Number(2, fallback) : fallback;

// Every --wuzhen given, plus what --all finds; the JIT-run wuzhen.dll beside the harness when neither is given.
List<WuzhenCommand> WuzhenCommands()
{
    var commands = args.Select((arg, at) => (arg, at)).Where(a => a.arg == "--wuzhen" && a.at + 1 < args.Length)
        .Select(a => WuzhenCommand.ForPath(Path.GetFullPath(args[a.at + 1]))).ToList();
    if (args.Contains("--all"))
    {
        commands.AddRange(WuzhenCommand.All(WuzhenCommand.RepositoryRoot(), Option("--tool") is { } tool ? Path.GetFullPath(tool) : null));
    }

    return commands.Count > 0 ? commands : [WuzhenCommand.ForPath(Path.Combine(AppContext.BaseDirectory, "wuzhen.dll"))];
}

// An ordinary disk folder by default, as an author publishes from; tmpfs only when asked for.
string HugoOutput(string corpus) =>
    Option("--output-dir") is { } folder ? Path.GetFullPath(folder)
    : args.Contains("--tmpfs") ? "/dev/shm/wuzhen-hugo-comparison"
    : Path.Combine(corpus, "hugo-comparison");

static int Generate(string folder, int documents, int photos)
{
    var files = CorpusGenerator.Generate(folder, documents, photos);
    Console.WriteLine($"Wrote {files} source files to {folder}");
    return 0;
}

static int GeneratePhotos(string folder, int count)
{
    var started = System.Diagnostics.Stopwatch.StartNew();
    var bytes = PhotoGenerator.Generate(folder, count);
    Console.WriteLine($"Wrote {count} photos of {PhotoGenerator.Width} × {PhotoGenerator.Height} ({bytes / 1024.0 / 1024 / Math.Max(1, count):0.0} MiB each on average) to {folder} in {started.Elapsed.TotalSeconds:0} s");
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: build <root> [runs] | generate <folder> <documents> [--photos <count>] | generate-photos <folder> <count> | photos <corpus> [runs] [--wuzhen <program>] [--output-dir <folder>] | photos-warm <corpus> [runs] [--wuzhen <program>] [--output-dir <folder>] | reload <root> <file> <url> [runs] | hugo <corpus> [runs] [--wuzhen <program>]... [--all] [--tool <path>] [--output-dir <folder> | --tmpfs] [--rebuild] | hugo-server <corpus> [runs] [--file <file under input/>] | related <root> [runs] | search <output> [runs] [--only <text>]");
    return 2;
}
