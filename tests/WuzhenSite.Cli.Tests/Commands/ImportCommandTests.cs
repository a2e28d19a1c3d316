using WuzhenSite.Cli.Commands;
using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Commands;

/// <summary>
/// <c>wuzhen import</c> end to end: the seed files and fixtures of our own are imported into a site,
/// the result passes <c>check</c>, and the build shows the turns with links to their speakers.
/// </summary>
public sealed class ImportCommandTests
{
    private const string BriefingFile = "transcripts/scio-briefing-on-4th-world-internet-conference.md";

    [Fact]
    public async Task The_briefing_imports_as_a_draft_transcript_that_checks_and_builds_with_five_linked_turns()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (exitCode, log) = await WuzhenCommand.RunAsync("import", SeedFiles.Briefing, "--root", site);

        Assert.True(exitCode == 0, log);
        var path = Path.Combine(site, "input", BriefingFile);
        Assert.Contains($"as a transcript: {ImportCommand.Shown(path)} (a draft", log);
        var text = File.ReadAllText(path);
        Assert.Contains("date: 2017-11-16\n", text);
        Assert.Contains("draft: true\n", text);
        Assert.Contains("  - name: \"Ren Xianliang\"\n    role: \"vice minister of the Cyberspace Administration of China\"\n", text);
        Assert.Contains("imageCredit: \"Photo by Yuan Shaoda/China SCIO\"\n", text);
        Assert.DoesNotContain("Updated", text);
        Assert.DoesNotContain("Home >", text);

        await AssertChecksCleanAsync(site);

        var (built, buildLog) = await WuzhenCommand.RunAsync("build", "--root", site, "--drafts");
        Assert.True(built == 0, buildLog);
        var page = new WrittenSite(Path.Combine(site, "output")).Page("en/transcripts/scio-briefing-on-4th-world-internet-conference/index.html");
        var turns = page.QuerySelectorAll("section.turn");
        Assert.Equal(["hu-kaihong-1", "ren-xianliang-1", "hu-kaihong-2", "ge-huijun-1", "hu-kaihong-3"], turns.Select(t => t.Id));
        Assert.Equal(["/en/speakers/hu-kaihong/", "/en/speakers/ren-xianliang/", "/en/speakers/hu-kaihong/", "/en/speakers/ge-huijun/", "/en/speakers/hu-kaihong/"],
            turns.Select(t => t.QuerySelector(".turn__speaker a")?.GetAttribute("href")));
        Assert.Equal(["Hu Kaihong", "Ren Xianliang", "Hu Kaihong", "Ge Huijun", "Hu Kaihong"], turns.Select(t => t.QuerySelector(".turn__speaker")!.TextContent.Trim()));
        Assert.StartsWith("Thank you, Mr. Ren.", turns[2].QuerySelector(".turn__body")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_report_names_every_line_it_mapped_or_dropped()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (_, log) = await WuzhenCommand.RunAsync("import", SeedFiles.Briefing, "--root", site);

        var source = ImportCommand.Shown(SeedFiles.Briefing);
        Assert.Contains($"{source}:1: dropped: navigation crumbs \"Home > Press Room >\"", log);
        Assert.Contains($"{source}:7: dropped: the web page's stamp \"Updated: November 17, 2017\"", log);
        Assert.Contains($"{source}:9: mapped: speaker \"Ren Xianliang\"", log);
        Assert.Contains($"{source}:17: mapped: date 2017-11-16", log);
        Assert.Contains($"{source}:61: mapped: turn 5: Hu Kaihong", log);
        Assert.Contains($"{source}:65: dropped: page numbers", log);
        Assert.Contains("13 mapped, 3 dropped, 0 to check.", log);
    }

    [Fact]
    public async Task The_article_imports_into_news_with_its_title_date_and_byline_and_checks()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (exitCode, log) = await WuzhenCommand.RunAsync("import", SeedFiles.Article, "--root", site);

        Assert.True(exitCode == 0, log);
        var text = File.ReadAllText(Path.Combine(site, "input", "news", "cac-and-pku-jointly-host-2021-world-internet-conference-wuzhen-summit-sub-forum.md"));
        Assert.StartsWith("---\ntitle: \"CAC and PKU jointly host 2021 World Internet Conference Wuzhen Summit sub-forum\"\ndate: 2021-10-14\n", text);
        Assert.Contains("author: \"Meg Wee Siow Mun\"\neditor: \"June Tan Rui Min\"\nsource: \"PKU News (Chinese)\"\n", text);
        Assert.DoesNotContain("Written by", text);
        Assert.Contains("\n## Dialogue Session\n", text);

