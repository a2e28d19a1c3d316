using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Hostile;

/// <summary>
/// <c>wuzhen new</c> and <c>wuzhen import</c> create files only inside the input folder, judged by
/// real paths: a section folder that is a link to somewhere else, or a dangling link where the new
/// file would go, is refused with the fix, and nothing is written through it.
/// </summary>
public sealed class NewContentFileTests
{
    public static TheoryData<string[]> Commands => new()
    {
        new[] { "new", "article", "Shuttle buses run late", "--slug", "shuttle-buses" },
        new[] { "import", "{article}", "--slug", "shuttle-buses" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_section_folder_linked_outside_the_input_folder_receives_nothing(string[] command)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var elsewhere = Directory.CreateDirectory(folder.Combine("elsewhere")).FullName;
        var news = Path.Combine(site, "input", "news");
        if (Directory.Exists(news))
        {
            Directory.Delete(news, recursive: true);
        }

        Directory.CreateSymbolicLink(news, elsewhere);

        var (exitCode, log) = await WuzhenCommand.RunAsync([.. Arguments(command), "--root", site]);

        Assert.Equal(1, exitCode);
        Assert.Contains("symbolic link", log);
        Assert.Contains("outside the input folder", log);
        Assert.Contains("FollowSymlinks", log);
        Assert.DoesNotContain("   at ", log);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task A_dangling_link_where_the_file_would_go_is_not_written_through(string[] command)
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var target = folder.Combine("written-through.md");
        var news = Directory.CreateDirectory(Path.Combine(site, "input", "news")).FullName;
        File.CreateSymbolicLink(Path.Combine(news, "shuttle-buses.md"), target);

        var (exitCode, log) = await WuzhenCommand.RunAsync([.. Arguments(command), "--root", site]);

        Assert.Equal(1, exitCode);
        Assert.Contains("already exists; nothing was written", log);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task A_section_folder_linked_inside_the_input_folder_is_written_through_as_the_build_reads_it()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var stories = Directory.CreateDirectory(Path.Combine(site, "input", "stories")).FullName;
        var news = Path.Combine(site, "input", "news");
        if (Directory.Exists(news))
        {
            Directory.Delete(news, recursive: true);
        }

        Directory.CreateSymbolicLink(news, stories);

        var (exitCode, log) = await WuzhenCommand.RunAsync("new", "article", "Shuttle buses run late", "--slug", "shuttle-buses", "--root", site);

        Assert.True(exitCode == 0, log);
        Assert.True(File.Exists(Path.Combine(stories, "shuttle-buses.md")));
    }

    private static string[] Arguments(string[] command) =>
        command.Select(argument => argument == "{article}" ? SeedFiles.Article : argument).ToArray();
}
