using System.Text.Json;

namespace WuzhenSite.Search;

/// <summary>
/// Writes a <see cref="LunrIndex"/> split by term, for sites whose single index file would be too
/// large to fetch and load. The browser (<c>lunr-sharded.js</c>) fetches the manifest, then only the
/// shards holding a query's terms, and runs lunr.Index#query's algorithm step for step over those
/// postings with lunr's own parser and pipeline — so results, order and scores are lunr's, exactly: a lunr score
/// is the query vector's dot product with each field vector over the query's terms, divided by the
/// query vector's magnitude, so a term's postings and its weights are all a query needs.
/// Documents are numbered in key order (<see cref="KeyOrder"/>): the order lunr walks a posting in.
/// <list type="bullet">
/// <item><c>manifest.json</c>: format, lunr version, fields, search pipeline, shard count, document count, and the
/// terms with a shard of their own;</item>
/// <item><c>shards/N.bin</c>: per term, its lunr term index and its postings per field, binary (see
/// <see cref="ShardEncoder"/>). A term is in shard <c>fnv1a(term) mod shards</c> (<see cref="TermShards"/>), unless
/// its postings would fill a good part of a shard alone: then it has a shard of its own, numbered from the shard
/// count up and named in the manifest's <c>ownShards</c>, so that a query of a common word does not fetch another
/// common word hashed beside it;</item>
/// <item><c>first/N.json</c>: per term hashed to shard N, the result count and first page of the query of that term
/// alone, so that the page shows a one-word query's first results without its postings (see <see cref="SingleTermFirstPage"/>);</item>
/// <item><c>refs.json</c>: every document ref by number, written only when the refs are not simply the positions
/// in base 36 (the manifest's <c>refs</c> says which);</item>
/// <item><c>terms.json</c>: every term, sorted as lunr sorts them, fetched only for wildcard and fuzzy queries;</item>
/// <item><c>fieldrefs.json</c>: every field reference in the index's order, fetched only for queries with nothing but prohibited terms.</item>
/// </list>
/// </summary>
public static class ShardedIndexWriter
{
    /// <summary>The manifest's name.</summary>
    public const string ManifestFileName = "manifest.json";

    /// <summary>The format name the manifest carries.</summary>
    public const string Format = "wuzhen-lunr-sharded-4";

    /// <summary>
    /// Postings from which a term gets a shard of its own: about 24 KiB of them (three bytes or so a posting), a third
    /// of a shard of the target size (<see cref="TermShards.CountFor"/>).
    /// </summary>
    public const int DefaultOwnShardPostings = 8 * 1024;

    // Terms and refs escaped exactly as the single-file index escapes them (JSON.stringify's rules),
    // so lone surrogates survive and the term list keeps lunr's sort order.
    private static readonly JsonWriterOptions Options = LunrIndexJsonWriter.WriterOptions;

