namespace WuzhenSite.Search;

/// <summary>
/// One term of the inverted index: the term, its lunr term index (<c>_index</c>), and for each
/// field the documents containing it, in the order lunr.js serialises them.
/// </summary>
public readonly struct InvertedIndexEntry
{
    private readonly InvertedIndex owner;

    internal InvertedIndexEntry(InvertedIndex owner, int termIndex)
    {
        this.owner = owner;
        TermIndex = termIndex;
    }

    /// <summary>The term.</summary>
    public string Term => owner.TermAt(TermIndex);

    /// <summary>lunr's <c>_index</c>: the term's position in the vector space (order of first occurrence).</summary>
    public int TermIndex { get; }

    /// <summary>
    /// Postings summed over fields, as lunr's <c>idf</c> counts them (a document with the term in
    /// two fields counts twice).
    /// </summary>
    public int DocumentFrequency => owner.DocumentFrequency(TermIndex);

    /// <summary>
    /// Indexes (into <see cref="LunrIndex.DocumentRefs"/>) of the documents that have the term in the
    /// field at <paramref name="fieldIndex"/>, in JavaScript property order (array-index refs ascending
    /// first, then the others in the order they were added).
    /// </summary>
    public ReadOnlySpan<int> GetDocuments(int fieldIndex) => owner.Postings(TermIndex, fieldIndex);

    /// <inheritdoc />
    public override string ToString() => Term;
}
