using System.IO.Enumeration;
using WuzhenSite.Engine.Diagnostics;

namespace WuzhenSite.Files;

/// <summary>
/// Lists the files under a folder for the build: the input, its assets, the theme and the site's
/// overrides. Hidden files and folders (names starting with '.') are skipped. Unlike
/// <c>Directory.EnumerateFiles(…, AllDirectories)</c>, which follows every folder link, loops
/// included, and lists dangling links as files, each symbolic link is judged on its real target by
/// <see cref="LinkPolicy"/>: followed, or refused with an error naming it.
/// </summary>
public sealed class SourceWalker(LinkPolicy policy)
{
    private static readonly EnumerationOptions OneFolder = new() { AttributesToSkip = 0, IgnoreInaccessible = false, RecurseSubdirectories = false };

    /// <summary>Walks <paramref name="folder"/> (relative to <paramref name="root"/>, "" for all of it); links may point anywhere inside <paramref name="root"/>.</summary>
    /// <param name="root">The folder the build may read (the input, the theme, the site).</param>
    /// <param name="folder">The part of it to list, e.g. <c>assets</c>.</param>
    /// <param name="rootName">The root in words for messages: "input", "theme", "site".</param>
    public SourceTree Walk(string root, string folder, string rootName)
    {
        root = Path.GetFullPath(root);
        if (!Directory.Exists(root))
        {
            return SourceTree.Empty;
        }

        var walk = new WalkState(policy, RealPath.Resolve(root).Path, rootName);
        if (folder.Length == 0)
        {
            walk.Folder(root, walk.RealRoot, "", throughLink: false);
        }
        else
        {
            walk.Entry(root, walk.RealRoot, "", folder, throughLink: false);
        }

        return new SourceTree([.. walk.Files.OrderBy(f => f.Relative, StringComparer.Ordinal)], [.. walk.Problems.Distinct()]);
    }

    /// <summary>The state of one walk.</summary>
    private sealed class WalkState(LinkPolicy policy, string realRoot, string rootName)
    {
        private readonly HashSet<string> _open = new(StringComparer.Ordinal);

        public string RealRoot { get; } = realRoot;

        public List<SourceFile> Files { get; } = [];

        public List<Diagnostic> Problems { get; } = [];

        public void Folder(string shown, string real, string relative, bool throughLink)
        {
            _open.Add(real);
            // The listing says which entries are links and folders, so plain files cost no extra call.
            var entries = new FileSystemEnumerable<(string Name, bool IsFolder, bool IsLink)>(shown,
                static (ref FileSystemEntry entry) => (entry.FileName.ToString(), entry.IsDirectory, (entry.Attributes & FileAttributes.ReparsePoint) != 0), OneFolder).ToList();
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            foreach (var (name, isFolder, isLink) in entries)
            {
                Entry(shown, real, relative, name, isFolder, isLink, throughLink);
            }

            _open.Remove(real);
        }

        /// <summary>One entry whose kind is not known yet (the folder a walk starts at).</summary>
        public void Entry(string parentShown, string parentReal, string parentRelative, string name, bool throughLink)
        {
            var path = Path.Join(parentReal, name);
            var isLink = new FileInfo(path).LinkTarget is not null;
            if (isLink || Directory.Exists(path))
            {
                Entry(parentShown, parentReal, parentRelative, name, isFolder: !isLink, isLink, throughLink);
            }
        }

        private void Entry(string parentShown, string parentReal, string parentRelative, string name, bool isFolder, bool isLink, bool throughLink)
        {
            if (name.StartsWith('.'))
            {
                return;
            }

            var shown = Path.Join(parentShown, name);
            var relative = parentRelative.Length == 0 ? name : parentRelative + "/" + name;
            var real = Path.Join(parentReal, name);
            if (isLink)
            {
                (real, var resolution) = RealPath.Resolve(parentReal, name);
                isFolder = resolution == Resolution.Exists && Directory.Exists(real);
                var verdict = policy.Decide(real, resolution, isFolder, RealRoot, _open);
                if (verdict != LinkVerdict.Follow)
                {
                    Problems.Add(LinkPolicy.Describe(verdict, shown, real, isFolder, rootName));
                    return;
                }
            }

            if (isFolder)
            {
                Folder(shown, real, relative, throughLink || isLink);
            }
            else
            {
                Files.Add(new SourceFile(relative, real, throughLink || isLink));
            }
        }
    }
}
