using WuzhenSite.Build;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Execution;

namespace WuzhenSite.Site;

/// <summary>What a build did: whether it succeeded, every diagnostic, counts and timings.</summary>
public sealed record BuildResult
{
    /// <summary>True when there were no errors (and the output was replaced, unless only checking).</summary>
    public required bool Succeeded { get; init; }

    /// <summary>
    /// True when the build was refused for a mistake in how it was called (folders that overlap, an
    /// output folder that cannot be used): the command exits 2, as for a bad command line, not 1.
    /// </summary>
    public bool IsUsageError { get; init; }

    /// <summary>Every error and warning, sorted by file and position.</summary>
    public required IReadOnlyList<Diagnostic> Diagnostics { get; init; }

    /// <summary>Source documents read.</summary>
    public int DocumentsRead { get; init; }

    /// <summary>Files written (0 when the build failed or only checked).</summary>
    public int FilesWritten { get; init; }

    /// <summary>Pages rendered with their layout; in preview, only the pages whose view changed since they were written.</summary>
    public int PagesRendered { get; init; }

    /// <summary>How many times the build made its site index (terms, feed plan): once, whatever reads it.</summary>
    public int SiteIndexesBuilt { get; init; }

    /// <summary>How many times each piece of the site index (<c>SiteData.SiteIndex.Pieces</c>) was built.</summary>
    public IReadOnlyDictionary<string, int> SiteDataBuilt { get; init; } = new Dictionary<string, int>();

    /// <summary>In preview: the files this build rewrote because their content changed.</summary>
    public IReadOnlyList<string> FilesRewritten { get; init; } = [];

    /// <summary>Drafts left out.</summary>
    public int DraftsLeftOut { get; init; }

    /// <summary>Photo files encoded by this build (the others came from the image cache).</summary>
    public int ImagesEncoded { get; init; }

    /// <summary>Scheduled documents left out.</summary>
    public int ScheduledLeftOut { get; init; }

    /// <summary>Expired documents left out.</summary>
    public int ExpiredLeftOut { get; init; }

    /// <summary>When the next scheduled document left out becomes due, and its file; null when none is scheduled.</summary>
    public UpcomingChange? NextPublish { get; init; }

    /// <summary>When the next published document expires, and its file; null when none has a future expiryDate.</summary>
    public UpcomingChange? NextExpiry { get; init; }

    /// <summary>Wall time of the whole build.</summary>
    public TimeSpan Elapsed { get; init; }

    /// <summary>Time per pipeline and phase.</summary>
    public IReadOnlyList<PhaseTiming> Timings { get; init; } = [];

    /// <summary>The output folder.</summary>
    public string OutputPath { get; init; } = "";

    /// <summary>Links to other sites found on the written pages (output path, URL), sorted; listed on request, never fetched.</summary>
    public IReadOnlyList<(string Page, string Url)> ExternalLinks { get; init; } = [];

    /// <summary>Number of errors.</summary>
    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Number of warnings.</summary>
    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
