using System.Text.Json;

namespace WuzhenSite.Search;

/// <summary>
/// The first page of a query of one term, ranked as lunr.Index#search ranks it, so that the search page can
/// show the first results of the most common query from a few hundred bytes instead of the term's whole
/// postings (tens of thousands of documents for a common word, which lunr's exact scores require only for
/// later pages). For a clause of one term over every field with boost 1, lunr's query vector in each field
/// is that term with weight 1, of magnitude 1, so a document's score is its weights in the fields it has
/// the term in, summed in field order; results are pushed in the order lunr's walk meets them (field by
/// field, each field's documents in the order <c>Object.keys</c> lists them) and sorted stably by score.
/// <para>
/// Each term of a shard gets <c>[count, [document, w₀, …, wₙ₋₁], …]</c>: how many documents the query finds,
/// then its first <see cref="Size"/> results, each with its weight in thousandths in every field (null where the
/// document lacks the term), from which lunr-sharded.js makes lunr's score and matchData exactly. Documents are
/// numbered in key order (<see cref="KeyOrder"/>), as in the shards.
/// </para>
/// One instance per thread: it keeps a score per document between terms.
/// </summary>
internal sealed class SingleTermFirstPage
{
    /// <summary>Results kept per term: the search page's first page.</summary>
    public const int Size = 10;

    private readonly TermPostings postings;
    private readonly int fieldCount;
    private readonly double[] scores;
    private readonly int[] firstField;
    private readonly List<int> found = [];
    private readonly int[] top = new int[Size];

    /// <param name="postings">The index's postings by term.</param>
    /// <param name="fieldCount">The index's field count.</param>
    public SingleTermFirstPage(TermPostings postings, int fieldCount)
    {
        this.postings = postings;
        this.fieldCount = fieldCount;
        scores = new double[postings.DocumentCount];
        firstField = new int[postings.DocumentCount];
        Array.Fill(firstField, -1);
    }

    /// <summary>Writes term <paramref name="term"/>'s result count and first page as a JSON array.</summary>
    public void Write(Utf8JsonWriter w, int term)
    {
        int count = Rank(term);
        w.WriteStartArray();
        w.WriteNumberValue(found.Count);
        int documentCount = postings.DocumentCount;
        for (int i = 0; i < count; i++)
        {
            int document = top[i];
            w.WriteStartArray();
            w.WriteNumberValue(document);
            for (int f = 0; f < fieldCount; f++)
            {
                // A weight can be zero or below (a document boost of 0 or less): null, not a number, marks "not in this field".
                if (postings.TryGetWeight(term, (f * documentCount) + document, out int weight))
                {
                    w.WriteNumberValue(weight);
                }
                else
                {
                    w.WriteNullValue();
                }
            }

            w.WriteEndArray();
        }

        w.WriteEndArray();
        Reset();
    }

    /// <summary>Scores the term's documents as lunr does and keeps the best <see cref="Size"/> in <see cref="top"/>; returns how many.</summary>
    private int Rank(int term)
    {
        var slots = postings.Slots;
        var weights = postings.Weights;
        for (int field = 0; field < fieldCount; field++)
        {
            var (start, end) = postings.FieldRange(term, field);
            int fieldStart = field * postings.DocumentCount;
            for (int at = start; at < end; at++)
            {
                int document = slots[at] - fieldStart;

                // JavaScript's w / 1000, added field by field in ascending order as lunr-sharded.js adds them.
                double weight = weights[at] / 1000.0;
                if (firstField[document] < 0)
                {
                    firstField[document] = field;
                    scores[document] = weight;
                    found.Add(document);
                }
                else
                {
                    scores[document] += weight;
                }
            }
        }

        int size = 0;
        foreach (int document in found)
        {
            if (size == Size && !RanksBefore(document, top[size - 1]))
            {
                continue;
            }

            int i = size < Size ? size++ : size - 1;
            while (i > 0 && RanksBefore(document, top[i - 1]))
            {
                top[i] = top[i - 1];
                i--;
            }

            top[i] = document;
        }

        return size;
    }

    /// <summary>Higher score first; at equal scores, the one lunr pushed first: met in an earlier field, or earlier in key order (a lower number).</summary>
    private bool RanksBefore(int a, int b)
    {
        if (scores[a] != scores[b])
        {
            return scores[a] > scores[b];
        }

        return firstField[a] != firstField[b] ? firstField[a] < firstField[b] : a < b;
    }

    private void Reset()
    {
        foreach (int document in found)
        {
            firstField[document] = -1;
        }

        found.Clear();
    }
}
