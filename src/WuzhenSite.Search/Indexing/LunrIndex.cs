namespace WuzhenSite.Search;

/// <summary>
/// A built lunr.js 2.3.9 index held in memory: what <c>JSON.stringify(lunr(...))</c> serialises.
/// Write it with <see cref="LunrIndexJsonWriter"/>; its parts stay accessible for other layouts.
/// </summary>
public sealed class LunrIndex
{
    /// <summary>The lunr.js version the index is written for.</summary>
    public const string LunrVersion = "2.3.9";

    internal LunrIndex(
        string[] fields,
        string[] documentRefs,
        FieldVector[] fieldVectors,
        InvertedIndex invertedIndex,
        IReadOnlyList<string> pipeline,
        double[] averageFieldLengths)
    {
        Fields = fields;
        DocumentRefs = documentRefs;
        FieldVectors = fieldVectors;
        InvertedIndex = invertedIndex;
        Pipeline = pipeline;
        AverageFieldLengths = averageFieldLengths;
        int numericFields = 0;
        while (numericFields < fields.Length && JsText.IsArrayIndex(fields[numericFields], out _))
        {
            numericFields++;
        }

        FieldsBeforeIndexKey = numericFields;
    }

    /// <summary>Always <see cref="LunrVersion"/>.</summary>
    public string Version => LunrVersion;

    /// <summary>The field names, in the order lunr.js enumerates them.</summary>
    public IReadOnlyList<string> Fields { get; }

    /// <summary>The document refs, in the order the documents were added.</summary>
    public IReadOnlyList<string> DocumentRefs { get; }

    /// <summary>Number of documents.</summary>
    public int DocumentCount => DocumentRefs.Count;

    /// <summary>One vector per document and field, in lunr's order (documents as added, fields in order).</summary>
    public IReadOnlyList<FieldVector> FieldVectors { get; }

    /// <summary>The terms with their postings.</summary>
    public InvertedIndex InvertedIndex { get; }

    /// <summary>The labels of the search pipeline (e.g. <c>["stemmer"]</c>).</summary>
    public IReadOnlyList<string> Pipeline { get; }

    /// <summary>Average field length per field, parallel to <see cref="Fields"/>.</summary>
    public IReadOnlyList<double> AverageFieldLengths { get; }

    /// <summary>
    /// How many leading fields are array-index names ("0", "1", …), which JavaScript enumerates
    /// before the <c>_index</c> key of a posting object.
    /// </summary>
    internal int FieldsBeforeIndexKey { get; }
}
