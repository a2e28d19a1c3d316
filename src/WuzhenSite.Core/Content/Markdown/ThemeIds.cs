using System.Text.RegularExpressions;
using WuzhenSite.Theming;

namespace WuzhenSite.Content.Markdown;

/// <summary>
/// The element ids a theme's layouts write themselves (<c>main</c>, <c>top</c>, <c>search</c>…):
/// a Markdown heading must not take one, or the layout's skip link or script would land on it.
/// Ids made by Liquid (<c>id="{{ turn.id }}"</c>) are left out: the build reserves those where it makes them.
/// </summary>
public static partial class ThemeIds
{
    /// <summary>The literal ids of every layout and partial of <paramref name="theme"/> (site overrides included).</summary>
    public static IReadOnlySet<string> Read(ThemeFiles theme)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        // Refused links among the layouts are reported by ThemeFiles.CheckLinks before this runs.
        foreach (var (_, path) in theme.List("layouts").Files)
        {
            ids.UnionWith(InLayout(File.ReadAllText(path)));
        }

        return ids;
    }

    /// <summary>The literal <c>id="…"</c> values in one layout's text. Pure.</summary>
    public static IEnumerable<string> InLayout(string layout) =>
        IdAttribute().Matches(layout).Select(m => m.Groups["id"].Value).Where(id => id.Length > 0 && !id.Contains("{{", StringComparison.Ordinal) && !id.Contains("{%", StringComparison.Ordinal));

    [GeneratedRegex("""\sid\s*=\s*(?:"(?<id>[^"]*)"|'(?<id>[^']*)')""")]
    private static partial Regex IdAttribute();
}
