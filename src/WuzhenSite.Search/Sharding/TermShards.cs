namespace WuzhenSite.Search;

/// <summary>
/// Which shard a term lives in: FNV-1a (32-bit) over the term's UTF-16 code units, modulo the shard
/// count. <c>lunr-sharded.js</c> computes the same function, so the browser fetches the one shard
/// a term can be in without any lookup table.
/// </summary>
public static class TermShards
{
    /// <summary>The shard of <paramref name="term"/> among <paramref name="shardCount"/>.</summary>
    public static int Of(string term, int shardCount)
    {
        ArgumentNullException.ThrowIfNull(term);
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        uint hash = 2166136261;
        foreach (char c in term)
        {
            hash ^= c;
            hash = unchecked(hash * 16777619);
        }

        return (int)(hash % (uint)shardCount);
    }

    /// <summary>
    /// A shard count for <paramref name="postings"/> postings over <paramref name="terms"/> terms, aiming
    /// at shards of about <paramref name="targetBytes"/> each (64 KiB of binary postings, about three bytes
    /// a posting, some 30 KiB compressed: a query of a few terms costs a few of them, and a large site
    /// still has hundreds of files, not thousands).
    /// </summary>
    public static int CountFor(long postings, int terms, int targetBytes = 64 * 1024)
    {
        long estimate = (postings * 3) + (terms * 12L);
        return (int)Math.Clamp((estimate + targetBytes - 1) / targetBytes, 1, 4096);
    }
}
