using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Configuration;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.SiteData.Related;

/// <summary>
/// The Related pipeline's one step: once the site index has resolved every forum, speaker, tag and
/// event (aliases and profiles made one term), chooses each article's and transcript's related
/// stories (<see cref="RelatedFinder"/>) and hands them on as one document without a destination.
/// </summary>
public sealed class BuildRelatedPages(SiteSettings settings, BuildStatistics statistics) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var index = SiteIndex.From(context);
        var related = settings.RelatedCount == 0
            ? RelatedPages.None
            : new RelatedFinder(settings.RelatedCount, settings.RelatedWeights).Find(index, settings.Languages.Select(l => l.Code));
        statistics.AddSiteDataBuilt(nameof(RelatedPages));
        return Task.FromResult(ImmutableArray.Create(Document.Create().With(RelatedPages.Key, related)));
    }
}