        await AssertChecksCleanAsync(site);
    }

    [Fact]
    public async Task The_html_transcript_of_our_own_imports_checks_and_builds_its_turns()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (exitCode, log) = await WuzhenCommand.RunAsync("import", HtmlFixture, "--root", site, "--slug", "from-html");

        Assert.True(exitCode == 0, log);
        var html = File.ReadAllText(Path.Combine(site, "input", "transcripts", "from-html.md"));
        Assert.Contains("title: \"Briefing on the canal sensor network\"\ndate: 2019-10-18\n", html);
        Assert.Contains("  - name: \"Ada Okafor\"\n    role: \"adviser to the summit secretariat on open data\"\n", html);
        Assert.Contains("author: \"Xu Meifen\"\neditor: \"Rowan Hale\"\nsource: \"Fixture Summit Press Office\"\n", html);
        Assert.Contains("imageCredit: \"Photo by Zhou Min/Fixture Press Office\"\n", html);
        Assert.DoesNotContain("Copyright", html);
        Assert.DoesNotContain("analytics", html);
        Assert.DoesNotContain("Updated", html);
        // The report's numbers are the lines of the HTML file.
        Assert.Contains("canal-sensor-briefing.html:11: dropped: navigation crumbs \"Home > Press Room > Briefings\"", log);
        Assert.Contains("canal-sensor-briefing.html:14: dropped: the web page's stamp \"Updated: October 19, 2019\"", log);
        Assert.Contains("canal-sensor-briefing.html:20: mapped: turn 1: Lin Qiaoyu", log);
        Assert.Contains("canal-sensor-briefing.html:28: dropped: page numbers \"1 2 >\"", log);

        await AssertChecksCleanAsync(site);
        await AssertCanalTurnsAsync(site, "from-html");
    }

    [Fact]
    public async Task The_word_transcript_of_our_own_imports_to_the_same_file_as_the_html_one()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var word = folder.Combine("canal-sensor-briefing.docx");
        Pandoc.ToWord(RepositoryPaths.Fixture(Path.Combine("import", "canal-sensor-briefing.md")), word);

        var (fromHtml, htmlLog) = await WuzhenCommand.RunAsync("import", HtmlFixture, "--root", site, "--slug", "from-html");
        var (fromWord, wordLog) = await WuzhenCommand.RunAsync("import", word, "--root", site, "--slug", "from-word");

        Assert.True(fromHtml == 0, htmlLog);
        Assert.True(fromWord == 0, wordLog);
        var html = File.ReadAllText(Path.Combine(site, "input", "transcripts", "from-html.md"));
        var docx = File.ReadAllText(Path.Combine(site, "input", "transcripts", "from-word.md"));
        Assert.Equal(html.Replace("from-html", "from-word", StringComparison.Ordinal), docx);
        Assert.Equal(Mapping(htmlLog), Mapping(wordLog));
        Assert.Contains("mapped: turn 3: Reporter from Fixture Daily (not a listed speaker", wordLog);
        Assert.Contains("mapped: turn 4: Ada Okafor (\"Dr. Ada Okafor\" matched to the listed speaker)", wordLog);
        await AssertCanalTurnsAsync(site, "from-word");
    }

    [Fact]
    public async Task An_existing_file_is_never_overwritten()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Assert.Equal(0, (await WuzhenCommand.RunAsync("import", SeedFiles.Briefing, "--root", site)).ExitCode);
        var path = Path.Combine(site, "input", BriefingFile);
        File.AppendAllText(path, "\nAn editor's own line.\n");
        var edited = File.ReadAllText(path);

        var (exitCode, log) = await WuzhenCommand.RunAsync("import", SeedFiles.Briefing, "--root", site);

        Assert.Equal(1, exitCode);
        Assert.Contains("already exists; nothing was written", log);
        Assert.Contains("--slug", log);
        Assert.Equal(edited, File.ReadAllText(path));
    }

    [Fact]
    public async Task When_one_file_fails_none_is_written()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var pdf = folder.Combine("briefing.pdf");
        File.WriteAllText(pdf, "%PDF-1.4");

        var (exitCode, log) = await WuzhenCommand.RunAsync("import", SeedFiles.Article, pdf, "--root", site);

        Assert.Equal(2, exitCode);
        Assert.Contains($"error: {pdf} is not a file wuzhen import reads", log);
        Assert.DoesNotContain("   at ", log);
        Assert.False(Directory.Exists(Path.Combine(site, "input", "news")) && Directory.EnumerateFiles(Path.Combine(site, "input", "news")).Any(f => f.Contains("cac-and-pku", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Two_files_with_one_title_are_refused_before_either_is_written()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var copy = folder.Combine("copy.html");
        File.Copy(HtmlFixture, copy);

        var (exitCode, log) = await WuzhenCommand.RunAsync("import", HtmlFixture, copy, "--root", site);

        Assert.Equal(2, exitCode);
        Assert.Contains("would both be written to", log);
        Assert.False(File.Exists(Path.Combine(site, "input", "transcripts", "briefing-on-the-canal-sensor-network.md")));
    }

    [Fact]
    public async Task A_damaged_word_file_is_a_mistake_named_with_its_fix_not_a_stack_trace()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var broken = folder.Combine("broken.docx");
        File.WriteAllText(broken, "not a zip file");

        var (exitCode, log) = await WuzhenCommand.RunAsync("import", broken, "--root", site);

        Assert.Equal(2, exitCode);
        Assert.Contains($"error: {broken} is not a Word document that can be read", log);
        Assert.Contains("Fix:", log);
        Assert.DoesNotContain("   at ", log);
    }

    [Fact]
    public async Task Type_lang_and_slug_choose_the_folder_and_the_file_name()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (exitCode, log) = await WuzhenCommand.RunAsync("import", SeedFiles.Briefing, "--type", "article", "--lang", "zh", "--slug", "scio-briefing", "--root", site);

        Assert.True(exitCode == 0, log);
        Assert.True(File.Exists(Path.Combine(site, "input", "news", "scio-briefing.zh.md")));
        Assert.Equal(2, (await WuzhenCommand.RunAsync("import", SeedFiles.Briefing, "--lang", "fr", "--root", site)).ExitCode);
        Assert.Equal(2, (await WuzhenCommand.RunAsync("import", SeedFiles.Briefing, "--type", "podcast", "--root", site)).ExitCode);
        Assert.Equal(2, (await WuzhenCommand.RunAsync("import", SeedFiles.Briefing, SeedFiles.Article, "--slug", "one", "--root", site)).ExitCode);
    }

    [Fact]
    public async Task A_text_without_a_date_gets_todays_date_and_a_warning_to_fix_it()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var text = folder.Combine("note.txt");
        File.WriteAllText(text, "Pavilion opening hours\n\nThe harbour pavilion is open from nine to six every day of the summit.\n");
        Program.Clock = new FixedClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

        var (exitCode, log) = await WuzhenCommand.RunAsync("import", text, "--root", site);

        Assert.True(exitCode == 0, log);
        Assert.Contains("warning: no date line or dateline found: wrote today's date, 2026-11-23", log);
        Assert.Contains("1 mapped, 0 dropped, 1 to check.", log);
        Assert.Contains("date: 2026-11-23\n", File.ReadAllText(Path.Combine(site, "input", "news", "pavilion-opening-hours.md")));
    }

    [Theory]
    [InlineData("th_TH.UTF-8", "Pacific/Kiritimati")]
    [InlineData("tr_TR.UTF-8", "Etc/GMT+12")]
    public async Task Another_culture_and_time_zone_import_the_same_bytes(string locale, string zone)
    {
        using var folder = new TemporaryFolder();
        var here = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "here");
        var there = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "there");
        Assert.Equal(0, (await WuzhenCommand.RunAsync("import", SeedFiles.Briefing, SeedFiles.Article, "--root", here)).ExitCode);

        var (exitCode, log) = await WuzhenProcess.RunAsync(
            new Dictionary<string, string> { ["LANG"] = locale, ["LC_ALL"] = locale, ["TZ"] = zone },
            "import", SeedFiles.Briefing, SeedFiles.Article, "--root", there);

        Assert.True(exitCode == 0, log);
        var expected = TemporaryFolder.Snapshot(Path.Combine(here, "input"));
        var actual = TemporaryFolder.Snapshot(Path.Combine(there, "input"));
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), $"{file.Key} differs under {locale}"));
    }

    private static string HtmlFixture => RepositoryPaths.Fixture(Path.Combine("import", "canal-sensor-briefing.html"));

    // The fixture's five turns, built: listed speakers link to their pages, the reporter is a turn without one.
    private static async Task AssertCanalTurnsAsync(string site, string slug)
    {
        var (built, buildLog) = await WuzhenCommand.RunAsync("build", "--root", site, "--drafts");
        Assert.True(built == 0, buildLog);
        Assert.DoesNotContain("warning", buildLog);
        var turns = new WrittenSite(Path.Combine(site, "output")).Page($"en/transcripts/{slug}/index.html").QuerySelectorAll("section.turn");
        Assert.Equal(["Lin Qiaoyu", "Tao Wenbin", "Reporter from Fixture Daily", "Ada Okafor", "Lin Qiaoyu"], turns.Select(t => t.QuerySelector(".turn__speaker")!.TextContent.Trim()));
        Assert.Equal(["/en/speakers/lin-qiaoyu/", "/en/speakers/tao-wenbin/", null, "/en/speakers/ada-okafor/", "/en/speakers/lin-qiaoyu/"],
            turns.Select(t => t.QuerySelector(".turn__speaker a")?.GetAttribute("href")));
        Assert.Equal("Yes. The readings are published every minute as open data, and the pavilion shows them on a wall map.", turns[3].QuerySelector(".turn__body")!.TextContent.Trim());
    }

    // The report's lines without the file name and line numbers: what was mapped and dropped, in order.
    private static List<string> Mapping(string log) =>
        log.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..]).ToList();

    /// <summary>What the import wrote passes <c>wuzhen check</c> (drafts included) with no error and no warning.</summary>
    private static async Task AssertChecksCleanAsync(string site)
    {
        var (checkedCode, checkLog) = await WuzhenCommand.RunAsync("check", "--root", site, "--drafts");
        Assert.True(checkedCode == 0, checkLog);
        Assert.Contains("0 error(s), 0 warning(s)", checkLog);
    }
}
