using WuzhenSite.Configuration;
using WuzhenSite.Files;

namespace WuzhenSite.Site;

/// <summary>Where a build's folders are, from the options and settings: one answer for the builder and the preview's watcher.</summary>
public sealed record SiteFolders(string Root, string ConfigFile, string Input, string Output, string Theme, string ImageCache)
{
    /// <summary>Resolves the folders; relative settings paths are under the root.</summary>
    public static SiteFolders Resolve(BuildOptions options, SiteSettings settings)
    {
        var root = Path.GetFullPath(options.RootPath);
        return new SiteFolders(
            root,
            Path.GetFullPath(options.ConfigPath ?? Path.Combine(root, "statiq.json")),
            Path.GetFullPath(options.InputPath ?? Path.Combine(root, settings.InputPath)),
            Path.GetFullPath(options.OutputPath ?? Path.Combine(root, settings.OutputPath)),
            ThemeFolder(root, settings.Theme),
            Path.GetFullPath(Path.Combine(root, settings.ImageCachePath)));
    }

    /// <summary>The same folders by their real paths (links followed, '..' taken after them, names as stored).</summary>
    /// <exception cref="IOException">Links loop.</exception>
    public SiteFolders Real() => new(RealPath.Of(Root), RealPath.Of(ConfigFile), RealPath.Of(Input), RealPath.Of(Output), RealPath.Of(Theme), RealPath.Of(ImageCache));

    /// <summary>
    /// The theme folder: the configured one under the root, or else the theme shipped beside the
    /// program (so a site needs no theme of its own, as with a packed <c>wuzhen</c> tool).
    /// </summary>
    private static string ThemeFolder(string root, string theme)
    {
        var configured = Path.GetFullPath(Path.Combine(root, theme));
        if (Directory.Exists(configured))
        {
            return configured;
        }

        var shipped = Path.Combine(AppContext.BaseDirectory, "themes", Path.GetFileName(configured.TrimEnd(Path.DirectorySeparatorChar)));
        return Directory.Exists(shipped) ? shipped : configured;
    }
}
