namespace WuzhenSite.Search;

/// <summary>A document to index: its ref, its field texts, and an optional lunr document boost.</summary>
public sealed class SearchDocument
{
    /// <summary>Creates a document.</summary>
    /// <param name="reference">The document ref (what lunr returns as <c>result.ref</c>).</param>
    /// <param name="fields">Field name → text. Missing and <see langword="null"/> fields index as empty.</param>
    /// <param name="boost">Boost for all of this document's terms (<c>builder.add(doc, { boost })</c>). 0 and NaN mean 1.</param>
    public SearchDocument(string reference, IReadOnlyDictionary<string, string?> fields, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(fields);
        Ref = reference;
        Fields = fields;
        Boost = boost;
    }

    /// <summary>The document ref.</summary>
    public string Ref { get; }

    /// <summary>The field texts.</summary>
    public IReadOnlyDictionary<string, string?> Fields { get; }

    /// <summary>The document boost as given.</summary>
    public double Boost { get; }
}
