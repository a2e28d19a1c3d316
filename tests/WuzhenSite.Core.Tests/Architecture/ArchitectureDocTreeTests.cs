using System.Text.RegularExpressions;

namespace WuzhenSite.Core.Tests.Architecture;

/// <summary>The folder tree at the top of docs/architecture.md is the tree of src/: every folder it lists exists, and every folder of src/ is listed.</summary>
public sealed partial class ArchitectureDocTreeTests
{
    /// <summary>
    /// Left out of the comparison: build output and installed packages.
    /// </summary>
    private static readonly IReadOnlySet<string> NotSourceFolders = new SortedSet<string>(StringComparer.Ordinal) { "bin", "obj", "node_modules" };

    [Fact]
    public void The_doc_tree_lists_exactly_the_folders_of_src()
    {
        var listed = ListedFolders(File.ReadAllLines(Path.Combine(CoreSources.RepositoryRoot, "docs", "architecture.md")));
        var src = Path.Combine(CoreSources.RepositoryRoot, "src");
        var actual = Directory.EnumerateDirectories(src, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(src, d).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(d => !d.Split('/').Any(NotSourceFolders.Contains))
            .ToHashSet(StringComparer.Ordinal);

        var missing = actual.Except(listed).Order(StringComparer.Ordinal).Select(d => $"src/{d}/ is not in the tree of docs/architecture.md");
        var gone = listed.Except(actual).Order(StringComparer.Ordinal).Select(d => $"docs/architecture.md lists src/{d}/, which does not exist");

        Assert.Empty(missing.Concat(gone));
    }

    /// <summary>The folders under the <c>src/</c> line of the doc's first code block, by indentation (two spaces a level).</summary>
    private static HashSet<string> ListedFolders(string[] lines)
    {
        var start = Array.FindIndex(lines, l => l == "src/");
        Assert.True(start >= 0, "docs/architecture.md has no tree starting with a 'src/' line.");
        var result = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var line in lines.Skip(start + 1).TakeWhile(l => l.StartsWith(' ')))
        {
            if (FolderLine().Match(line) is not { Success: true } match)
            {
                continue; // a description carried over to the next line
            }

            var depth = match.Groups[1].Length / 2;
            path.RemoveRange(depth - 1, path.Count - (depth - 1));
            path.Add(match.Groups[2].Value);
            result.Add(string.Join('/', path));
        }

        return result;
    }

    [GeneratedRegex(@"^((?:  )+)([^\s/]+)/(?:\s|$)")]
    private static partial Regex FolderLine();
}
