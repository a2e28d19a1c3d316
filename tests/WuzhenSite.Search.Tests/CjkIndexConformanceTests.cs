using System.Text;
using System.Text.Json;

namespace WuzhenSite.Search.Tests;

public sealed class CjkIndexConformanceTests(NodeHarness node)
{
    [Fact]
    public void Writes_the_same_json_as_lunr_with_the_lunr_cjk_plugin()
    {
        var corpus = TestCorpus.Cjk();
        string expected = node.RunHarness("build", node.WriteTempFile("corpus.json", corpus.ToHarnessJson()));
        string actual = Encoding.UTF8.GetString(corpus.BuildJson());
        var differences = IndexJsonComparer.Compare(expected, actual);
        Assert.True(differences.Count == 0, $"{differences.Count} differences:\n{string.Join('\n', differences.Take(30))}");
        Assert.Equal(expected, actual);
        Assert.Contains("\"pipeline\":[\"cjkBigrams\",\"stemmer\"]", actual, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("数字丝绸之路", "silk-road")]
    [InlineData("丝绸之路", "silk-road")]
    [InlineData("未成年人", "minors")]
    [InlineData("未成年人网络保护", "minors")]
    [InlineData("5G网络", "5g")]
    [InlineData("乌镇峰会", "wuzhen")]
    [InlineData("Wuzhen乌镇", "wuzhen")]
    [InlineData("title:网", "single")]
    [InlineData("東京", "japanese")]
    [InlineData("カタカナ", "japanese")]
    [InlineData("검색", "korean")]
    [InlineData("running", "english")]
    [InlineData("物联网", "mixed")]
    [InlineData("四龍", "ext-b")]
    public void Lunr_with_lunr_cjk_finds_chinese_queries_without_spaces_in_our_index(string query, string expectedTopRef)
    {
        var corpus = TestCorpus.Cjk();
        string indexFile = node.WriteTempFile("index.json", corpus.BuildJson());
        string queriesFile = node.WriteTempFile("queries.json", JsonSerializer.Serialize(new[] { query }));
        var results = node.RunHarnessJson("cjk-search", indexFile, queriesFile)[0].GetProperty("results");
        Assert.True(results.ValueKind == JsonValueKind.Array && results.GetArrayLength() > 0, $"no results for '{query}': {results}");
        Assert.Equal(expectedTopRef, results[0].GetProperty("ref").GetString());
    }

    [Fact]
    public void Search_results_match_an_index_built_by_lunr_with_the_plugin()
    {
        var corpus = TestCorpus.Cjk();
        string[] queries = ["数字丝绸之路", "未成年人", "网络", "乌镇 峰会", "+网络 -保护", "网络^5 乌镇", "title:乌镇", "数*", "5g网络", "digital"];
        var results = node.RunHarnessJson(
            "search",
            node.WriteTempFile("corpus.json", corpus.ToHarnessJson()),
            node.WriteTempFile("index.json", corpus.BuildJson()),
            node.WriteTempFile("queries.json", JsonSerializer.Serialize(queries)));
        foreach (var result in results.EnumerateArray())
        {
            string expected = result.GetProperty("expected").GetRawText();
            Assert.Equal(expected, result.GetProperty("actual").GetRawText());
            Assert.NotEqual("[]", expected);
        }
    }
}
