using System.Collections.Concurrent;
using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Engine.Diagnostics;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Publishing.LinkValidation;

/// <summary>
/// Checks every link of every page the build writes (read by <see cref="ScanLinks"/> as the pages
/// were written), before anything is swapped in: an internal
/// <c>href</c> or <c>src</c> must lead to a file this build writes, and a <c>#fragment</c> to an
/// element id in that page. A broken link is an error naming the page, the link and, for links
/// written in Markdown, the source file and line.
/// (Two outputs with one path never get here: <c>CheckDestinations</c> refuses them before anything is written.)
/// External links are collected (never fetched) for <c>--list-external-links</c>.
/// </summary>
public sealed class ValidateLinks(SiteSettings settings, IReadOnlyList<string> pipelines, BuildStatistics statistics) : IModule
{
    private readonly string _host = new Uri(settings.BaseUrl).Authority;

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        // Errors here come from the Output phase (earlier errors stop the build before it): a page
        // that could not be written would be reported again as every link to it. The build fails on
        // those errors already.
        if (context.Diagnostics.HasErrors)
        {
            return Task.FromResult(inputs);
        }

        var outputs = pipelines.SelectMany(p => context.OutputsOf(p)).Where(d => d.Destination is not null).ToList();
        var files = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in outputs)
        {
            files.TryAdd(document.Destination!, document); // one document per path: CheckDestinations failed the build before Output otherwise
        }

        var pages = files.Values.Where(ScanLinks.IsPage).OrderBy(d => d.Destination, StringComparer.Ordinal).ToList();
        var scanned = pages.Select(page => page.Get<PageLinks>(ScanLinks.MetadataKey)
            ?? throw new InvalidOperationException($"{page.Destination} was not scanned: put ScanLinks in its pipeline's output chain.")).ToList();
        var idsByPage = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        for (int i = 0; i < pages.Count; i++)
        {
            idsByPage[pages[i].Destination!] = scanned[i].Ids;
        }

        var external = new ConcurrentBag<(string Page, string Url)>();
        // Navigation, tag and language links repeat on thousands of pages: resolve each address that does not depend on the page once.
        var resolved = new ConcurrentDictionary<string, LinkTarget?>(StringComparer.Ordinal);
        var problems = context.MapInOrder(Enumerable.Range(0, pages.Count).ToList(), i =>
        {
            var page = pages[i];
            var found = new List<Diagnostic>();
            foreach (var link in scanned[i].Links.Distinct(StringComparer.Ordinal))
            {
                var target = DependsOnPage(link)
                    ? LinkTarget.Resolve(page.Destination!, link, _host, settings.LinkRoot)
                    : resolved.GetOrAdd(link, l => LinkTarget.Resolve(page.Destination!, l, _host, settings.LinkRoot));
                if (target is null)
                {
                    continue;
                }

                if (target.External is { } url)
                {
                    external.Add((page.Destination!, url));
                    continue;
                }

                var destination = Existing(target.Destination!, files);
                if (destination is null)
                {
                    found.Add(Broken(page, link, $"links to '{link}', which this build does not write.",
                        "Correct the address (see the URL plan in the README) or remove the link."));
                }
                else if (target.Fragment.Length > 0 && idsByPage.TryGetValue(destination, out var ids) && !ids.Contains(target.Fragment))
                {
                    found.Add(Broken(page, link, $"links to '{link}', but that page has no element with id '{target.Fragment}'.",
                        "Correct the anchor (a transcript turn's anchor is the speaker's slug and turn number, as its 'Copy link' shows) or link the page without it."));
                }
            }

            return found;
        });

        foreach (var list in problems)
        {
            context.Diagnostics.ReportAll(list);
        }

        statistics.SetExternalLinks(external.OrderBy(e => e.Page, StringComparer.Ordinal).ThenBy(e => e.Url, StringComparer.Ordinal).Distinct().ToList());
        return Task.FromResult(inputs);
    }

    /// <summary>Whether a link resolves differently on different pages: relative paths and bare fragments or queries do; root-relative and absolute addresses do not.</summary>
    private static bool DependsOnPage(string link) =>
        !(link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal)) && !link.Contains("://", StringComparison.Ordinal);

    /// <summary>The written file a link leads to, trying <c>…/index.html</c> for an address without a trailing slash.</summary>
    private static string? Existing(string destination, Dictionary<string, Document> files)
    {
        if (files.ContainsKey(destination))
        {
            return destination;
        }

        var folder = destination.TrimEnd('/') + "/index.html";
        return Path.GetExtension(destination).Length == 0 && files.ContainsKey(folder) ? folder : null;
    }

    /// <summary>An error at the Markdown line the link was written on, when the page comes from a source file and the link is in it.</summary>
    private static Diagnostic Broken(Document page, string link, string problem, string fix)
    {
        var destination = page.Destination!;
        var pageUrl = "/" + (destination == "index.html" || destination.EndsWith("/index.html", StringComparison.Ordinal) ? destination[..^"index.html".Length] : destination);

        var source = page.Get<ContentPage>(Keys.Page);
        var line = source is null ? 0 : LineOf(source, link);
        var where = source is not null && line == 0 ? " (the link comes from the layout or front matter)" : "";
        return Diagnostic.Error(source?.SourcePath ?? destination, line, line > 0 ? 1 : 0,
            $"The page {pageUrl} {problem}{where}", fix, "link");
    }

    /// <summary>The source line of the first place the Markdown body writes the link (or its path, or its anchor); 0 when it does not.</summary>
    private static int LineOf(ContentPage page, string link)
    {
        foreach (var needle in new[] { link, link.Split('#')[0], link.Contains('#') ? "#" + link.Split('#')[1] : "" })
        {
            if (needle.Length < 2)
            {
                continue;
            }

            var at = page.Body.IndexOf(needle, StringComparison.Ordinal);
            if (at >= 0)
            {
                return page.BodyStartLine + page.Body.AsSpan(0, at).Count('\n');
            }
        }

        return 0;
    }
}
