using System.Text.Json;

namespace WuzhenSite.Search.Tests;

public sealed class TrimmerTests(NodeHarness node)
{
    [Theory]
    [InlineData("hello", "hello")]
    [InlineData("hello,", "hello")]
    [InlineData("(hello)", "hello")]
    [InlineData("\"it's\"", "it's")]
    [InlineData("__init__", "__init__")]
    [InlineData("3.14", "3.14")]
    [InlineData("café", "caf")]
    [InlineData("über", "ber")]
    [InlineData("!!!", "")]
    [InlineData("", "")]
    [InlineData("数字", "")]
    public void Strips_leading_and_trailing_non_word_characters(string token, string expected) =>
        Assert.Equal(expected, Trimmer.Trim(token));

    [Fact]
    public void Returns_the_same_instance_when_nothing_is_trimmed()
    {
        string token = "network";
        Assert.Same(token, Trimmer.Trim(token));
    }

    [Fact]
    public void Matches_lunr_trimmer_on_tricky_tokens()
    {
        string file = node.WriteTempFile("strings.json", JsonSerializer.Serialize(AnalysisSamples.Strings));
        var results = node.RunHarnessJson("analyze", file);
        for (int i = 0; i < AnalysisSamples.Strings.Length; i++)
        {
            var tokens = LunrTokenizer.Instance.Tokenize(AnalysisSamples.Strings[i]);
            var expected = results[i].GetProperty("trimmed").EnumerateArray().Select(e => e.GetString()).ToList();
            Assert.Equal(expected, tokens.Select(t => Trimmer.Trim(t.Text)));
        }
    }
}
