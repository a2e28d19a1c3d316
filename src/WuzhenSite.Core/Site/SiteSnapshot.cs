using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Pipelines;

namespace WuzhenSite.Site;

/// <summary>
/// What the last successful preview build knew about the whole site: its shared context, the
/// profiles, the site index, the related stories, the photo catalog and each published content page by source file. The preview keeps
/// it so that an edited page can be rendered the moment it is saved (<see cref="EditedPages"/>),
/// before the rest of the site is rebuilt. Made once per successful build, never changed.
/// </summary>
public sealed record SiteSnapshot(
    SiteContext Site,
    ImmutableArray<Document> Profiles,
    Document SiteIndex,
    Document Related,
    ImmutableDictionary<string, Document> ContentBySource,
    Document? ImageCatalog)
{
    /// <summary>Takes the snapshot from a finished build's documents.</summary>
    internal static SiteSnapshot? Of(SiteContext site, EngineResult result)
    {
        var index = result.OutputsOf(PipelineNames.SiteIndex, Phase.Output);
        var related = result.OutputsOf(PipelineNames.Related, Phase.Output);
        if (index.Length != 1 || related.Length != 1)
        {
            return null;
        }

        var content = ImmutableDictionary.CreateBuilder<string, Document>(StringComparer.Ordinal);
        foreach (var document in result.OutputsOf(PipelineNames.Content, Phase.Output))
        {
            if (document.Source is { } source && document.Destination is not null)
            {
                content[source] = document;
            }
        }

        var catalog = result.OutputsOf(PipelineNames.ImageSources, Phase.Output);
        return new SiteSnapshot(site, result.OutputsOf(PipelineNames.Profiles, Phase.Output), index[0], related[0], content.ToImmutable(), catalog.Length == 1 ? catalog[0] : null);
    }
}
