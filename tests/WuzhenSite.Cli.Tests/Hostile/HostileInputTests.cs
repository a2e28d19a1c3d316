using System.Text;
using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Hostile;

/// <summary>
/// Input no sample site would contain. Each bad case must fail the build with a clear error
/// (file, line, what to do), exit 1, leave the previous output byte-identical, and write nothing
/// outside the output folder.
/// </summary>
public sealed class HostileInputTests
{
    public static TheoryData<string, string, string, string> BadCases => new()
    {
        // case name, file (under input/), content, expected text in the output
        { "broken YAML", "news/broken-yaml.md", "---\ntitle: Summit: day one: opening\ndate: 2019-10-20\n---\nText\n", "input/news/broken-yaml.md:2:" },
        { "missing title", "news/no-title.md", "---\ndate: 2019-10-20\n---\nText\n", "input/news/no-title.md:3:1: error: The front matter has no 'title'. Fix: Add 'title:" },
        { "impossible date", "news/bad-date.md", "---\ntitle: A\ndate: 2019-02-30\n---\nText\n", "input/news/bad-date.md:3:7: error: 'date' is '2019-02-30', which is not a valid date." },
        { "unknown language suffix", "news/harbour-opens.fr.md", "---\ntitle: A\ndate: 2019-10-20\n---\nText\n", "input/news/harbour-opens.fr.md: error: The file name says language 'fr'" },
        { "two documents claim one URL", "news/copy.md", "---\ntitle: Copy\ndate: 2019-10-20\nslug: harbour-opens\n---\nText\n", "both want the URL /en/news/harbour-opens/" },
        { "slug that climbs out", "news/escape.md", "---\ntitle: A\ndate: 2019-10-20\nslug: ../../etc\n---\nText\n", "input/news/escape.md:4:1: error: 'slug: ../../etc' is not a single safe URL segment." },
        { "alias outside the site", "news/alias.md", "---\ntitle: A\ndate: 2019-10-20\naliases: [../../../outside.html]\n---\nText\n", "input/news/alias.md:4:1: error: The alias '../../../outside.html' is not a path inside this site." },
        { "alias to another host", "news/alias-host.md", "---\ntitle: A\ndate: 2019-10-20\naliases: ['https://evil.example/x']\n---\nText\n", "is not a path inside this site" },
        { "alias with an empty segment", "news/alias-gap.md", "---\ntitle: A\ndate: 2019-10-20\naliases: ['/a//b/']\n---\nText\n", "input/news/alias-gap.md:4:1: error: The alias '/a//b/' is not a path inside this site." },
        { "empty file", "news/empty.md", "", "input/news/empty.md:1:1: error: The file is empty." },
        { "front matter never closed", "news/unclosed.md", "---\ntitle: A\ndate: 2019-10-20\nText\n", "input/news/unclosed.md:1:1: error: The front matter is never closed." },
    };

    [Theory]
    [MemberData(nameof(BadCases))]
    public async Task Bad_text_input_fails_clearly_and_costs_nothing(string name, string file, string content, string expected)
    {
        await AssertFailsCleanlyAsync(name, file, Encoding.UTF8.GetBytes(content), expected);
    }

