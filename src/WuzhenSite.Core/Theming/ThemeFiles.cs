using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Files;

namespace WuzhenSite.Theming;

/// <summary>
/// Finds theme files with site overrides: a file at <c>&lt;root&gt;/&lt;path&gt;</c> wins over
/// <c>&lt;theme&gt;/&lt;path&gt;</c>, as in Hugo, so a site can replace any layout, string file or asset.
/// A file is used only if its real path lies inside its folder (the site's, or the theme's), unless
/// <c>FollowSymlinks</c> allows links to point anywhere; a refused link is an error naming it.
/// </summary>
public sealed class ThemeFiles(string siteRoot, string themeRoot, bool followSymlinks = false)
{
    /// <summary>The stylesheet a site may add to restyle the theme; linked after the theme's only when it exists.</summary>
    public const string CustomStylesheet = "assets/css/custom.css";

    private readonly LinkPolicy _links = new(followSymlinks);

    /// <summary>Folder of the site (where <c>statiq.json</c> is).</summary>
    public string SiteRoot { get; } = Path.GetFullPath(siteRoot);

    /// <summary>Folder of the theme.</summary>
    public string ThemeRoot { get; } = Path.GetFullPath(themeRoot);

    /// <summary>The absolute path of a theme file after overrides, or null when neither has it (or its link is refused).</summary>
    public string? Find(string relativePath) => Locate(relativePath).Path;

    /// <summary>
    /// The real path of a theme file after overrides, or why a symbolic link on the way was refused
    /// (the diagnostic names the file relative to the site root); both null when neither has it.
    /// </summary>
    public (string? Path, Diagnostic? Refused) Locate(string relativePath)
    {
        if (!IsSafe(relativePath))
        {
            return (null, null);
        }

        foreach (var (root, name) in Roots())
        {
            var candidate = Path.Combine(root, relativePath);
            var (real, resolution) = RealPath.Resolve(candidate);
            var isLink = new FileInfo(candidate).LinkTarget is not null;
            if (resolution == Resolution.Missing && !isLink)
            {
                continue;
            }

            var verdict = _links.Decide(real, resolution, targetIsFolder: false, RealPath.Resolve(root).Path, []);
            if (verdict != LinkVerdict.Follow)
            {
                return (null, LinkPolicy.Describe(verdict, Shown(candidate), real, targetIsFolder: false, name));
            }

            if (File.Exists(real))
            {
                return (real, null);
            }
        }

        return (null, null);
    }

    /// <summary>
    /// Every file under a theme folder (e.g. <c>assets</c>), relative to the theme root, with the
    /// site's files of the same folder winning; and the links refused on the way (named relative to the site root).
    /// </summary>
    public (IReadOnlyList<(string Relative, string Path)> Files, IReadOnlyList<Diagnostic> Problems) List(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var problems = new List<Diagnostic>();
        var walker = new SourceWalker(_links);
        // The theme first, so the site's file of the same path replaces it.
        foreach (var (root, name) in Roots().Reverse())
        {
            var tree = walker.Walk(root, folder, name);
            problems.AddRange(tree.Problems.Select(d => d with { File = Shown(d.File) }));
            foreach (var file in SourceTree.PublishOnce(tree.Files))
            {
                files[file.Relative] = file.Real;
            }
        }

        return ([.. files.Select(pair => (pair.Key, pair.Value))], problems);
    }

    /// <summary>The refused links among the layouts and UI strings, checked before any is used, so their errors come first.</summary>
    public IReadOnlyList<Diagnostic> CheckLinks() => [.. new[] { "layouts", "i18n" }.SelectMany(folder => List(folder).Problems)];

    /// <summary>The site's folder, then the theme's (once if they are the same), with their names for messages.</summary>
    private IEnumerable<(string Root, string Name)> Roots() =>
        string.Equals(SiteRoot, ThemeRoot, StringComparison.Ordinal) ? [(ThemeRoot, "theme")] : [(SiteRoot, "site"), (ThemeRoot, "theme")];

    private string Shown(string path) => Path.GetRelativePath(SiteRoot, path).Replace('\\', '/');

    private static bool IsSafe(string relativePath) =>
        !Path.IsPathRooted(relativePath) && !relativePath.Replace('\\', '/').Split('/').Contains("..");
}
