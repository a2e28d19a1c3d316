using WuzhenSite.Build;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Engine.Pipelines;
using WuzhenSite.Output;

namespace WuzhenSite.Core.Tests.Output;

/// <summary>
/// A write that fails (a full disk, a folder that cannot be written) is an error naming the file
/// and the fix, not an engine failure with an aggregate exception's text; a full disk fails every
/// later write too, so the first three are named and one more line says that others failed.
/// </summary>
public sealed class WriteFailureTests : IDisposable
{
    private readonly string _staging = Path.Combine(Path.GetTempPath(), "wuzhen-write-failure-" + Guid.NewGuid().ToString("N"));

    public WriteFailureTests() => Directory.CreateDirectory(_staging);

    public void Dispose() => Directory.Delete(_staging, recursive: true);

    [Fact]
    public async Task A_failing_write_names_the_file_and_the_fix_and_the_others_are_written()
    {
        var result = await Write(
            Document.Create("news/fine.md", "en/news/fine/index.html", DocumentContent.FromText("<p>fine</p>")),
            Document.Create("news/full.md", "en/news/full/index.html", Failing()));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("news/full.md", error.File);
        Assert.Contains("'en/news/full/index.html' could not be written: No space left on device", error.Message);
        Assert.Contains("Free space on the disk", error.Fix);
        Assert.DoesNotContain("Module", error.Message);
        Assert.Equal("<p>fine</p>", File.ReadAllText(Path.Combine(_staging, "en", "news", "fine", "index.html")));
    }

    [Fact]
    public async Task Many_failing_writes_name_three_and_say_that_more_failed()
    {
        var documents = Enumerable.Range(1, 50)
            .Select(i => Document.Create($"news/story-{i}.md", $"en/news/story-{i}/index.html", Failing()))
            .ToArray();

        var result = await Write(documents);

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal(4, errors.Count);
        Assert.Equal(3, errors.Count(e => e.Message.Contains("could not be written: No space left on device", StringComparison.Ordinal)));
        Assert.Single(errors, e => e.Message.StartsWith("More files could not be written either", StringComparison.Ordinal));
    }

    private static DocumentContent Failing() =>
        DocumentContent.FromFactory(() => throw new IOException("No space left on device"));

    private async Task<EngineResult> Write(params Document[] documents)
    {
        var engine = new PipelineEngine([
            new Pipeline("Pages",
                input: [new Lambda((inputs, _) => inputs.AddRange(documents))],
                output: [new WriteFiles(_staging, new BuildStatistics())]),
        ]);
        return await engine.RunAsync(TestContext.Current.CancellationToken);
    }
}
