using WuzhenSite.Content;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Content.Markdown;
using WuzhenSite.Content.Transcripts;

namespace WuzhenSite.Core.Tests.Content.Transcripts;

public sealed class RenderTranscriptsTests
{
    private static readonly RenderTranscripts Renderer = new(new MarkdownRenderer(allowRawHtml: true), 220, 400);

    private static readonly ContentPage[] Profiles =
    [
        TestPages.Profile(ContentKind.SpeakerProfile, "ren-xianliang", "Ren Xianliang", "en", "任贤良", "Mr. Ren"),
    ];

    /// <summary>A transcript page at transcripts/briefing.md whose body starts on line 8.</summary>
    internal static ContentPage Transcript(string body, params SpeakerReference[] speakers) => new()
    {
        Kind = ContentKind.Transcript,
        SourcePath = "transcripts/briefing.md",
        Language = "en",
        TranslationKey = "transcript:briefing",
        Slug = "briefing",
        Url = "/en/transcripts/briefing/",
        Body = body,
        BodyStartLine = 8,
        Meta = FrontMatterData.Empty with { Title = "Briefing", Speakers = [.. speakers] },
    };

    [Fact]
    public void Labels_naming_listed_speakers_or_profile_spellings_link_to_the_speaker()
    {
        var page = Transcript("Lin Qiaoyu:\n\nHello.\n\nMr. Ren:\n\nThanks.\n\nChina Daily:\n\nA question.\n",
            new SpeakerReference("Lin Qiaoyu", "Chief planner", 3));

        var (rendered, warnings) = Renderer.Render(page, Profiles);

        Assert.Empty(warnings);
        Assert.Equal(["lin-qiaoyu", "ren-xianliang", null], rendered.Transcript!.Turns.Select(t => t.SpeakerSlug));
        Assert.Equal("Chief planner", rendered.Transcript.Turns[0].Role);
    }

    [Fact]
    public void Anchors_number_each_speaker_s_turns_and_survive_edits_to_the_text()
    {
        const string before = "Ren Xianliang:\n\nFirst answer.\n\nReporter:\n\nQ?\n\nRen Xianliang:\n\nSecond answer.\n";
        const string after = "Ren Xianliang:\n\nFirst answer, now much longer and reworded.\n\nReporter:\n\nA different question?\n\nRen Xianliang:\n\nSecond.\n";

        var ids = Renderer.Render(Transcript(before), Profiles).Page.Transcript!.Turns.Select(t => t.Id).ToList();
        var editedIds = Renderer.Render(Transcript(after), Profiles).Page.Transcript!.Turns.Select(t => t.Id).ToList();

        Assert.Equal(["ren-xianliang-1", "reporter-1", "ren-xianliang-2"], ids);
        Assert.Equal(ids, editedIds);
    }

    [Fact]
    public void Only_a_speaker_s_first_turn_is_marked_first_appearance()
    {
        var turns = Renderer.Render(Transcript("Ren Xianliang:\n\nA.\n\nRen Xianliang:\n\nB.\n"), Profiles).Page.Transcript!.Turns;

        Assert.Equal([true, false], turns.Select(t => t.FirstAppearance));
    }

    [Fact]
    public void A_label_a_small_edit_from_a_known_name_warns_with_file_line_and_the_likely_name()
    {
        var page = Transcript("Intro.\n\nLin Qiayu:\n\nHello.\n", new SpeakerReference("Lin Qiaoyu", null, 3));

        var (_, warnings) = Renderer.Render(page, Profiles);

        var warning = Assert.Single(warnings);
        Assert.Equal(("transcripts/briefing.md", 10), (warning.File, warning.Line));
        Assert.Contains("'Lin Qiaoyu'", warning.Message);
    }

    [Fact]
    public void Labels_far_from_any_known_name_do_not_warn()
    {
        var (_, warnings) = Renderer.Render(Transcript("Moderator:\n\nHi.\n\nXinhua News Agency:\n\nQ.\n"), Profiles);

        Assert.Empty(warnings);
    }

    [Fact]
    public void The_summary_comes_from_the_introduction_and_the_html_holds_every_turn()
    {
        var (page, _) = Renderer.Render(Transcript("The briefing opened at three.\n\nRen Xianliang:\n\n**Thank** you.\n"), Profiles);

        Assert.Equal("The briefing opened at three.", page.Summary);
        Assert.Contains("<strong>Thank</strong>", page.Transcript!.Turns[0].Html);
        Assert.Equal("Thank you.", page.Transcript.Turns[0].Text);
    }

    [Fact]
    public void The_page_s_html_and_text_are_the_introduction_and_turns_joined_in_order()
    {
        var (page, _) = Renderer.Render(Transcript("Opening words.\n\nRen Xianliang:\n\nFirst answer.\n\nRen Xianliang:\n\nSecond *answer*.\n"), Profiles);

        var body = page.Transcript!;
        Assert.Equal(body.IntroductionHtml + body.Turns[0].Html + body.Turns[1].Html, page.Html);
        Assert.Equal("Opening words.\nFirst answer.\nSecond answer.\n", page.Text);
        Assert.Equal("<p>Other</p>", (page with { Html = "<p>Other</p>" }).Html);
    }
}
