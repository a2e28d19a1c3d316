namespace WuzhenSite.SiteSearch;

/// <summary>One file of a language's search data, relative to its search folder (<c>/en/search/</c>).</summary>
public sealed record SearchFile(string RelativePath, ReadOnlyMemory<byte> Content);
