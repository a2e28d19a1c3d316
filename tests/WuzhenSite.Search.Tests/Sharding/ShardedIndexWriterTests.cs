using System.Text.Json;

namespace WuzhenSite.Search.Tests.Sharding;

public sealed class ShardedIndexWriterTests
{
    private static LunrIndex Index() => TestCorpus.Generated(300, 50).BuildIndex();

    [Fact]
    public void The_same_index_gives_the_same_files()
    {
        var first = ShardedIndexWriter.Write(Index());
        var second = ShardedIndexWriter.Write(Index());

        Assert.Equal(first.Select(f => f.RelativePath), second.Select(f => f.RelativePath));
        Assert.All(first.Zip(second), pair => Assert.True(pair.First.Content.Span.SequenceEqual(pair.Second.Content.Span), pair.First.RelativePath));
    }

    [Fact]
    public void Every_term_is_in_the_shard_its_hash_names_and_in_no_other()
    {
        var index = Index();
        var files = ShardedIndexWriter.Write(index, shardCount: 9);

        using var manifest = JsonDocument.Parse(files.Single(f => f.RelativePath == "manifest.json").Content);
        Assert.Equal(9, manifest.RootElement.GetProperty("shards").GetInt32());
        Assert.Equal(index.Fields, manifest.RootElement.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int shard = 0; shard < 9; shard++)
        {
            using var json = JsonDocument.Parse(files.Single(f => f.RelativePath == $"shards/{shard}.json").Content);
            foreach (var term in json.RootElement.EnumerateObject())
            {
                Assert.Equal(shard, TermShards.Of(term.Name, 9));
                Assert.True(seen.Add(term.Name));
                Assert.Equal(index.Fields.Count + 1, term.Value.GetArrayLength());
            }
        }

        Assert.Equal(index.InvertedIndex.Count, seen.Count);
    }

    [Fact]
    public void The_size_estimate_is_close_to_the_real_json()
    {
        foreach (var index in new[] { Index(), TestCorpus.Cjk().BuildIndex(), TestCorpus.English().BuildIndex() })
        {
            double actual = LunrIndexJsonWriter.ToUtf8Bytes(index).Length;
            double estimate = IndexSize.EstimateJsonBytes(index);
            Assert.InRange(estimate / actual, 0.75, 1.35);
        }
    }

    [Theory]
    [InlineData("silk", 1, 0)]
    [InlineData("", 7, 2166136261u % 7)]
    public void Term_shards_are_fnv1a_over_utf16(string term, int count, uint expected) => Assert.Equal((int)expected, TermShards.Of(term, count));
}
