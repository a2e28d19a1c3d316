using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace WuzhenSite.Core.Tests.Architecture;

/// <summary>
/// No static caches of build data anywhere in src/: no <c>ConditionalWeakTable</c>, and no static
/// field or property that holds a collection able to grow (a Dictionary, a HashSet, a List, a
/// concurrent collection…). Constant tables are frozen or immutable; fixed arrays of constants
/// cannot collect anything and are allowed.
/// </summary>
public sealed class StaticCollectionTests
{
    private static readonly IReadOnlySet<string> Growable = new SortedSet<string>(StringComparer.Ordinal)
    {
        "ArrayList", "BlockingCollection", "ConcurrentBag", "ConcurrentDictionary", "ConcurrentQueue", "ConcurrentStack",
        "ConditionalWeakTable", "Dictionary", "Hashtable", "HashSet", "LinkedList", "List", "OrderedDictionary",
        "PriorityQueue", "Queue", "SortedDictionary", "SortedList", "SortedSet", "Stack",
    };

    [Fact]
    public void No_source_file_keeps_a_ConditionalWeakTable()
    {
        var found = SourceFiles().Where(f => File.ReadAllText(f).Contains("ConditionalWeakTable", StringComparison.Ordinal)).ToList();

        Assert.True(found.Count == 0, "Build data belongs to the build (the SiteIndex), not to a table beside it:\n" + string.Join('\n', found));
    }

    [Fact]
    public void No_static_field_or_property_holds_a_collection_that_can_grow()
    {
        var found = new List<string>();
        foreach (var file in SourceFiles())
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file, cancellationToken: TestContext.Current.CancellationToken).GetRoot(TestContext.Current.CancellationToken);
            foreach (var member in root.DescendantNodes().OfType<MemberDeclarationSyntax>())
            {
                var (type, initializer, name) = member switch
                {
                    FieldDeclarationSyntax f when IsStatic(f.Modifiers) => (f.Declaration.Type, f.Declaration.Variables.FirstOrDefault()?.Initializer?.Value, f.Declaration.Variables.First().Identifier.Text),
                    PropertyDeclarationSyntax p when IsStatic(p.Modifiers) && p.Initializer is not null => (p.Type, p.Initializer.Value, p.Identifier.Text),
                    _ => (null, null, ""),
                };
                if (type is not null && (IsGrowable(type) || (initializer is BaseObjectCreationExpressionSyntax creation && IsGrowable(creation))))
                {
                    var line = member.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    var relative = Path.GetRelativePath(CoreSources.RepositoryRoot, file).Replace(Path.DirectorySeparatorChar, '/');
                    if (!NotBuildData.Contains($"{relative} {name}"))
                    {
                        found.Add($"{relative}:{line} {name}");
                    }
                }
            }
        }

        Assert.True(found.Count == 0, "Make constant tables frozen (ToFrozenSet, ToFrozenDictionary) and keep build data in the build:\n" + string.Join('\n', found));
    }

    [Fact]
    public void The_scan_sees_a_growable_static_collection()
    {
        var root = CSharpSyntaxTree.ParseText("class C { static readonly System.Collections.Generic.Dictionary<string, int> Cache = new(); }", cancellationToken: TestContext.Current.CancellationToken).GetRoot(TestContext.Current.CancellationToken);
        var field = root.DescendantNodes().OfType<FieldDeclarationSyntax>().Single();

        Assert.True(IsStatic(field.Modifiers) && IsGrowable(field.Declaration.Type));
    }

    /// <summary>
    /// Static collections that are not build data, each with why: the Liquid engine's table of how a CLR
    /// type answers member lookups is the same for every build and every site (it is filled from types,
    /// never from pages), and reflecting on a type per render would cost the hot path.
    /// </summary>
    private static readonly IReadOnlySet<string> NotBuildData = new SortedSet<string>(StringComparer.Ordinal)
    {
        "src/WuzhenSite.Liquid/Rendering/TypeShape.cs Cache",
    };

    /// <summary>Every .cs file of src/.</summary>
    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateDirectories(Path.Combine(CoreSources.RepositoryRoot, "src"))
            .SelectMany(CoreSources.Files);

    private static bool IsStatic(SyntaxTokenList modifiers) =>
        modifiers.Any(m => m.IsKind(SyntaxKind.StaticKeyword)) && !modifiers.Any(m => m.IsKind(SyntaxKind.ConstKeyword));

    private static bool IsGrowable(SyntaxNode typeOrCreation) => typeOrCreation switch
    {
        ObjectCreationExpressionSyntax creation => IsGrowable(creation.Type),
        ImplicitObjectCreationExpressionSyntax => false, // its type is the declared one, checked already
        QualifiedNameSyntax qualified => IsGrowable(qualified.Right),
        AliasQualifiedNameSyntax alias => IsGrowable(alias.Name),
        NullableTypeSyntax nullable => IsGrowable(nullable.ElementType),
        SimpleNameSyntax simple => Growable.Contains(simple.Identifier.Text),
        _ => false,
    };
}
