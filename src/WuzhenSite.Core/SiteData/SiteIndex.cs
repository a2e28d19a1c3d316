using WuzhenSite.Engine.Execution;
using WuzhenSite.Publishing.Feeds;
using WuzhenSite.Site;
using WuzhenSite.Taxonomies;

namespace WuzhenSite.SiteData;

/// <summary>
/// The data every later pipeline reads about the whole site, built once per build by
/// <see cref="BuildSiteIndex"/> after profiles and content are parsed (as Zola's site holds its
/// library): the terms and which feeds exist. Pipelines read it from the SiteIndex pipeline's one
/// document, through the engine's phases, never from a cache.
/// </summary>
public sealed record SiteIndex(TermIndex Terms, FeedPlan Feeds)
{
    /// <summary>The metadata key of the index on the SiteIndex pipeline's document.</summary>
    public const string Key = nameof(SiteIndex);

    /// <summary>
    /// The index of the build <paramref name="context"/> belongs to. A Process module reads it by
    /// depending on <see cref="PipelineNames.SiteIndex"/>; PostProcess and Output modules read the
    /// result of the phase before, which every pipeline may.
    /// </summary>
    public static SiteIndex From(PipelineContext context) =>
        context.OutputsOf(PipelineNames.SiteIndex).Single().Get<SiteIndex>(Key)
        ?? throw new InvalidOperationException("The SiteIndex pipeline's document carries no site index.");
}
