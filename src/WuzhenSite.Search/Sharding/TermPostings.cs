namespace WuzhenSite.Search;

/// <summary>
/// Every term's (field × document slot, weight in thousandths) pairs, sorted by slot, in one flat layout: term t's
/// pairs are at <c>Offsets[t]..Offsets[t + 1]</c>, so one field's postings are a run of them, by document number.
/// A document's number is its place in key order (<see cref="KeyOrder"/>), so a run is in the order lunr walks it.
/// One pair of arrays instead of two per term: a Chinese index has hundreds of thousands of terms, most with a
/// handful of postings, where array headers outweighed the data.
/// </summary>
internal sealed class TermPostings
{
    private TermPostings(int[] offsets, int[] slots, int[] weights, int documentCount)
    {
        Offsets = offsets;
        Slots = slots;
        Weights = weights;
        DocumentCount = documentCount;
    }

    /// <summary>Term t's pairs are at <c>Offsets[t]..Offsets[t + 1]</c>.</summary>
    public int[] Offsets { get; }

    /// <summary>A pair's field × <see cref="DocumentCount"/> + document number (its place in key order).</summary>
    public int[] Slots { get; }

    /// <summary>A pair's weight in thousandths, as the field vectors hold it (lunr rounds weights to three decimals).</summary>
    public int[] Weights { get; }

    public int DocumentCount { get; }

    /// <summary>The index's postings by term. Filled by visiting field vectors in slot order, so each term's run comes out sorted.</summary>
    /// <param name="index">The index.</param>
    /// <param name="keyRanks">By document position, its number in key order (<see cref="KeyOrder.Ranks"/>).</param>
    public static TermPostings Of(LunrIndex index, int[] keyRanks)
    {
        int termCount = index.InvertedIndex.Count;
        int documentCount = index.DocumentCount;
        var offsets = new int[termCount + 1];
        var vectorAtSlot = new int[index.Fields.Count * documentCount];
        Array.Fill(vectorAtSlot, -1);
        for (int v = 0; v < index.FieldVectors.Count; v++)
        {
            var vector = index.FieldVectors[v];
            vectorAtSlot[(vector.FieldIndex * documentCount) + keyRanks[vector.DocumentIndex]] = v;
            foreach (int term in vector.TermIndexes)
            {
                offsets[term + 1]++;
            }
        }

        for (int t = 0; t < termCount; t++)
        {
            offsets[t + 1] += offsets[t];
        }

        var slots = new int[offsets[termCount]];
        var weights = new int[offsets[termCount]];
        var cursor = offsets[..termCount];
        for (int slot = 0; slot < vectorAtSlot.Length; slot++)
        {
            if (vectorAtSlot[slot] < 0)
            {
                continue;
            }

            var vector = index.FieldVectors[vectorAtSlot[slot]];
            var terms = vector.TermIndexes;
            var scores = vector.ScoreThousandths;
            for (int i = 0; i < terms.Length; i++)
            {
                int at = cursor[terms[i]]++;
                slots[at] = slot;
                weights[at] = scores[i];
            }
        }

        return new TermPostings(offsets, slots, weights, documentCount);
    }

    /// <summary>Where term <paramref name="term"/>'s pairs in field <paramref name="field"/> are: <c>[start, end)</c>.</summary>
    public (int Start, int End) FieldRange(int term, int field)
    {
        int first = field * DocumentCount;
        int last = first + DocumentCount;
        int start = LowerBound(Offsets[term], Offsets[term + 1], first);
        return (start, LowerBound(start, Offsets[term + 1], last));
    }

    /// <summary>Term <paramref name="term"/>'s weight in thousandths at <paramref name="slot"/>, when the term is there.</summary>
    public bool TryGetWeight(int term, int slot, out int weight)
    {
        int at = LowerBound(Offsets[term], Offsets[term + 1], slot);
        bool found = at < Offsets[term + 1] && Slots[at] == slot;
        weight = found ? Weights[at] : 0;
        return found;
    }

    /// <summary>The first index in <c>[start, end)</c> whose slot is at least <paramref name="slot"/>.</summary>
    private int LowerBound(int start, int end, int slot)
    {
        while (start < end)
        {
            int middle = (int)((uint)(start + end) >> 1);
            if (Slots[middle] < slot)
            {
                start = middle + 1;
            }
            else
            {
                end = middle;
            }
        }

        return start;
    }
}
