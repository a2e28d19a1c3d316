using WuzhenSite.Output;

namespace WuzhenSite.Core.Tests.Output;

/// <summary>
/// The swap that puts a staged build in place: only what the previous build owned is replaced,
/// whole folders move when nobody else's files are in them, and a failure or a crash at any file
/// operation leaves the previous site (or, past the commit point, the new one) byte for byte.
/// </summary>
public sealed class OutputSwapTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "wuzhen-swap-" + Guid.NewGuid().ToString("N"));

    private string Output => Path.Combine(_root, "output");

    [Fact]
    public void A_folder_holding_only_owned_files_moves_whole_however_many_files_it_has()
    {
        var staged = Tree(Enumerable.Range(0, 2000).Select(i => $"en/news/{i}/index.html").Append("index.html"));
        var live = Tree(Enumerable.Range(0, 1999).Select(i => $"en/news/{i}/index.html").Append("index.html"));
        var previous = new OwnedOutput(live.Files().ToHashSet(StringComparer.Ordinal), live.Folders().ToHashSet(StringComparer.Ordinal));

        var plan = SwapPlan.Create(staged, live, previous);

        Assert.Equal(4, plan.Moves.Count); // en and index.html: each moved aside, then the new one in.
        Assert.Empty(plan.Conflicts);
        Assert.Equal(2001, plan.Owned.Files.Count);
    }

    [Fact]
    public void The_plan_descends_only_where_foreign_files_live_and_leaves_them()
    {
        var staged = Tree(["en/index.html", "en/news/a/index.html", "zh/index.html"]);
        var live = Tree(["en/index.html", "en/keep.txt", "en/news/a/index.html", "en/news/old/index.html", "zh/index.html", "CNAME"]);
        var previous = new OwnedOutput(
            new HashSet<string>(["en/index.html", "en/news/a/index.html", "en/news/old/index.html", "zh/index.html"], StringComparer.Ordinal),
            new HashSet<string>(["en", "en/news", "en/news/a", "en/news/old", "zh"], StringComparer.Ordinal));

        var plan = SwapPlan.Create(staged, live, previous);

        var touched = plan.Moves.SelectMany(m => new[] { m.From, m.To }).ToList();
        Assert.DoesNotContain("en/keep.txt", touched);
        Assert.DoesNotContain("CNAME", touched);
        Assert.DoesNotContain("en", touched);
        Assert.Contains("en/news", touched); // wholly owned: moved as one
        Assert.Contains(new SwapMove(".wuzhen-staging/zh", "zh"), plan.Moves);
        Assert.Contains("en", plan.Owned.Folders);
    }

    [Fact]
    public void A_foreign_folder_where_the_site_writes_a_file_is_a_conflict_not_a_deletion()
    {
        var plan = SwapPlan.Create(Tree(["robots.txt"]), Tree(["robots.txt/mine"]), OwnedOutput.None);

        Assert.Equal(["robots.txt"], plan.Conflicts);
    }

    [Fact]
    public void Commit_keeps_foreign_files_and_deletes_what_the_previous_build_owned_and_no_longer_writes()
    {
        BuildPrevious();
        Write("en/keep.txt", "mine");
        Write("CNAME", "example.org");

        Commit(FileOperations.Real, ["en/index.html", "zh/index.html"]);

        Assert.Equal("new en/index.html", File.ReadAllText(Path.Combine(Output, "en", "index.html")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Output, "en", "keep.txt")));
        Assert.Equal("example.org", File.ReadAllText(Path.Combine(Output, "CNAME")));
        Assert.False(Directory.Exists(Path.Combine(Output, "en", "news")));
        Assert.Equal([".wuzhen-manifest", "CNAME", "en", "zh"], Directory.EnumerateFileSystemEntries(Output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failure_at_any_operation_of_the_swap_leaves_the_previous_site_byte_for_byte()
    {
        var count = CountOperations();
        for (var n = 1; n <= count; n++)
        {
            ResetToPrevious();
            var before = Snapshot(_root);
            var faulty = new FaultyFileOperations(FileOperations.Real, n);

            var error = Record.Exception(() => Commit(faulty, NewFiles));

            if (error is null)
            {
                // Past the commit point only leftovers may stay, and the next build removes them.
                Assert.Equal("new en/index.html", File.ReadAllText(Path.Combine(Output, "en", "index.html")));
                continue;
            }

            var refused = Assert.IsType<OutputFolderException>(error);
            Assert.True(refused.Message.Contains("The previous site is as it was", StringComparison.Ordinal)
                || refused.Message.Contains("cannot be written", StringComparison.Ordinal), $"operation {n}: {refused.Message}");
            AssertSame(before, Snapshot(_root), $"after a failure at operation {n} of {count}");
        }
    }

    [Fact]
    public void A_crash_at_any_operation_of_the_swap_is_undone_or_finished_by_the_next_build()
    {
        var count = CountOperations();
        var previousSite = SnapshotOfPrevious();
        var newSite = SnapshotOfNew();
        for (var n = 1; n <= count; n++)
        {
            ResetToPrevious();
            Record.Exception(() => Commit(new FaultyFileOperations(FileOperations.Real, n, crash: true), NewFiles));

            var next = OutputFolder.Open(Output, "output", adopt: false, FileOperations.Real);
            StagedOutput.Begin(next).Abandon();

            var after = Snapshot(Output);
            Assert.True(Same(previousSite, after) || Same(newSite, after), $"after a crash at operation {n} of {count} the site is neither the old one nor the new one: {string.Join(", ", after.Keys)}");
        }
    }

    [Fact]
    public void Kept_files_stay_in_place_with_their_time_while_changed_new_and_removed_files_are_swapped()
    {
        ResetToStampedPrevious();
        var kept = File.GetLastWriteTimeUtc(Path.Combine(Output, "en", "news", "a", "index.html"));

        CommitMixed(FileOperations.Real);

        Assert.Equal(kept, File.GetLastWriteTimeUtc(Path.Combine(Output, "en", "news", "a", "index.html")));
        Assert.Equal("old zh/index.html", File.ReadAllText(Path.Combine(Output, "zh", "index.html")));
        Assert.Equal("new en/index.html", File.ReadAllText(Path.Combine(Output, "en", "index.html")));
        Assert.Equal("new en/news/b/index.html", File.ReadAllText(Path.Combine(Output, "en", "news", "b", "index.html")));
        Assert.False(Directory.Exists(Path.Combine(Output, "en", "news", "old")));
        Assert.False(File.Exists(Path.Combine(Output, "404.html")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(Output, "en", "keep.txt")));
        var owned = OwnedOutput.Read(Output)!;
        Assert.Equal(["en/index.html", "en/news/a/index.html", "en/news/b/index.html", "zh/index.html"], owned.Files.Order(StringComparer.Ordinal));
        Assert.Equal(owned.Files.Order(StringComparer.Ordinal), owned.Stamps.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failure_at_any_operation_of_a_swap_mixing_kept_changed_new_and_removed_files_leaves_the_previous_site_byte_for_byte()
    {
        ResetToStampedPrevious();
        var counting = new FaultyFileOperations(FileOperations.Real);
        CommitMixed(counting);
        var count = counting.Count;
        Assert.True(count > 10, $"only {count} operations");
        for (var n = 1; n <= count; n++)
        {
            ResetToStampedPrevious();
            var before = Snapshot(_root);
            var times = Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);

            var error = Record.Exception(() => CommitMixed(new FaultyFileOperations(FileOperations.Real, n)));

            if (error is null)
            {
                Assert.Equal("new en/index.html", File.ReadAllText(Path.Combine(Output, "en", "index.html")));
                continue;
            }

            Assert.IsType<OutputFolderException>(error);
            AssertSame(before, Snapshot(_root), $"after a failure at operation {n} of {count}");
            Assert.All(times, pair => Assert.Equal(pair.Value, File.GetLastWriteTimeUtc(pair.Key)));
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static readonly string[] NewFiles = ["en/index.html", "en/news/b/index.html", "zh/index.html", "index.html"];

    private int CountOperations()
    {
        ResetToPrevious();
        var counting = new FaultyFileOperations(FileOperations.Real);
        Commit(counting, NewFiles);
        Assert.True(counting.Count > 10, $"only {counting.Count} operations");
        return counting.Count;
    }

    private Dictionary<string, byte[]> SnapshotOfPrevious()
    {
        ResetToPrevious();
        return Snapshot(Output);
    }

    private Dictionary<string, byte[]> SnapshotOfNew()
    {
        ResetToPrevious();
        Commit(FileOperations.Real, NewFiles);
        return Snapshot(Output);
    }

    /// <summary>A previous build (en, zh, a stale page) with someone else's files beside and inside it.</summary>
    private void ResetToPrevious()
    {
        Dispose();
        BuildPrevious();
        Write("en/keep.txt", "mine");
        Write(".git/HEAD", "ref");
        Write("CNAME", "example.org");
    }

    private void BuildPrevious() => Commit(FileOperations.Real, ["en/index.html", "en/news/a/index.html", "zh/index.html", "404.html"], "old");

    private void Commit(IFileOperations files, string[] written, string version = "new")
    {
        var staged = StagedOutput.Begin(OutputFolder.Open(Output, "output", adopt: false, files));
        foreach (var file in written)
        {
            var path = Path.Combine(staged.StagingRoot, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"{version} {file}");
            staged.RecordWritten(path, $"{version} {file}");
        }

        staged.Commit();
    }

    private static readonly string[] KeptFiles = ["en/news/a/index.html", "zh/index.html"];

    private static readonly string[] ChangedAndNewFiles = ["en/index.html", "en/news/b/index.html"];

    /// <summary>A previous build whose manifest stamps its files, with someone else's files beside and inside it.</summary>
    private void ResetToStampedPrevious()
    {
        Dispose();
        CommitStamped(FileOperations.Real, [], ["en/index.html", "en/news/a/index.html", "en/news/old/index.html", "zh/index.html", "404.html"], "old");
        Write("en/keep.txt", "mine");
        Write("CNAME", "example.org");
    }

    /// <summary>Keeps two unchanged files, changes one, adds one; the stale page and 404.html are no longer written.</summary>
    private void CommitMixed(IFileOperations files) => CommitStamped(files, KeptFiles, ChangedAndNewFiles, "new");

    private void CommitStamped(IFileOperations files, string[] kept, string[] written, string version)
    {
        var staged = StagedOutput.Begin(OutputFolder.Open(Output, "output", adopt: false, files));
        foreach (var file in kept)
        {
            Assert.True(staged.TryKeep(Path.Combine(staged.StagingRoot, file), $"old {file}"), file);
        }

        foreach (var file in written)
        {
            var path = Path.Combine(staged.StagingRoot, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"{version} {file}");
            staged.RecordWritten(path, $"{version} {file}");
        }

        staged.Commit();
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Output, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static OutputTree Tree(IEnumerable<string> files)
    {
        var tree = new OutputTree();
        foreach (var file in files)
        {
            var node = tree;
            var parts = file.Split('/');
            foreach (var folder in parts[..^1])
            {
                if (!node.Entries.TryGetValue(folder, out var child) || child is null)
                {
                    child = new OutputTree();
                    node.Entries[folder] = child;
                }

                node = child;
            }

            node.Entries[parts[^1]] = null;
        }

        return tree;
    }

    /// <summary>Every entry's bytes; the manifest by the files and folders it owns, since its stamps hold each copy's write times.</summary>
    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Directory.Exists(f) ? [] : Path.GetFileName(f) == OwnedOutput.FileName ? Owned(f) : File.ReadAllBytes(f));

    private static byte[] Owned(string manifest)
    {
        var owned = OwnedOutput.Parse(File.ReadAllBytes(manifest));
        return System.Text.Encoding.UTF8.GetBytes(string.Join('\n', owned.Files.Order(StringComparer.Ordinal).Concat(owned.Folders.Order(StringComparer.Ordinal))));
    }

    private static bool Same(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after) =>
        before.Count == after.Count && before.All(pair => after.TryGetValue(pair.Key, out var bytes) && bytes.AsSpan().SequenceEqual(pair.Value));

    private static void AssertSame(Dictionary<string, byte[]> before, Dictionary<string, byte[]> after, string when) =>
        Assert.True(Same(before, after), $"{when}: [{string.Join(", ", before.Keys.Order())}] became [{string.Join(", ", after.Keys.Order())}]");
}
