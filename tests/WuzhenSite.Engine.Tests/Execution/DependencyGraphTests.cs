using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Pipelines;

namespace WuzhenSite.Engine.Tests.Execution;

public sealed class DependencyGraphTests
{
    [Fact]
    public void Orders_dependencies_before_dependents_keeping_declaration_order_otherwise()
    {
        var graph = DependencyGraph.Build([
            new Pipeline("C", dependencies: ["B"]),
            new Pipeline("A"),
            new Pipeline("B", dependencies: ["A"]),
            new Pipeline("D"),
        ]);

        Assert.Equal(["A", "B", "C", "D"], graph.Ordered.Select(p => p.Name));
    }

    [Fact]
    public void Knows_transitive_dependencies()
    {
        var graph = DependencyGraph.Build([new Pipeline("A"), new Pipeline("B", ["A"]), new Pipeline("C", ["B"])]);

        Assert.True(graph.DependsOn("C", "A"));
        Assert.False(graph.DependsOn("A", "C"));
    }

    [Fact]
    public void Rejects_an_unknown_dependency_naming_both_pipelines()
    {
        var error = Assert.Throws<InvalidOperationException>(() => DependencyGraph.Build([new Pipeline("A", ["Missing"])]));

        Assert.Contains("'A'", error.Message);
        Assert.Contains("'Missing'", error.Message);
    }

    [Fact]
    public void Rejects_a_cycle_and_shows_it()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            DependencyGraph.Build([new Pipeline("A", ["C"]), new Pipeline("B", ["A"]), new Pipeline("C", ["B"])]));

        Assert.Contains("cycle", error.Message);
        Assert.Contains("A -> C -> B -> A", error.Message);
    }

    [Fact]
    public void Rejects_two_pipelines_with_one_name()
    {
        Assert.Throws<InvalidOperationException>(() => DependencyGraph.Build([new Pipeline("A"), new Pipeline("A")]));
    }
}
