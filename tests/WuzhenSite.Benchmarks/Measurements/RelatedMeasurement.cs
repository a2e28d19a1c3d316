using System.Diagnostics;
using System.Text.Json;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Content.Translations;
using WuzhenSite.SiteData;
using WuzhenSite.SiteData.Related;
using WuzhenSite.Taxonomies;

namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// The related-stories step alone (<see cref="RelatedFinder"/>) on a site's articles and
/// transcripts: their front matter is read and the site index built as a build does (terms through
/// profiles and aliases, pages by language), then the step runs several times in one process. A
/// build's own timing of the Related pipeline shares the two cores with the search index and the
/// lists, and the machine with other builds; this measures the step on its own: wall and CPU time.
/// </summary>
internal static class RelatedMeasurement
{
    public static int Run(string root, int runs)
    {
        var settings = Settings(root);
        var input = Path.Combine(root, "input");
        var started = Stopwatch.StartNew();
        var profiles = Read(input, "speakers", ContentKind.SpeakerProfile, settings);
        var content = Read(input, "news", ContentKind.Article, settings).Concat(Read(input, "transcripts", ContentKind.Transcript, settings)).ToList();
        var terms = TermIndex.Build(profiles, content, settings.DefaultLanguage);
        var (translations, _) = TranslationLinker.Link(content);
        var index = new SiteIndex(SitePages.Build(content, terms, settings), System.Collections.Immutable.ImmutableDictionary.CreateRange(StringComparer.Ordinal, translations), terms, FeedPlan.Build(content, terms));
        Console.WriteLine($"Site: {root}; {content.Count} stories, {profiles.Count} profiles read in {started.Elapsed.TotalSeconds:0.0} s; {Environment.ProcessorCount} cores; .NET {Environment.Version}");
        Console.WriteLine($"RelatedCount {settings.RelatedCount}, weights {JsonSerializer.Serialize(settings.RelatedWeights)}, common term above {RelatedFinder.CommonTermStories} stories");

        var finder = new RelatedFinder(settings.RelatedCount, settings.RelatedWeights);
        var walls = new List<double>();
        RelatedPages? related = null;
        for (var run = 0; run < runs; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            related = finder.Find(index, settings.Languages.Select(l => l.Code));
            wall.Stop();
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            walls.Add(wall.Elapsed.TotalMilliseconds);
            Console.WriteLine($"run {run + 1}: {wall.Elapsed.TotalMilliseconds,8:0.0} ms wall, {cpuMs,8:0.0} ms CPU; {related.Count} stories with related stories");
        }

        var warm = walls.Skip(1).Order().ToList();
        Console.WriteLine($"cold: {walls[0]:0} ms; warm median: {(warm.Count > 0 ? warm[warm.Count / 2] : walls[0]):0.0} ms");
        var sample = content.First(p => related!.Of(p).Length > 0);
        Console.WriteLine($"e.g. {sample.SourcePath}: {string.Join(", ", related!.Of(sample).Select(p => p.SourcePath))}");
        return 0;
    }

    private static SiteSettings Settings(string root)
    {
        var file = Path.Combine(root, "statiq.json");
        return File.Exists(file) ? JsonSerializer.Deserialize<SiteSettings>(File.ReadAllText(file)) ?? new SiteSettings() : new SiteSettings();
    }

    // What ParseContentFiles keeps of a story for the site index: kind, language, translation key, URL, front matter.
    private static List<ContentPage> Read(string input, string folder, ContentKind kind, SiteSettings settings)
    {
        var pages = new List<ContentPage>();
        var directory = Path.Combine(input, folder);
        if (!Directory.Exists(directory))
        {
            return pages;
        }

        foreach (var path in Directory.EnumerateFiles(directory, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var file = Path.GetRelativePath(input, path).Replace('\\', '/');
            var (split, _) = FrontMatterSplitter.Split(File.ReadAllText(path), file);
            if (split is null)
            {
                continue;
            }

            var (meta, _) = FrontMatterParser.Parse(split.Value, file);
            var name = Path.GetFileNameWithoutExtension(path);
            var language = settings.Languages.Select(l => l.Code).FirstOrDefault(code => name.EndsWith("." + code, StringComparison.Ordinal)) ?? settings.DefaultLanguage;
            var slug = language == settings.DefaultLanguage && !name.EndsWith("." + language, StringComparison.Ordinal) ? name : name[..^(language.Length + 1)];
            pages.Add(new ContentPage
            {
                Kind = kind,
                SourcePath = file,
                Language = language,
                TranslationKey = $"{kind}:{slug}",
                Slug = slug,
                Url = $"/{language}/{folder}/{slug}/",
                Meta = meta,
            });
        }

        return pages;
    }
}
