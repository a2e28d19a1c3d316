using System.Collections.Immutable;

namespace WuzhenSite.Importing;

/// <summary>The parsed document and the report of what each line became.</summary>
public sealed record ImportResult(ImportedDocument Document, ImmutableArray<ImportNote> Notes);
