using System.Text;

namespace WuzhenSite.Search.Tests;

public sealed class LunrIndexBuilderTests
{
    private static LunrIndex BuildSmall()
    {
        var builder = new LunrIndexBuilder([new SearchField("title", boost: 10), new SearchField("body")]);
        builder.Add(TestCorpus.Doc("a", "Digital silk road", "digital networks running"));
        builder.Add(TestCorpus.Doc("b", "Networks", null, boost: 2));
        return builder.Build();
    }

    [Fact]
    public void Assigns_term_indexes_in_order_of_first_occurrence_and_sorts_terms()
    {
        var index = BuildSmall();
        Assert.Equal(["digit", "network", "road", "run", "silk"], index.InvertedIndex.Select(e => e.Term));
        Assert.True(index.InvertedIndex.TryGetEntry("digit", out var digit));
        Assert.Equal(0, digit.TermIndex);
        Assert.True(index.InvertedIndex.TryGetEntry("network", out var network));
        Assert.Equal(3, network.TermIndex);
        Assert.False(index.InvertedIndex.TryGetEntry("missing", out _));
    }

    [Fact]
    public void Keeps_postings_per_field()
    {
        var index = BuildSmall();
        Assert.True(index.InvertedIndex.TryGetEntry("network", out var network));
        Assert.Equal([1], network.GetDocuments(0).ToArray());
        Assert.Equal([0], network.GetDocuments(1).ToArray());
        Assert.Equal(2, network.DocumentFrequency);
    }

    [Fact]
    public void Builds_one_vector_per_document_and_field_in_lunr_order()
    {
        var index = BuildSmall();
        Assert.Equal(["title/a", "body/a", "title/b", "body/b"], index.FieldVectors.Select(v => v.Ref.ToString()));
        Assert.Equal(0, index.FieldVectors[3].Count);
        Assert.Equal([0, 1, 2], index.FieldVectors[0].TermIndexes.ToArray());
        Assert.Equal(3, index.FieldVectors[1].FieldLength);
        Assert.Equal(2.0, index.AverageFieldLengths[0]);
    }

    [Fact]
    public void Computes_lunr_bm25_scores_rounded_to_three_decimals()
    {
        var index = BuildSmall();

        // "network" appears in title/b: N = 2, df = 2, idf = ln(1 + |(2 - 2 + 0.5) / 2.5|).
        double idf = Math.Log(1 + Math.Abs((2 - 2 + 0.5) / (2 + 0.5)));
        double expected = idf * (2.2 * 1) / (1.2 * (1 - 0.75 + (0.75 * (1 / 2.0))) + 1) * 10 * 2;
        var vector = index.FieldVectors[2];
        Assert.Equal(Math.Round(expected * 1000, MidpointRounding.AwayFromZero) / 1000, vector.ScoreAt(0));
    }

    [Fact]
    public void Rejects_duplicate_refs_and_fields_and_slashes_in_field_names()
    {
        var builder = new LunrIndexBuilder([new SearchField("title")]);
        builder.Add(TestCorpus.Doc("a", "x", null));
        Assert.Throws<ArgumentException>(() => builder.Add(TestCorpus.Doc("a", "y", null)));
        Assert.Throws<ArgumentException>(() => new LunrIndexBuilder([new SearchField("t"), new SearchField("t")]));
        Assert.Throws<ArgumentException>(() => new SearchField("a/b"));
    }

    [Fact]
    public void Orders_array_index_field_names_first_as_javascript_objects_do()
    {
        var builder = new LunrIndexBuilder([new SearchField("title"), new SearchField("2"), new SearchField("1")]);
        Assert.Equal(["1", "2", "title"], builder.Fields);
    }

    [Fact]
    public void Writes_the_same_bytes_to_a_stream_and_to_an_array()
    {
        var index = BuildSmall();
        using var stream = new MemoryStream();
        LunrIndexJsonWriter.Write(index, stream);
        Assert.Equal(LunrIndexJsonWriter.ToUtf8Bytes(index), stream.ToArray());
    }

    [Fact]
    public void Writes_the_json_lunr_writes_for_a_small_index()
    {
        string json = LunrIndexJsonWriter.ToJson(BuildSmall());
        Assert.Equal(
            "{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"],\"fieldVectors\":[[\"title/a\",[0,1.514,1,5.754,2,5.754]]," +
            "[\"body/a\",[0,0.129,3,0.129,4,0.492]],[\"title/b\",[3,4.584]],[\"body/b\",[]]],\"invertedIndex\":[" +
            "[\"digit\",{\"_index\":0,\"title\":{\"a\":{}},\"body\":{\"a\":{}}}],[\"network\",{\"_index\":3,\"title\":{\"b\":{}},\"body\":{\"a\":{}}}]," +
            "[\"road\",{\"_index\":2,\"title\":{\"a\":{}},\"body\":{}}],[\"run\",{\"_index\":4,\"title\":{},\"body\":{\"a\":{}}}]," +
            "[\"silk\",{\"_index\":1,\"title\":{\"a\":{}},\"body\":{}}]],\"pipeline\":[\"stemmer\"]}",
            json);
    }

    [Fact]
    public void Escapes_strings_as_json_stringify_does()
    {
        var builder = new LunrIndexBuilder([new SearchField("t")]);
        builder.Add(new SearchDocument("q\"b\\s/\u0001\n\u2028é😀<>&'", new Dictionary<string, string?> { ["t"] = "x" }));
        string json = LunrIndexJsonWriter.ToJson(builder.Build());
        Assert.Contains("\"t/q\\\"b\\\\s/\\u0001\\n\u2028é😀<>&'\"", json, StringComparison.Ordinal);
        Assert.Contains("\"q\\\"b\\\\s/\\u0001\\n\u2028é😀<>&'\":{}", json, StringComparison.Ordinal);
        Assert.Equal(json, Encoding.UTF8.GetString(LunrIndexJsonWriter.ToUtf8Bytes(builder.Build())));
    }

    [Fact]
    public void Escapes_unpaired_surrogates_as_json_stringify_does()
    {
        var builder = new LunrIndexBuilder([new SearchField("t")]);
        builder.Add(new SearchDocument("r\uD800", new Dictionary<string, string?> { ["t"] = "a\uDC00b 😀" }));
        string json = LunrIndexJsonWriter.ToJson(builder.Build());
        Assert.Contains("[\"t/r\\ud800\",", json, StringComparison.Ordinal);
        Assert.Contains("[\"a\\udc00b\",", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Builds_an_empty_index()
    {
        var index = new LunrIndexBuilder([new SearchField("title")]).Build();
        Assert.Equal(
            "{\"version\":\"2.3.9\",\"fields\":[\"title\"],\"fieldVectors\":[],\"invertedIndex\":[],\"pipeline\":[\"stemmer\"]}",
            LunrIndexJsonWriter.ToJson(index));
    }
}
