namespace WuzhenSite.Search;

/// <summary>
/// Where each document comes in the order JavaScript's <c>Object.keys</c> lists a lunr posting's refs: refs that
/// are array indices first, by value, then the others in the order written (document position). lunr.Index#query
/// walks every posting in that order, and the walk decides which of two equal-scored results comes first, so the
/// sharded format numbers documents by it: a posting written in ascending number is in lunr's walk order, and the
/// browser walks it front to back.
/// </summary>
internal static class KeyOrder
{
    /// <summary>By document position, its number in key order, from <see cref="Positions"/>.</summary>
    public static int[] Ranks(int[] positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var rank = new int[positions.Length];
        for (int i = 0; i < positions.Length; i++)
        {
            rank[positions[i]] = i;
        }

        return rank;
    }

    /// <summary>By number in key order, the document's position.</summary>
    public static int[] Positions(IReadOnlyList<string> documentRefs) => JsText.PropertyOrder(documentRefs);
}
