using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Building;

/// <summary>The speaker page is the journalist's page: every turn, deep-linked to an anchor that exists.</summary>
public sealed class SpeakerPageTests : IClassFixture<SampleSiteBuildTests.BuiltSample>
{
    private readonly SampleSiteBuildTests.BuiltSample _sample;

    public SpeakerPageTests(SampleSiteBuildTests.BuiltSample sample) => _sample = sample;

    [Theory]
    [InlineData("en")]
    [InlineData("zh")]
    public void The_speaker_page_links_every_turn_of_the_speaker_and_every_anchor_exists(string language)
    {
        var site = _sample.Site;
        var turnsInTranscripts = site.HtmlFiles()
            .Where(f => f.StartsWith($"{language}/transcripts/", StringComparison.Ordinal) && f.Split('/').Length == 4)
            .SelectMany(f => site.Page(f).QuerySelectorAll("[id^='ren-xianliang-']").Select(e => $"/{f[..^"index.html".Length]}#{e.Id}"))
            .ToHashSet();

        var speakerPage = site.Page($"{language}/speakers/ren-xianliang/index.html");
        var linkedTurns = speakerPage.QuerySelectorAll("main a[href*='#ren-xianliang-']").Select(a => a.GetAttribute("href")!).ToHashSet();

        Assert.True(turnsInTranscripts.Count >= 4, $"only {turnsInTranscripts.Count} turns found");
        Assert.Equal(turnsInTranscripts.Order(), linkedTurns.Order());
        foreach (var link in linkedTurns)
        {
            var parts = link.Split('#');
            Assert.NotNull(site.Page(parts[0].TrimStart('/') + "index.html").GetElementById(parts[1]));
        }
    }

    [Fact]
    public void Every_spelling_of_a_profiled_speaker_lands_on_one_slug_in_both_languages()
    {
        var english = _sample.Site.Page("en/speakers/index.html");
        var chinese = _sample.Site.Page("zh/speakers/index.html");

        Assert.Single(english.QuerySelectorAll("main a[href='/en/speakers/ren-xianliang/']"));
        Assert.Single(chinese.QuerySelectorAll("main a[href='/zh/speakers/ren-xianliang/']"));
        Assert.Contains("任贤良", _sample.Site.Page("zh/speakers/ren-xianliang/index.html").QuerySelector("h1")!.TextContent);
        Assert.Contains(_sample.Site.Page("zh/speakers/ren-xianliang/index.html").QuerySelectorAll("link[rel=alternate][hreflang=en]"),
            l => l.GetAttribute("href")!.EndsWith("/en/speakers/ren-xianliang/", StringComparison.Ordinal));
    }

    [Fact]
    public void Transcript_pages_show_participants_and_anchored_turns_linked_to_speakers()
    {
        var page = _sample.Site.Page("en/transcripts/2017-scio-press-conference-fourth-wic/index.html");

        var turn = page.GetElementById("ren-xianliang-1")!;
        Assert.NotNull(turn.QuerySelector("a[href='/en/speakers/ren-xianliang/']"));
        Assert.NotNull(turn.QuerySelector("a[href='#ren-xianliang-1']"));
        Assert.Contains("Vice Minister", turn.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Null(page.GetElementById("china-daily-1")!.QuerySelector("a[href*='/speakers/']"));
    }

    [Fact]
    public void Forum_pages_show_their_profile_and_documents_and_indexes_show_counts()
    {
        var forums = _sample.Site.HtmlFiles().Where(f => f.StartsWith("en/forums/", StringComparison.Ordinal) && f.Split('/').Length == 4).ToList();
        Assert.NotEmpty(forums);
        var index = _sample.Site.Page("en/forums/index.html");
        Assert.Equal(forums.Count, index.QuerySelectorAll("main a[href^='/en/forums/']").Count(a => a.GetAttribute("href") != "/en/forums/"));
        Assert.Matches(@"\d", index.QuerySelector("main")!.TextContent);
    }
}
