using WuzhenSite.Cli.Tests.Support;

namespace WuzhenSite.Cli.Tests.Hostile;

/// <summary>
/// Symbolic links never publish anything from outside the site: a link under <c>input/</c>, the
/// site's theme overrides or the theme whose real path lies outside its folder fails the build
/// naming the link and its target (unless <c>FollowSymlinks</c> asks for it); links inside are
/// followed and publish each file once; loops and dangling links are errors, reported once.
/// </summary>
public sealed class SymlinkTests
{
    private const string Secret = "SECRET-OUTSIDE-THE-SITE";

    [Fact]
    public async Task An_asset_linking_to_a_system_file_fails_naming_the_link_and_its_target()
    {
        Assert.SkipUnless(File.Exists("/etc/passwd"), "needs /etc/passwd");
        using var folder = new TemporaryFolder();
        var site = await BuiltSiteAsync(folder);
        File.CreateSymbolicLink(Path.Combine(site, "input", "assets", "passwd.txt"), "/etc/passwd");

        var log = await CleanFailure.AssertAsync(site, 1, "input/assets/passwd.txt: error: ", "build", "--root", site);

        Assert.Contains("/etc/passwd", log);
        Assert.Contains("outside the input folder", log);
        Assert.Contains("Fix: Copy the file into the input folder", log);
        Assert.Contains("FollowSymlinks", log);
    }

    [Fact]
    public async Task A_folder_link_under_input_to_a_folder_outside_fails_and_publishes_nothing_of_it()
    {
        using var folder = new TemporaryFolder();
        var site = await BuiltSiteAsync(folder);
        var outside = OutsideFolderWithArticle(folder);
        Directory.CreateSymbolicLink(Path.Combine(site, "input", "news", "elsewhere"), outside);

        var log = await CleanFailure.AssertAsync(site, 1, "input/news/elsewhere: error: ", "build", "--root", site);

        Assert.Contains(outside, log);
        Assert.Contains("Fix: Copy the folder into the input folder", log);
        Assert.DoesNotContain("leaked-article", string.Join("\n", Directory.EnumerateDirectories(Path.Combine(site, "output"), "*", SearchOption.AllDirectories)));
    }

    [Fact]
    public async Task A_link_in_a_parent_folder_of_the_assets_to_outside_fails_too()
    {
        using var folder = new TemporaryFolder();
        var site = await BuiltSiteAsync(folder);
        var outside = folder.Combine("outside-assets");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.txt"), Secret);
        Directory.CreateSymbolicLink(Path.Combine(site, "input", "assets", "shared"), outside);

        var log = await CleanFailure.AssertAsync(site, 1, "input/assets/shared: error: ", "build", "--root", site);

        Assert.Contains(outside, log);
    }

