using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Site;

namespace WuzhenSite.Taxonomies;

/// <summary>Builds the <see cref="TermIndex"/> from the results of the Profiles and Content pipelines.</summary>
public static class SiteTerms
{
    // Lists, tag pages, search and content views all need the same index from the same results:
    // build it once per (profiles, content) pair. Keyed weakly by the result arrays, so it lives as
    // long as that build's documents do.
    private static readonly ConditionalWeakTable<Document[], ConditionalWeakTable<Document[], Lazy<TermIndex>>> Cache = [];

    /// <summary>The term index as the current phase can see it.</summary>
    public static TermIndex From(PipelineContext context, SiteSettings settings)
    {
        var profiles = context.OutputsOf(PipelineNames.Profiles);
        var content = context.OutputsOf(PipelineNames.Content);
        var byContent = Cache.GetValue(ImmutableCollectionsMarshal.AsArray(profiles) ?? [], _ => []);
        var lazy = byContent.GetValue(ImmutableCollectionsMarshal.AsArray(content) ?? [], _ => new Lazy<TermIndex>(
            () => TermIndex.Build(Pages(profiles), Pages(content), settings.DefaultLanguage),
            LazyThreadSafetyMode.ExecutionAndPublication));
        return lazy.Value;
    }

    /// <summary>The content pages a pipeline produced.</summary>
    public static IEnumerable<ContentPage> PagesOf(PipelineContext context, string pipeline) => Pages(context.OutputsOf(pipeline));

    private static IEnumerable<ContentPage> Pages(IEnumerable<Document> documents) =>
        documents.Select(d => d.Get<ContentPage>(Keys.Page)).OfType<ContentPage>();
}
