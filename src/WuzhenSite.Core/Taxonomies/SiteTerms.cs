using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Site;

namespace WuzhenSite.Taxonomies;

/// <summary>Builds the <see cref="TermIndex"/> from the results of the Profiles and Content pipelines.</summary>
public static class SiteTerms
{
    /// <summary>The term index as the current phase can see it.</summary>
    public static TermIndex From(PipelineContext context, SiteSettings settings) =>
        TermIndex.Build(
            PagesOf(context, PipelineNames.Profiles),
            PagesOf(context, PipelineNames.Content),
            settings.DefaultLanguage);

    /// <summary>The content pages a pipeline produced.</summary>
    public static IEnumerable<ContentPage> PagesOf(PipelineContext context, string pipeline) =>
        context.OutputsOf(pipeline).Select(d => d.Get<ContentPage>(Keys.Page)).OfType<ContentPage>();
}
