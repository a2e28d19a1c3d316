namespace WuzhenSite.Engine.Pipelines;

/// <summary>
/// The four phases every pipeline passes through, in this order. All pipelines finish a phase
/// before any starts the next, so a later phase can read every pipeline's earlier results.
/// </summary>
public enum Phase
{
    /// <summary>Read files; no dependencies are consulted.</summary>
    Input,

    /// <summary>Transform documents; may read the results of dependencies.</summary>
    Process,

    /// <summary>Work that needs the processed documents of every pipeline (layouts, links).</summary>
    PostProcess,

    /// <summary>Write documents to the output folder.</summary>
    Output,
}
