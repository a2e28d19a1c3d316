using System.Collections.Immutable;
using WuzhenSite.Content;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Urls;

/// <summary>
/// Gives each content page its URL and output file, and fails the build when two documents claim
/// the same URL (naming both files), because one would silently overwrite the other.
/// </summary>
public sealed class AssignUrls : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var document in inputs)
        {
            var page = document.GetRequired<ContentPage>(Keys.Page);
            var url = SitePaths.Content(page.Kind, page.Language, page.Slug);
            if (owners.TryGetValue(url, out var owner))
            {
                context.Diagnostics.Report(Diagnostic.Error(page.SourcePath, page.Meta.SlugLine, 0,
                    $"This page and {owner} both want the URL {url}.",
                    "Rename one of the files or give one a different 'slug:'.", "duplicate-url"));
                continue;
            }

            owners[url] = page.SourcePath;
            result.Add(document.With(Keys.Page, page with { Url = url }).WithDestination(SitePaths.Destination(url)));
        }

        return Task.FromResult(result.ToImmutable());
    }
}
