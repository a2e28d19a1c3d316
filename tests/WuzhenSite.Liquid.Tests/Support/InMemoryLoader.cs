using System.Collections.Concurrent;

namespace WuzhenSite.Liquid.Tests.Support;

/// <summary>Partials from a dictionary of sources, parsed once and cached (as real loaders should).</summary>
internal sealed class InMemoryLoader(IReadOnlyDictionary<string, string> sources) : ILiquidTemplateLoader
{
    private readonly ConcurrentDictionary<string, LiquidTemplate> _cache = new(StringComparer.Ordinal);
    private int _parses;

    public InMemoryLoader(params (string Name, string Source)[] partials)
        : this(partials.ToDictionary(p => p.Name, p => p.Source))
    {
    }

    /// <summary>How many times a partial was parsed (not served from the cache).</summary>
    public int Parses => _parses;

    public LiquidTemplate? Load(string name)
    {
        if (!sources.TryGetValue(name, out var source))
        {
            return null;
        }

        return _cache.GetOrAdd(name, n =>
        {
            Interlocked.Increment(ref _parses);
            return LiquidParser.Parse(source, n + ".liquid");
        });
    }
}
