using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Content.Publishing;

/// <summary>Leaves out drafts, scheduled and expired documents unless the build asks for them, and counts them.</summary>
public sealed class FilterPublished(bool includeDrafts, bool includeFuture, TimeProvider clock, BuildStatistics statistics) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var now = clock.GetUtcNow();
        var kept = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var document in inputs)
        {
            var state = PublicationRules.StateOf(document.GetRequired<ContentPage>(Keys.Page).Meta, now);
            var include = state switch
            {
                PublicationState.Published => true,
                PublicationState.Draft => includeDrafts,
                _ => includeFuture,
            };
            if (include)
            {
                kept.Add(document);
                continue;
            }

            switch (state)
            {
                case PublicationState.Draft: statistics.AddDraft(); break;
                case PublicationState.Scheduled: statistics.AddScheduled(); break;
                default: statistics.AddExpired(); break;
            }
        }

        return Task.FromResult(kept.ToImmutable());
    }
}
