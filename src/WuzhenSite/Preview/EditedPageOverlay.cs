using System.Collections.Concurrent;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Preview;

/// <summary>
/// Pages rendered ahead of their rebuild (<see cref="EditedPages"/>), served in place of the file
/// on disk until a rebuild that read the same save has finished: then the file on disk is the
/// rebuild's, and it has the last word. Kept in memory, so the output folder is only ever written
/// by builds.
/// </summary>
internal sealed class EditedPageOverlay
{
    private readonly ConcurrentDictionary<string, (byte[] Html, long Save)> _pages = new(StringComparer.Ordinal);

    /// <summary>Serves <paramref name="pages"/>, rendered for save number <paramref name="save"/>.</summary>
    public void Put(IEnumerable<RenderedPage> pages, long save)
    {
        foreach (var page in pages)
        {
            _pages[page.Destination] = (page.Html, save);
        }
    }

    /// <summary>The page served for <paramref name="destination"/> (relative, with '/'), or null to serve the file on disk.</summary>
    public byte[]? Find(string destination) => _pages.TryGetValue(destination, out var page) ? page.Html : null;

    /// <summary>A rebuild that started after save number <paramref name="save"/> has finished: its files replace what was served for that save and earlier ones.</summary>
    public void RebuildFinished(long save)
    {
        foreach (var (destination, page) in _pages)
        {
            if (page.Save <= save)
            {
                _pages.TryRemove(new KeyValuePair<string, (byte[], long)>(destination, page));
            }
        }
    }
}
