using System.Buffers;
using System.Text.Json;

namespace WuzhenSite.Search;

/// <summary>
/// Writes a <see cref="LunrIndex"/> split by term, for sites whose single index file would be too
/// large to fetch and load. The browser (<c>lunr-sharded.js</c>) fetches the manifest, then only the
/// shards holding a query's terms, and runs lunr.Index#query's algorithm step for step over those
/// postings with lunr's own parser and pipeline — so results, order and scores are lunr's, exactly: a lunr score
/// is the query vector's dot product with each field vector over the query's terms, divided by the
/// query vector's magnitude, so a term's postings and its weights are all a query needs.
/// <list type="bullet">
/// <item><c>manifest.json</c>: format, lunr version, fields, search pipeline, shard count, document count;</item>
/// <item><c>shards/N.json</c>: per term, <c>[termIndex, postings per field]</c>; a field's postings are
/// <c>[d₁, d₂−d₁, …, w₁, w₂, …]</c>: its documents' positions in ascending order as differences, then their weights
/// in thousandths (lunr rounds weights to three decimals, so <c>w / 1000</c> is lunr's number exactly). Added to a
/// JavaScript object in this order, the refs take the order lunr.js serialises them in (array-index keys first);</item>
/// <item><c>first/N.json</c>: per term of shard N, the result count and first page of the query of that term
/// alone, so that the page shows a one-word query's first results without its postings (see <see cref="SingleTermFirstPage"/>);</item>
/// <item><c>refs.json</c>: every document ref by position, written only when the refs are not simply the positions
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
    public const string Format = "wuzhen-lunr-sharded-3";

    // Terms and refs escaped exactly as the single-file index escapes them (JSON.stringify's rules),
    // so lone surrogates survive and the term list keeps lunr's sort order.
    private static readonly JsonWriterOptions Options = LunrIndexJsonWriter.WriterOptions;

    /// <summary>The files of <paramref name="index"/> split into shards (<paramref name="shardCount"/> or a count chosen from its size).</summary>
    public static IReadOnlyList<IndexFile> Write(LunrIndex index, int? shardCount = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        var inverted = index.InvertedIndex;
        int fieldCount = index.Fields.Count;
        int documentCount = index.DocumentCount;
        long postingCount = index.FieldVectors.Sum(v => (long)v.Count);
        int shards = shardCount ?? TermShards.CountFor(postingCount, inverted.Count);

        var postings = TermPostings.Of(index);
        var keyRanks = SingleTermFirstPage.KeyRanks(index.DocumentRefs);
        var shardTerms = new List<int>[shards];
        for (int i = 0; i < shards; i++)
        {
            shardTerms[i] = [];
        }

        for (int position = 0; position < inverted.Count; position++)
        {
            var entry = inverted[position];
            shardTerms[TermShards.Of(entry.Term, shards)].Add(position);
        }

        // Files: the manifest, the term and field-ref lists, then each shard and its terms' first pages.
        var files = new IndexFile[3 + (2 * shards)];
        Parallel.For(0, shards, () => new SingleTermFirstPage(postings, fieldCount, keyRanks), (shard, _, firstPage) =>
        {
            files[3 + shard] = new IndexFile($"shards/{shard}.json", Json(w =>
            {
                w.WriteStartObject();
                foreach (int position in shardTerms[shard])
                {
                    var entry = inverted[position];
                    w.WritePropertyName(entry.Term);
                    w.WriteStartArray();
                    w.WriteNumberValue(entry.TermIndex);
                    WritePostings(w, postings, entry.TermIndex, fieldCount);
                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }));
            files[3 + shards + shard] = new IndexFile($"{FirstPageFolder}{shard}.json", Json(w =>
            {
                w.WriteStartObject();
                foreach (int position in shardTerms[shard])
                {
                    var entry = inverted[position];
                    w.WritePropertyName(entry.Term);
                    firstPage.Write(w, entry.TermIndex);
                }

                w.WriteEndObject();
            }));
            return firstPage;
        }, _ => { });

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
            files = [.. files, new IndexFile(RefListFileName, Json(w => WriteStrings(w, null, index.DocumentRefs)))];
        }

        return files;
    }

    private const string RefListFileName = "refs.json";

    /// <summary>The folder of the first-page files: <c>first/N.json</c> holds the first pages of shard N's terms.</summary>
    public const string FirstPageFolder = "first/";

    /// <summary>One array per field: the term's documents in ascending position as differences, then their weights in thousandths.</summary>
    private static void WritePostings(Utf8JsonWriter w, TermPostings postings, int term, int fieldCount)
    {
        for (int f = 0; f < fieldCount; f++)
        {
            var (start, end) = postings.FieldRange(term, f);
            int fieldStart = f * postings.DocumentCount;
            w.WriteStartArray();
            int previous = 0;
            for (int i = start; i < end; i++)
            {
                int document = postings.Slots[i] - fieldStart;
                w.WriteNumberValue(document - previous);
                previous = document;
            }

            for (int i = start; i < end; i++)
            {
                w.WriteNumberValue(postings.Weights[i]);
            }

            w.WriteEndArray();
        }
    }

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
