using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace WuzhenSite.Core.Tests.Architecture;

/// <summary>
/// Core's sources compiled by Roslyn with the assemblies Core is built against, so a test can ask
/// what each name in a file means (a <c>using</c> line, a fully-qualified name and an extension
/// method all resolve to the type they name).
/// </summary>
internal static class CoreSources
{
    /// <summary>The repository root (the folder that holds WuzhenSite.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>src/WuzhenSite.Core.</summary>
    public static string Folder { get; } = Path.Combine(RepositoryRoot, "src", "WuzhenSite.Core");

    /// <summary>Every .cs file of a project folder under src/, without bin/ and obj/.</summary>
    public static IEnumerable<string> Files(string projectFolder) =>
        Directory.EnumerateFiles(projectFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(projectFolder, f)))
            .Order(StringComparer.Ordinal);

    /// <summary>Core compiled from its sources (the implicit usings the SDK adds included).</summary>
    public static CSharpCompilation Compile()
    {
        var options = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Preview);
        var trees = Files(Folder)
            .Select(file => CSharpSyntaxTree.ParseText(File.ReadAllText(file), options, file))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, options, "ImplicitUsings.cs"));
        return CSharpCompilation.Create("WuzhenSite.Core", trees, References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The top-level folder of Core a file is in ("Content" for Content/Reading/ReadInputFiles.cs), or null outside Core.</summary>
    public static string? TopFolderOf(string? file)
    {
        if (file is null || !file.StartsWith(Folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = Path.GetRelativePath(Folder, file);
        var slash = relative.IndexOf(Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return slash < 0 ? "" : relative[..slash];
    }

    // What Microsoft.NET.Sdk's ImplicitUsings adds for a class library.
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static bool IsBuildOutput(string relative) =>
        relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
        || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>The framework (the test host's trusted platform assemblies) and the packages and projects beside the tests, Core itself left out.</summary>
    private static IEnumerable<MetadataReference> References()
    {
        var framework = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var beside = Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll");
        return framework.Concat(beside)
            .Where(path => !Path.GetFileName(path).StartsWith("WuzhenSite.Core", StringComparison.Ordinal))
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(path => MetadataReference.CreateFromFile(path));
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "WuzhenSite.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside the repository (WuzhenSite.sln not found above " + AppContext.BaseDirectory + ").");
    }
}
