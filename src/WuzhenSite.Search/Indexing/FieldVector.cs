namespace WuzhenSite.Search;

/// <summary>
/// The BM25 vector of one field of one document: term indexes (lunr <c>_index</c>, ascending)
/// and their rounded scores. Serialised by lunr as <c>[index, score, index, score, …]</c>.
/// </summary>
public sealed class FieldVector
{
    private readonly int[] termIndexes;
    private readonly double[] scores;

    internal FieldVector(int fieldIndex, int documentIndex, FieldRef fieldRef, int fieldLength, int[] termIndexes, double[] scores)
    {
        FieldIndex = fieldIndex;
        DocumentIndex = documentIndex;
        Ref = fieldRef;
        FieldLength = fieldLength;
        this.termIndexes = termIndexes;
        this.scores = scores;
    }

    /// <summary>The field and document this vector belongs to.</summary>
    public FieldRef Ref { get; }

    /// <summary>Position of the field in <see cref="LunrIndex.Fields"/>.</summary>
    public int FieldIndex { get; }

    /// <summary>Position of the document in <see cref="LunrIndex.DocumentRefs"/>.</summary>
    public int DocumentIndex { get; }

    /// <summary>Number of terms the field contributed after the pipeline (lunr's field length).</summary>
    public int FieldLength { get; }

    /// <summary>Term indexes, ascending.</summary>
    public ReadOnlySpan<int> TermIndexes => termIndexes;

    /// <summary>Scores, parallel to <see cref="TermIndexes"/>, rounded to three decimals as lunr rounds.</summary>
    public ReadOnlySpan<double> Scores => scores;

    /// <summary>Number of (term, score) pairs.</summary>
    public int Count => termIndexes.Length;
}
