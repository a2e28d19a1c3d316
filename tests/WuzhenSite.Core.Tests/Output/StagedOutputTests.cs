using WuzhenSite.Output;

namespace WuzhenSite.Core.Tests.Output;

public sealed class StagedOutputTests : IDisposable
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "wuzhen-staging-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Commit_replaces_the_previous_site_with_the_staged_one()
    {
        Directory.CreateDirectory(Path.Combine(_output, "old"));
        File.WriteAllText(Path.Combine(_output, "old", "index.html"), "old");
        File.WriteAllText(Path.Combine(_output, "index.html"), "old home");

        var staged = StagedOutput.Begin(_output);
        File.WriteAllText(Path.Combine(staged.StagingRoot, "index.html"), "new home");
        staged.Commit();

        Assert.Equal(["index.html"], Directory.EnumerateFileSystemEntries(_output).Select(Path.GetFileName));
        Assert.Equal("new home", File.ReadAllText(Path.Combine(_output, "index.html")));
    }

    [Fact]
    public void Abandon_leaves_the_previous_site_exactly_as_it_was()
    {
        File.WriteAllText(Path.Combine(Directory.CreateDirectory(_output).FullName, "index.html"), "old home");
        var before = Snapshot();

        var staged = StagedOutput.Begin(_output);
        File.WriteAllText(Path.Combine(staged.StagingRoot, "index.html"), "half-built");
        staged.Abandon();

        Assert.Equal(before, Snapshot());
    }

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
