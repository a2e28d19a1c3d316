using System.Collections.Immutable;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Engine.Pipelines;

/// <summary>
/// A named list of modules per phase, with the pipelines it depends on. Built once, then only read.
/// </summary>
public sealed class Pipeline
{
    private readonly ImmutableDictionary<Phase, ImmutableArray<IModule>> _modules;

    /// <summary>Makes a pipeline.</summary>
    public Pipeline(
        string name,
        IEnumerable<string>? dependencies = null,
        IEnumerable<IModule>? input = null,
        IEnumerable<IModule>? process = null,
        IEnumerable<IModule>? postProcess = null,
        IEnumerable<IModule>? output = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Dependencies = [.. dependencies ?? []];
        _modules = new Dictionary<Phase, ImmutableArray<IModule>>
        {
            [Phase.Input] = [.. input ?? []],
            [Phase.Process] = [.. process ?? []],
            [Phase.PostProcess] = [.. postProcess ?? []],
            [Phase.Output] = [.. output ?? []],
        }.ToImmutableDictionary();
    }

    /// <summary>The pipeline's name, unique in an engine.</summary>
    public string Name { get; }

    /// <summary>Pipelines whose results this one reads; they run before it in each phase.</summary>
    public ImmutableArray<string> Dependencies { get; }

    /// <summary>The modules of one phase, in the order they run.</summary>
    public ImmutableArray<IModule> ModulesOf(Phase phase) => _modules[phase];

    /// <inheritdoc />
    public override string ToString() => Name;
}
