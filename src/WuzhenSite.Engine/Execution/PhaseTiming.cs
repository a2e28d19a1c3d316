using WuzhenSite.Engine.Pipelines;

namespace WuzhenSite.Engine.Execution;

/// <summary>How long one pipeline spent in one phase, and how many documents it produced.</summary>
public sealed record PhaseTiming(string Pipeline, Phase Phase, TimeSpan Elapsed, int DocumentCount);
