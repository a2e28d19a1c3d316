using System.Collections;

namespace WuzhenSite.Search;

/// <summary>
/// The terms of a <see cref="LunrIndex"/> sorted as lunr.js sorts them (by UTF-16 code units),
/// each with its postings per field. Stored as flat arrays so it can be written whole or sharded.
/// </summary>
public sealed class InvertedIndex : IReadOnlyList<InvertedIndexEntry>
{
    private readonly string[] terms;
    private readonly int[] sortedTermIndexes;
    private readonly int fieldCount;
    private readonly int[] postingOffsets;
    private readonly int[] postingDocuments;

    internal InvertedIndex(string[] terms, int[] sortedTermIndexes, int fieldCount, int[] postingOffsets, int[] postingDocuments)
    {
        this.terms = terms;
        this.sortedTermIndexes = sortedTermIndexes;
        this.fieldCount = fieldCount;
        this.postingOffsets = postingOffsets;
        this.postingDocuments = postingDocuments;
    }

    /// <summary>Number of terms.</summary>
    public int Count => terms.Length;

    /// <summary>The entry at <paramref name="position"/> in sorted order.</summary>
    public InvertedIndexEntry this[int position] => new(this, sortedTermIndexes[position]);

    /// <summary>The entry for the term with lunr term index <paramref name="termIndex"/>.</summary>
    public InvertedIndexEntry GetByTermIndex(int termIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(termIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(termIndex, terms.Length);
        return new InvertedIndexEntry(this, termIndex);
    }

    /// <summary>Finds <paramref name="term"/> by binary search.</summary>
    public bool TryGetEntry(string term, out InvertedIndexEntry entry)
    {
        ArgumentNullException.ThrowIfNull(term);
        int low = 0;
        int high = sortedTermIndexes.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int comparison = string.CompareOrdinal(terms[sortedTermIndexes[middle]], term);
            if (comparison == 0)
            {
                entry = new InvertedIndexEntry(this, sortedTermIndexes[middle]);
                return true;
            }

            if (comparison < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        entry = default;
        return false;
    }

    /// <summary>Enumerates the entries in sorted order.</summary>
    public IEnumerator<InvertedIndexEntry> GetEnumerator()
    {
        for (int i = 0; i < sortedTermIndexes.Length; i++)
        {
            yield return new InvertedIndexEntry(this, sortedTermIndexes[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    internal string TermAt(int termIndex) => terms[termIndex];

    internal int DocumentFrequency(int termIndex) =>
        postingOffsets[(termIndex + 1) * fieldCount] - postingOffsets[termIndex * fieldCount];

    internal ReadOnlySpan<int> Postings(int termIndex, int fieldIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fieldIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(fieldIndex, fieldCount);
        int slot = (termIndex * fieldCount) + fieldIndex;
        int start = postingOffsets[slot];
        return postingDocuments.AsSpan(start, postingOffsets[slot + 1] - start);
    }
}
