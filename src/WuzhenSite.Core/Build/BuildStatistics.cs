namespace WuzhenSite.Build;

/// <summary>Counters modules update from any thread, for the build summary.</summary>
public sealed class BuildStatistics
{
    private int _documentsRead;
    private int _drafts;
    private int _scheduled;
    private int _expired;
    private int _filesWritten;
    private int _pagesRendered;
    private int _siteIndexesBuilt;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _siteDataBuilt = new(StringComparer.Ordinal);

    private int _imagesEncoded;

    /// <summary>Derived photo files encoded (not found in the image cache).</summary>
    public int ImagesEncoded => _imagesEncoded;

    /// <summary>Counts derived photo files encoded.</summary>
    public void AddImagesEncoded(int count) => Interlocked.Add(ref _imagesEncoded, count);

    /// <summary>Source files read.</summary>
    public int DocumentsRead => _documentsRead;

    /// <summary>Drafts left out.</summary>
    public int DraftsLeftOut => _drafts;

    /// <summary>Documents left out because they are scheduled for later.</summary>
    public int ScheduledLeftOut => _scheduled;

    /// <summary>Documents left out because they expired.</summary>
    public int ExpiredLeftOut => _expired;

    /// <summary>Files written to the output.</summary>
    public int FilesWritten => _filesWritten;

    /// <summary>Pages rendered with their layout (in preview, only those whose view changed).</summary>
    public int PagesRendered => _pagesRendered;

    /// <summary>How many times the site index was built (once per build: tests hold it to that).</summary>
    public int SiteIndexesBuilt => _siteIndexesBuilt;

    /// <summary>How many times each piece of the site index was built, by name (each once per build: tests hold it to that).</summary>
    public IReadOnlyDictionary<string, int> SiteDataBuilt => _siteDataBuilt.ToDictionary(StringComparer.Ordinal);

    /// <summary>Counts one piece of the site index built (<c>SiteData.SiteIndex.Pieces</c>).</summary>
    public void AddSiteDataBuilt(string piece) => _siteDataBuilt.AddOrUpdate(piece, 1, (_, count) => count + 1);

    /// <summary>Counts a site index built.</summary>
    public void AddSiteIndexBuilt() => Interlocked.Increment(ref _siteIndexesBuilt);

    /// <summary>Counts source files read.</summary>
    public void AddDocumentsRead(int count) => Interlocked.Add(ref _documentsRead, count);

    /// <summary>Counts a draft left out.</summary>
    public void AddDraft() => Interlocked.Increment(ref _drafts);

    /// <summary>Counts a scheduled document left out.</summary>
    public void AddScheduled() => Interlocked.Increment(ref _scheduled);

    /// <summary>Counts an expired document left out.</summary>
    public void AddExpired() => Interlocked.Increment(ref _expired);

    /// <summary>Counts a page rendered.</summary>
    public void AddPageRendered() => Interlocked.Increment(ref _pagesRendered);

    /// <summary>Counts a file written.</summary>
    public void AddFileWritten() => Interlocked.Increment(ref _filesWritten);

    private readonly Lock _upcoming = new();
    private UpcomingChange? _nextPublish;
    private UpcomingChange? _nextExpiry;

    /// <summary>The earliest scheduled document left out, or null when none is.</summary>
    public UpcomingChange? NextPublish { get { lock (_upcoming) { return _nextPublish; } } }

    /// <summary>The earliest expiry of a published document, or null when none expires.</summary>
    public UpcomingChange? NextExpiry { get { lock (_upcoming) { return _nextExpiry; } } }

    /// <summary>Notes a scheduled document left out; the earliest is kept.</summary>
    public void NoteScheduled(UpcomingChange change)
    {
        lock (_upcoming)
        {
            _nextPublish = UpcomingChange.Earlier(_nextPublish, change);
        }
    }

    /// <summary>Notes the future expiry of a published document; the earliest is kept.</summary>
    public void NoteExpiry(UpcomingChange change)
    {
        lock (_upcoming)
        {
            _nextExpiry = UpcomingChange.Earlier(_nextExpiry, change);
        }
    }

    /// <summary>Links to other sites, by page (output path), found by link validation; never fetched.</summary>
    public IReadOnlyList<(string Page, string Url)> ExternalLinks { get; private set; } = [];

    /// <summary>Records the external links link validation found.</summary>
    public void SetExternalLinks(IReadOnlyList<(string Page, string Url)> links) => ExternalLinks = links;
}
