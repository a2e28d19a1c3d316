using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Publishing.Feeds;
using WuzhenSite.Site;
using WuzhenSite.Taxonomies;

namespace WuzhenSite.SiteData;

/// <summary>Builds the <see cref="SiteIndex"/> from the Profiles and Content pipelines' pages: one document, no destination.</summary>
public sealed class BuildSiteIndex(SiteSettings settings, BuildStatistics statistics) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var profiles = Pages(context.OutputsOf(PipelineNames.Profiles));
        var content = Pages(context.OutputsOf(PipelineNames.Content));
        var terms = TermIndex.Build(profiles, content, settings.DefaultLanguage);
        var index = new SiteIndex(terms, FeedPlan.Build(content, terms));
        statistics.AddSiteIndexBuilt();
        return Task.FromResult(ImmutableArray.Create(Document.Create().With(SiteIndex.Key, index)));
    }

    private static List<ContentPage> Pages(IEnumerable<Document> documents) =>
        [.. documents.Select(d => d.Get<ContentPage>(Keys.Page)).OfType<ContentPage>()];
}
