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

    [Fact]
    public void Footnotes_number_on_across_turns_so_their_ids_and_links_are_unique()
    {
        var (page, _) = Renderer.Render(Transcript("Intro.[^a]\n\n[^a]: Intro note.\n\nRen Xianliang:\n\nOne.[^a]\n\n[^a]: First note.\n\nRen Xianliang:\n\nTwo.[^b]\n\n[^b]: Second note.\n"), []);

        var body = page.Transcript!;
        var html = body.IntroductionHtml + string.Concat(body.Turns.Select(t => t.Html));
        var ids = System.Text.RegularExpressions.Regex.Matches(html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["fnref:1", "fn:1", "fnref:2", "fn:2", "fnref:3", "fn:3"], ids.Where(id => id.StartsWith("fn", StringComparison.Ordinal)));
        Assert.Contains("href=\"#fn:2\"", body.Turns[0].Html, StringComparison.Ordinal);
        Assert.Contains("href=\"#fnref:3\"", body.Turns[1].Html, StringComparison.Ordinal);
    }
}
