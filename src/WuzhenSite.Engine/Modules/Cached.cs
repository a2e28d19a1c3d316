using System.Collections.Immutable;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;

namespace WuzhenSite.Engine.Modules;

/// <summary>
/// Runs per-document modules only on the documents whose source or content changed since the
/// last build, taking the others from a <see cref="ResultCache"/>. The wrapped modules must treat
/// each document on its own (output documents keep their input's <see cref="Document.Source"/>).
/// Output order is the input order, as without the cache.
/// </summary>
public sealed class Cached(ResultCache cache, params IModule[] modules) : IModule
{
    private readonly Sequence _modules = new(modules);

    /// <inheritdoc />
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var fingerprints = context.MapInOrder(inputs, d => d.Content.Fingerprint());
        var misses = ImmutableArray.CreateBuilder<Document>();
        for (var i = 0; i < inputs.Length; i++)
        {
            if (inputs[i].Source is null || !cache.TryGet(inputs[i].Source!, fingerprints[i], out _))
            {
                misses.Add(inputs[i]);
            }
        }

        var processed = await _modules.ExecuteAsync(misses.ToImmutable(), context).ConfigureAwait(false);

        var bySource = processed.Where(d => d.Source is not null).GroupBy(d => d.Source!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        int hits = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            var source = inputs[i].Source;
            if (source is not null && cache.TryGet(source, fingerprints[i], out var cached))
            {
                result.AddRange(cached);
                hits++;
            }
            else if (source is not null && bySource.TryGetValue(source, out var fresh))
            {
                result.AddRange(fresh);
                cache.Set(source, fingerprints[i], fresh);
            }
        }

        cache.LastHits = hits;
        cache.LastMisses = inputs.Length - hits;
        return result.ToImmutable();
    }
}
