using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace WuzhenSite.Core.Tests.Architecture;

/// <summary>
/// Which top-level folder of Core refers to which: every name in every file is resolved to the
/// symbol it means, and the symbol to the folder of the file that declares its type. A reference
/// inside one folder is no edge.
/// </summary>
internal sealed class FolderGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, (string Example, SortedSet<string> Types)>> _found = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, SortedDictionary<string, string>> _edges = new(StringComparer.Ordinal);

    private FolderGraph()
    {
    }

    /// <summary>The folders each folder uses, each edge with its first use and every type it uses there ("Lists/GenerateLists.cs:27 uses SiteIndex (SiteIndex, SitePages)").</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, string>> Edges => _edges;

    /// <summary>The folders that hold Core's files (including those that use nothing).</summary>
    public SortedSet<string> Folders { get; } = new(StringComparer.Ordinal);

    /// <summary>The graph of <paramref name="compilation"/>'s files under Core's folder.</summary>
    public static FolderGraph Of(CSharpCompilation compilation)
    {
        var graph = new FolderGraph();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (CoreSources.TopFolderOf(tree.FilePath) is not { } from)
            {
                continue;
            }

            graph.Folders.Add(from);
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                var info = model.GetSymbolInfo(name);
                var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
                foreach (var type in DeclaringTypes(symbol))
                {
                    foreach (var location in type.Locations.Where(l => l.IsInSource))
                    {
                        if (CoreSources.TopFolderOf(location.SourceTree?.FilePath) is { } to && to != from)
                        {
                            var line = name.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                            graph.Add(from, to, $"{Path.GetRelativePath(CoreSources.Folder, tree.FilePath)}:{line} uses {type.Name}", type.Name);
                        }
                    }
                }
            }
        }

        foreach (var (from, targets) in graph._found)
        {
            graph._edges[from] = new SortedDictionary<string, string>(
                targets.ToDictionary(t => t.Key, t => $"{t.Value.Example} (all: {string.Join(", ", t.Value.Types)})"), StringComparer.Ordinal);
        }

        return graph;
    }

    /// <summary>The folder cycles: each strongly connected group of more than one folder, or a folder that reaches itself.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        // Tarjan's strongly connected components; small enough to be plain.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<IReadOnlyList<string>>();
        int next = 0;

        void Visit(string folder)
        {
            index[folder] = low[folder] = next++;
            stack.Push(folder);
            onStack.Add(folder);
            foreach (var to in Uses(folder))
            {
                if (!index.ContainsKey(to))
                {
                    Visit(to);
                    low[folder] = Math.Min(low[folder], low[to]);
                }
                else if (onStack.Contains(to))
                {
                    low[folder] = Math.Min(low[folder], index[to]);
                }
            }

            if (low[folder] == index[folder])
            {
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    group.Add(member);
                }
                while (member != folder);
                if (group.Count > 1)
                {
                    group.Sort(StringComparer.Ordinal);
                    result.Add(group);
                }
            }
        }

        foreach (var folder in Folders.Union(_edges.Keys))
        {
            if (!index.ContainsKey(folder))
            {
                Visit(folder);
            }
        }

        return result;
    }

    /// <summary>The folders <paramref name="folder"/> uses.</summary>
    public IEnumerable<string> Uses(string folder) => _edges.TryGetValue(folder, out var to) ? to.Keys : [];

    private void Add(string from, string to, string example, string type)
    {
        if (!_found.TryGetValue(from, out var targets))
        {
            _found[from] = targets = new SortedDictionary<string, (string, SortedSet<string>)>(StringComparer.Ordinal);
        }

        if (!targets.TryGetValue(to, out var edge))
        {
            targets[to] = edge = (example, new SortedSet<string>(StringComparer.Ordinal));
        }

        edge.Types.Add(type);
    }

    /// <summary>The source types a symbol belongs to: a type itself (and its type arguments), a member's containing type.</summary>
    private static IEnumerable<INamedTypeSymbol> DeclaringTypes(ISymbol? symbol)
    {
        switch (symbol)
        {
            case null or INamespaceSymbol:
                yield break;
            case INamedTypeSymbol type:
                yield return type.OriginalDefinition;
                break;
            case IArrayTypeSymbol array:
                foreach (var element in DeclaringTypes(array.ElementType))
                {
                    yield return element;
                }

                break;
            case IMethodSymbol { ReducedFrom: { } extension }:
                yield return extension.ContainingType.OriginalDefinition;
                break;
            default:
                if (symbol.ContainingType is { } containing)
                {
                    yield return containing.OriginalDefinition;
                }

                break;
        }
    }
}
