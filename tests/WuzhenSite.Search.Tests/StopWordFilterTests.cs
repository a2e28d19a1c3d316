using System.Text.Json;

namespace WuzhenSite.Search.Tests;

public sealed class StopWordFilterTests(NodeHarness node)
{
    [Theory]
    [InlineData("the")]
    [InlineData("a")]
    [InlineData("twas")]
    [InlineData("your")]
    public void Drops_english_stop_words(string word) => Assert.True(StopWordFilter.IsStopWord(word));

    [Theory]
    [InlineData("The")]
    [InlineData("network")]
    [InlineData("")]
    [InlineData("constructor")]
    [InlineData("being")]
    public void Keeps_other_words_and_compares_case_sensitively(string word) => Assert.False(StopWordFilter.IsStopWord(word));

    [Fact]
    public void Has_lunrs_119_stop_words()
    {
        Assert.Equal(119, StopWordFilter.EnglishStopWords.Count);
        Assert.Equal(StopWordFilter.EnglishStopWords.Count, StopWordFilter.EnglishStopWords.Distinct().Count());
    }

    [Fact]
    public void Agrees_with_lunr_stop_word_filter()
    {
        // Every stop word, and a few near misses, must be judged as lunr.stopWordFilter judges them.
        string?[] samples =
        [
            string.Join(' ', StopWordFilter.EnglishStopWords),
            "being able-bodied thee they're twas' toString __proto__ constructor an: The",
        ];
        string file = node.WriteTempFile("strings.json", JsonSerializer.Serialize(samples));
        var results = node.RunHarnessJson("analyze", file);
        for (int i = 0; i < samples.Length; i++)
        {
            var tokens = LunrTokenizer.Instance.Tokenize(samples[i]);
            var kept = results[i].GetProperty("stopped").EnumerateArray().Select(e => e.GetBoolean()).ToList();
            Assert.Equal(kept, tokens.Select(t => !StopWordFilter.IsStopWord(t.Text)));
        }
    }
}
