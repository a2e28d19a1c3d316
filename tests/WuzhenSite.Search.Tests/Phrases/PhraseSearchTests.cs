using System.Text.Json;

namespace WuzhenSite.Search.Tests.Phrases;

/// <summary>
/// Quoted phrases (lunr-phrases.js over <see cref="PhrasePositionsWriter"/>'s files): a phrase keeps the
/// documents where its words stand next to each other in order, after the index's own analysis, and
/// the single-file and sharded indexes give the same results, scores included.
/// </summary>
public sealed class PhraseSearchTests(NodeHarness node)
{
    private static TestCorpus EnglishPhrases() => new(
        TextAnalysis.CjkAware,
        [new SearchField("title", boost: 10), new SearchField("body")],
        [
            TestCorpus.Doc("0", "Together", "Building the digital silk road is the plan."),
            TestCorpus.Doc("1", "Apart", "The road to digital trade runs on silk and cable."),
            TestCorpus.Doc("2", "Reversed", "A silk road made digital."),
            TestCorpus.Doc("3", "Stop words between", "The silk of the road, digital or not."),
            TestCorpus.Doc("4", "Digital silk road", "The title holds the phrase; the body has cable."),
            TestCorpus.Doc("5", "Stemmed", "Digitally, silk roads connected the cities."),
            TestCorpus.Doc("6", "Press conference", "A press briefing, then a conference."),
            TestCorpus.Doc("7", "Split over fields", "Digital"),
        ]);

    private static TestCorpus ChinesePhrases() => new(
        TextAnalysis.CjkAware,
        [new SearchField("title", boost: 10), new SearchField("body")],
        [
            TestCorpus.Doc("0", "一", "共建数字丝绸之路的合作"),
            TestCorpus.Doc("1", "二", "丝绸之路上的数字经济"),
            TestCorpus.Doc("2", "三", "推进5G网络建设"),
            TestCorpus.Doc("3", "四", "5G与工业网络"),
            TestCorpus.Doc("4", "五", "数字丝绸，之路"),
        ]);

    [Theory]
    [InlineData("\"digital silk road\"", new[] { "0", "4", "5" })]
    [InlineData("\"silk road\"", new[] { "0", "2", "3", "4", "5" })]
    [InlineData("\"road digital\"", new[] { "1", "3" })]
    [InlineData("\"made silk\"", new string[0])]
    [InlineData("\"digital silk road\" -cable", new[] { "0", "5" })]
    [InlineData("+\"silk road\" +cable", new[] { "4" })]
    [InlineData("title:\"digital silk road\"", new[] { "4" })]
    [InlineData("body:\"digital silk road\"", new[] { "0", "5" })]
    [InlineData("silk -\"silk road\"", new[] { "1" })]
    [InlineData("\"press conference\"", new[] { "6" })]
    [InlineData("\"digitally silk roads\"", new[] { "0", "4", "5" })]
    [InlineData("\"silk the road\"", new[] { "0", "2", "3", "4", "5" })]
    [InlineData("\"split over fields digital\"", new string[0])]
    public void An_english_phrase_keeps_the_documents_where_its_words_stand_together(string query, string[] expected)
    {
        foreach (int pairedFrom in PairedFromSettings)
        {
            var report = Run(EnglishPhrases(), [query], pairedFrom);

            var single = Refs(report[0].GetProperty("single"));
            Assert.True(expected.Order().SequenceEqual(single.Order()), $"pairedFrom {pairedFrom}: {string.Join(' ', single)}");
            Assert.Equal(report[0].GetProperty("single").ToString(), report[0].GetProperty("sharded").ToString());
        }
    }

    [Theory]
    [InlineData("\"数字丝绸之路\"", new[] { "0" })]
    [InlineData("\"丝绸之路\"", new[] { "0", "1" })]
    [InlineData("\"5G网络\"", new[] { "2" })]
    [InlineData("\"数字丝绸\"", new[] { "0", "4" })]
    [InlineData("\"丝绸之路\" -\"数字丝绸\"", new[] { "1" })]
    public void A_chinese_phrase_is_the_sequence_of_its_character_pairs(string query, string[] expected)
    {
        foreach (int pairedFrom in PairedFromSettings)
        {
            var report = Run(ChinesePhrases(), [query], pairedFrom);

            var single = Refs(report[0].GetProperty("single"));
            Assert.True(expected.Order().SequenceEqual(single.Order()), $"pairedFrom {pairedFrom}: {string.Join(' ', single)}");
            Assert.Equal(report[0].GetProperty("single").ToString(), report[0].GetProperty("sharded").ToString());
        }
    }

    [Fact]
    public void A_phrase_is_ranked_by_lunrs_score_for_its_words_required()
    {
        // The phrase's documents come in the order, and with the scores, lunr gives +digital +silk +road.
        var report = Run(EnglishPhrases(), ["\"digital silk road\"", "+digital +silk +road"]);

        var phrase = report[0].GetProperty("single").EnumerateArray().ToList();
        var words = report[1].GetProperty("single").EnumerateArray()
            .Where(r => phrase.Any(p => p.GetProperty("ref").GetString() == r.GetProperty("ref").GetString())).ToList();
        Assert.Equal(words.Select(r => r.ToString()), phrase.Select(r => r.ToString()));
    }

