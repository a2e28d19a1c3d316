using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Files;

/// <summary>What to do with a symbolic link met while reading a folder.</summary>
public enum LinkVerdict
{
    /// <summary>Read what it points to, as if it were at the link's place.</summary>
    Follow,

    /// <summary>It points outside the folder the build may read.</summary>
    Outside,

    /// <summary>What it points to does not exist.</summary>
    Dangling,

    /// <summary>A folder link to a folder that contains it, or links that point at each other.</summary>
    Loop,
}

/// <summary>
/// The rules for symbolic links, decided on real paths only: a link is followed when its target
/// lies inside the folder being read (or <c>FollowSymlinks</c> allows any target), never into a
/// folder that contains it. (A folder reached twice is listed twice; <see cref="SourceTree.PublishOnce"/>
/// keeps each real file once, after the reader has kept the files it wants.)
/// </summary>
/// <param name="FollowOutside">The <c>FollowSymlinks</c> setting.</param>
public sealed record LinkPolicy(bool FollowOutside)
{
    /// <summary>The setting that lets links point outside.</summary>
    public const string SettingName = "FollowSymlinks";

    /// <summary>Decides about one link from what resolving it found.</summary>
    /// <param name="target">The link's real target.</param>
    /// <param name="resolution">Whether the target exists.</param>
    /// <param name="targetIsFolder">Whether the target is a folder.</param>
    /// <param name="realRoot">The real path of the folder the build may read.</param>
    /// <param name="openFolders">The real paths of the folders the walk is inside of right now.</param>
    public LinkVerdict Decide(string target, Resolution resolution, bool targetIsFolder, string realRoot, IReadOnlyCollection<string> openFolders)
    {
        if (resolution == Resolution.Loop)
        {
            return LinkVerdict.Loop;
        }

        if (resolution == Resolution.Missing)
        {
            return LinkVerdict.Dangling;
        }

        if (!FollowOutside && !RealPath.IsInside(target, realRoot))
        {
            return LinkVerdict.Outside;
        }

        return targetIsFolder && openFolders.Any(open => RealPath.IsInside(open, target)) ? LinkVerdict.Loop : LinkVerdict.Follow;
    }

    /// <summary>The error for a link that is not followed, naming it as the user sees it and its target.</summary>
    /// <param name="verdict">Why it is not followed (not <see cref="LinkVerdict.Follow"/>).</param>
    /// <param name="link">The link's path as the user spells it.</param>
    /// <param name="target">Its real target (for a dangling link, where it points).</param>
    /// <param name="targetIsFolder">Whether the target is a folder.</param>
    /// <param name="rootName">The folder the build may read, in words: "input", "theme", "site".</param>
    public static Diagnostic Describe(LinkVerdict verdict, string link, string target, bool targetIsFolder, string rootName)
    {
        var what = targetIsFolder ? "folder" : "file";
        return verdict switch
        {
            LinkVerdict.Outside => Diagnostic.Error(link, 0, 0,
                $"This is a symbolic link to the {what} {target}, outside the {rootName} folder; nothing outside it is published.",
                $"Copy the {what} into the {rootName} folder instead of linking to it, or set \"{SettingName}\": true in statiq.json to publish what links point to.", "symlink"),
            LinkVerdict.Dangling => Diagnostic.Error(link, 0, 0,
                $"This is a symbolic link to {target}, which does not exist.",
                $"Remove the link, or point it at a file inside the {rootName} folder.", "symlink"),
            LinkVerdict.Loop when targetIsFolder => Diagnostic.Error(link, 0, 0,
                $"This is a symbolic link to the folder {target}, which contains the link: following it would never end.",
                "Remove the link, or point it at a folder that does not contain it.", "symlink"),
            LinkVerdict.Loop => Diagnostic.Error(link, 0, 0,
                "This is part of a loop of symbolic links that point at each other.",
                "Remove one of the links, or point it at a real file.", "symlink"),
            _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Only refused links are described."),
        };
    }
}
