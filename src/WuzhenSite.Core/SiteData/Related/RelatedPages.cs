using System.Collections.Frozen;
using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Content;
using WuzhenSite.Engine.Execution;

namespace WuzhenSite.SiteData.Related;

/// <summary>
/// The related stories of every article and transcript, chosen once per build by
/// <see cref="BuildRelatedPages"/> (<see cref="RelatedFinder"/>) and read by the content views.
/// Keyed by source path, so a page edited in the preview finds the list of its earlier self.
/// Immutable: pipelines running in parallel share it.
/// </summary>
public sealed class RelatedPages
{
    /// <summary>The metadata key of the lists on the Related pipeline's document.</summary>
    public const string Key = nameof(RelatedPages);

    private readonly FrozenDictionary<string, ImmutableArray<ContentPage>> _bySource;

    internal RelatedPages(FrozenDictionary<string, ImmutableArray<ContentPage>> bySource) => _bySource = bySource;

    /// <summary>No page has related stories (<c>RelatedCount: 0</c>).</summary>
    public static RelatedPages None { get; } = new(FrozenDictionary<string, ImmutableArray<ContentPage>>.Empty);

    /// <summary>How many pages have at least one related story.</summary>
    public int Count => _bySource.Count;

    /// <summary>The stories related to <paramref name="page"/>, best first; empty when it has none.</summary>
    public ImmutableArray<ContentPage> Of(ContentPage page) => _bySource.GetValueOrDefault(page.SourcePath, []);

    /// <summary>
    /// The lists of the build <paramref name="context"/> belongs to, read in PostProcess or Output
    /// (the Related pipeline's Process result, which every pipeline may read).
    /// </summary>
    public static RelatedPages From(PipelineContext context) =>
        context.OutputsOf(PipelineNames.Related).Single().Get<RelatedPages>(Key)
        ?? throw new InvalidOperationException("The Related pipeline's document carries no related pages.");
}
