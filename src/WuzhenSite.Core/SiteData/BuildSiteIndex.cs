using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Content.Translations;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Taxonomies;

namespace WuzhenSite.SiteData;

/// <summary>
/// Builds the <see cref="SiteIndex"/> from the Profiles and Content pipelines' pages: one document,
/// no destination. This is the one module after Content that reads the parsed pages; everything
/// later reads the groupings made here. Two pages of one language with the same translation key
/// are an error here, since a reader switching language could not know which one is meant.
/// </summary>
public sealed class BuildSiteIndex(SiteSettings settings, BuildStatistics statistics) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var profiles = Pages(context.OutputsOf(PipelineNames.Profiles));
        var content = Pages(context.OutputsOf(PipelineNames.Content));

        var (translations, duplicates) = TranslationLinker.Link(content);
        context.Diagnostics.ReportAll(duplicates);
        statistics.AddSiteDataBuilt(nameof(SiteIndex.Translations));

        var terms = TermIndex.Build(profiles, content, settings.DefaultLanguage);
        statistics.AddSiteDataBuilt(nameof(SiteIndex.Terms));

        var pages = SitePages.Build(content, terms, settings);
        statistics.AddSiteDataBuilt(nameof(SiteIndex.Pages));

        var feeds = FeedPlan.Build(content, terms);
        statistics.AddSiteDataBuilt(nameof(SiteIndex.Feeds));

        var index = new SiteIndex(pages, translations.ToImmutableDictionary(StringComparer.Ordinal), terms, feeds);
        statistics.AddSiteIndexBuilt();
        return Task.FromResult(ImmutableArray.Create(Document.Create().With(SiteIndex.Key, index)));
    }

    private static List<ContentPage> Pages(IEnumerable<Document> documents) =>
        [.. documents.Select(d => d.Get<ContentPage>(Keys.Page)).OfType<ContentPage>()];
}
