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
    public void Every_term_is_in_the_shard_its_hash_names_or_in_one_of_its_own_and_in_no_other()
    {
        var index = Index();
        var files = ShardedIndexWriter.Write(index, shardCount: 9, ownShardPostings: 200);

        using var manifest = JsonDocument.Parse(Content(files, "manifest.json"));
        Assert.Equal(9, manifest.RootElement.GetProperty("shards").GetInt32());
        Assert.Equal(index.Fields, manifest.RootElement.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        var own = manifest.RootElement.GetProperty("ownShards").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());
        Assert.NotEmpty(own);
        Assert.Equal(Enumerable.Range(9, own.Count), own.Values.Order());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int shard = 0; shard < 9 + own.Count; shard++)
        {
            foreach (var term in ShardReader.Read(Content(files, $"shards/{shard}.bin"), index.Fields.Count))
            {
                int postings = term.Fields.Sum(f => f.Documents.Length);
                Assert.Equal(shard, own.TryGetValue(term.Term, out int ownShard) ? ownShard : TermShards.Of(term.Term, 9));
                Assert.Equal(own.ContainsKey(term.Term), postings >= 200);
                Assert.True(seen.Add(term.Term));
            }
        }

        Assert.Equal(index.InvertedIndex.Count, seen.Count);
        Assert.DoesNotContain(files, f => f.RelativePath == "shards/" + (9 + own.Count) + ".bin");
    }

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void A_shard_holds_each_terms_documents_in_key_order_with_their_weights(bool base36Refs, bool? bytePlanes)
    {
        var index = TestCorpus.Generated(120, 40, base36Refs).BuildIndex();
        var files = ShardedIndexWriter.Write(index, shardCount: 4, bytePlanes: bytePlanes);

        // Key order: array-index refs first by value, then the others by position.
        var keyOrder = index.DocumentRefs.Select((r, p) => (Ref: r, Position: p))
            .OrderBy(d => uint.TryParse(d.Ref, out _) && (d.Ref == "0" || d.Ref[0] != '0') ? 0 : 1)
            .ThenBy(d => uint.TryParse(d.Ref, out uint n) && (d.Ref == "0" || d.Ref[0] != '0') ? n : 0)
            .ThenBy(d => d.Position)
            .Select(d => d.Position).ToList();
        var expected = new Dictionary<(int Term, int Field), List<(int Document, int Weight)>>();
        foreach (var vector in index.FieldVectors)
        {
            for (int i = 0; i < vector.TermIndexes.Length; i++)
            {
                var key = (vector.TermIndexes[i], vector.FieldIndex);
                if (!expected.TryGetValue(key, out var list))
                {
                    expected[key] = list = [];
                }

                list.Add((keyOrder.IndexOf(vector.DocumentIndex), vector.ScoreThousandths[i]));
            }
        }

        int terms = 0;
        for (int shard = 0; shard < 4; shard++)
        {
            foreach (var term in ShardReader.Read(Content(files, $"shards/{shard}.bin"), index.Fields.Count))
            {
                terms++;
                Assert.Equal(term.Term, index.InvertedIndex.GetByTermIndex(term.TermIndex).Term);
                for (int f = 0; f < index.Fields.Count; f++)
                {
                    var want = expected.TryGetValue((term.TermIndex, f), out var list) ? list.OrderBy(p => p.Document).ToList() : [];
                    Assert.Equal(want.Select(p => p.Document), term.Fields[f].Documents);
                    Assert.Equal(want.Select(p => p.Weight), term.Fields[f].Weights);
                }
            }
        }

        Assert.Equal(index.InvertedIndex.Count, terms);
    }

    [Fact]
    public void Weights_are_laid_out_as_whichever_compresses_smaller()
    {
        var index = TestCorpus.Generated(400, 60).BuildIndex();
        foreach (var file in ShardedIndexWriter.Write(index, shardCount: 2).Where(f => f.RelativePath.StartsWith("shards/", StringComparison.Ordinal)))
        {
            var other = ShardedIndexWriter.Write(index, shardCount: 2, bytePlanes: file.Content.Span[5] == 0).Single(f => f.RelativePath == file.RelativePath);
            Assert.True(Brotli(file.Content.Span) <= Brotli(other.Content.Span), file.RelativePath);
        }
    }

    private static int Brotli(ReadOnlySpan<byte> content)
    {
        var buffer = new byte[System.IO.Compression.BrotliEncoder.GetMaxCompressedLength(content.Length)];
        Assert.True(System.IO.Compression.BrotliEncoder.TryCompress(content, buffer, out int written, quality: 2, window: 22));
        return written;
    }

    [Fact]
    public void Weights_that_do_not_fit_sixteen_bits_are_written_in_thirty_two()
    {
        var documents = new[]
        {
            TestCorpus.Doc("a", "silk road", "amber fjord", boost: -2),
            TestCorpus.Doc("b", "silk", "road", boost: 1),
        };
        var index = new TestCorpus(TextAnalysis.English, [new SearchField("title"), new SearchField("body")], documents).BuildIndex();
        var file = Content(ShardedIndexWriter.Write(index, shardCount: 1), "shards/0.bin");

        Assert.Equal(4, file.Span[4]);
        var silk = ShardReader.Read(file, 2).Single(t => t.Term == "silk");
        Assert.Contains(silk.Fields[0].Weights, w => w < 0);
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

    private static ReadOnlyMemory<byte> Content(IReadOnlyList<IndexFile> files, string path) => files.Single(f => f.RelativePath == path).Content;

    [Theory]
    [InlineData("silk", 1, 0)]
    [InlineData("", 7, 2166136261u % 7)]
    public void Term_shards_are_fnv1a_over_utf16(string term, int count, uint expected) => Assert.Equal((int)expected, TermShards.Of(term, count));
}
