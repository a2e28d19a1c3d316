using System.Collections.Immutable;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;

namespace WuzhenSite.Engine.Modules;

/// <summary>A module made from a function, for small steps that don't deserve a class.</summary>
public sealed class Lambda(Func<ImmutableArray<Document>, PipelineContext, ImmutableArray<Document>> transform) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        Task.FromResult(transform(inputs, context));
}
