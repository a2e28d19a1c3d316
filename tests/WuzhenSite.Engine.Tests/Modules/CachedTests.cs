using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Engine.Pipelines;

namespace WuzhenSite.Engine.Tests.Modules;

public sealed class CachedTests
{
    [Fact]
    public async Task Only_documents_whose_content_changed_are_processed_again_and_order_is_kept()
    {
        var cache = new ResultCache();
        var processed = new List<string>();
        var upper = new Lambda((inputs, _) =>
        {
            lock (processed)
            {
                processed.AddRange(inputs.Select(d => d.Source!));
            }

            return [.. inputs.Select(d => d.WithText(d.Content.ReadText().ToUpperInvariant()))];
        });

        async Task<string[]> Run(params (string Source, string Text)[] files)
        {
            var input = new Lambda((docs, _) => docs.AddRange(files.Select(f => Document.Create(f.Source, content: DocumentContent.FromText(f.Text)))));
            var result = await new PipelineEngine([new Pipeline("P", input: [input], process: [new Cached(cache, upper)])], new EngineOptions { KeepEveryPhase = true }).RunAsync(TestContext.Current.CancellationToken);
            return [.. result.OutputsOf("P", Phase.Process).Select(d => d.Content.ReadText())];
        }

        Assert.Equal(["A", "B", "C"], await Run(("a", "a"), ("b", "b"), ("c", "c")));
        processed.Clear();

        Assert.Equal(["A", "B2", "C"], await Run(("a", "a"), ("b", "b2"), ("c", "c")));
        Assert.Equal(["b"], processed);
        Assert.Equal((2, 1), (cache.LastHits, cache.LastMisses));
    }
}
