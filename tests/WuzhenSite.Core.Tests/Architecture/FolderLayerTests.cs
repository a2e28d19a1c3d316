using Microsoft.CodeAnalysis;

namespace WuzhenSite.Core.Tests.Architecture;

/// <summary>
/// Core's top-level folders read as layers: which folder uses which is measured from the compiled
/// sources (<see cref="FolderGraph"/>), has no cycle, and is exactly the layer table of
/// docs/architecture.md (the test reads the table from the doc, so the doc cannot drift).
/// </summary>
public sealed class FolderLayerTests
{
    /// <summary>What Core's source generators (regular expressions, System.Text.Json) would add: without them these members are missing, and nothing else may be.</summary>
    private static readonly IReadOnlySet<string> GeneratedMemberErrors = new SortedSet<string>(StringComparer.Ordinal) { "CS8795", "CS0534", "CS0117", "CS7036" };

    [Fact]
    public void Cores_sources_compile_for_the_measurement_but_for_what_source_generators_add()
    {
        var errors = CoreCompilation.Value.GetDiagnostics(TestContext.Current.CancellationToken)
            .Where(d => d.Severity == DiagnosticSeverity.Error && !GeneratedMemberErrors.Contains(d.Id))
            .Select(d => d.ToString())
            .ToList();

        Assert.True(errors.Count == 0, "Names the graph could not resolve:\n" + string.Join('\n', errors.Take(20)));
    }

    [Fact]
    public void No_folder_of_Core_reaches_itself_through_the_folders_it_uses()
    {
        var cycles = Graph.Value.Cycles();

        Assert.True(cycles.Count == 0, "Folders that use each other:\n" + string.Join('\n', cycles.Select(cycle =>
            string.Join(", ", cycle) + ":\n  " + string.Join("\n  ", cycle.SelectMany(from => Graph.Value.Edges.GetValueOrDefault(from)?
                .Where(e => cycle.Contains(e.Key)).Select(e => $"{from} -> {e.Key}: {e.Value}") ?? [])))));
    }

    [Fact]
    public void The_folders_use_exactly_what_the_layer_table_of_the_architecture_doc_allows()
    {
        var table = LayerTable.Read(Path.Combine(CoreSources.RepositoryRoot, "docs", "architecture.md"));
        var graph = Graph.Value;

        var unlisted = graph.Folders.Except(table.Keys).ToList();
        var missing = table.Keys.Except(graph.Folders).ToList();
        var undocumented = graph.Edges.SelectMany(e => e.Value
            .Where(to => !(table.TryGetValue(e.Key, out var allowed) && allowed.Contains(to.Key)))
            .Select(to => $"{e.Key} uses {to.Key}: {to.Value}")).ToList();
        var unused = table.SelectMany(row => row.Value
            .Where(to => !graph.Uses(row.Key).Contains(to))
            .Select(to => $"{row.Key} is listed as using {to}, but does not")).ToList();

        Assert.True(unlisted.Count + missing.Count + undocumented.Count + unused.Count == 0, string.Join('\n',
            unlisted.Select(f => $"Core/{f}/ is not in the layer table of docs/architecture.md.")
                .Concat(missing.Select(f => $"The layer table lists {f}, which is not a folder of Core."))
                .Concat(undocumented.Select(e => "Not allowed by the layer table: " + e + " (move the file, or change the table and say why)."))
                .Concat(unused.Select(e => e + " (take it out of the table)."))));
    }

    [Fact]
    public void The_layer_table_lists_every_folder_below_the_folders_that_use_it()
    {
        var table = LayerTable.Read(Path.Combine(CoreSources.RepositoryRoot, "docs", "architecture.md"));
        var order = table.Keys.ToList();

        var upward = table.SelectMany(row => row.Value
            .Where(to => order.IndexOf(to) > order.IndexOf(row.Key))
            .Select(to => $"{row.Key} uses {to}, which the table lists after it")).ToList();

        Assert.True(upward.Count == 0, "The layer table reads bottom-up: a folder comes after every folder it uses.\n" + string.Join('\n', upward));
    }

    private static readonly Lazy<Microsoft.CodeAnalysis.CSharp.CSharpCompilation> CoreCompilation = new(CoreSources.Compile);

    private static readonly Lazy<FolderGraph> Graph = new(() => FolderGraph.Of(CoreCompilation.Value));
}
