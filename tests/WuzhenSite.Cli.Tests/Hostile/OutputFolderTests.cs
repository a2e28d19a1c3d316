using System.Diagnostics;
using WuzhenSite.Cli.Preview;
using WuzhenSite.Cli.Tests.Support;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Output;
using WuzhenSite.Site;

namespace WuzhenSite.Cli.Tests.Hostile;

/// <summary>
/// The output folder is the one place a build writes, and it must never take more than it wrote:
/// folders that are (through links or '..') the sources are refused, files the build never wrote
/// survive every rebuild, and an output that cannot be used is refused before anything changes.
/// </summary>
public sealed class OutputFolderTests
{
    [Fact]
    public async Task An_output_folder_that_is_a_link_to_the_input_is_refused_and_the_sources_stay()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Directory.CreateSymbolicLink(Path.Combine(site, "output"), Path.Combine(site, "input"));

        await CleanFailure.AssertAsync(folder.Path, 2, "is the input folder", "build", "--root", site);
    }

    [Fact]
    public async Task The_preview_refuses_an_output_folder_that_is_a_link_to_the_input_too()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Directory.CreateSymbolicLink(Path.Combine(site, "output"), Path.Combine(site, "input"));

        var before = TemporaryFolder.Snapshot(folder.Path);

        await using var session = new PreviewSession(new BuildOptions { RootPath = site });
        var first = await session.StartAsync(FreePort.Next(), TestContext.Current.CancellationToken);

        Assert.True(first.IsUsageError, string.Join("\n", first.Diagnostics));
        Assert.Contains(first.Diagnostics, d => d.Message.Contains("is the input folder", StringComparison.Ordinal));
        CleanFailure.AssertUnchanged(before, TemporaryFolder.Snapshot(folder.Path));
    }

    [Fact]
    public async Task An_output_equal_to_the_site_root_with_the_input_elsewhere_is_refused()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Directory.Move(Path.Combine(site, "input"), folder.Combine("content"));

        await CleanFailure.AssertAsync(folder.Path, 2, "is the site folder",
            "build", "--root", site, "--input", folder.Combine("content"), "--output", site);
    }

    [Fact]
    public async Task An_output_path_of_dot_dot_is_refused_because_it_contains_the_site()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");

        await CleanFailure.AssertAsync(folder.Path, 2, "contains the site folder", "build", "--root", site, "-s", "OutputPath=..");
    }

    [Fact]
    public async Task An_output_that_is_a_link_to_a_parent_of_the_root_is_refused()
    {
        using var folder = new TemporaryFolder();
        using var links = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        // The link lives outside the watched folder, so the snapshot does not walk around it forever.
        var link = links.Combine("public");
        Directory.CreateSymbolicLink(link, folder.Path);

        await CleanFailure.AssertAsync(folder.Path, 2, "contains the site folder", "build", "--root", site, "--output", link);
    }

    [Fact]
    public async Task An_output_inside_the_theme_is_refused()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        folder.CopyFrom(Path.Combine(AppContext.BaseDirectory, "themes", "default"), Path.Combine("site", "themes", "default"));

        await CleanFailure.AssertAsync(folder.Path, 2, "lies inside the theme folder",
            "build", "--root", site, "--output", Path.Combine(site, "themes", "default", "public"));
    }

    [Fact]
    public async Task An_output_that_holds_the_settings_file_given_by_config_is_refused()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Directory.CreateDirectory(folder.Combine("conf"));
        File.Move(Path.Combine(site, "statiq.json"), folder.Combine("conf", "statiq.json"));

        await CleanFailure.AssertAsync(folder.Path, 2, "contains the settings file",
            "build", "--root", site, "--config", folder.Combine("conf", "statiq.json"), "--output", folder.Combine("conf"));
    }

    [Fact]
    public async Task Files_the_build_never_wrote_survive_two_rebuilds_and_the_preview()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var output = Path.Combine(site, "output");
        Assert.Equal(0, (await WuzhenCommand.RunAsync("build", "--root", site)).ExitCode);
        var foreign = new Dictionary<string, string>
        {
            [".git/HEAD"] = "ref: refs/heads/gh-pages\n",
            ["CNAME"] = "news.example.org\n",
            [".well-known/x"] = "proof\n",
            ["en/keep.txt"] = "mine\n",
        };
        foreach (var (relative, text) in foreign)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(output, relative))!);
            File.WriteAllText(Path.Combine(output, relative), text);
        }

        Assert.Equal(0, (await WuzhenCommand.RunAsync("build", "--root", site)).ExitCode);
        File.Delete(Path.Combine(site, "input", "pages", "about.md"));
        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);
        Assert.True(exitCode == 0, log);
        AssertForeignFilesKept(output, foreign);
        Assert.False(Directory.Exists(Path.Combine(output, "en", "about")), "a page no longer produced is deleted with the folder the build made for it");
        Assert.True(File.Exists(Path.Combine(output, "en", "index.html")));

        await using (var session = new PreviewSession(new BuildOptions { RootPath = site }))
        {
            Assert.True((await session.StartAsync(FreePort.Next(), TestContext.Current.CancellationToken)).Succeeded);
            var article = Path.Combine(site, "input", "news", "third-day.md");
            File.WriteAllText(article, File.ReadAllText(article).Replace("Third day turns to training", "Third day turns to skills", StringComparison.Ordinal));
            await session.RebuildAsync([article], Path.Combine(site, "statiq.json"));
            Assert.True(session.LastResult!.Succeeded);
        }

        AssertForeignFilesKept(output, foreign);
    }

    [Fact]
    public async Task A_folder_wuzhen_did_not_write_is_refused_until_clean_adopts_it_keeping_its_files()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        var output = Path.Combine(site, "output");
        var foreign = new Dictionary<string, string> { ["notes.txt"] = "draft notes\n", [".git/HEAD"] = "ref\n", ["en/keep.txt"] = "mine\n" };
        foreach (var (relative, text) in foreign)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(output, relative))!);
            File.WriteAllText(Path.Combine(output, relative), text);
        }

        var refused = await CleanFailure.AssertAsync(folder.Path, 2, "was not written by wuzhen", "build", "--root", site);
        Assert.Contains("notes.txt", refused);
        Assert.Contains("--clean", refused);

        var (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site, "--clean");
        Assert.True(exitCode == 0, log);
        AssertForeignFilesKept(output, foreign);
        Assert.True(File.Exists(Path.Combine(output, "en", "index.html")));

        // Adopted: the next build needs no --clean and still keeps them.
        (exitCode, log) = await WuzhenCommand.RunAsync("build", "--root", site);
        Assert.True(exitCode == 0, log);
        AssertForeignFilesKept(output, foreign);
    }

    [Fact]
    public async Task An_output_path_that_is_a_file_is_refused_with_one_line()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.WriteAllText(Path.Combine(site, "output"), "not a folder");

        await CleanFailure.AssertAsync(folder.Path, 2, "is a file, not a folder", "build", "--root", site);
    }

    [Fact]
    public async Task An_output_folder_that_cannot_be_created_is_refused_with_one_line()
    {
        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        File.WriteAllText(Path.Combine(site, "notes.txt"), "a file");

        await CleanFailure.AssertAsync(folder.Path, 2, "cannot be created", "build", "--root", site, "--output", Path.Combine(site, "notes.txt", "public"));
    }

    [Fact]
    public async Task A_subfolder_the_user_cannot_write_fails_the_swap_and_the_previous_site_stays()
    {
        if (NobodyRunner.Unavailable() is { } reason)
        {
            Assert.Skip(reason);
        }

        using var folder = new TemporaryFolder();
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Assert.Equal(0, (await WuzhenCommand.RunAsync("build", "--root", site)).ExitCode);
        var article = Path.Combine(site, "input", "news", "third-day.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("Third day turns to training", "Third day turns to skills", StringComparison.Ordinal));
        NobodyRunner.GiveToNobody(folder.Path);
        // Root keeps en/: nobody can neither move it (its '..' entry) nor change what is inside.
        NobodyRunner.GiveToRoot(Path.Combine(site, "output", "en"));
        var before = TemporaryFolder.Snapshot(folder.Path);

        var (exitCode, log) = NobodyRunner.Run("build", "--root", site);

        Assert.True(exitCode == 2, $"exit {exitCode}\n{log}");
        Assert.Contains("permission denied", log);
        Assert.Contains("The previous site is as it was", log);
        Assert.DoesNotContain("   at ", log);
        CleanFailure.AssertUnchanged(before, TemporaryFolder.Snapshot(folder.Path));
    }

    [Fact]
    public async Task A_failure_at_any_file_operation_of_a_real_swap_leaves_the_previous_site_and_all_else_byte_for_byte()
    {
        using var baseline = new TemporaryFolder();
        await PrepareRebuildAsync(baseline);
        var (count, _) = await CountSwapOperationsAsync(baseline);

        var undone = 0;
        for (var n = 1; n <= count; n++)
        {
            using var attempt = new TemporaryFolder();
            var site = Path.Combine(attempt.CopyFrom(baseline.Path, "work"), "site");
            var before = TemporaryFolder.Snapshot(attempt.Path);

            var result = await SiteBuilder.BuildAsync(new BuildOptions { RootPath = site, FileOperations = new FaultyFileOperations(FileOperations.Real, n) }, TestContext.Current.CancellationToken);

            if (result.Succeeded)
            {
                // Past the commit point: the new site is in place; only a leftover could not be deleted.
                Assert.Contains("skills", File.ReadAllText(Path.Combine(site, "output", "en", "news", "third-day", "index.html")));
                Assert.Contains(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning && d.Message.Contains("could not be deleted", StringComparison.Ordinal));
                continue;
            }

            var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.True(result.IsUsageError, error.ToString());
            Assert.DoesNotContain("   at ", error.ToString());
            undone += error.Message.Contains("The previous site is as it was", StringComparison.Ordinal) ? 1 : 0;
            CleanFailure.AssertUnchanged(before, TemporaryFolder.Snapshot(attempt.Path));
        }

        Assert.True(undone >= 10, $"only {undone} of {count} operations failed inside the swap");
    }

    [Fact]
    public async Task A_crash_at_any_file_operation_of_a_real_swap_is_undone_or_finished_by_the_next_build()
    {
        using var baseline = new TemporaryFolder();
        var previousOutput = TemporaryFolder.Snapshot(Path.Combine(await PrepareRebuildAsync(baseline), "output"));
        var (count, newOutput) = await CountSwapOperationsAsync(baseline);

        for (var n = 1; n <= count; n++)
        {
            using var attempt = new TemporaryFolder();
            var site = Path.Combine(attempt.CopyFrom(baseline.Path, "work"), "site");
            await SiteBuilder.BuildAsync(new BuildOptions { RootPath = site, FileOperations = new FaultyFileOperations(FileOperations.Real, n, crash: true) }, TestContext.Current.CancellationToken);

            // The next build finds the journal the "dead" one left, then fails on content: the site it leaves is the one the journal settled on.
            File.WriteAllText(Path.Combine(site, "input", "news", "empty.md"), "");
            var next = await SiteBuilder.BuildAsync(new BuildOptions { RootPath = site }, TestContext.Current.CancellationToken);

            Assert.False(next.Succeeded);
            var output = TemporaryFolder.Snapshot(Path.Combine(site, "output"));
            Assert.True(SameSite(previousOutput, output) || SameSite(newOutput, output),
                $"after a crash at operation {n} of {count}, the output is neither the previous site nor the new one");
        }
    }

    /// <summary>A built fixture site with someone else's files in its output, and an edited article to rebuild; returns the site folder.</summary>
    private static async Task<string> PrepareRebuildAsync(TemporaryFolder folder)
    {
        var site = folder.CopyFrom(RepositoryPaths.Fixture("minimal-site"), "site");
        Assert.True((await SiteBuilder.BuildAsync(new BuildOptions { RootPath = site }, TestContext.Current.CancellationToken)).Succeeded);
        File.WriteAllText(Path.Combine(site, "output", "en", "keep.txt"), "mine\n");
        File.WriteAllText(Path.Combine(site, "output", "CNAME"), "news.example.org\n");
        var article = Path.Combine(site, "input", "news", "third-day.md");
        File.WriteAllText(article, File.ReadAllText(article).Replace("Third day turns to training", "Third day turns to skills", StringComparison.Ordinal));
        return site;
    }

    /// <summary>How many file operations the rebuild's swap makes, and the output it leaves.</summary>
    private static async Task<(int Count, Dictionary<string, byte[]> Output)> CountSwapOperationsAsync(TemporaryFolder baseline)
    {
        using var dry = new TemporaryFolder();
        var site = Path.Combine(dry.CopyFrom(baseline.Path, "work"), "site");
        var counting = new FaultyFileOperations(FileOperations.Real);
        Assert.True((await SiteBuilder.BuildAsync(new BuildOptions { RootPath = site, FileOperations = counting }, TestContext.Current.CancellationToken)).Succeeded);
        return (counting.Count, TemporaryFolder.Snapshot(Path.Combine(site, "output")));
    }

    /// <summary>The same files, and manifests that own the same paths (their stamps hold each copy's own modification times).</summary>
    private static bool SameSite(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        static Dictionary<string, byte[]> Site(Dictionary<string, byte[]> files) => files.Where(pair => pair.Key != OwnedOutput.FileName).ToDictionary();
        static string Owned(Dictionary<string, byte[]> files) => files.TryGetValue(OwnedOutput.FileName, out var bytes)
            ? string.Join("\n", OwnedOutput.Parse(bytes).Files.Order(StringComparer.Ordinal)) + "|" + string.Join("\n", OwnedOutput.Parse(bytes).Folders.Order(StringComparer.Ordinal))
            : "";
        return SameFiles(Site(expected), Site(actual)) && Owned(expected) == Owned(actual);
    }

    private static bool SameFiles(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual) =>
        expected.Count == actual.Count && expected.All(pair => actual.TryGetValue(pair.Key, out var bytes) && bytes.AsSpan().SequenceEqual(pair.Value));

    private static void AssertForeignFilesKept(string output, Dictionary<string, string> foreign)
    {
        foreach (var (relative, text) in foreign)
        {
            var path = Path.Combine(output, relative);
            Assert.True(File.Exists(path), $"{relative} was deleted");
            Assert.Equal(text, File.ReadAllText(path));
        }
    }

    /// <summary>Runs the built <c>wuzhen.dll</c> as user nobody, where this machine allows it (tests run as root, who may write anything).</summary>
    private static class NobodyRunner
    {
        private static readonly string Program = Path.Combine(AppContext.BaseDirectory, "wuzhen.dll");

        public static string? Unavailable()
        {
            if (!OperatingSystem.IsLinux())
            {
                return "Needs Linux (setpriv) to run the build as another user.";
            }

            if (Environment.UserName != "root")
            {
                return "Needs to run as root to hand the site to user nobody.";
            }

            if (!File.Exists("/usr/bin/setpriv"))
            {
                return "setpriv is not installed, so the build cannot run as user nobody.";
            }

            var (exitCode, log) = Run("--version");
            return exitCode == 0 ? null : $"User nobody cannot run {Program} here: {log}";
        }

        public static (int ExitCode, string Log) Run(params string[] args)
        {
            var start = new ProcessStartInfo("/usr/bin/setpriv") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in (string[])["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", Program, .. args])
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["HOME"] = "/tmp";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output.Result + error);
        }

        public static void GiveToNobody(string folder) => Chown(folder, 65534);

        public static void GiveToRoot(string folder) => Chown(folder, 0);

        private static void Chown(string folder, int id)
        {
            using var process = Process.Start("chown", ["-R", $"{id}:{id}", folder])!;
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }
    }
}
