using System.Text.Json;

namespace WuzhenSite.Search.Tests.Sharding;

/// <summary>
/// The proof that sharding changes nothing a user sees: lunr-sharded.js over the shards returns the
/// same refs, in the same order, with the same scores and matched terms as lunr.Index.load of the
/// whole index, for hundreds of queries of every kind lunr supports.
/// </summary>
public sealed class ShardedSearchEqualityTests(NodeHarness node)
{
    private static readonly string[] Words =
    [
        "digital", "silk", "road", "network", "internet", "conference", "wuzhen", "cooperation", "development",
        "security", "governance", "innovation", "running", "generously", "connection", "connecting", "hopeful",
        "cloud", "data", "privacy", "protection", "minors", "platform", "standards", "trade", "economy",
        "artificial", "intelligence", "5g", "2024", "co-operation", "e-commerce", "café", "skies", "ponies", "absent",
    ];

    public static IEnumerable<string> EnglishQueries()
    {
        foreach (var (word, i) in Words.Select((w, i) => (w, i)))
        {
            var next = Words[(i + 7) % Words.Length];
            var third = Words[(i + 13) % Words.Length];
            yield return word;
            yield return $"{word} {next}";
            yield return $"{word} {next} {third}";
            yield return $"+{word} +{next}";
            yield return $"+{word} -{next}";
            yield return $"{word} -{next}";
            yield return $"-{word}";
            yield return $"title:{word}";
            yield return $"body:{word} title:{next}";
            yield return $"{word}^10 {next}";
            yield return $"{word[..Math.Min(3, word.Length)]}*";
            yield return $"*{word[^Math.Min(3, word.Length)..]}";
            yield return $"{word}~1";
            yield return $"{word}~2 {next}";
        }
    }

    private static readonly string[] ChineseQueries =
    [
        "数字丝绸之路", "丝绸之路", "未成年人", "未成年人网络保护", "5G网络", "乌镇峰会", "Wuzhen乌镇", "title:网", "東京", "カタカナ",
        "검색", "running", "物联网", "四龍", "网络", "乌镇 峰会", "+网络 -保护", "网络^5 乌镇", "title:乌镇", "数*", "5g网络", "digital",
        "-网络", "网*", "人工智能", "空间", "+数字 +丝绸", "body:保护",
    ];

    [Theory]
    [InlineData(false, false, null)]
    [InlineData(true, false, false)]
    [InlineData(true, true, true)]
    public void English_queries_give_lunrs_own_results_from_shards(bool base36Refs, bool commonWordsInShardsOfTheirOwn, bool? weightsInBytePlanes)
    {
        var queries = EnglishQueries().ToList();
        Assert.True(queries.Count >= 450);
        var report = Compare(TestCorpus.Generated(400, 60, base36Refs).BuildIndex(), queries, shardCount: 13, commonWordsInShardsOfTheirOwn ? 300 : ShardedIndexWriter.DefaultOwnShardPostings, weightsInBytePlanes);

        Assert.Equal(queries.Count, report.GetProperty("compared").GetInt32());
        Assert.True(report.GetProperty("withResults").GetInt32() > queries.Count / 2, "most queries should find something");
        Assert.True(report.GetProperty("mismatches").GetArrayLength() == 0, report.GetProperty("mismatches").ToString());
    }

