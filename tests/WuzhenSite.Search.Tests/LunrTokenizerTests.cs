using System.Text.Json;

namespace WuzhenSite.Search.Tests;

public sealed class LunrTokenizerTests(NodeHarness node)
{
    [Fact]
    public void Splits_on_whitespace_and_hyphens_and_lower_cases()
    {
        var tokens = LunrTokenizer.Instance.Tokenize("Hello  World-wide\tweb\u3000ＵＮＩ");
        Assert.Equal(["hello", "world", "wide", "web", "ｕｎｉ"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Records_position_and_index_metadata()
    {
        var tokens = LunrTokenizer.Instance.Tokenize("  foo--bar baz ");
        Assert.Equal(
            [new Token("foo", 2, 3, 0), new Token("bar", 7, 3, 1), new Token("baz", 11, 3, 2)],
            tokens);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("- -\n")]
    public void Gives_no_tokens_for_null_empty_or_separator_only_text(string? text) =>
        Assert.Empty(LunrTokenizer.Instance.Tokenize(text));

    [Fact]
    public void Keeps_punctuation_inside_tokens_like_lunr()
    {
        var tokens = LunrTokenizer.Instance.Tokenize("Hello, world! 3.14 a_b (x)");
        Assert.Equal(["hello,", "world!", "3.14", "a_b", "(x)"], tokens.Select(t => t.Text));
    }

    [Fact]
    public void Lower_cases_like_javascript_for_dotted_capital_i_and_final_sigma()
    {
        var tokens = LunrTokenizer.Instance.Tokenize("İstanbul ΟΔΟΣ ΣΑ");
        Assert.Equal(["i\u0307stanbul", "οδος", "σα"], tokens.Select(t => t.Text));
        Assert.Equal(9, tokens[0].Length);
    }

    [Fact]
    public void Matches_lunr_tokenizer_on_tricky_strings()
    {
        string?[] samples = AnalysisSamples.Strings;
        string file = node.WriteTempFile("strings.json", JsonSerializer.Serialize(samples));
        var results = node.RunHarnessJson("analyze", file);
        for (int i = 0; i < samples.Length; i++)
        {
            var expected = results[i].GetProperty("tokens").EnumerateArray()
                .Select((t, index) => new Token(
                    t.GetProperty("str").GetString()!,
                    t.GetProperty("position")[0].GetInt32(),
                    t.GetProperty("position")[1].GetInt32(),
                    t.GetProperty("index").GetInt32()))
                .ToList();
            Assert.Equal(expected, LunrTokenizer.Instance.Tokenize(samples[i]));
        }
    }
}

/// <summary>Strings that exercise lunr's tokenizer and pipeline edge cases.</summary>
internal static class AnalysisSamples
{
    public static readonly string?[] Strings =
    [
        null,
        "",
        "The quick brown fox jumps over the lazy dog",
        "Hello, World!!! (really) [yes] {no} \"quoted\" 'single' — dash – en; semi:colon",
        "co-operation e-commerce --double-- -leading trailing- a-b-c",
        "5G 3.14 1,000,000 -42 1e10 v2.3.9 007 $100 50%",
        "Café Naïve Résumé Über façade jalapeño Zürich ÅNGSTRÖM straße",
        "İstanbul ΟΔΟΣ ΣΟΦΟΣ Σ ΑΣ. Ǆemo ǅemo K Å ẞ ȺȾ 𐐀𐐁",
        "emoji😀 🎉 rocket🚀launch 👍 🇨🇳 ❤️",
        "tab\tnew\nline\rcr\u000Bvt\u000Cff\u0085nel\u00A0nbsp\u1680ogham\u2000en\u200Aha\u2028ls\u2029ps\u202Fn\u205Fm\u3000id\uFEFFbom\u200Bzw\u180Emvs",
        "the and of to in a an it is was were be been being able about",
        "running runs ran generously relational conditional connection hopeful goodness yellow yes",
        "___ _a_ __init__ a__b !!! ... — ？？ 中文",
        "constructor __proto__ toString hasOwnProperty valueOf",
        "数字丝绸之路 5G网络 Wuzhen乌镇",
    ];
}
