using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace WuzhenSite.Cli.Tests.Support;

/// <summary>A built site on disk, read back the way a browser would: pages parsed with AngleSharp, links resolved to files.</summary>
public sealed class WrittenSite(string outputRoot)
{
    private static readonly HtmlParser Parser = new();

    public string OutputRoot { get; } = outputRoot;

    public bool Exists(string relative) => File.Exists(Path.Combine(OutputRoot, relative));

    public IDocument Page(string relative)
    {
        var path = Path.Combine(OutputRoot, relative);
        Assert.True(File.Exists(path), $"expected {relative} to be written");
        return Parser.ParseDocument(File.ReadAllText(path));
    }

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(OutputRoot, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(OutputRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    /// <summary>Every internal href/src on every page that does not resolve to a written file, as "page -> link".</summary>
    public List<string> BrokenInternalLinks()
    {
        var broken = new List<string>();
        foreach (var relative in HtmlFiles())
        {
            var document = Page(relative);
            foreach (var element in document.QuerySelectorAll("a[href], link[href], img[src], script[src]"))
            {
                var link = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (ResolveInternal(relative, link) is { } target && !File.Exists(target))
                {
                    broken.Add($"{relative} -> {link}");
                }
            }
        }

        return broken;
    }

    /// <summary>The file an internal link points at, or null for external, fragment-only and special links.</summary>
    public string? ResolveInternal(string fromPage, string link)
    {
        if (link.Length == 0 || link.StartsWith('#') || link.StartsWith("//", StringComparison.Ordinal) || link.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        var path = link.Split('#', '?')[0];
        path = Uri.UnescapeDataString(path);
        var sitePath = path.StartsWith('/') ? path.TrimStart('/') : Path.Combine(Path.GetDirectoryName(fromPage) ?? "", path).Replace('\\', '/');
        if (sitePath.Length == 0 || sitePath.EndsWith('/'))
        {
            sitePath += "index.html";
        }

        return Path.GetFullPath(Path.Combine(OutputRoot, sitePath));
    }
}
