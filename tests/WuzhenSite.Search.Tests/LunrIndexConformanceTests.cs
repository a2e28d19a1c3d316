using System.Text;
using System.Text.Json;

namespace WuzhenSite.Search.Tests;

public sealed class LunrIndexConformanceTests(NodeHarness node)
{
    private static readonly string[] Queries =
    [
        "digital",
        "Digital Silk Road",
        "title:digital",
        "body:network",
        "tags:alpha",
        "dig*",
        "*work",
        "net*rk",
        "+digital -silk",
        "+network +security",
        "-repeat network",
        "network^10 digital",
        "digital^10",
        "title:numeric^5 body:refs",
        "netwrk~1",
        "repeat",
        "runs running ran",
        "café",
        "caf",
        "5g",
        "3.14",
        "co",
        "operation",
        "emoji",
        "constructor",
        "__proto__",
        "yellow",
        "ΟΔΟΣ",
        "the",
        "nonexistent",
        "+nonexistent network",
        "title:Numeric title:ref",
        "deseret",
    ];

    [Fact]
    public void Writes_the_same_json_as_lunr_for_tricky_documents() => AssertSameJsonAsLunr(TestCorpus.English());

    [Fact]
    public void Writes_the_same_json_as_lunr_for_a_generated_corpus() => AssertSameJsonAsLunr(TestCorpus.Generated(400, 300));

    [Fact]
    public void Writes_the_same_json_as_lunr_when_field_names_are_array_indexes()
    {
        var corpus = new TestCorpus(
            TextAnalysis.English,
            [new SearchField("title", boost: 3), new SearchField("2"), new SearchField("1", boost: 0.5)],
            [
                new SearchDocument("b", new Dictionary<string, string?> { ["title"] = "hello world", ["1"] = "x y", ["2"] = "x" }),
                new SearchDocument("10", new Dictionary<string, string?> { ["title"] = "hello", ["2"] = "x y z" }, boost: 2),
                new SearchDocument("2", new Dictionary<string, string?> { ["title"] = null, ["2"] = null, ["1"] = "z" }),
                new SearchDocument("4294967295", new Dictionary<string, string?> { ["title"] = "hello", ["1"] = "z" }),
                new SearchDocument("4294967294", new Dictionary<string, string?> { ["title"] = "hello", ["1"] = "z" }),
                new SearchDocument("0", new Dictionary<string, string?> { ["title"] = "world" }),
            ]);
        AssertSameJsonAsLunr(corpus);
    }

    [Fact]
    public void Lunr_loads_our_json_and_answers_queries_like_the_index_it_builds()
    {
        var corpus = TestCorpus.English();
        string corpusFile = node.WriteTempFile("corpus.json", corpus.ToHarnessJson());
        string indexFile = node.WriteTempFile("index.json", corpus.BuildJson());
        string queriesFile = node.WriteTempFile("queries.json", JsonSerializer.Serialize(Queries));
        var results = node.RunHarnessJson("search", corpusFile, indexFile, queriesFile);

        int withMatches = 0;
        foreach (var result in results.EnumerateArray())
        {
            string query = result.GetProperty("query").GetString()!;
            var expected = result.GetProperty("expected");
            var actual = result.GetProperty("actual");
            Assert.True(expected.ValueKind == JsonValueKind.Array, $"lunr failed on its own index for '{query}': {expected}");
            Assert.True(actual.ValueKind == JsonValueKind.Array, $"lunr failed on our index for '{query}': {actual}");
            var e = expected.EnumerateArray().Select(r => (r.GetProperty("ref").GetString(), r.GetProperty("score").GetDouble())).ToList();
            var a = actual.EnumerateArray().Select(r => (r.GetProperty("ref").GetString(), r.GetProperty("score").GetDouble())).ToList();
            Assert.True(e.SequenceEqual(a), $"'{query}': expected {expected}, got {actual}");
            withMatches += e.Count > 0 ? 1 : 0;
        }

        Assert.True(withMatches >= Queries.Length - 5, "too few queries matched anything; the test corpus is not exercising search");
    }

    private void AssertSameJsonAsLunr(TestCorpus corpus)
    {
        string corpusFile = node.WriteTempFile("corpus.json", corpus.ToHarnessJson());
        string expected = node.RunHarness("build", corpusFile);
        string actual = Encoding.UTF8.GetString(corpus.BuildJson());

        var differences = IndexJsonComparer.Compare(expected, actual);
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n{string.Join('\n', differences.Take(30))}");
        Assert.Equal(expected, actual);
    }
}
