using System.Buffers;
using System.Text.Json;

namespace WuzhenSite.Search;

/// <summary>
/// Writes a <see cref="LunrIndex"/> split by term, for sites whose single index file would be too
/// large to fetch and load. The browser (<c>lunr-sharded.js</c>) fetches the manifest, then only the
/// shards holding a query's terms, rebuilds a small lunr.js index of just those terms and runs
/// lunr's own <c>search</c> on it — so results, order and scores are lunr's, exactly: a lunr score
/// is the query vector's dot product with each field vector over the query's terms, divided by the
/// query vector's magnitude, so a term's postings and its weights are all a query needs.
/// <list type="bullet">
/// <item><c>manifest.json</c>: format, lunr version, fields, search pipeline, shard count, document count;</item>
/// <item><c>shards/N.json</c>: per term, <c>[termIndex, [ref, weight, ref, weight…] per field]</c>, postings in the
/// order lunr.js serialises them;</item>
/// <item><c>terms.json</c>: every term, sorted as lunr sorts them, fetched only for wildcard and fuzzy queries;</item>
/// <item><c>fieldrefs.json</c>: every field reference in the index's order, fetched only for queries with nothing but prohibited terms.</item>
/// </list>
/// </summary>
public static class ShardedIndexWriter
{
    /// <summary>The manifest's name.</summary>
    public const string ManifestFileName = "manifest.json";

    /// <summary>The format name the manifest carries.</summary>
    public const string Format = "wuzhen-lunr-sharded-1";

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
        long postings = index.FieldVectors.Sum(v => (long)v.Count);
        int shards = shardCount ?? TermShards.CountFor(postings, inverted.Count);

        var weights = WeightsByTerm(index);
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

        var files = new IndexFile[shards + 3];
        Parallel.For(0, shards, shard => files[shard + 3] = new IndexFile($"shards/{shard}.json", Json(w =>
        {
            Span<byte> number = stackalloc byte[JsNumberFormatter.MaxLength];
            w.WriteStartObject();
            foreach (int position in shardTerms[shard])
            {
                var entry = inverted[position];
                var termWeights = weights[entry.TermIndex];
                w.WritePropertyName(entry.Term);
                w.WriteStartArray();
                w.WriteNumberValue(entry.TermIndex);
                for (int f = 0; f < fieldCount; f++)
                {
                    w.WriteStartArray();
                    foreach (int document in entry.GetDocuments(f))
                    {
                        w.WriteStringValue(index.DocumentRefs[document]);
                        LunrIndexJsonWriter.WriteJsNumber(w, Weight(termWeights, (f * documentCount) + document), number);
                    }

                    w.WriteEndArray();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        })));

        files[0] = new IndexFile(ManifestFileName, Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("format", Format);
            w.WriteString("version", index.Version);
            WriteStrings(w, "fields", index.Fields);
            WriteStrings(w, "pipeline", index.Pipeline);
            w.WriteNumber("shards", shards);
            w.WriteString("hash", "fnv1a32-utf16");
            w.WriteNumber("documents", documentCount);
            w.WriteNumber("terms", inverted.Count);
            w.WriteString("termList", "terms.json");
            w.WriteString("fieldRefList", "fieldrefs.json");
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
        return files;
    }

    /// <summary>For each term index, its (field × document slot, weight) pairs sorted by slot.</summary>
    private static (int[] Slots, double[] Weights)[] WeightsByTerm(LunrIndex index)
    {
        int termCount = index.InvertedIndex.Count;
        int documentCount = index.DocumentCount;
        var counts = new int[termCount];
        foreach (var vector in index.FieldVectors)
        {
            foreach (int term in vector.TermIndexes)
            {
                counts[term]++;
            }
        }

        var result = new (int[] Slots, double[] Weights)[termCount];
        for (int t = 0; t < termCount; t++)
        {
            result[t] = (new int[counts[t]], new double[counts[t]]);
        }

        var filled = new int[termCount];
        foreach (var vector in index.FieldVectors)
        {
            int slot = (vector.FieldIndex * documentCount) + vector.DocumentIndex;
            var terms = vector.TermIndexes;
            var scores = vector.Scores;
            for (int i = 0; i < terms.Length; i++)
            {
                int t = terms[i];
                int at = filled[t]++;
                result[t].Slots[at] = slot;
                result[t].Weights[at] = scores[i];
            }
        }

        Parallel.For(0, termCount, t => Array.Sort(result[t].Slots, result[t].Weights));
        return result;
    }

    private static double Weight((int[] Slots, double[] Weights) term, int slot)
    {
        int at = Array.BinarySearch(term.Slots, slot);
        return at >= 0 ? term.Weights[at] : 0;
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values)
        {
            w.WriteStringValue(value);
        }

        w.WriteEndArray();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }
}
