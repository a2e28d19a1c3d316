using System.Collections.Concurrent;

namespace WuzhenSite.Publishing.LinkValidation;

/// <summary>
/// One copy of each link and id text for a whole build. Every page repeats the same navigation,
/// tag and list links, and their scans are kept until the link check at the very end: without the
/// pool a large site holds that many copies of the same few texts at the build's peak of memory.
/// </summary>
public sealed class LinkTextPool
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>The pooled copy of <paramref name="text"/>.</summary>
    public string Get(string text) => _texts.GetOrAdd(text, text);
}
