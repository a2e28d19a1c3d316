using WuzhenSite.Output;

namespace WuzhenSite.Core.Tests.Output;

public sealed class StagedOutputTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "wuzhen-staging-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Commit_replaces_the_previous_site_with_the_staged_one()
    {
        var previous = Begin();
        Directory.CreateDirectory(Path.Combine(previous.StagingRoot, "old"));
        Stage(previous, Path.Combine("old", "index.html"), "old");
        Stage(previous, "index.html", "old home");
        previous.Commit();

        var staged = Begin();
        Stage(staged, "index.html", "new home");
        staged.Commit();

        Assert.Equal([".wuzhen-manifest", "index.html"], Directory.EnumerateFileSystemEntries(_output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("new home", File.ReadAllText(Path.Combine(_output, "index.html")));
    }

    [Fact]
    public void Abandon_leaves_the_previous_site_exactly_as_it_was()
    {
        var previous = Begin();
        Stage(previous, "index.html", "old home");
        previous.Commit();
        var before = Snapshot();

        var staged = Begin();
        Stage(staged, "index.html", "half-built");
        staged.Abandon();

        Assert.Equal(before, Snapshot());
    }

    /// <summary>Writes a file into the staging folder as WriteFiles does, recording it for the swap.</summary>
    private static void Stage(StagedOutput staged, string relative, string text)
    {
        var path = Path.Combine(staged.StagingRoot, relative);
        File.WriteAllText(path, text);
        staged.RecordWritten(path, text);
    }

    private StagedOutput Begin() => StagedOutput.Begin(OutputFolder.Open(_output, "output", adopt: false, FileOperations.Real));

    public void Dispose()
    {
        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(_output, f), File.ReadAllText);
}
