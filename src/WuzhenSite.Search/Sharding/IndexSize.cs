namespace WuzhenSite.Search;

/// <summary>
/// How big an index's single JSON file would be, estimated from its counts without writing it, so
/// a site can choose between one file and shards (<see cref="ShardedIndexWriter"/>) before paying
/// for either.
/// </summary>
public static class IndexSize
{
    /// <summary>Above this estimated size a site should write shards (2 MiB: about a second to fetch and load on a phone).</summary>
    public const long DefaultShardThreshold = 2L * 1024 * 1024;

    /// <summary>The estimated size in bytes of <see cref="LunrIndexJsonWriter"/>'s output for <paramref name="index"/>.</summary>
    public static long EstimateJsonBytes(LunrIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        long bytes = 64;
        foreach (var vector in index.FieldVectors)
        {
            // ["field/ref",[index,score,…]]: the key, then about 12 characters per (index, score) pair.
            bytes += vector.Ref.FieldName.Length + vector.Ref.DocumentRef.Length + 8 + (vector.Count * 12L);
        }

        int fieldNames = index.Fields.Sum(f => f.Length + 5);
        foreach (var entry in index.InvertedIndex)
        {
            // ["term",{"_index":n,"field":{"ref":{},…},…}]
            bytes += entry.Term.Length + 20 + fieldNames;
            for (int f = 0; f < index.Fields.Count; f++)
            {
                foreach (int document in entry.GetDocuments(f))
                {
                    bytes += index.DocumentRefs[document].Length + 6;
                }
            }
        }

        return bytes;
    }
}
