using WuzhenSite.Importing;
using WuzhenSite.Importing.Parsing;
using WuzhenSite.Importing.Sources;

namespace WuzhenSite.Core.Tests.Importing;

/// <summary>The two seed files, as a press office sent them, map to the content contract.</summary>
public sealed class PressParserSeedTests
{
    private static ImportResult Briefing() => PressParser.Parse(TextSource.Read(File.ReadAllText(SeedFiles.Briefing)));

    private static ImportResult Article() => PressParser.Parse(TextSource.Read(File.ReadAllText(SeedFiles.Article)));

    [Fact]
    public void The_briefing_is_guessed_a_transcript_with_its_title_and_event_date_not_the_pages_updated_date()
    {
        var document = Briefing().Document;

        Assert.Equal(ImportKind.Transcript, document.Kind);
        Assert.Equal("SCIO briefing on 4th World Internet Conference", document.Title);
        Assert.Equal(new DateOnly(2017, 11, 16), document.Date);
    }

    [Fact]
    public void The_briefings_four_participants_keep_their_roles_and_lose_their_honorifics()
    {
        var speakers = Briefing().Document.Speakers;

        Assert.Equal(["Ren Xianliang", "Ge Huijun", "Sheng Yongjun", "Hu Kaihong"], speakers.Select(s => s.Name));
        Assert.Equal("vice minister of the Cyberspace Administration of China", speakers[0].Role);
        Assert.StartsWith("member of the Standing Committee of the Zhejiang Provincial Committee", speakers[1].Role);
        Assert.EndsWith("head of the Publicity Department of the CPC Zhejiang Provincial Committee", speakers[1].Role);
        Assert.Equal("Secretary of the CPC Tongxiang Municipal Committee in Zhejiang Province", speakers[2].Role);
        Assert.Equal("spokesperson of the State Council Information Office of China", speakers[3].Role);
        Assert.Equal([9, 11, 13, 15], speakers.Select(s => s.Line));
    }

    [Fact]
    public void The_briefings_five_turns_come_in_order_each_naming_a_listed_speaker()
    {
        var turns = Briefing().Document.Turns;

        Assert.Equal(["Hu Kaihong", "Ren Xianliang", "Hu Kaihong", "Ge Huijun", "Hu Kaihong"], turns.Select(t => t.Label));
        Assert.Equal([21, 25, 43, 47, 61], turns.Select(t => t.Line));
        Assert.All(turns, t => Assert.True(t.IsListedSpeaker));
        Assert.Equal(8, turns[1].Paragraphs.Length);
        Assert.StartsWith("Thank you, Mr. Ren.", turns[2].Paragraphs[0].Text);
        Assert.StartsWith("Now, let's move on to the question-and-answer session.", Assert.Single(turns[4].Paragraphs).Text);
    }

    [Fact]
    public void The_briefings_photo_caption_and_credit_leave_the_body()
    {
        var result = Briefing();
        var document = result.Document;

        Assert.StartsWith("The State Council Information Office of China holds a press conference", document.ImageCaption);
        Assert.EndsWith("east China's Zhejiang Province.", document.ImageCaption);
        Assert.Equal("Photo by Yuan Shaoda/China SCIO", document.ImageCredit);
        Assert.DoesNotContain(document.Introduction.Concat(document.Turns.SelectMany(t => t.Paragraphs)), p => p.Text.Contains("Yuan Shaoda", StringComparison.Ordinal));
    }

    [Fact]
    public void The_briefings_crumbs_updated_stamp_and_page_numbers_are_dropped_and_reported_with_their_lines()
    {
        var result = Briefing();
        var dropped = result.Notes.Where(n => n.Action == ImportAction.Dropped).ToList();

        Assert.Equal([1, 7, 65], dropped.Select(n => n.Line));
        Assert.Contains("navigation crumbs", dropped[0].Message);
        Assert.Contains("Updated: November 17, 2017", dropped[1].Message);
        Assert.Contains("page numbers", dropped[2].Message);
        var body = result.Document.Introduction.Concat(result.Document.Turns.SelectMany(t => t.Paragraphs)).Select(p => p.Text).ToList();
        Assert.DoesNotContain(body, t => t.Contains("Home >", StringComparison.Ordinal) || t.Contains("Updated", StringComparison.Ordinal) || t.StartsWith("1 ", StringComparison.Ordinal));
        Assert.Equal(["A press conference was held Thursday afternoon to introduce the preparatory work of the Fourth World Internet Conference."],
            result.Document.Introduction.Select(p => p.Text));
    }

    [Fact]
    public void The_site_name_glued_to_the_updated_stamp_becomes_the_source()
    {
        var result = Briefing();

        Assert.Equal("China.org.cn", result.Document.Source);
        Assert.Contains(result.Notes, n => n is { Line: 7, Action: ImportAction.Mapped } && n.Message.Contains("China.org.cn", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_mapped_line_of_the_briefing_is_reported_with_its_line()
    {
        var mapped = Briefing().Notes.Where(n => n.Action == ImportAction.Mapped).Select(n => n.Line).ToList();

        Assert.Equal([3, 7, 9, 11, 13, 15, 17, 19, 21, 25, 43, 47, 61], mapped);
        Assert.DoesNotContain(Briefing().Notes, n => n.Action == ImportAction.Warning);
    }

    [Fact]
    public void The_article_is_guessed_an_article_with_its_title_date_and_byline()
    {
        var document = Article().Document;

        Assert.Equal(ImportKind.Article, document.Kind);
        Assert.Equal("CAC and PKU jointly host 2021 World Internet Conference Wuzhen Summit sub-forum", document.Title);
        Assert.Equal(new DateOnly(2021, 10, 14), document.Date);
        Assert.Equal("Meg Wee Siow Mun", document.Author);
        Assert.Equal("June Tan Rui Min", document.Editor);
        Assert.Equal("PKU News (Chinese)", document.Source);
        Assert.Empty(document.Speakers);
        Assert.Empty(document.Turns);
    }

    [Fact]
    public void The_articles_crumbs_are_dropped_its_byline_leaves_the_body_and_its_section_titles_become_headings()
    {
        var result = Article();
        var body = result.Document.Introduction;

        Assert.Equal([1], result.Notes.Where(n => n.Action == ImportAction.Dropped).Select(n => n.Line));
        Assert.StartsWith("Peking University, October 14, 2021:", body[0].Text);
        Assert.Equal(["Wang Bo’s Keynote Speech", "Dialogue Session"], body.Where(p => p.IsHeading).Select(p => p.Text));
        Assert.Equal(8, body.Length);
        Assert.DoesNotContain(body, p => p.Text.Contains("Written by", StringComparison.Ordinal) || p.Text.StartsWith("Source", StringComparison.Ordinal));
        Assert.Equal([22, 23, 24], result.Notes.Where(n => n.Message.StartsWith("author", StringComparison.Ordinal) || n.Message.StartsWith("editor", StringComparison.Ordinal) || n.Message.StartsWith("source", StringComparison.Ordinal)).Select(n => n.Line));
    }

    [Fact]
    public void Forcing_the_briefing_to_be_an_article_keeps_its_labels_as_text()
    {
        var document = PressParser.Parse(TextSource.Read(File.ReadAllText(SeedFiles.Briefing)), ImportKind.Article).Document;

        Assert.Equal(ImportKind.Article, document.Kind);
        Assert.Empty(document.Turns);
        Assert.Empty(document.Speakers);
        Assert.Contains(document.Introduction, p => p.Text == "Hu Kaihong:");
    }
}
