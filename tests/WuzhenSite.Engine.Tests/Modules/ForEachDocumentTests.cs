using System.Collections.Immutable;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Engine.Pipelines;

namespace WuzhenSite.Engine.Tests.Modules;

public sealed class ForEachDocumentTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    public async Task Each_document_goes_through_the_whole_chain_alone_and_outputs_keep_input_order(int parallelism)
    {
        var batchSizes = new List<int>();
        var names = Enumerable.Range(0, 100).Select(i => $"doc-{i:000}").ToArray();
        var chain = new ForEachDocument(
            new Lambda((inputs, _) =>
            {
                lock (batchSizes)
                {
                    batchSizes.Add(inputs.Length);
                }

                return inputs;
            }),
            TestModules.Append("!"),
            new Lambda((inputs, _) => inputs[0].Source == "doc-050" ? [] : inputs.Add(Document.Create(inputs[0].Source + "-copy"))));
        var engine = new PipelineEngine([new Pipeline("P", input: [TestModules.Create(names)], process: [chain])], new EngineOptions { MaxDegreeOfParallelism = parallelism });

        var result = await engine.RunAsync(TestContext.Current.CancellationToken);

        Assert.All(batchSizes, size => Assert.Equal(1, size));
        var expected = names.Where(n => n != "doc-050").SelectMany(n => new[] { n, n + "-copy" });
        Assert.Equal(expected, result.OutputsOf("P", Phase.Output).Select(d => d.Source));
        Assert.Equal("!", result.OutputsOf("P", Phase.Output)[0].Content.ReadText());
    }
}
