using System.Text.RegularExpressions;

namespace WuzhenSite.Benchmarks.Corpus;

/// <summary>
/// A photos corpus's input without its photos: the same documents without their cover keys and
/// without <c>assets/photos/</c>. Its build is the one the photo goals compare against (a rebuild
/// with the image cache warm adds at most 10 %; peak memory at most 1.5 ×).
/// </summary>
public static partial class CorpusWithoutPhotos
{
    /// <summary>Writes the copy of <paramref name="input"/> into <paramref name="target"/> (which must not exist); returns how many covers it left out.</summary>
    public static int Write(string input, string target)
    {
        var covers = 0;
        foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(input, file).Replace('\\', '/');
            if (relative.StartsWith("assets/photos/", StringComparison.Ordinal))
            {
                continue;
            }

            var copy = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            var text = file.EndsWith(".md", StringComparison.Ordinal) ? File.ReadAllText(file) : null;
            if (text is not null && WithoutCover(text) is var stripped && stripped.Length != text.Length)
            {
                File.WriteAllText(copy, stripped);
                covers++;
            }
            else
            {
                // Unchanged files share the input's inodes, so deleting the copy later frees few.
                HardLink.CreateOrCopy(file, copy);
            }
        }

        return covers;
    }

    /// <summary>The document without its <c>image:</c> and <c>imageAlt:</c> lines (the generator writes them nowhere else).</summary>
    public static string WithoutCover(string markdown) => CoverLine().Replace(markdown, "");

    [GeneratedRegex(@"^image(Alt)?: .*\n", RegexOptions.Multiline)]
    private static partial Regex CoverLine();
}
