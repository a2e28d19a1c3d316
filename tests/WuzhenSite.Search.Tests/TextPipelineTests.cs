using System.Text.Json;

namespace WuzhenSite.Search.Tests;

public sealed class TextPipelineTests(NodeHarness node)
{
    [Fact]
    public void Serialises_lunrs_labels()
    {
        Assert.Equal(["trimmer", "stopWordFilter", "stemmer"], TextPipeline.LunrIndex.Labels);
        Assert.Equal(["stemmer"], TextPipeline.LunrSearch.Labels);
        Assert.Equal(["cjkBigrams", "stemmer"], TextPipeline.CjkAwareSearch.Labels);
    }

    [Fact]
    public void Index_pipeline_trims_drops_stop_words_and_stems()
    {
        var tokens = LunrTokenizer.Instance.Tokenize("The running (networks) of !!! generously");
        var terms = TextPipeline.LunrIndex.Run(tokens).Select(t => t.Text);
        Assert.Equal(["run", "network", "", "gener"], terms);
    }

    [Fact]
    public void Search_pipeline_only_stems()
    {
        Assert.Equal(["run"], TextPipeline.LunrSearch.RunString("running"));
        Assert.Equal(["the"], TextPipeline.LunrSearch.RunString("the"));
    }

    [Fact]
    public void Cjk_aware_index_pipeline_passes_bigrams_through_untrimmed()
    {
        var tokens = CjkTokenizer.Instance.Tokenize("数字丝绸之路 Running 5G网络 the");
        var terms = TextPipeline.CjkAwareIndex.Run(tokens).Select(t => t.Text);
        Assert.Equal(["数字", "字丝", "丝绸", "绸之", "之路", "run", "5g", "网络"], terms);
    }

    [Fact]
    public void Cjk_aware_search_pipeline_splits_query_terms_into_bigrams()
    {
        Assert.Equal(["数字", "字丝", "丝绸", "绸之", "之路"], TextPipeline.CjkAwareSearch.RunString("数字丝绸之路"));
        Assert.Equal(["5g", "网络"], TextPipeline.CjkAwareSearch.RunString("5g网络"));
        Assert.Equal(["run"], TextPipeline.CjkAwareSearch.RunString("running"));
    }

    [Fact]
    public void Cjk_bigrams_function_reports_positions_inside_the_original_token()
    {
        var tokens = TextPipeline.CjkAwareSearch.Run([new Token("ai人工智能", 10, 6, 0)]);
        Assert.Equal(
            [
                new Token("ai", 10, 2, 0, TokenKind.Word),
                new Token("人工", 12, 2, 0, TokenKind.Cjk),
                new Token("工智", 13, 2, 0, TokenKind.Cjk),
                new Token("智能", 14, 2, 0, TokenKind.Cjk),
            ],
            tokens);
    }

    [Fact]
    public void Matches_lunrs_default_index_pipeline()
    {
        string file = node.WriteTempFile("strings.json", JsonSerializer.Serialize(AnalysisSamples.Strings));
        var results = node.RunHarnessJson("analyze", file);
        for (int i = 0; i < AnalysisSamples.Strings.Length; i++)
        {
            var expected = results[i].GetProperty("terms").EnumerateArray().Select(e => e.GetString()).ToList();
            var tokens = LunrTokenizer.Instance.Tokenize(AnalysisSamples.Strings[i]);
            Assert.Equal(expected, TextPipeline.LunrIndex.Run(tokens).Select(t => t.Text));
        }
    }
}
