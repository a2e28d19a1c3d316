using System.Text.RegularExpressions;

namespace WuzhenSite.Benchmarks.Measurements;

/// <summary>
/// One kind of save an author makes, shared by the <c>reload</c> and <c>hugo-server</c> modes so
/// both preview servers are timed on the same change: the edited source text for save number
/// <c>run</c>, and the text the served page shows once the edit is live.
/// </summary>
internal sealed partial class SourceEdit
{
    private readonly Func<string, int, string?> apply;

    private SourceEdit(string name, Func<string, int, string?> apply, Func<int, string> marker)
    {
        Name = name;
        this.apply = apply;
        Marker = marker;
    }

    public string Name { get; }

    /// <summary>The text the page shows after save number <c>run</c>.</summary>
    public Func<int, string> Marker { get; }

    /// <summary>A paragraph appended to the body: only the page's content changes.</summary>
    public static SourceEdit Body { get; } = new(
        "body",
        (original, run) => original + $"\n\nEdited paragraph number {run}.\n",
        run => $"Edited paragraph number {run}.");

    /// <summary>The front matter's title changed: the page and every list that shows the title change.</summary>
    public static SourceEdit Title { get; } = new(
        "title",
        (original, run) => TitleLine().IsMatch(original) ? TitleLine().Replace(original, $"title: Edited title number {run}", 1) : null,
        run => $"Edited title number {run}");

    /// <summary>Both edits, in the order the modes run them.</summary>
    public static IReadOnlyList<SourceEdit> All { get; } = [Body, Title];

    /// <summary>The source after save number <paramref name="run"/>, or null when the file has no such part (a title edit of a file without a title line).</summary>
    public string? Apply(string original, int run) => apply(original, run);

    [GeneratedRegex(@"^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();
}