    [Fact]
    public async Task Invalid_utf8_fails_naming_the_line()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("---\ntitle: A\ndate: 2019-10-20\n---\nFine line\n"), 0xFF, 0xFE, 0x41, (byte)'\n'];

        await AssertFailsCleanlyAsync("invalid UTF-8", "news/latin1.md", bytes, "input/news/latin1.md:6: error: The file is not valid UTF-8 text. Fix: Save the file as UTF-8");
    }

    [Fact]
    public async Task A_binary_file_with_a_markdown_name_fails_clearly()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

        await AssertFailsCleanlyAsync("binary", "news/photo.md", png, "input/news/photo.md:3: error: The file is binary, not Markdown text.");
    }

    [Fact]
    public async Task A_50_MB_markdown_file_fails_clearly_without_being_read()
    {
        var paragraph = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The forum continued into the evening with questions from the floor. ", 15)) + "\n\n");
        var bytes = new byte[50 * 1024 * 1024];
        var header = Encoding.UTF8.GetBytes("---\ntitle: Huge\ndate: 2019-10-20\n---\n");
        header.CopyTo(bytes, 0);
        for (var offset = header.Length; offset < bytes.Length; offset += paragraph.Length)
        {
            paragraph.AsSpan(0, Math.Min(paragraph.Length, bytes.Length - offset)).CopyTo(bytes.AsSpan(offset));
        }

        await AssertFailsCleanlyAsync("50 MB", "news/huge.md", bytes, "input/news/huge.md: error: The file is 50.0 MB; source files may be at most 16 MB. Fix: Split it");
    }

    [Fact]
    public async Task Pathologically_deep_nesting_fails_clearly_naming_the_file()
    {
        var deep = new StringBuilder("---\ntitle: Deep\ndate: 2019-10-20\n---\n");
        deep.Append(new string('>', 5000)).Append(" quoted\n");

        await AssertFailsCleanlyAsync("deep nesting", "news/deep.md", Encoding.UTF8.GetBytes(deep.ToString()), "input/news/deep.md: error: This file could not be processed");
    }

    [Fact]
    public async Task Nested_lists_and_very_long_lines_build()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var text = new StringBuilder("---\ntitle: Long and nested\ndate: 2019-10-20\n---\n");
        for (var depth = 0; depth < 40; depth++)
        {
            text.Append(new string(' ', depth * 2)).Append("- level ").Append(depth).Append('\n');
        }

        text.Append('\n').Append(string.Concat(Enumerable.Repeat("delegates ", 200_000))).Append('\n');
        text.Append(new string('x', 1_000_000)).Append('\n');
        File.WriteAllText(Path.Combine(site, "input", "news", "long.md"), text.ToString());

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.True(exitCode == 0, log);
        var page = new WrittenSite(Path.Combine(site, "output")).Page("en/news/long/index.html");
        Assert.Equal(40, page.QuerySelectorAll("main li").Count(li => li.TextContent.TrimStart().StartsWith("level", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_script_in_a_title_is_escaped_in_every_file_the_site_writes()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        const string title = "Forum <script>alert(1)</script> & \"quotes\" </script><!--";
        File.WriteAllText(Path.Combine(site, "input", "news", "xss.md"),
            $"---\ntitle: '{title.Replace("'", "''", StringComparison.Ordinal)}'\ndate: 2019-10-21\ntags: ['<img src=x onerror=alert(2)>']\nspeakers: ['<b>Bold</b> Name']\nsummary: 'Summary <script>alert(3)</script>'\n---\nBody.\n");

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.True(exitCode == 0, log);
        var output = Path.Combine(site, "output");
        var files = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/assets/", StringComparison.Ordinal)).ToList();
        var mentioning = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("<script>alert(", text);
            Assert.DoesNotContain("<img src=x", text);
            Assert.DoesNotContain("<b>Bold</b>", text);
            mentioning += text.Contains("alert(1)", StringComparison.Ordinal) ? 1 : 0;
        }

        // The title does appear (escaped) on its page, the lists and the tag pages.
        Assert.True(mentioning >= 4, $"the title appears in only {mentioning} files");
        var page = new WrittenSite(output).Page("en/news/xss/index.html");
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent.Trim());
    }

    private static async Task AssertFailsCleanlyAsync(string name, string file, byte[] content, string expected)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Assert.Equal(0, (await WuzhenCommand.RunAsync("build", "--root", site)).ExitCode);
        var path = Path.Combine(site, "input", file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);

        await CleanFailure.AssertAsync(folder.Path, 1, expected, "build", "--root", site);
    }
}
