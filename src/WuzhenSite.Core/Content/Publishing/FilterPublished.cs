using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Content.Publishing;

/// <summary>
/// Leaves out drafts, scheduled and expired documents unless the build asks for them, and counts
/// them; notes when the next scheduled document left out becomes due and when the next published
/// one expires (<see cref="BuildStatistics.NextPublish"/>, <see cref="BuildStatistics.NextExpiry"/>).
/// </summary>
public sealed class FilterPublished(bool includeDrafts, bool includeFuture, TimeProvider clock, BuildStatistics statistics) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var now = clock.GetUtcNow();
        var kept = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var document in inputs)
        {
            var page = document.GetRequired<ContentPage>(Keys.Page);
            var state = PublicationRules.StateOf(page.Meta, now);
            var include = state switch
            {
                PublicationState.Published => true,
                PublicationState.Draft => includeDrafts,
                _ => includeFuture,
            };
            if (include)
            {
                if (state == PublicationState.Published && page.Meta.ExpiryDate is { } expiry)
                {
                    statistics.NoteExpiry(new UpcomingChange(expiry.Value, page.SourcePath));
                }

                kept.Add(document);
                continue;
            }

            if (state == PublicationState.Scheduled && PublicationRules.PublishAt(page.Meta) is { } due)
            {
                statistics.NoteScheduled(new UpcomingChange(due, page.SourcePath));
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
