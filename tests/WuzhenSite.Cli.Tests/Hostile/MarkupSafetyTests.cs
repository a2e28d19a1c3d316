using System.Text;
using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Hostile;

/// <summary>
/// What the build writes from Markdown cannot run script through a link, gives every element an id
/// of its own (a turn's link leads to the turn), and takes no invisible characters into a URL.
/// </summary>
public sealed class MarkupSafetyTests
{
    private const string ScriptLinks =
        "[plain](javascript:alert(1)) [mixed case](JaVaScRiPt:alert(2)) [entity](&#106;avascript:alert(3))\n" +
        "[control](<\u0001javascript:alert(4)>) [tab](<java\tscript:alert(5)>) [vb](vbscript:msgbox(6))\n" +
        "<javascript:alert(7)> ![image](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=) [reference][r]\n" +
        "[fine](https://example.org/) [mail](mailto:press@example.org)\n\n" +
        "[r]: javascript:alert(8)\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Script_links_are_written_as_text_with_a_warning_at_their_line(bool allowRawHtml)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.WriteAllText(Path.Combine(site, "input", "news", "links.md"), "---\ntitle: Links\ndate: 2019-10-21\n---\n" + ScriptLinks);

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site, "--setting", $"AllowRawHtml={allowRawHtml.ToString().ToLowerInvariant()}");

        Assert.True(exitCode == 0, log);
        Assert.Equal(3, log.Split("input/news/links.md:5:1: warning: The link address").Length - 1);
        Assert.Contains("input/news/links.md:6:1: warning: The link address 'vbscript:msgbox(6)' uses the scheme 'vbscript:'", log, StringComparison.Ordinal);
        Assert.Contains("input/news/links.md:7:1: warning: The image address 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=' uses the scheme 'data:'", log, StringComparison.Ordinal);
        Assert.Contains("input/news/links.md:7:1: warning: The link address 'javascript:alert(8)'", log, StringComparison.Ordinal);
        var page = new WrittenSite(Path.Combine(site, "output")).Page("en/news/links/index.html");
        var addresses = page.QuerySelectorAll("[href], [src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "").ToList();
        Assert.DoesNotContain(addresses, a => a.Contains("javascript", StringComparison.OrdinalIgnoreCase) || a.Contains("vbscript", StringComparison.OrdinalIgnoreCase)
            || a.Contains("java%09script", StringComparison.OrdinalIgnoreCase) || a.Contains("data:", StringComparison.OrdinalIgnoreCase));
        var body = page.QuerySelector(".article__body")!;
        Assert.Contains("mixed case", body.TextContent, StringComparison.Ordinal);
        Assert.Equal(["https://example.org/", "mailto:press@example.org"], body.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_heading_named_like_a_turn_leaves_the_turn_its_anchor()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var transcript = Path.Combine(site, "input", "transcripts", "harbour-briefing.md");
        File.WriteAllText(transcript, File.ReadAllText(transcript).Replace("The planning office briefed", "## Lin Qiaoyu 2\n\n## Main\n\nThe planning office briefed", StringComparison.Ordinal));

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.True(exitCode == 0, log);
        var page = new WrittenSite(Path.Combine(site, "output")).Page("en/transcripts/harbour-briefing/index.html");
        var targets = page.QuerySelectorAll("[id='lin-qiaoyu-2']");
        Assert.Equal("section", Assert.Single(targets).LocalName);
        Assert.Contains("turn", targets[0].ClassList);
        Assert.NotNull(targets[0].QuerySelector("a.turn-link[href='#lin-qiaoyu-2']"));
        Assert.Equal("Lin Qiaoyu 2", page.QuerySelector("[id='lin-qiaoyu-2-1']")?.TextContent);
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("main", Assert.Single(page.QuerySelectorAll("[id='main']")).LocalName);
    }

    public static TheoryData<string, string, string> HiddenCases => new()
    {
        // file under input/, its content, the expected error
        { "news/rlo.md", "---\ntitle: A\ndate: 2019-10-20\nslug: \"harbour\\u202Eopens\"\n---\nText\n",
            "input/news/rlo.md:4:1: error: 'slug:' contains U+202E (RIGHT-TO-LEFT OVERRIDE) at character 8, which no one can see: the address would read as 'harbouropens' but be another. Fix: Retype the slug" },
        { "news/zwsp.md", "---\ntitle: A\ndate: 2019-10-20\nslug: \"open\\u200Bday\"\n---\nText\n", "input/news/zwsp.md:4:1: error: 'slug:' contains U+200B (ZERO WIDTH SPACE)" },
        { "news/bom.md", "---\ntitle: A\ndate: 2019-10-20\nslug: \"\\uFEFFday\"\n---\nText\n", "input/news/bom.md:4:1: error: 'slug:' contains U+FEFF" },
        { "news/c1.md", "---\ntitle: A\ndate: 2019-10-20\nslug: \"day\\u0085two\"\n---\nText\n", "input/news/c1.md:4:1: error: 'slug:' contains U+0085 (a control character)" },
        { "news/isolate.md", "---\ntitle: A\ndate: 2019-10-20\naliases: [\"/old\\u2067/page/\"]\n---\nText\n", "input/news/isolate.md:4:1: error: The alias contains U+2067 (RIGHT-TO-LEFT ISOLATE) at character 5" },
        { "news/lrm.md", "---\ntitle: A\ndate: 2019-10-20\naliases:\n  - \"/old/\\u200Epage/\"\n---\nText\n", "input/news/lrm.md:4:1: error: The alias contains U+200E (LEFT-TO-RIGHT MARK)" },
        { "news/evil\u202Egnp.md", "---\ntitle: A\ndate: 2019-10-20\n---\nText\n", "1:1: error: The file name contains U+202E (RIGHT-TO-LEFT OVERRIDE) at character 5" },
    };

    [Theory]
    [MemberData(nameof(HiddenCases))]
    public async Task Invisible_characters_in_a_url_fail_at_their_line(string file, string content, string expected)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Assert.Equal(0, (await WuzhenCommand.RunAsync("build", "--root", site)).ExitCode);
        File.WriteAllBytes(Path.Combine(site, "input", file), Encoding.UTF8.GetBytes(content));

        await CleanFailure.AssertAsync(folder.Path, 1, expected, "build", "--root", site);
    }
}
