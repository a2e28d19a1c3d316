namespace WuzhenSite.Search;

/// <summary>
/// The BM25 vector of one field of one document: term indexes (lunr <c>_index</c>, ascending)
/// and their rounded scores. Serialised by lunr as <c>[index, score, index, score, …]</c>.
/// </summary>
public sealed class FieldVector
{
    private readonly int[] termIndexes;
    private readonly int[] scoreThousandths;
    private readonly int[]? positionStarts;
    private readonly int[]? positions;

    internal FieldVector(int fieldIndex, int documentIndex, FieldRef fieldRef, int fieldLength, int[] termIndexes, int[] scoreThousandths,
        int[]? positionStarts = null, int[]? positions = null)
    {
        this.positionStarts = positionStarts;
        this.positions = positions;
        FieldIndex = fieldIndex;
        DocumentIndex = documentIndex;
        Ref = fieldRef;
        FieldLength = fieldLength;
        this.termIndexes = termIndexes;
        this.scoreThousandths = scoreThousandths;
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

    /// <summary>
    /// Scores in thousandths, parallel to <see cref="TermIndexes"/>: lunr rounds scores to three
    /// decimals, so <c>k / 1000</c> is lunr's number exactly, and an int takes half a double's memory
    /// (a large site's index holds tens of millions of them).
    /// </summary>
    public ReadOnlySpan<int> ScoreThousandths => scoreThousandths;

    /// <summary>The score of the <paramref name="i"/>th term, as lunr holds it.</summary>
    public double ScoreAt(int i) => scoreThousandths[i] / 1000.0;

    /// <summary>Whether the builder kept where the terms stand (<see cref="LunrIndexOptions.RecordPositions"/>).</summary>
    public bool HasPositions => positions is not null;

    /// <summary>
    /// The places of the <paramref name="i"/>th term among the field's kept terms, ascending (empty
    /// without <see cref="HasPositions"/>).
    /// </summary>
    public ReadOnlySpan<int> PositionsAt(int i) =>
        positions is null ? [] : positions.AsSpan(positionStarts![i], positionStarts[i + 1] - positionStarts[i]);

    /// <summary>Number of (term, score) pairs.</summary>
    public int Count => termIndexes.Length;
}
