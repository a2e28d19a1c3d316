using System.Collections.Immutable;
using WuzhenSite.Content;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.SiteData;
using WuzhenSite.Taxonomies;
using WuzhenSite.Urls;

namespace WuzhenSite.Publishing.Redirects;

/// <summary>
/// For every old URL a page lists in <c>aliases</c>: a redirect page at that address, and one line
/// in <c>/redirects.map</c> for nginx. An alias that is another page's address, or that two pages
/// both claim, is an error naming the file and line.
/// </summary>
public sealed class GenerateRedirects(LinkBuilder links) : IModule
{
    /// <summary>The nginx map's file name at the site root.</summary>
    public const string MapFileName = "redirects.map";

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var pages = SiteIndex.From(context).Pages.BySourcePath;
        var pageDestinations = pages.Select(p => SitePaths.Destination(p.Url)).ToHashSet(StringComparer.Ordinal);
        var claimed = new Dictionary<string, ContentPage>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Document>();
        var map = new List<(string, string)>();
        foreach (var page in pages)
        {
            foreach (var alias in page.Meta.Aliases)
            {
                var destination = RedirectFiles.Destination(alias);
                if (pageDestinations.Contains(destination))
                {
                    context.Diagnostics.Report(Diagnostic.Error(page.SourcePath, page.Meta.AliasesLine, 1,
                        $"The alias '{alias}' is the address of a page this site publishes.",
                        "Remove the alias; an old URL must not be a current page's URL.", "alias"));
                    continue;
                }

                if (claimed.TryGetValue(destination, out var other))
                {
                    if (other != page)
                    {
                        context.Diagnostics.Report(Diagnostic.Error(page.SourcePath, page.Meta.AliasesLine, 1,
                            $"The alias '{alias}' is also an alias of {other.SourcePath}.",
                            "Keep the alias on one page only.", "alias"));
                    }

                    continue;
                }

                claimed[destination] = page;
                map.Add((alias, links.Link(page.Url)));
                result.Add(Document.Create(page.SourcePath, destination,
                    DocumentContent.FromText(RedirectFiles.Page(links.Link(page.Url), links.Absolute(page.Url), page.Language)))
                    .With(RedirectOrigin.Key, new RedirectOrigin(alias, page.Meta.AliasesLine)));
            }
        }

        if (map.Count > 0)
        {
            result.Add(Document.Create(destination: MapFileName, content: DocumentContent.FromText(RedirectFiles.NginxMap(map))));
        }

        return Task.FromResult(inputs.AddRange(result));
    }
}
