namespace WuzhenSite.Search;

/// <summary>One file of a written index, relative to the index's folder.</summary>
public sealed record IndexFile(string RelativePath, ReadOnlyMemory<byte> Content);