    [Fact]
    public void Chinese_and_mixed_queries_give_lunrs_own_results_from_shards()
    {
        var report = Compare(TestCorpus.Cjk().BuildIndex(), ChineseQueries, shardCount: 5);

        Assert.Equal(ChineseQueries.Length, report.GetProperty("compared").GetInt32());
        Assert.True(report.GetProperty("withResults").GetInt32() >= ChineseQueries.Length - 2);
        Assert.True(report.GetProperty("mismatches").GetArrayLength() == 0, report.GetProperty("mismatches").ToString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_hand_made_corpus_with_odd_refs_and_empty_fields_gives_the_same_results(bool weightsInBytePlanes)
    {
        // Its negative document boost makes the weights of some shards 32-bit.
        var queries = new[] { "digital", "network digital", "tiny", "-digital", "+network", "title:*", "caf*", "ré*", "running", "yes", "x" };
        var report = Compare(TestCorpus.English().BuildIndex(), queries, shardCount: 3, bytePlanes: weightsInBytePlanes);

        Assert.True(report.GetProperty("mismatches").GetArrayLength() == 0, report.GetProperty("mismatches").ToString());
    }

    [Fact]
    public void A_single_term_query_fetches_the_manifest_and_one_shard()
    {
        var report = Compare(TestCorpus.Generated(400, 60, base36Refs: true).BuildIndex(), ["silk"], shardCount: 13);

        var fetched = report.GetProperty("fetched")[0];
        Assert.Equal(2, fetched.GetProperty("requests").GetInt32());
    }

    [Fact]
    public void A_word_with_a_shard_of_its_own_costs_that_shard_alone()
    {
        var index = TestCorpus.Generated(400, 60, base36Refs: true).BuildIndex();
        var files = ShardedIndexWriter.Write(index, 13, ownShardPostings: 300);
        using var manifest = JsonDocument.Parse(files.Single(f => f.RelativePath == "manifest.json").Content);
        var own = manifest.RootElement.GetProperty("ownShards");
        Assert.True(own.TryGetProperty("run", out var runShard), "'run' is in most documents: " + own);

        var report = Compare(index, ["running"], shardCount: 13, ownShardPostings: 300);

        var fetched = report.GetProperty("fetched")[0];
        Assert.Equal(2, fetched.GetProperty("requests").GetInt32());
        Assert.Equal(
            files.Single(f => f.RelativePath == "manifest.json").Content.Length + files.Single(f => f.RelativePath == $"shards/{runShard.GetInt32()}.bin").Content.Length,
            fetched.GetProperty("bytes").GetInt32());
    }

    [Fact]
    public void Documents_numbered_in_key_order_map_back_to_their_base36_refs()
    {
        // Around every change in the length of a base-36 ref (36, 1,296, 46,656) and at a 20k site's size.
        var report = node.RunScriptJson("base36-refs.js", "1", "10", "37", "1300", "46700", "104981");

        Assert.Equal(1 + 10 + 37 + 1300 + 46700 + 104981, report.GetProperty("checked").GetInt32());
        Assert.True(report.GetProperty("mismatches").GetArrayLength() == 0, report.GetProperty("mismatches").ToString());
    }

    [Fact]
    public void Named_refs_cost_one_more_request_for_the_ref_list()
    {
        var report = Compare(TestCorpus.Generated(400, 60).BuildIndex(), ["silk"], shardCount: 13);

        var fetched = report.GetProperty("fetched")[0];
        Assert.Equal(3, fetched.GetProperty("requests").GetInt32());
    }

    [Fact]
    public void The_first_page_of_a_one_word_query_needs_only_the_terms_first_pages()
    {
        var report = Compare(TestCorpus.Generated(400, 60, base36Refs: true).BuildIndex(), ["silk", "silk road", "title:silk"], shardCount: 13);

        var firstPages = report.GetProperty("firstPages");
        Assert.True(report.GetProperty("mismatches").GetArrayLength() == 0, report.GetProperty("mismatches").ToString());
        // The manifest and the word's first-page file; reading the first ten, then three, fetches nothing more.
        Assert.Equal(2, firstPages[0].GetProperty("requests").GetInt32());
        Assert.Equal(2, firstPages[0].GetProperty("afterFirstPage").GetInt32());
        // Two words, or one word in one field, are scored from the shards: no first-page file.
        Assert.Equal(report.GetProperty("fetched")[1].GetProperty("requests").GetInt32(), firstPages[1].GetProperty("requests").GetInt32());
        Assert.Equal(report.GetProperty("fetched")[2].GetProperty("requests").GetInt32(), firstPages[2].GetProperty("requests").GetInt32());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Equal_scores_on_a_first_page_come_in_lunrs_order(bool base36Refs)
    {
        // Forty documents of two words in each field, the same two words in the title of a fifth of them and
        // in the body of the others: every field has the same average length, so the words weigh the same in
        // either field and scores tie across fields. Equal scores come in the order lunr met them: title
        // first, then each field's documents in the order Object.keys lists their refs (names and numbers
        // mixed: numbers first, by value).
        var documents = Enumerable.Range(0, 40).Select(i => TestCorpus.Doc(
            base36Refs ? Base36(i) : i % 3 == 0 ? (97 - i).ToString(System.Globalization.CultureInfo.InvariantCulture) : "doc-" + i,
            i % 5 == 2 ? "silk road" : "amber fjord",
            i % 5 == 2 ? "amber fjord" : "silk road",
            boost: i % 8 == 0 ? 2 : 1)).ToList();
        var corpus = new TestCorpus(TextAnalysis.English, [new SearchField("title"), new SearchField("body")], documents);

        var report = Compare(corpus.BuildIndex(), ["silk", "road", "+silk", "sil*", "silk^1"], shardCount: 2);

        Assert.True(report.GetProperty("mismatches").GetArrayLength() == 0, report.GetProperty("mismatches").ToString());
        // The manifest, the ref list for named refs, the term list for a wildcard, and one first-page file.
        Assert.All(report.GetProperty("firstPages").EnumerateArray(), q => Assert.Equal(
            2 + (base36Refs ? 0 : 1) + (q.GetProperty("query").GetString()!.EndsWith('*') ? 1 : 0),
            q.GetProperty("requests").GetInt32()));
    }

    private static string Base36(int value)
    {
        var digits = string.Empty;
        do
        {
            digits = "0123456789abcdefghijklmnopqrstuvwxyz"[value % 36] + digits;
            value /= 36;
        }
        while (value > 0);
        return digits;
    }

    private JsonElement Compare(LunrIndex index, IReadOnlyList<string> queries, int shardCount, int ownShardPostings = ShardedIndexWriter.DefaultOwnShardPostings, bool? bytePlanes = null)
    {
        var folder = Path.Combine(Path.GetDirectoryName(node.WriteTempFile("marker", []))!, "shards-" + Guid.NewGuid().ToString("N"));
        foreach (var file in ShardedIndexWriter.Write(index, shardCount, ownShardPostings, bytePlanes))
        {
            var path = Path.Combine(folder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content.ToArray());
        }

        var full = node.WriteTempFile("full.json", LunrIndexJsonWriter.ToUtf8Bytes(index));
        var queryFile = node.WriteTempFile("queries.json", JsonSerializer.Serialize(queries));
        return node.RunScriptJson("sharded-harness.js", full, folder + Path.DirectorySeparatorChar, queryFile);
    }
}
