using System.Diagnostics;

namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// Where a comparison puts each run's previous output instead of deleting it before the next run.
/// On ext4 without a journal (this machine's disk) the kernel will not reuse an inode freed in the
/// last minute (six while its inode table block is unwritten), and it checks every such inode
/// before it hands out a new one: a build started right after a tree of thousands of files was
/// deleted spends most of its system time in that scan, and the more files it creates the more it
/// pays (docs/performance.md). Deleting between runs measured the harness's own deletions, so the
/// previous output is renamed aside (no inode freed) and everything is deleted once, after the runs.
/// </summary>
internal sealed class RetiredOutputs
{
    /// <summary>How long the kernel keeps a freed inode from reuse once its table block is on disk.</summary>
    public static readonly TimeSpan ReuseDelay = TimeSpan.FromSeconds(61);

    private readonly string _folder;
    private int _count;

    private RetiredOutputs(string folder) => _folder = folder;

    /// <summary>
    /// The retired-outputs folder under <paramref name="outputRoot"/>. Outputs an interrupted run
    /// left there are deleted first, and the harness waits out <see cref="ReuseDelay"/> so they do not
    /// slow this run's first builds.
    /// </summary>
    /// <param name="treeJustDeleted">The caller has just deleted a large tree itself (a rewritten
    /// copy of the corpus): wait for its inodes too.</param>
    public static RetiredOutputs Under(string outputRoot, bool treeJustDeleted = false)
    {
        var folder = Path.Combine(outputRoot, ".retired");
        if (Directory.Exists(folder))
        {
            Console.WriteLine($"deleting outputs an earlier run left in {folder}, then waiting {ReuseDelay.TotalSeconds:0} s for the freed inodes to be reusable");
            DeleteAndSync(folder);
            Thread.Sleep(ReuseDelay);
        }
        else if (treeJustDeleted)
        {
            Console.WriteLine($"waiting {ReuseDelay.TotalSeconds:0} s for the inodes of the rewritten corpus copy to be reusable");
            Sync();
            Thread.Sleep(ReuseDelay);
        }

        return new RetiredOutputs(folder);
    }

    /// <summary>Moves <paramref name="output"/> out of the way, so the next build starts from an empty folder.</summary>
    public void Retire(string output)
    {
        if (!Directory.Exists(output))
        {
            return;
        }

        Directory.CreateDirectory(_folder);
        Directory.Move(output, Path.Combine(_folder, $"{_count++}"));
    }

    /// <summary>Deletes every retired output, after the timed runs.</summary>
    public void DeleteAll()
    {
        if (Directory.Exists(_folder))
        {
            Console.WriteLine($"deleted the {_count} retired outputs; a build started in the next {ReuseDelay.TotalSeconds:0} s on this disk pays for the freed inodes");
            DeleteAndSync(_folder);
        }
    }

    private static void DeleteAndSync(string folder)
    {
        Directory.Delete(folder, recursive: true);
        Sync();
    }

    /// <summary>
    /// Writes every dirty page out. Written out, the freed inodes' table blocks hold them back for
    /// one minute instead of six; and a timed run after it does not pay for the writeback of the run before.
    /// </summary>
    public static void Sync()
    {
        using var sync = Process.Start("sync");
        sync?.WaitForExit();
    }
}
