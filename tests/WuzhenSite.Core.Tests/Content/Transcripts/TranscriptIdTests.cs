using WuzhenSite.Content;
using WuzhenSite.Content.FrontMatter;
using WuzhenSite.Content.Markdown;
using WuzhenSite.Content.Transcripts;

namespace WuzhenSite.Core.Tests.Content.Transcripts;

/// <summary>Turn anchors and the theme's ids come first; headings anywhere in the transcript keep clear of them and of each other.</summary>
public sealed class TranscriptIdTests
{
    private static readonly RenderTranscripts Renderer = new(new MarkdownRenderer(allowRawHtml: false), 220, 400, new HashSet<string> { "main" });

    private static ContentPage Transcript(string body) =>
        RenderTranscriptsTests.Transcript(body, new SpeakerReference("Ren Xianliang", null, 3));

    [Fact]
    public void An_introduction_heading_never_takes_a_turn_s_anchor()
    {
        var (page, _) = Renderer.Render(Transcript("## Ren Xianliang 2\n\nIntro.\n\nRen Xianliang:\n\nOne.\n\nRen Xianliang:\n\nTwo.\n"), []);

        var body = page.Transcript!;
        Assert.Equal(["ren-xianliang-1", "ren-xianliang-2"], body.Turns.Select(t => t.Id));
        Assert.Contains("<h2 id=\"ren-xianliang-2-1\">Ren Xianliang 2</h2>", body.IntroductionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_of_different_turns_and_the_theme_s_ids_stay_unique()
    {
        var (page, _) = Renderer.Render(Transcript("## Main\n\nRen Xianliang:\n\n### Plan\n\nA.\n\nRen Xianliang:\n\n### Plan\n\nB.\n"), []);

        var body = page.Transcript!;
        Assert.Contains("id=\"main-1\"", body.IntroductionHtml, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"plan\">", body.Turns[0].Html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"plan-1\">", body.Turns[1].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_link_in_a_turn_is_reported_at_its_file_line()
    {
        // Body starts at line 8: intro 8, label 10, turn text 12, link 14.
        var (_, warnings) = Renderer.Render(Transcript("Intro [x](javascript:a()).\n\nRen Xianliang:\n\nOne.\n\nSee [y](javascript:b()).\n"), []);

        Assert.Equal([8, 14], warnings.Where(w => w.Code == "unsafe-link").Select(w => w.Line));
    }

    [Fact]
    public void Each_part_knows_the_file_line_it_starts_on()
    {
        var source = TurnSplitter.Split("\nIntro.\n\nRen Xianliang:\n\n\nOne.\n\n**Ren Xianliang:** Two.\n", 8);

        Assert.Equal(9, source.IntroductionLine);
        Assert.Equal([14, 16], source.Turns.Select(t => t.MarkdownLine));
    }
}
