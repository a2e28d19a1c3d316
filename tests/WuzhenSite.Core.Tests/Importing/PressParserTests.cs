using WuzhenSite.Importing;
using WuzhenSite.Importing.Parsing;
using WuzhenSite.Importing.Sources;

namespace WuzhenSite.Core.Tests.Importing;

/// <summary>The rules of the parser one at a time, on short texts of our own.</summary>
public sealed class PressParserTests
{
    private static ImportResult Parse(string text, ImportKind? kind = null) => PressParser.Parse(TextSource.Read(text), kind);

    [Fact]
    public void A_byline_label_on_its_own_line_is_a_byline_with_the_name_below_it_not_a_turn()
    {
        var result = Parse("Harbour briefing\n\nLin Qiaoyu:\n\nWelcome.\n\nTao Wenbin:\n\nThank you.\n\nWritten by:\nXu Meifen\nSource:\nFixture Press Office\n");

        Assert.Equal(["Lin Qiaoyu", "Tao Wenbin"], result.Document.Turns.Select(t => t.Label));
        Assert.Equal("Xu Meifen", result.Document.Author);
        Assert.Equal("Fixture Press Office", result.Document.Source);
        Assert.Equal(["Thank you."], result.Document.Turns[1].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_bold_byline_in_a_word_file_is_a_byline_not_a_turn()
    {
        SourceLine[] lines =
        [
            new(1, "Harbour briefing", IsMainHeading: true),
            new(2, "Welcome.", "Lin Qiaoyu"),
            new(3, "Thank you.", "Tao Wenbin"),
            new(4, "Xu Meifen", "Written by"),
            new(5, "Fixture Press Office", "Source"),
        ];

        var document = PressParser.Parse(lines).Document;

        Assert.Equal(["Lin Qiaoyu", "Tao Wenbin"], document.Turns.Select(t => t.Label));
        Assert.Equal(["Thank you."], document.Turns[1].Paragraphs.Select(p => p.Text));
        Assert.Equal("Xu Meifen", document.Author);
        Assert.Equal("Fixture Press Office", document.Source);
    }

    [Fact]
    public void A_full_width_colon_starts_a_chinese_turn_and_chinese_participants_and_bylines_are_read()
    {
        var result = Parse("港口展馆简报会\n\n林巧玉，港口展馆办公室总规划师\n\n陶文彬，运河传感网络主任\n\n2019年10月18日\n\n林巧玉：\n\n欢迎各位。\n\n陶文彬：\n\n谢谢。\n\n责任编辑：许美芬\n");
        var document = result.Document;

        Assert.Equal(ImportKind.Transcript, document.Kind);
        Assert.Equal(new DateOnly(2019, 10, 18), document.Date);
        Assert.Equal(["林巧玉", "陶文彬"], document.Speakers.Select(s => s.Name));
        Assert.Equal("港口展馆办公室总规划师", document.Speakers[0].Role);
        Assert.Equal(["林巧玉", "陶文彬"], document.Turns.Select(t => t.Label));
        Assert.All(document.Turns, t => Assert.True(t.IsListedSpeaker));
        Assert.Equal("许美芬", document.Editor);
    }

    [Fact]
    public void A_label_with_an_honorific_or_a_name_then_text_on_one_line_is_matched_to_the_listed_speaker()
    {
        var result = Parse("Harbour briefing\n\nMs. Lin Qiaoyu, chief planner\n\nMr. Tao Wenbin, director of the sensor network\n\nMs. Lin Qiaoyu:\n\nWelcome.\n\nTao Wenbin: Thank you, and good morning.\n\nReporter:\n\nHow many sensors?\n");
        var turns = result.Document.Turns;

        Assert.Equal(["Lin Qiaoyu", "Tao Wenbin", "Reporter"], turns.Select(t => t.Label));
        Assert.Equal([true, true, false], turns.Select(t => t.IsListedSpeaker));
        Assert.Equal("Thank you, and good morning.", Assert.Single(turns[1].Paragraphs).Text);
        Assert.Contains(result.Notes, n => n.Message.Contains("Reporter (not a listed speaker", StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_a_letter_away_from_a_listed_speaker_is_kept_as_written_with_a_warning()
    {
        var result = Parse("Harbour briefing\n\nMs. Lin Qiaoyu, chief planner\n\nLin Qiaoyu:\n\nWelcome.\n\nLin Qiayu:\n\nThank you.\n");

        Assert.Equal(["Lin Qiaoyu", "Lin Qiayu"], result.Document.Turns.Select(t => t.Label));
        Assert.Contains(result.Notes, n => n is { Line: 9, Action: ImportAction.Warning } && n.Message.Contains("\"Lin Qiaoyu\"", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sentence_ending_in_a_colon_stays_in_the_turn()
    {
        var result = Parse("Harbour briefing\n\nLin Qiaoyu:\n\nThe plan has three parts, and here they are:\n\nFirst, the stations.\n\nTao Wenbin:\n\nThank you.\n");

        Assert.Equal(["Lin Qiaoyu", "Tao Wenbin"], result.Document.Turns.Select(t => t.Label));
        Assert.Equal(["The plan has three parts, and here they are:", "First, the stations."], result.Document.Turns[0].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_dateline_gives_the_date_when_no_line_holds_only_a_date()
    {
        var result = Parse("Harbour pavilion opens\n\nWuzhen, Oct. 19, 2019: The harbour pavilion opened to visitors this morning.\n\nIt holds a map of the canals.\n");

        Assert.Equal(new DateOnly(2019, 10, 19), result.Document.Date);
        Assert.Contains(result.Notes, n => n is { Line: 3, Action: ImportAction.Mapped } && n.Message.Contains("dateline", StringComparison.Ordinal));
        Assert.Empty(result.Document.Speakers);
    }

    [Fact]
    public void Without_a_date_line_the_updated_stamp_is_not_taken_for_the_date()
    {
        var result = Parse("Harbour pavilion opens\n\nUpdated: October 20, 2019\n\nThe harbour pavilion opened to visitors this morning.\n");

        Assert.Null(result.Document.Date);
        Assert.Contains(result.Notes, n => n is { Line: 3, Action: ImportAction.Dropped });
    }

    [Fact]
    public void A_dateline_is_no_participant_and_a_credit_in_parentheses_is_a_photo_credit()
    {
        var result = Parse("Harbour briefing\n\nBeijing, Oct. 18, 2019\n\nThe pavilion at dusk. (Photo: Zhou Min)\n\nLin Qiaoyu:\n\nWelcome.\n\nTao Wenbin:\n\nThank you.\n");

        Assert.Empty(result.Document.Speakers);
        Assert.Equal("The pavilion at dusk.", result.Document.ImageCaption);
        Assert.Equal("Photo: Zhou Min", result.Document.ImageCredit);
    }

    [Theory]
    [InlineData("Zhang Wei, a reporter from the Fixture Daily, asked about the budget.")]
    [InlineData("Wuzhen, Oct. 18, 2019")]
    [InlineData("Beijing, the capital, hosted the briefing")]
    [InlineData("今天，我们举行发布会")]
    [InlineData("林巧玉，港口展馆办公室总规划师，负责展馆设计")]
    public void A_sentence_before_the_first_turn_is_no_participant(string line)
    {
        var result = Parse($"Harbour briefing\n\n{line}\n\nLin Qiaoyu:\n\nWelcome.\n\nTao Wenbin:\n\nThank you.\n");

        Assert.Empty(result.Document.Speakers);
    }

    [Fact]
    public void A_first_line_that_is_a_paragraph_is_taken_for_the_title_with_a_warning()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("The harbour pavilion opened to visitors this morning.", 4));

        var result = Parse($"{paragraph}\n\nOct. 19, 2019\n\nMore text.\n");

        Assert.Contains(result.Notes, n => n is { Line: 1, Action: ImportAction.Warning } && n.Message.Contains("title", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Home > News > Briefings")]
    [InlineData("Home» News» Focus»")]
    [InlineData("首页 > 新闻")]
    public void Navigation_crumbs_are_dropped(string crumbs)
    {
        var result = Parse($"{crumbs}\n\nHarbour pavilion opens\n\nOct. 19, 2019\n\nThe pavilion opened.\n");

        Assert.Equal("Harbour pavilion opens", result.Document.Title);
        Assert.Equal(ImportAction.Dropped, result.Notes[0].Action);
    }

    [Theory]
    [InlineData("1  2  >")]
    [InlineData("< Previous 1 2 3 Next >")]
    [InlineData("上一页 1 2 下一页")]
    public void Page_numbers_are_dropped(string pages)
    {
        var result = Parse($"Harbour pavilion opens\n\nOct. 19, 2019\n\nThe pavilion opened.\n\n{pages}\n");

        Assert.Equal(["The pavilion opened."], result.Document.Introduction.Select(p => p.Text));
        Assert.Contains(result.Notes, n => n is { Line: 7, Action: ImportAction.Dropped });
    }
}