    /// <summary>The files of <paramref name="index"/> split into shards (<paramref name="shardCount"/> or a count chosen from its size).</summary>
    /// <param name="index">The index.</param>
    /// <param name="shardCount">How many hashed shards; by default chosen from the size of their postings.</param>
    /// <param name="ownShardPostings">Postings from which a term has a shard of its own.</param>
    /// <param name="bytePlanes">The shards' weight layout: byte planes, whole numbers, or (null) per shard whichever compresses smaller.</param>
    public static IReadOnlyList<IndexFile> Write(LunrIndex index, int? shardCount = null, int ownShardPostings = DefaultOwnShardPostings, bool? bytePlanes = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        var inverted = index.InvertedIndex;
        int fieldCount = index.Fields.Count;
        int documentCount = index.DocumentCount;
        var keyPositions = KeyOrder.Positions(index.DocumentRefs);
        var postings = TermPostings.Of(index, KeyOrder.Ranks(keyPositions));

        // Terms of a shard of their own, in term order, then the others hashed over a count chosen from their size.
        var ownShardTerms = new List<int>();
        long hashedPostings = 0;
        for (int position = 0; position < inverted.Count; position++)
        {
            int term = inverted[position].TermIndex;
            int count = postings.Offsets[term + 1] - postings.Offsets[term];
            if (count >= ownShardPostings)
            {
                ownShardTerms.Add(position);
            }
            else
            {
                hashedPostings += count;
            }
        }

        int shards = shardCount ?? TermShards.CountFor(hashedPostings, inverted.Count - ownShardTerms.Count);
        var shardTerms = new List<int>[shards + ownShardTerms.Count];
        var firstPageTerms = new List<int>[shards];
        for (int i = 0; i < shards; i++)
        {
            shardTerms[i] = [];
            firstPageTerms[i] = [];
        }

        for (int k = 0; k < ownShardTerms.Count; k++)
        {
            shardTerms[shards + k] = [ownShardTerms[k]];
        }

        var ownShard = new HashSet<int>(ownShardTerms);
        for (int position = 0; position < inverted.Count; position++)
        {
            int shard = TermShards.Of(inverted[position].Term, shards);
            firstPageTerms[shard].Add(position);
            if (!ownShard.Contains(position))
            {
                shardTerms[shard].Add(position);
            }
        }

        // Files: the manifest, the term and field-ref lists, the first pages, then the shards.
        var files = new IndexFile[3 + shards + shardTerms.Length];
        Parallel.For(0, shards, () => new SingleTermFirstPage(postings, fieldCount), (shard, _, firstPage) =>
        {
            files[3 + shard] = new IndexFile($"{FirstPageFolder}{shard}.json", Json(w =>
            {
                w.WriteStartObject();
                foreach (int position in firstPageTerms[shard])
                {
                    var entry = inverted[position];
                    w.WritePropertyName(entry.Term);
                    firstPage.Write(w, entry.TermIndex);
                }

                w.WriteEndObject();
            }));
            return firstPage;
        }, _ => { });
        Parallel.For(0, shardTerms.Length, shard =>
            files[3 + shards + shard] = new IndexFile($"{ShardFolder}{shard}.bin", ShardEncoder.Encode(index, postings, shardTerms[shard], bytePlanes)));

        bool base36Refs = RefsArePositionsInBase36(index.DocumentRefs);
        files[0] = new IndexFile(ManifestFileName, Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteString("version", index.Version);
            WriteStrings(w, "fields", index.Fields);
            WriteStrings(w, "pipeline", index.Pipeline);
            w.WriteNumber("shards", shards);
            w.WriteString("hash", "fnv1a32-utf16");
            w.WriteString("shardFiles", ShardFolder);
            w.WriteStartObject("ownShards");
            for (int k = 0; k < ownShardTerms.Count; k++)
            {
                w.WriteNumber(inverted[ownShardTerms[k]].Term, shards + k);
            }

            w.WriteEndObject();
            w.WriteString("firstPages", FirstPageFolder);
            w.WriteNumber("firstPageSize", SingleTermFirstPage.Size);
            w.WriteNumber("documents", documentCount);
            w.WriteNumber("terms", inverted.Count);
            w.WriteString("termList", "terms.json");
            w.WriteString("fieldRefList", "fieldrefs.json");
            w.WriteString("refs", base36Refs ? "base36" : RefListFileName);
            w.WriteEndObject();
        }));
        files[1] = new IndexFile("terms.json", Json(w =>
        {
            w.WriteStartArray();
            foreach (var entry in inverted)
            {
                w.WriteStringValue(entry.Term);
            }

            w.WriteEndArray();
        }));
        files[2] = new IndexFile("fieldrefs.json", Json(w =>
        {
            w.WriteStartArray();
            foreach (var vector in index.FieldVectors)
            {
                w.WriteStringValue(vector.Ref.FieldName + FieldRef.Joiner + vector.Ref.DocumentRef);
            }

            w.WriteEndArray();
        }));
        if (!base36Refs)
        {
            files = [.. files, new IndexFile(RefListFileName, Json(w => WriteStrings(w, null, keyPositions.Select(p => index.DocumentRefs[p]))))];
        }

        return files;
    }

    private const string RefListFileName = "refs.json";

    /// <summary>The folder of the first-page files: <c>first/N.json</c> holds the first pages of the terms hashed to shard N.</summary>
    public const string FirstPageFolder = "first/";

    /// <summary>The folder of the shards: <c>shards/N.bin</c>.</summary>
    public const string ShardFolder = "shards/";

    /// <summary>Whether every ref is its document's position written in base 36, as JavaScript's <c>toString(36)</c> writes it.</summary>
    private static bool RefsArePositionsInBase36(IReadOnlyList<string> refs)
    {
        Span<char> digits = stackalloc char[16];
        for (int position = 0; position < refs.Count; position++)
        {
            int length = 0;
            int value = position;
            do
            {
                int digit = value % 36;
                digits[length++] = (char)(digit < 10 ? '0' + digit : 'a' + digit - 10);
                value /= 36;
            }
            while (value > 0);

            digits[..length].Reverse();
            if (!refs[position].AsSpan().SequenceEqual(digits[..length]))
            {
                return false;
            }
        }

        return true;
    }

    private static void WriteStrings(Utf8JsonWriter w, string? name, IEnumerable<string> values)
    {
        if (name is null)
        {
            w.WriteStartArray();
        }
        else
        {
            w.WriteStartArray(name);
        }

        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write) => JsonBuffer.Write(Options, write);
}
