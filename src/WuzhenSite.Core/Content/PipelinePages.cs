using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;

namespace WuzhenSite.Content;

/// <summary>The content pages a pipeline produced, as the current phase can see them.</summary>
public static class PipelinePages
{
    /// <summary>The <see cref="ContentPage"/>s of <paramref name="pipeline"/>'s documents, in their order.</summary>
    public static IEnumerable<ContentPage> Of(PipelineContext context, string pipeline) =>
        context.OutputsOf(pipeline).Select(d => d.Get<ContentPage>(Keys.Page)).OfType<ContentPage>();
}
