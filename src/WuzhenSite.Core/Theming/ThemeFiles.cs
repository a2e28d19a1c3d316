namespace WuzhenSite.Theming;

/// <summary>
/// Finds theme files with site overrides: a file at <c>&lt;root&gt;/&lt;path&gt;</c> wins over
/// <c>&lt;theme&gt;/&lt;path&gt;</c>, as in Hugo, so a site can replace any layout, string file or asset.
/// </summary>
public sealed class ThemeFiles(string siteRoot, string themeRoot)
{
    /// <summary>Folder of the site (where <c>statiq.json</c> is).</summary>
    public string SiteRoot { get; } = Path.GetFullPath(siteRoot);

    /// <summary>Folder of the theme.</summary>
    public string ThemeRoot { get; } = Path.GetFullPath(themeRoot);

    /// <summary>The absolute path of a theme file after overrides, or null when neither has it.</summary>
    public string? Find(string relativePath)
    {
        if (!IsSafe(relativePath))
        {
            return null;
        }

        var site = Path.Combine(SiteRoot, relativePath);
        if (!string.Equals(SiteRoot, ThemeRoot, StringComparison.Ordinal) && File.Exists(site))
        {
            return site;
        }

        var theme = Path.Combine(ThemeRoot, relativePath);
        return File.Exists(theme) ? theme : null;
    }

    /// <summary>Every file under a theme folder (e.g. <c>assets</c>), relative to the theme root, with site files of the same folder added.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var root in new[] { ThemeRoot, SiteRoot }.Distinct(StringComparer.Ordinal))
        {
            var directory = Path.Combine(root, folder);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!relative.Split('/').Any(segment => segment.StartsWith('.')))
                {
                    result.Add(relative);
                }
            }
        }

        return [.. result];
    }

    private static bool IsSafe(string relativePath) =>
        !Path.IsPathRooted(relativePath) && !relativePath.Replace('\\', '/').Split('/').Contains("..");
}
