using System.Text.Json;

namespace WuzhenSite.Search.Tests;

public sealed class CjkTokenizerTests(NodeHarness node)
{
    private static readonly string[] MixedStrings =
    [
        "数字丝绸之路",
        "5G网络",
        "Wuzhen乌镇",
        "未成年人网络保护",
        "共建数字丝绸之路，推动网络空间命运共同体。",
        "AI人工智能、IoT物联网；「引号」《书名》——破折号…省略号",
        "東京のデジタル・ガバナンス ひらがな カタカナー",
        "한국어 검색 디지털실크로드",
        "网",
        "单 字 测 试",
        "Digital Silk Road (数字丝绸之路) 2024-11-20",
        "mixed中English文text",
        "(5G网络)",
        "〇々〆 ゠・ 〜",
        "𠀀𠀁 古字 𪚥",
        "ＡＢＣ全角ＡＢＣ ｶﾀｶﾅ ﾊﾝｶｸ",
        "Café乌镇Über İstanbul",
        "emoji😀中文🎉",
        "",
        "   ",
        "The quick brown fox",
        "a-b 乌-镇 乌镇-峰会",
    ];

    [Theory]
    [InlineData("数字丝绸之路", new[] { "数字", "字丝", "丝绸", "绸之", "之路" })]
    [InlineData("5G网络", new[] { "5g", "网络" })]
    [InlineData("Wuzhen乌镇", new[] { "wuzhen", "乌镇" })]
    [InlineData("网", new[] { "网" })]
    [InlineData("未成年人", new[] { "未成", "成年", "年人" })]
    [InlineData("乌镇，峰会。", new[] { "乌镇", "峰会" })]
    [InlineData("mixed中English文text", new[] { "mixed", "中", "english", "文", "text" })]
    [InlineData("Hello, World!", new[] { "hello,", "world!" })]
    [InlineData("ひらがなカタカナ", new[] { "ひら", "らが", "がな", "なカ", "カタ", "タカ", "カナ" })]
    [InlineData("한국어", new[] { "한국", "국어" })]
    public void Splits_cjk_runs_into_bigrams_and_keeps_other_text_as_lunr_does(string text, string[] expected) =>
        Assert.Equal(expected, CjkTokenizer.Instance.Tokenize(text).Select(t => t.Text));

    [Fact]
    public void Marks_bigrams_as_cjk_and_records_positions()
    {
        var tokens = CjkTokenizer.Instance.Tokenize("5G网络 乌镇");
        Assert.Equal(
            [
                new Token("5g", 0, 2, 0, TokenKind.Word),
                new Token("网络", 2, 2, 1, TokenKind.Cjk),
                new Token("乌镇", 5, 2, 2, TokenKind.Cjk),
            ],
            tokens);
    }

    [Fact]
    public void Treats_surrogate_pair_ideographs_as_single_characters()
    {
        var tokens = CjkTokenizer.Instance.Tokenize("𠀀𠀁𠀂");
        Assert.Equal(["𠀀𠀁", "𠀁𠀂"], tokens.Select(t => t.Text));
        Assert.Equal(4, tokens[0].Length);
    }

    [Fact]
    public void Tokenizes_text_without_cjk_exactly_like_lunr()
    {
        foreach (string? text in AnalysisSamples.Strings)
        {
            if (text is null || text.Any(c => CjkTokenizer.IsCjk(c)))
            {
                continue;
            }

            Assert.Equal(LunrTokenizer.Instance.Tokenize(text), CjkTokenizer.Instance.Tokenize(text));
        }
    }

    [Theory]
    [InlineData('中', true)]
    [InlineData('あ', true)]
    [InlineData('ア', true)]
    [InlineData('한', true)]
    [InlineData('ー', true)]
    [InlineData('，', false)]
    [InlineData('。', false)]
    [InlineData('、', false)]
    [InlineData('「', false)]
    [InlineData('・', false)]
    [InlineData('Ａ', false)]
    [InlineData('a', false)]
    public void Classifies_cjk_characters_and_excludes_cjk_punctuation(char c, bool expected) =>
        Assert.Equal(expected, CjkTokenizer.IsCjk(c));

    [Fact]
    public void Matches_the_browser_lunr_cjk_tokenizer()
    {
        string?[] samples = [.. MixedStrings, .. AnalysisSamples.Strings];
        string file = node.WriteTempFile("strings.json", JsonSerializer.Serialize(samples));
        var results = node.RunHarnessJson("tokenize-cjk", file);
        for (int i = 0; i < samples.Length; i++)
        {
            var expected = results[i].EnumerateArray()
                .Select(t => new Token(
                    t.GetProperty("str").GetString()!,
                    t.GetProperty("start").GetInt32(),
                    t.GetProperty("length").GetInt32(),
                    t.GetProperty("index").GetInt32(),
                    t.GetProperty("cjk").GetBoolean() ? TokenKind.Cjk : TokenKind.Word))
                .ToList();
            Assert.Equal(expected, CjkTokenizer.Instance.Tokenize(samples[i]));
        }
    }

    [Fact]
    public void Matches_the_browser_tokenizer_on_every_bmp_character_next_to_han()
    {
        // Each string puts a run of BMP characters between Han characters, so every code unit's
        // CJK classification (and the \w test for non-CJK parts) is compared with lunr-cjk.js.
        var samples = new List<string>();
        for (int start = 0x20; start < 0x10000; start += 64)
        {
            var chars = new List<char> { '中' };
            for (int c = start; c < Math.Min(start + 64, 0x10000); c++)
            {
                if (char.IsSurrogate((char)c))
                {
                    continue;
                }

                chars.Add((char)c);
                chars.Add('文');
            }

            samples.Add(new string([.. chars]));
        }

        string file = node.WriteTempFile("bmp.json", JsonSerializer.Serialize(samples));
        var results = node.RunHarnessJson("tokenize-cjk", file);
        for (int i = 0; i < samples.Count; i++)
        {
            var expected = results[i].EnumerateArray().Select(t => t.GetProperty("str").GetString()).ToList();
            Assert.Equal(expected, CjkTokenizer.Instance.Tokenize(samples[i]).Select(t => t.Text));
        }
    }
}
