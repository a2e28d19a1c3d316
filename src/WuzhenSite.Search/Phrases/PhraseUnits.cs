namespace WuzhenSite.Search;

/// <summary>
/// The phrase units of an index and where each stands (<see cref="PhrasePositionsWriter"/>): every
/// term with fewer than <c>pairedFrom</c> postings, and every pair of adjacent terms in a field of
/// which one has that many or more. Made from the field vectors' places in two passes (count, then
/// fill), so each (unit, field) has its occurrences in one run of two arrays, documents ascending
/// and, within a document, places ascending.
/// </summary>
internal sealed class PhraseUnits
{
    private readonly List<string> texts;
    private readonly int[] slotStarts;
    private readonly int[] documents;
    private readonly int[] places;

    private PhraseUnits(int fieldCount, List<string> texts, int[] slotStarts, int[] documents, int[] places, long postingCount, IReadOnlyList<string> commonTerms)
    {
        FieldCount = fieldCount;
        CommonTerms = commonTerms;
        this.texts = texts;
        this.slotStarts = slotStarts;
        this.documents = documents;
        this.places = places;
        PostingCount = postingCount;
    }

    public int FieldCount { get; }

    /// <summary>The terms that stand only in pairs, in ordinal order.</summary>
    public IReadOnlyList<string> CommonTerms { get; }

    /// <summary>How many units there are.</summary>
    public int Count => texts.Count;

    /// <summary>(unit, field, document) triples, about: a pair's occurrences count one each.</summary>
    public long PostingCount { get; }

    /// <summary>How many places all units have.</summary>
    public long PlaceCount => places.Length;

    /// <summary>The unit's text: the term, or the pair's two terms with a space between.</summary>
    public string TextOf(int unit) => texts[unit];

    /// <summary>The documents of the unit's occurrences in the field, one per occurrence, ascending.</summary>
    public ReadOnlySpan<int> Documents(int unit, int field) => documents.AsSpan(SlotRange(unit, field));

    /// <summary>The places of the unit's occurrences in the field, parallel to <see cref="Documents"/>.</summary>
    public ReadOnlySpan<int> Occurrences(int unit, int field) => places.AsSpan(SlotRange(unit, field));

    private Range SlotRange(int unit, int field)
    {
        int slot = (unit * FieldCount) + field;
        return slotStarts[slot]..slotStarts[slot + 1];
    }

    public static PhraseUnits Collect(LunrIndex index, int pairedFrom)
    {
        int fieldCount = index.Fields.Count;
        int termCount = index.InvertedIndex.Count;
        var termPostings = new int[termCount];
        foreach (var vector in index.FieldVectors)
        {
            if (!vector.HasPositions && vector.Count > 0)
            {
                throw new ArgumentException("The index was built without positions (LunrIndexOptions.RecordPositions).", nameof(index));
            }

            foreach (int term in vector.TermIndexes)
            {
                termPostings[term]++;
            }
        }

        // Rare terms are units of their own, numbered first in term order; pairs are numbered as met.
        var texts = new List<string>();
        var commonTerms = new List<string>();
        var unitOfTerm = new int[termCount];
        for (int t = 0; t < termCount; t++)
        {
            unitOfTerm[t] = termPostings[t] < pairedFrom ? texts.Count : -1;
            (unitOfTerm[t] >= 0 ? texts : commonTerms).Add(index.InvertedIndex.GetByTermIndex(t).Term);
        }

        commonTerms.Sort(string.CompareOrdinal);

        var unitOfPair = new Dictionary<long, int>();
        // The pass that counts notes each pair occurrence's unit, in the order the filling pass meets them.
        var pairUnits = new List<int>();
        var counts = new List<int>(new int[texts.Count * fieldCount]);
        long postingCount = 0;
        var sequence = Array.Empty<int>();
        foreach (var vector in index.FieldVectors)
        {
            sequence = TermsInOrder(vector, sequence, out int length);
            var terms = vector.TermIndexes;
            for (int j = 0; j < terms.Length; j++)
            {
                int unit = unitOfTerm[terms[j]];
                if (unit >= 0)
                {
                    counts[(unit * fieldCount) + vector.FieldIndex] += vector.PositionsAt(j).Length;
                    postingCount++;
                }
            }

            for (int p = 0; p + 1 < length; p++)
            {
                int a = sequence[p], b = sequence[p + 1];
                if (unitOfTerm[a] >= 0 && unitOfTerm[b] >= 0)
                {
                    continue;
                }

                long key = ((long)a * termCount) + b;
                if (!unitOfPair.TryGetValue(key, out int unit))
                {
                    unit = texts.Count;
                    unitOfPair.Add(key, unit);
                    texts.Add(index.InvertedIndex.GetByTermIndex(a).Term + " " + index.InvertedIndex.GetByTermIndex(b).Term);
                    for (int f = 0; f < fieldCount; f++)
                    {
                        counts.Add(0);
                    }
                }

                counts[(unit * fieldCount) + vector.FieldIndex]++;
                pairUnits.Add(unit);
                postingCount++;
            }
        }

        var slotStarts = new int[counts.Count + 1];
        for (int s = 0; s < counts.Count; s++)
        {
            slotStarts[s + 1] = slotStarts[s] + counts[s];
        }

        var documents = new int[slotStarts[^1]];
        var places = new int[slotStarts[^1]];
        var cursor = slotStarts[..^1];
        int pairOccurrence = 0;
        foreach (var vector in index.FieldVectors)
        {
            sequence = TermsInOrder(vector, sequence, out int length);
            var terms = vector.TermIndexes;
            for (int j = 0; j < terms.Length; j++)
            {
                int unit = unitOfTerm[terms[j]];
                if (unit < 0)
                {
                    continue;
                }

                foreach (int place in vector.PositionsAt(j))
                {
                    int at = cursor[(unit * fieldCount) + vector.FieldIndex]++;
                    documents[at] = vector.DocumentIndex;
                    places[at] = place;
                }
            }

            for (int p = 0; p + 1 < length; p++)
            {
                int a = sequence[p], b = sequence[p + 1];
                if (unitOfTerm[a] >= 0 && unitOfTerm[b] >= 0)
                {
                    continue;
                }

                int at = cursor[(pairUnits[pairOccurrence++] * fieldCount) + vector.FieldIndex]++;
                documents[at] = vector.DocumentIndex;
                places[at] = p;
            }
        }

        return new PhraseUnits(fieldCount, texts, slotStarts, documents, places, postingCount, commonTerms);
    }

    /// <summary>The field's terms place by place, from each term's places (reusing <paramref name="buffer"/>).</summary>
    private static int[] TermsInOrder(FieldVector vector, int[] buffer, out int length)
    {
        length = 0;
        for (int j = 0; j < vector.Count; j++)
        {
            length += vector.PositionsAt(j).Length;
        }

        if (buffer.Length < length)
        {
            buffer = new int[Math.Max(length, buffer.Length * 2)];
        }

        var terms = vector.TermIndexes;
        for (int j = 0; j < terms.Length; j++)
        {
            foreach (int place in vector.PositionsAt(j))
            {
                buffer[place] = terms[j];
            }
        }

        return buffer;
    }
}
