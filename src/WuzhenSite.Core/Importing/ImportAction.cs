namespace WuzhenSite.Importing;

/// <summary>What the importer did with a line.</summary>
public enum ImportAction
{
    /// <summary>The line became front matter or a turn.</summary>
    Mapped,

    /// <summary>The line was left out (navigation, page numbers, a stamp of the web page).</summary>
    Dropped,

    /// <summary>Something to check by hand.</summary>
    Warning,
}
