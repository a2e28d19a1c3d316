using System.Collections.Immutable;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;

namespace WuzhenSite.Engine.Modules;

/// <summary>
/// One step of a pipeline: takes the documents so far and returns the documents after it.
/// Modules are configured once, when the pipelines are built, and hold no state between runs.
/// </summary>
public interface IModule
{
    /// <summary>Transforms the documents of one pipeline phase.</summary>
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context);
}
