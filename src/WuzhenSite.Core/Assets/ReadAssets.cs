using System.Collections.Immutable;
using System.Text.Json;
using WuzhenSite.Content;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Search;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Files;
using WuzhenSite.Json;
using WuzhenSite.Theming;

namespace WuzhenSite.Assets;

/// <summary>
/// Collects the files copied as they are: the theme's <c>assets/**</c> and the content's
/// <c>assets/**</c>, both to <c>/assets/**</c>, the npm files the theme publishes
/// (<see cref="ThemePackages"/>) and the browser scripts that let lunr.js read our CJK-aware
/// and sharded indexes. Where several have a file, the content's wins. Symbolic links are judged as
/// everywhere in the build (<see cref="SourceWalker"/>): a refused link is an error naming it.
/// </summary>
public sealed class ReadAssets(string inputRoot, ThemeFiles theme, bool followSymlinks = false) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var byDestination = new SortedDictionary<string, Document>(StringComparer.Ordinal);
        var (themeAssets, themeProblems) = theme.List("assets");
        context.Diagnostics.ReportAll(themeProblems.Select(InSite));
        foreach (var (relative, path) in themeAssets)
        {
            byDestination[relative] = Document.Create("theme:" + relative, relative, DocumentContent.FromFile(path)).With(Keys.Kind, ContentKind.Asset);
        }

        foreach (var document in PackageFiles(context))
        {
            byDestination[document.Destination!] = document;
        }

        foreach (var (name, text) in new[] { (BrowserAssets.LunrCjkScriptFileName, BrowserAssets.ReadLunrCjkScript()), (BrowserAssets.LunrShardedScriptFileName, BrowserAssets.ReadLunrShardedScript()), (BrowserAssets.LunrPhrasesScriptFileName, BrowserAssets.ReadLunrPhrasesScript()) })
        {
            var destination = "assets/js/" + name;
            byDestination[destination] = Document.Create("search:" + destination, destination, DocumentContent.FromText(text)).With(Keys.Kind, ContentKind.Asset);
        }

        var contentAssets = new SourceWalker(new LinkPolicy(followSymlinks)).Walk(inputRoot, "assets", "input");
        context.Diagnostics.ReportAll(contentAssets.Problems);
        foreach (var file in SourceTree.PublishOnce(contentAssets.Files))
        {
            byDestination[file.Relative] = Document.Create(file.Relative, file.Relative, DocumentContent.FromFile(file.Real)).With(Keys.Kind, ContentKind.Asset).With(Keys.RealPath, file.Real);
        }

        return Task.FromResult(inputs.AddRange(byDestination.Values));
    }

    /// <summary>A theme diagnostic named from the site root, made absolute so the build names it the same way as every other file.</summary>
    private Diagnostic InSite(Diagnostic diagnostic) => diagnostic with { File = Path.Combine(theme.SiteRoot, diagnostic.File) };

    /// <summary>The installed npm files the theme's package.json publishes; a missing one is an error that says to run <c>npm ci</c>.</summary>
    private IEnumerable<Document> PackageFiles(PipelineContext context)
    {
        var (manifest, refusedManifest) = theme.Locate(ThemePackages.ManifestFileName);
        if (refusedManifest is not null)
        {
            context.Diagnostics.Report(InSite(refusedManifest));
        }

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
            var (path, refused) = theme.Locate(source);
            if (refused is not null)
            {
                context.Diagnostics.Report(InSite(refused));
            }
            else if (path is not null)
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
