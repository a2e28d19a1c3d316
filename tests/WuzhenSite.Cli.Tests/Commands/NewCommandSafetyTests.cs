using System.Text;
using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Content.Reading;

namespace WuzhenSite.Cli.Tests.Commands;

/// <summary>
/// <c>wuzhen new</c> writes front matter that reads back as exactly the title it was given, however
/// much YAML syntax the title holds; a title that cannot be one line of text is refused.
/// </summary>
public sealed class NewCommandSafetyTests
{
    public static TheoryData<string, string> Titles => new()
    {
        // kind, title
        { "article", "Ren says \"open\": a # of firsts" },
        { "article", "- leading dash" },
        { "article", "* leading star" },
        { "article", "& leading ampersand, then *alias and !tag" },
        { "article", "'single' and ends with a backslash \\" },
        { "article", "{ braces } and [ brackets ] , commas" },
        { "article", "A line\u2028separator and a paragraph\u2029separator" },
        { "article", "Bidi \u202Eoverride\u202C and \u2067isolate\u2069, zero\u200Bwidth, \uFEFFbom" },
        { "transcript", "null" },
        { "speaker", "true" },
        { "forum", "@at and `backtick`" },
        { "event", "> folded | literal % percent ? question" },
    };

    [Theory]
    [MemberData(nameof(Titles))]
    public async Task A_title_with_yaml_syntax_or_invisible_characters_reads_back_exactly_and_passes_check(string kind, string title)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var (exitCode, log) = await WuzhenCommand.RunAsync("new", kind, title, "--slug", "the-new-one", "--root", site);

        Assert.True(exitCode == 0, log);
        var written = Directory.EnumerateFiles(Path.Combine(site, "input"), "the-new-one.md", SearchOption.AllDirectories).Single();
        var page = ParseContentFiles.Parse(written, KindOf(kind), File.ReadAllBytes(written), new SiteSettings(), out var diagnostics);
        Assert.True(page is not null, string.Join("\n", diagnostics));
        Assert.Equal(title, page.Title);
        Assert.DoesNotContain(File.ReadAllText(written), c => c is '\u202E' or '\u2028' or '\uFEFF');

        var (checkedExit, checkLog) = await WuzhenCommand.RunAsync("check", "--root", site, "--drafts");
        Assert.True(checkedExit == 0, checkLog);
    }

    [Theory]
    [InlineData("Title\nwith newline", "\\n")]
    [InlineData("Title\r\nwith CRLF", "\\r")]
    [InlineData("Tab\there", "\\t")]
    [InlineData("Clears \u001b[2J the screen", "\\u001B")]
    [InlineData("Bell \u0007", "\\u0007")]
    public async Task A_title_with_a_control_character_is_refused_with_one_clear_line(string title, string shown)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        var log = await CleanFailure.AssertAsync(folder.Path, 2, shown, "new", "article", title, "--slug", "refused", "--root", site);

        var line = Assert.Single(log.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains("Fix:", line);
        Assert.DoesNotContain(line, char.IsControl);
    }

    private static ContentKind KindOf(string kind) => kind switch
    {
        "article" => ContentKind.Article,
        "transcript" => ContentKind.Transcript,
        "speaker" => ContentKind.SpeakerProfile,
        "forum" => ContentKind.ForumProfile,
        _ => ContentKind.EventProfile,
    };
}
