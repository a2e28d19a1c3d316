using System.Collections.Concurrent;
using WuzhenSite.Publishing.LinkValidation;

namespace WuzhenSite.Site;

/// <summary>
/// In preview, per destination: the fingerprint of the view last rendered and written there and
/// the links its scan found. A page whose view has the same fingerprint is neither rendered nor
/// written again (the file is already right), and the link check reads the links kept here.
/// </summary>
public sealed class RenderRecords
{
    private readonly ConcurrentDictionary<string, Rendered> _records = new(StringComparer.Ordinal);
    private int _started;
    private int _finished;

    /// <summary>How many destinations have a record.</summary>
    public int Count => _records.Count;

    /// <summary>Starts a build.</summary>
    public void BeginBuild() => Interlocked.Increment(ref _started);

    /// <summary>
    /// The build just begun has finished and deleted what no page produces any more. A record
    /// counts only when the last finished build produced its destination (or a later one did): a file
    /// no finished build produced since may have been deleted as stale. A build that failed or was
    /// cancelled deleted nothing, so it does not count.
    /// </summary>
    public void EndBuild() => _finished = _started;

    /// <summary>The links kept for <paramref name="destination"/> when its last render had this fingerprint; the record then belongs to this build too.</summary>
    internal PageLinks? Unchanged(string destination, UInt128 fingerprint)
    {
        if (_records.TryGetValue(destination, out var known) && known.Fingerprint == fingerprint && known.Build >= _finished)
        {
            _records[destination] = known with { Build = _started };
            return known.Links;
        }
        return null;
    }

    /// <summary>Notes what was just rendered and written at <paramref name="destination"/>.</summary>
    internal void Record(string destination, UInt128 fingerprint, PageLinks links) =>
        _records[destination] = new Rendered(fingerprint, links, _started);

    /// <summary>Forgets <paramref name="destination"/>: the file there was not written from a known view.</summary>
    internal void Forget(string destination) => _records.TryRemove(destination, out _);

    /// <summary>Forgets every record (layouts, UI strings or settings changed): the next build renders every page.</summary>
    public void Clear() => _records.Clear();

    private sealed record Rendered(UInt128 Fingerprint, PageLinks Links, int Build);
}
