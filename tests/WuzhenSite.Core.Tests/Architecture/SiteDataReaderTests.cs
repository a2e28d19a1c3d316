using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace WuzhenSite.Core.Tests.Architecture;

/// <summary>
/// The parsed pages are grouped once, by the SiteIndex pipeline: after Content, no module reads the
/// Content or Profiles pipeline's documents itself (it would group them again), it reads the
/// <c>SiteIndex</c>. Measured on the compiled sources: every <c>PipelineContext.OutputsOf(PipelineNames.…)</c> call.
/// </summary>
public sealed class SiteDataReaderTests
{
    /// <summary>The pipelines whose documents are the parsed pages.</summary>
    private static readonly IReadOnlySet<string> PagePipelines = new SortedSet<string>(StringComparer.Ordinal) { "Content", "Profiles" };

    /// <summary>
    /// Content's own modules run before the index exists (transcripts read the profiles); SiteData builds the index;
    /// Images reads no page, only the list of photo files each page's figures name (<c>ImageKeys.Derivatives</c>), to make them.
    /// </summary>
    private static readonly IReadOnlySet<string> AllowedFolders = new SortedSet<string>(StringComparer.Ordinal) { "Content", "Images", "SiteData" };

    [Fact]
    public void Only_the_site_index_reads_the_parsed_pages_after_the_Content_pipeline()
    {
        var compilation = CoreSources.Compile();
        var readers = new List<string>();
        var calls = 0;
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (CoreSources.TopFolderOf(tree.FilePath) is not { } folder)
            {
                continue;
            }

            var model = compilation.GetSemanticModel(tree);
            foreach (var call in tree.GetRoot(TestContext.Current.CancellationToken).DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                // Modules read through PipelineContext; a finished run's EngineResult is read once, after the build.
                if (model.GetSymbolInfo(call, TestContext.Current.CancellationToken).Symbol is not IMethodSymbol { Name: "OutputsOf", ContainingType.Name: "PipelineContext" })
                {
                    continue;
                }

                calls++;
                var pipelines = call.ArgumentList.Arguments
                    .Select(a => model.GetSymbolInfo(a.Expression, TestContext.Current.CancellationToken).Symbol)
                    .OfType<IFieldSymbol>()
                    .Where(f => f.ContainingType.Name == "PipelineNames" && PagePipelines.Contains(f.Name));
                foreach (var pipeline in pipelines)
                {
                    if (!AllowedFolders.Contains(folder))
                    {
                        var line = call.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        readers.Add($"{Path.GetRelativePath(CoreSources.Folder, tree.FilePath)}:{line} reads the {pipeline.Name} pipeline's pages");
                    }
                }
            }
        }

        Assert.True(calls > 0, "No OutputsOf call was found: the measurement sees nothing.");
        Assert.True(readers.Count == 0, "Read these from SiteIndex.From(context) (add the grouping to SiteData/SitePages.cs if it is missing):\n" + string.Join('\n', readers));
    }
}
