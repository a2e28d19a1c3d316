namespace WuzhenSite.Search;

/// <summary>
/// Sorts the term ids of one field ascending. The list sort of a program compiled ahead of time
/// compares ints through a comparer object, which made sorting a tenth of the search build's CPU;
/// term ids are small non-negative ints, so a byte-wise radix sort does it in a few linear passes.
/// </summary>
internal static class TermIdSort
{
    private const int InsertionSortLimit = 32;

    /// <summary>Sorts <paramref name="ids"/> (all in <c>[0, <paramref name="idLimit"/>)</c>) using <paramref name="scratch"/> of at least the same length.</summary>
    public static void Sort(Span<int> ids, Span<int> scratch, int idLimit)
    {
        if (ids.Length <= InsertionSortLimit)
        {
            InsertionSort(ids);
            return;
        }

        Span<int> counts = stackalloc int[256];
        Span<int> source = ids;
        Span<int> target = scratch[..ids.Length];
        for (int shift = 0; shift < 32 && (idLimit - 1) >> shift > 0; shift += 8)
        {
            counts.Clear();
            foreach (int id in source)
            {
                counts[(id >> shift) & 0xFF]++;
            }

            int total = 0;
            for (int digit = 0; digit < 256; digit++)
            {
                int count = counts[digit];
                counts[digit] = total;
                total += count;
            }

            foreach (int id in source)
            {
                target[counts[(id >> shift) & 0xFF]++] = id;
            }

            var swap = source;
            source = target;
            target = swap;
        }

        if (source != ids)
        {
            source.CopyTo(ids);
        }
    }

    private static void InsertionSort(Span<int> ids)
    {
        for (int i = 1; i < ids.Length; i++)
        {
            int id = ids[i];
            int j = i - 1;
            while (j >= 0 && ids[j] > id)
            {
                ids[j + 1] = ids[j];
                j--;
            }

            ids[j + 1] = id;
        }
    }
}
