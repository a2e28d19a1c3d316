namespace WuzhenSite.Importing.Sources;

/// <summary>A file <c>wuzhen import</c> cannot read: the wrong kind of file, or a damaged one. Says which file and what to do.</summary>
public sealed class ImportSourceException(string message, string fix) : Exception(message)
{
    /// <summary>What to do about it, in one sentence.</summary>
    public string Fix { get; } = fix;
}