    [Fact]
    public async Task With_FollowSymlinks_a_link_outside_is_followed_and_published()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var secret = folder.Combine("secret.txt");
        File.WriteAllText(secret, Secret);
        File.CreateSymbolicLink(Path.Combine(site, "input", "assets", "shared.txt"), secret);

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site, "-s", "FollowSymlinks=true");

        Assert.True(exitCode == 0, log);
        Assert.Equal(Secret, File.ReadAllText(Path.Combine(site, "output", "assets", "shared.txt")));
    }

    [Fact]
    public async Task A_folder_link_inside_the_input_is_followed_and_each_file_is_published_once()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        // A link to a folder that is published anyway: its files stay at their own path, once.
        Directory.CreateSymbolicLink(Path.Combine(site, "input", "assets", "pictures"), "images");
        // A link to a folder the content contract does not place: its files are published through the link.
        var extra = Path.Combine(site, "input", "extra");
        Directory.CreateDirectory(extra);
        File.WriteAllText(Path.Combine(extra, "linked-story.md"), "---\ntitle: Linked story\ndate: 2019-10-21\n---\nReached through a link.\n");
        Directory.CreateSymbolicLink(Path.Combine(site, "input", "news", "more"), "../extra");

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);

        Assert.True(exitCode == 0, log);
        var output = Path.Combine(site, "output");
        Assert.True(File.Exists(Path.Combine(output, "assets", "images", "pavilion.svg")));
        Assert.False(Directory.Exists(Path.Combine(output, "assets", "pictures")), "a linked folder's files were published twice");
        Assert.True(File.Exists(Path.Combine(output, "en", "news", "linked-story", "index.html")), log);
    }

    [Fact]
    public async Task A_folder_linking_to_its_ancestor_is_reported_once_and_never_followed()
    {
        using var folder = new TemporaryFolder();
        var site = await BuiltSiteAsync(folder);
        Directory.CreateSymbolicLink(Path.Combine(site, "input", "news", "loop"), "..");

        // Only the output is snapshot: a snapshot of the site would itself follow the loop.
        var log = await CleanFailure.AssertAsync(Path.Combine(site, "output"), 1, "input/news/loop: error: ", "build", "--root", site);

        Assert.Single(Lines(log), line => line.Contains("input/news/loop", StringComparison.Ordinal));
        Assert.Contains("contains the link", log);
    }

    [Fact]
    public async Task Two_links_to_each_other_are_reported_and_the_build_fails_cleanly()
    {
        using var folder = new TemporaryFolder();
        var site = await BuiltSiteAsync(folder);
        File.CreateSymbolicLink(Path.Combine(site, "input", "assets", "a.txt"), "b.txt");
        File.CreateSymbolicLink(Path.Combine(site, "input", "assets", "b.txt"), "a.txt");

        var log = await CleanFailure.AssertAsync(Path.Combine(site, "output"), 1, "input/assets/a.txt: error: ", "build", "--root", site);

        Assert.Single(Lines(log), line => line.StartsWith("input/assets/a.txt:", StringComparison.Ordinal));
        Assert.Single(Lines(log), line => line.StartsWith("input/assets/b.txt:", StringComparison.Ordinal));
        Assert.Contains("loop of symbolic links", log);
    }

    [Fact]
    public async Task A_dangling_link_is_an_error_naming_it()
    {
        using var folder = new TemporaryFolder();
        var site = await BuiltSiteAsync(folder);
        File.CreateSymbolicLink(Path.Combine(site, "input", "assets", "gone.png"), "missing.png");

        // Only the output is snapshot: a snapshot cannot read a dangling link.
        var log = await CleanFailure.AssertAsync(Path.Combine(site, "output"), 1, "input/assets/gone.png: error: ", "build", "--root", site);

        Assert.Contains("does not exist", log);
    }

    [Fact]
    public async Task A_site_layout_override_linking_outside_the_site_fails_naming_it()
    {
        using var folder = new TemporaryFolder();
        var site = await BuiltSiteAsync(folder);
        var secret = folder.Combine("footer.liquid");
        File.WriteAllText(secret, Secret);
        Directory.CreateDirectory(Path.Combine(site, "layouts", "partials"));
        File.CreateSymbolicLink(Path.Combine(site, "layouts", "partials", "footer.liquid"), secret);

        var log = await CleanFailure.AssertAsync(site, 1, "layouts/partials/footer.liquid: error: ", "build", "--root", site);

        Assert.Contains(secret, log);
        Assert.Contains("outside the site folder", log);
    }

    [Fact]
    public async Task A_theme_asset_linking_outside_the_theme_fails_naming_it()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        CopyThemeInto(site);
        Assert.Equal(0, (await WuzhenCommand.RunAsync("build", "--root", site)).ExitCode);
        var secret = folder.Combine("leak.js");
        File.WriteAllText(secret, Secret);
        File.CreateSymbolicLink(Path.Combine(site, "themes", "default", "assets", "js", "leak.js"), secret);

        var log = await CleanFailure.AssertAsync(site, 1, "themes/default/assets/js/leak.js: error: ", "build", "--root", site);

        Assert.Contains(secret, log);
        Assert.Contains("outside the theme folder", log);
    }

    /// <summary>The fixture, built once, so a failed build has a previous output to leave untouched.</summary>
    private static async Task<string> BuiltSiteAsync(TemporaryFolder folder)
    {
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);
        Assert.True(exitCode == 0, log);
        return site;
    }

    private static string OutsideFolderWithArticle(TemporaryFolder folder)
    {
        var outside = folder.Combine("outside-news");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "leaked-article.md"), $"---\ntitle: Leaked\ndate: 2019-10-21\n---\n{Secret}\n");
        return outside;
    }

    private static void CopyThemeInto(string site)
    {
        var theme = Path.Combine(RepositoryPaths.Root, "themes", "default");
        foreach (var file in Directory.EnumerateFiles(theme, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(site, "themes", "default", Path.GetRelativePath(theme, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    private static string[] Lines(string log) => log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
