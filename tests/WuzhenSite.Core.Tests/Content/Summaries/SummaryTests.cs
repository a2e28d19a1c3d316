using WuzhenSite.Content.Markdown;
using WuzhenSite.Content.Summaries;

namespace WuzhenSite.Core.Tests.Content.Summaries;

public sealed class SummaryTests
{
    private static readonly MarkdownRenderer Markdown = new(allowRawHtml: true);

    [Fact]
    public void The_default_summary_is_the_first_paragraph_without_markup()
    {
        var document = Markdown.Parse("## Heading\n\nThe **summit** opened in [Wuzhen](/en/).[^1]\n\nSecond.\n\n[^1]: Note.");

        Assert.Equal("The summit opened in Wuzhen.", SummaryExtractor.FromFirstParagraph(document));
    }

    [Fact]
    public void A_transcript_speaker_label_is_not_taken_as_the_summary()
    {
        var document = Markdown.Parse("Hu Kaihong:\n\nGood afternoon, and welcome.");

        Assert.Equal("Good afternoon, and welcome.", SummaryExtractor.FromFirstParagraph(document));
    }

    [Fact]
    public void Long_english_text_is_cut_at_a_word_boundary()
    {
        var text = string.Join(' ', Enumerable.Repeat("conference", 60));

        var summary = SummaryCutter.Cut(text);

        Assert.EndsWith("conference…", summary);
        Assert.True(summary.Length <= SummaryCutter.MaxLatinLength + 1);
    }

    [Fact]
    public void Long_chinese_text_is_cut_at_a_character_preferably_after_punctuation()
    {
        var text = string.Concat(Enumerable.Repeat("世界互联网大会在乌镇举行，", 20));

        var summary = SummaryCutter.Cut(text);

        Assert.True(summary.Length <= SummaryCutter.MaxCjkLength + 1);
        Assert.EndsWith("…", summary);
        Assert.DoesNotContain(" ", summary);
    }

    [Fact]
    public void Short_text_is_kept_whole()
    {
        Assert.Equal("Short text.", SummaryCutter.Cut("  Short\n text. "));
    }

    [Theory]
    [InlineData(220, 1)]
    [InlineData(221, 2)]
    [InlineData(660, 3)]
    public void Reading_time_counts_words(int words, int minutes)
    {
        Assert.Equal(minutes, ReadingTime.Minutes(string.Join(' ', Enumerable.Repeat("word", words)), 220, 400));
    }

    [Fact]
    public void Reading_time_counts_chinese_characters_not_spaces()
    {
        Assert.Equal(3, ReadingTime.Minutes(new string('字', 1000), 220, 400));
    }
}