    [Fact]
    public void Phrases_of_every_kind_give_the_same_results_from_the_single_index_and_the_shards()
    {
        var corpus = TestCorpus.Generated(300, 80, base36Refs: true);
        // Phrases taken from the documents' own text (so most are found), and some that are not.
        var queries = new List<string>();
        for (int i = 0; i < 40; i++)
        {
            var words = TestCorpus.GeneratedText(i * 7, 80).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var start = i % Math.Max(1, words.Length - 4);
            var phrase = string.Join(' ', words.Skip(start).Take(2 + (i % 3)));
            queries.Add($"\"{phrase.Replace("\"", string.Empty, StringComparison.Ordinal)}\"");
            queries.Add($"+\"{phrase.Replace("\"", string.Empty, StringComparison.Ordinal)}\" -security");
            queries.Add($"title:\"{words[start].Replace("\"", string.Empty, StringComparison.Ordinal)} {words[start + 1].Replace("\"", string.Empty, StringComparison.Ordinal)}\"");
            queries.Add($"network -\"{phrase.Replace("\"", string.Empty, StringComparison.Ordinal)}\"");
        }

        queries.Add("\"digital silk\" road~1");
        queries.Add("\"net* security\"");
        queries.Add("\"unclosed digital silk");

        var report = Run(corpus, queries, pairedFrom: 20);

        int withResults = 0;
        foreach (var row in report)
        {
            Assert.True(row.GetProperty("single").ToString() == row.GetProperty("sharded").ToString(),
                $"{row.GetProperty("query")}: single {row.GetProperty("single")} sharded {row.GetProperty("sharded")}");
            if (row.GetProperty("single").ValueKind == JsonValueKind.Array && row.GetProperty("single").GetArrayLength() > 0)
            {
                withResults++;
            }
        }

        Assert.True(withResults > queries.Count / 2, $"most phrases should be found ({withResults} of {queries.Count})");

        // Common words read as pairs find what every word's own places find.
        foreach (int pairedFrom in new[] { 1, int.MaxValue })
        {
            var other = Run(corpus, queries, pairedFrom);
            for (int i = 0; i < report.Count; i++)
            {
                Assert.True(report[i].GetProperty("single").ToString() == other[i].GetProperty("single").ToString(),
                    $"{report[i].GetProperty("query")}, pairedFrom {pairedFrom}: {other[i].GetProperty("single")} against {report[i].GetProperty("single")}");
            }
        }
    }

    [Fact]
    public void The_warm_up_finds_its_made_up_phrase_without_a_request()
    {
        var report = Rows(EnglishPhrases(), [], PhrasePositionsWriter.DefaultPairedFrom);

        var warmUp = Assert.Single(report).GetProperty("single");
        // The made-up documents that hold all three words in some field (how many depends on the field count).
        Assert.InRange(warmUp.GetProperty("found").GetInt32(), 1000, 2000);
        Assert.Equal(0, warmUp.GetProperty("requests").GetInt32());
    }

    [Fact]
    public void A_phrase_in_a_field_the_index_lacks_is_a_query_error_as_in_lunr()
    {
        var report = Run(EnglishPhrases(), ["speaker:\"silk road\""]);

        Assert.Equal("QueryParseError", report[0].GetProperty("single").GetProperty("error").GetString());
        Assert.Equal("QueryParseError", report[0].GetProperty("sharded").GetProperty("error").GetString());
    }

    private static IEnumerable<string> Refs(JsonElement results) =>
        results.ValueKind == JsonValueKind.Array
            ? results.EnumerateArray().Select(r => r.GetProperty("ref").GetString()!)
            : throw new Xunit.Sdk.XunitException("the query failed: " + results);

    // Every term common (pairs only), a mix, and no term common (the test corpora's default).
    private static readonly int[] PairedFromSettings = [1, 2, PhrasePositionsWriter.DefaultPairedFrom];

    // The queries' rows; the harness's last row, its warm-up's, is left out.
    private List<JsonElement> Run(TestCorpus corpus, IReadOnlyList<string> queries, int pairedFrom = PhrasePositionsWriter.DefaultPairedFrom) =>
        Rows(corpus, queries, pairedFrom).Where(r => r.GetProperty("query").GetString() != "(warm-up)").ToList();

    private List<JsonElement> Rows(TestCorpus corpus, IReadOnlyList<string> queries, int pairedFrom)
    {
        var index = corpus.BuildIndex(recordPositions: true);
        var folder = Path.Combine(Path.GetDirectoryName(node.WriteTempFile("marker", []))!, "phrases-" + Guid.NewGuid().ToString("N"));
        var written = PhrasePositionsWriter.Write(index, fileCount: 3, pairedFrom: pairedFrom);
        foreach (var file in ShardedIndexWriter.Write(index, shardCount: 3).Select(f => f with { RelativePath = "index/" + f.RelativePath }).Concat(written.Files))
        {
            var path = Path.Combine(folder, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content.ToArray());
        }

        var positions = node.WriteTempFile("positions.json", JsonSerializer.Serialize(new
        {
            format = PhrasePositionsWriter.Format, files = written.FileCount, pairedFrom, common = written.CommonTerms, hash = "fnv1a32-utf16", pattern = PhrasePositionsWriter.Folder + "{n}.bin",
        }));
        var full = node.WriteTempFile("full.json", LunrIndexJsonWriter.ToUtf8Bytes(index));
        var queryFile = node.WriteTempFile("queries.json", JsonSerializer.Serialize(queries));
        var sep = Path.DirectorySeparatorChar;
        return node.RunScriptJson("phrase-harness.js", full, folder + sep + "index" + sep, folder + sep, positions, queryFile).EnumerateArray().ToList();
    }
}
