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
        File.WriteAllText(Path.Combine(previous.StagingRoot, "old", "index.html"), "old");
        File.WriteAllText(Path.Combine(previous.StagingRoot, "index.html"), "old home");
        previous.Commit();

        var staged = Begin();
        File.WriteAllText(Path.Combine(staged.StagingRoot, "index.html"), "new home");
        staged.Commit();

        Assert.Equal([".wuzhen-manifest", "index.html"], Directory.EnumerateFileSystemEntries(_output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("new home", File.ReadAllText(Path.Combine(_output, "index.html")));
    }

    [Fact]
    public void Abandon_leaves_the_previous_site_exactly_as_it_was()
    {
        var previous = Begin();
        File.WriteAllText(Path.Combine(previous.StagingRoot, "index.html"), "old home");
        previous.Commit();
        var before = Snapshot();

        var staged = Begin();
        File.WriteAllText(Path.Combine(staged.StagingRoot, "index.html"), "half-built");
        staged.Abandon();

        Assert.Equal(before, Snapshot());
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
