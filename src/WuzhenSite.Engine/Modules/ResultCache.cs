using System.Collections.Concurrent;
using System.Collections.Immutable;
using WuzhenSite.Engine.Documents;

namespace WuzhenSite.Engine.Modules;

/// <summary>
/// Remembers what a run of modules made of each source document, keyed by the document's source
/// and content fingerprint, across builds of a long-lived process (the preview server). Only
/// successful results are kept, so a file with errors reports them again on every build.
/// </summary>
public sealed class ResultCache
{
    private readonly ConcurrentDictionary<string, (string Fingerprint, ImmutableArray<Document> Outputs)> _entries = new(StringComparer.Ordinal);

    /// <summary>How many inputs the last run found in the cache.</summary>
    public int LastHits { get; internal set; }

    /// <summary>How many inputs the last run had to process.</summary>
    public int LastMisses { get; internal set; }

    /// <summary>Forgets everything (settings or theme changed).</summary>
    public void Clear() => _entries.Clear();

    internal bool TryGet(string source, string fingerprint, out ImmutableArray<Document> outputs)
    {
        if (_entries.TryGetValue(source, out var entry) && entry.Fingerprint == fingerprint)
        {
            outputs = entry.Outputs;
            return true;
        }

        outputs = default;
        return false;
    }

    internal void Set(string source, string fingerprint, ImmutableArray<Document> outputs) => _entries[source] = (fingerprint, outputs);
}
