using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Content;
using WuzhenSite.Content.Translations;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Taxonomies;

namespace WuzhenSite.SiteData;

/// <summary>
/// The data every later pipeline reads about the whole site, built once per build by
/// <see cref="BuildSiteIndex"/> after profiles and content are parsed (as Zola's site holds its
/// library): the pages grouped by language, kind and term, the translations of each page, the
/// terms and which feeds exist. Pipelines read it from the SiteIndex pipeline's one document,
/// through the engine's phases, never from a cache, and never group the pages again themselves.
/// </summary>
/// <param name="Pages">The published content pages, grouped.</param>
/// <param name="Translations">Each translation key's pages by language (<see cref="TranslationLinker"/>).</param>
/// <param name="Terms">Every forum, speaker, tag and event.</param>
/// <param name="Feeds">Which feeds exist and what is in them.</param>
public sealed record SiteIndex(SitePages Pages, ImmutableDictionary<string, TranslationSet> Translations, TermIndex Terms, FeedPlan Feeds)
{
    /// <summary>The metadata key of the index on the SiteIndex pipeline's document.</summary>
    public const string Key = nameof(SiteIndex);

    /// <summary>The pieces the index is made of, each counted once per build in <see cref="BuildStatistics.SiteDataBuilt"/>.</summary>
    public static ImmutableArray<string> Pieces { get; } = [nameof(Pages), nameof(Translations), nameof(Terms), nameof(Feeds)];

    /// <summary>The pages <paramref name="page"/> is a translation of, itself included.</summary>
    public TranslationSet TranslationsOf(ContentPage page) => Translations[page.TranslationKey];

    /// <summary>
    /// The index of the build <paramref name="context"/> belongs to. A Process module reads it by
    /// depending on <see cref="PipelineNames.SiteIndex"/>; PostProcess and Output modules read the
    /// result of the phase before, which every pipeline may.
    /// </summary>
    public static SiteIndex From(PipelineContext context) =>
        context.OutputsOf(PipelineNames.SiteIndex).Single().Get<SiteIndex>(Key)
        ?? throw new InvalidOperationException("The SiteIndex pipeline's document carries no site index.");
}
