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
        IEnumerable<IModule>? output = null,
        bool outputHasDependencies = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Dependencies = [.. dependencies ?? []];
        OutputHasDependencies = outputHasDependencies;
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

    /// <summary>
    /// True when the Output phase waits for its dependencies' Output phases (and may read what they
    /// wrote). By default, as in Statiq, a pipeline's Output starts as soon as every PostProcess
    /// phase is over: writing one pipeline's pages does not need another's written first, and
    /// waiting would leave cores idle. Set it for work over the finished site, such as link checks.
    /// </summary>
    public bool OutputHasDependencies { get; }

    /// <summary>True when this pipeline's <paramref name="phase"/> starts only after its dependencies' same phase.</summary>
    public bool WaitsForDependencies(Phase phase) => phase != Phase.Output || OutputHasDependencies;

    /// <summary>The modules of one phase, in the order they run.</summary>
    public ImmutableArray<IModule> ModulesOf(Phase phase) => _modules[phase];

    /// <inheritdoc />
    public override string ToString() => Name;
}
