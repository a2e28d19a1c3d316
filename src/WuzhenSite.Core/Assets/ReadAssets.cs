using System.Collections.Immutable;
using System.Text.Json;
using WuzhenSite.Content;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Search;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Json;
using WuzhenSite.Theming;

namespace WuzhenSite.Assets;

/// <summary>
/// Collects the files copied as they are: the theme's <c>assets/**</c> and the content's
/// <c>assets/**</c>, both to <c>/assets/**</c>, the npm files the theme publishes
/// (<see cref="ThemePackages"/>) and the browser scripts that let lunr.js read our CJK-aware
/// and sharded indexes. Where several have a file, the content's wins.
/// </summary>
public sealed class ReadAssets(string inputRoot, ThemeFiles theme) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var byDestination = new SortedDictionary<string, Document>(StringComparer.Ordinal);
        foreach (var relative in theme.List("assets"))
        {
            var path = theme.Find(relative)!;
            byDestination[relative] = Document.Create("theme:" + relative, relative, DocumentContent.FromFile(path)).With(Keys.Kind, ContentKind.Asset);
        }

        foreach (var document in PackageFiles(context))
        {
            byDestination[document.Destination!] = document;
        }

        foreach (var (name, text) in new[] { (BrowserAssets.LunrCjkScriptFileName, BrowserAssets.ReadLunrCjkScript()), (BrowserAssets.LunrShardedScriptFileName, BrowserAssets.ReadLunrShardedScript()) })
        {
            var destination = "assets/js/" + name;
            byDestination[destination] = Document.Create("search:" + destination, destination, DocumentContent.FromText(text)).With(Keys.Kind, ContentKind.Asset);
        }

        var contentAssets = Path.Combine(inputRoot, "assets");
        if (Directory.Exists(contentAssets))
        {
            foreach (var path in Directory.EnumerateFiles(contentAssets, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(inputRoot, path).Replace('\\', '/');
                if (!relative.Split('/').Any(segment => segment.StartsWith('.')))
                {
                    byDestination[relative] = Document.Create(relative, relative, DocumentContent.FromFile(path)).With(Keys.Kind, ContentKind.Asset);
                }
            }
        }

        return Task.FromResult(inputs.AddRange(byDestination.Values));
    }

    /// <summary>The installed npm files the theme's package.json publishes; a missing one is an error that says to run <c>npm ci</c>.</summary>
    private IEnumerable<Document> PackageFiles(PipelineContext context)
    {
        var manifest = theme.Find(ThemePackages.ManifestFileName);
        if (manifest is null)
        {
            yield break;
        }

        var shown = Path.GetRelativePath(theme.SiteRoot, manifest).Replace('\\', '/');
        IReadOnlyList<(string Source, string Destination)> packages;
        try
        {
            packages = ThemePackages.Read(File.ReadAllText(manifest));
        }
        catch (JsonException e)
        {
            var (line, column) = JsonErrorText.Position(e);
            context.Diagnostics.Report(Diagnostic.Error(shown, line, column, e.Message, "Fix the theme's package.json.", "theme"));
            yield break;
        }

        foreach (var (source, destination) in packages)
        {
            if (theme.Find(source) is { } path)
            {
                yield return Document.Create("theme:" + source, destination, DocumentContent.FromFile(path)).With(Keys.Kind, ContentKind.Asset);
            }
            else
            {
                context.Diagnostics.Report(Diagnostic.Error(shown, 1, 1,
                    $"The theme publishes '{source}', which is not installed.",
                    $"Run 'npm ci' in {Path.GetDirectoryName(shown)} (building the wuzhen program does this for the default theme).", "theme"));
            }
        }
    }
}
