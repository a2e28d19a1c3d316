using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Engine.Pipelines;

namespace WuzhenSite.Engine.Tests.Modules;

public sealed class PerDocumentModuleTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public async Task Keeps_input_order_whatever_the_parallelism_and_timing(int parallelism)
    {
        var names = Enumerable.Range(0, 200).Select(i => $"doc-{i:000}").ToArray();
        var engine = new PipelineEngine(
            [new Pipeline("P", input: [TestModules.Create(names)], process: [new JitteryUppercase()])],
            new EngineOptions { MaxDegreeOfParallelism = parallelism, KeepEveryPhase = true });

        var result = await engine.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(names.Select(n => n.ToUpperInvariant()), result.OutputsOf("P", Phase.Process).Select(d => d.Content.ReadText()));
    }

    [Fact]
    public async Task Returning_no_documents_drops_the_input_and_several_split_it()
    {
        var engine = new PipelineEngine([new Pipeline("P", input: [TestModules.Create("drop", "split", "keep")], process: [new DropOrSplit()])], new EngineOptions { KeepEveryPhase = true });

        var result = await engine.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["split-1", "split-2", "keep"], result.OutputsOf("P", Phase.Process).Select(d => d.Source));
    }

    private sealed class JitteryUppercase : PerDocumentModule
    {
        protected override async ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
        {
            // Later documents often finish first; order must not depend on it.
            await Task.Delay(input.Source!.GetHashCode() & 3, context.CancellationToken);
            return [input.WithText(input.Source!.ToUpperInvariant())];
        }
    }

    private sealed class DropOrSplit : PerDocumentModule
    {
        protected override ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context) =>
            ValueTask.FromResult<IEnumerable<Document>>(input.Source switch
            {
                "drop" => [],
                "split" => [Document.Create("split-1"), Document.Create("split-2")],
                _ => [input],
            });
    }
}
