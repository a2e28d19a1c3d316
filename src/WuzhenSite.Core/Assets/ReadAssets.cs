using System.Collections.Immutable;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Theming;

namespace WuzhenSite.Assets;

/// <summary>
/// Collects the files copied as they are: the theme's <c>assets/**</c> and the content's
/// <c>assets/**</c>, both to <c>/assets/**</c>. Where both have a file, the content's wins.
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
}
