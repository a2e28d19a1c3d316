namespace WuzhenSite.Core.Tests.Architecture;

/// <summary>
/// Reads the layer table of docs/architecture.md: the first table after the heading "## Layers",
/// a row per folder (first column, in backticks or plain), the folders it may use in the second,
/// comma-separated. Rows keep the doc's order.
/// </summary>
internal static class LayerTable
{
    public static OrderedDictionary<string, IReadOnlySet<string>> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var heading = Array.FindIndex(lines, l => l.Trim() == "## Layers");
        Assert.True(heading >= 0, $"{path} has no '## Layers' section.");
        var rows = lines.Skip(heading + 1)
            .SkipWhile(l => !l.TrimStart().StartsWith('|'))
            .TakeWhile(l => l.TrimStart().StartsWith('|'))
            .Skip(2) // the header row and the |---| row
            .ToList();
        Assert.True(rows.Count > 0, $"The '## Layers' section of {path} has no table.");

        var table = new OrderedDictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var cells = row.Trim().Trim('|').Split('|');
            var folder = Clean(cells[0]).TrimEnd('/');
            var uses = cells.Length > 1
                ? Clean(cells[1]).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(u => u.Trim('`', '/')).ToHashSet(StringComparer.Ordinal)
                : [];
            table.Add(folder, uses);
        }

        return table;
    }

    private static string Clean(string cell) => cell.Trim().Trim('`').Trim();
}
