using System.Collections.Immutable;
using WuzhenSite.Engine.Pipelines;

namespace WuzhenSite.Engine.Execution;

/// <summary>
/// Checks the pipelines' declared dependencies (no unknown names, no cycles) and answers
/// which pipelines a pipeline may read from.
/// </summary>
public sealed class DependencyGraph
{
    private readonly ImmutableDictionary<string, ImmutableHashSet<string>> _transitive;

    private readonly ImmutableDictionary<string, Pipeline> _byName;

    private DependencyGraph(ImmutableArray<Pipeline> ordered, ImmutableDictionary<string, ImmutableHashSet<string>> transitive)
    {
        Ordered = ordered;
        _transitive = transitive;
        _byName = ordered.ToImmutableDictionary(p => p.Name, StringComparer.Ordinal);
    }

    /// <summary>The pipelines in an order where every dependency comes before its dependents (stable by declaration).</summary>
    public ImmutableArray<Pipeline> Ordered { get; }

    /// <summary>True when <paramref name="pipeline"/> depends on <paramref name="other"/>, directly or not.</summary>
    public bool DependsOn(string pipeline, string other) => _transitive[pipeline].Contains(other);

    /// <summary>The pipeline called <paramref name="name"/>.</summary>
    public Pipeline this[string name] => _byName[name];

    /// <summary>Every pipeline <paramref name="pipeline"/> depends on, directly or not.</summary>
    public ImmutableHashSet<string> AllDependenciesOf(string pipeline) => _transitive[pipeline];

    /// <summary>Builds the graph, or throws with a message naming the bad dependency.</summary>
    public static DependencyGraph Build(IReadOnlyList<Pipeline> pipelines)
    {
        var byName = new Dictionary<string, Pipeline>(StringComparer.Ordinal);
        foreach (var pipeline in pipelines)
        {
            if (!byName.TryAdd(pipeline.Name, pipeline))
            {
                throw new InvalidOperationException($"Two pipelines are named '{pipeline.Name}'.");
            }
        }

        foreach (var pipeline in pipelines)
        {
            foreach (var dependency in pipeline.Dependencies)
            {
                if (!byName.ContainsKey(dependency))
                {
                    throw new InvalidOperationException($"Pipeline '{pipeline.Name}' depends on '{dependency}', which does not exist.");
                }
            }
        }

        var ordered = ImmutableArray.CreateBuilder<Pipeline>(pipelines.Count);
        var transitive = new Dictionary<string, ImmutableHashSet<string>>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);

        ImmutableHashSet<string> Visit(Pipeline pipeline, Stack<string> path)
        {
            if (transitive.TryGetValue(pipeline.Name, out var known))
            {
                return known;
            }

            path.Push(pipeline.Name);
            if (!visiting.Add(pipeline.Name))
            {
                var cycle = string.Join(" -> ", path.Reverse());
                throw new InvalidOperationException($"Pipelines depend on each other in a cycle: {cycle}.");
            }

            var all = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
            foreach (var dependency in pipeline.Dependencies)
            {
                all.Add(dependency);
                all.UnionWith(Visit(byName[dependency], path));
            }

            visiting.Remove(pipeline.Name);
            path.Pop();
            var result = all.ToImmutable();
            transitive[pipeline.Name] = result;
            ordered.Add(pipeline);
            return result;
        }

        foreach (var pipeline in pipelines)
        {
            Visit(pipeline, new Stack<string>());
        }

        return new DependencyGraph(ordered.ToImmutable(), transitive.ToImmutableDictionary(StringComparer.Ordinal));
    }
}
