using WuzhenSite.Engine.Modules;
using WuzhenSite.Output;

namespace WuzhenSite.Site;

/// <summary>
/// What the preview keeps between builds so that a rebuild after one edit does only the work that
/// edit needs: parsed and rendered sources by content fingerprint, the view each page was last
/// rendered from, and what the output folder holds.
/// </summary>
public sealed class IncrementalState
{
    /// <summary>Parsed and rendered articles, transcripts and pages.</summary>
    public ResultCache Content { get; } = new();

    /// <summary>Parsed and rendered profiles.</summary>
    public ResultCache Profiles { get; } = new();

    /// <summary>The photos' facts (hash, size, credits), kept while a photo's size and modification time stay the same.</summary>
    public ResultCache Photos { get; } = new();

    /// <summary>Per output page: the fingerprint of the view last written there and its links, so unchanged pages are not rendered again.</summary>
    public RenderRecords Renders { get; } = new();

    /// <summary>The output folder's files and what the last build rewrote.</summary>
    public OutputManifest Output { get; } = new();

    /// <summary>The last successful build, which an edited page is rendered against before the rebuild (<see cref="EditedPages"/>); null after a failed build.</summary>
    public SiteSnapshot? LastSite { get; internal set; }

    /// <summary>Forgets parsed sources and rendered views (settings changed); the output manifest stays, so unchanged files are still not rewritten.</summary>
    public void ForgetSources()
    {
        Content.Clear();
        Profiles.Clear();
        Photos.Clear();
        ForgetRenders();
    }

    /// <summary>Forgets which views were rendered (layouts, theme or UI strings changed): every page is rendered again, and only files whose bytes changed are rewritten.</summary>
    public void ForgetRenders()
    {
        Renders.Clear();
        LastSite = null; // its layouts and strings are the old ones
    }
}
