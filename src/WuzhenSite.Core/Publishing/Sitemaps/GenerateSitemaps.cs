using System.Collections.Frozen;
using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Rendering.Views;
using WuzhenSite.Urls;

namespace WuzhenSite.Publishing.Sitemaps;

/// <summary>
/// Writes <c>/sitemap.xml</c> (a sitemap index), one sitemap per language (<c>/en/sitemap.xml</c>)
/// and <c>/robots.txt</c>, from the views of every page the build renders. Each URL carries its
/// hreflang alternates with x-default (the same sets the pages' own head links use, so they are
/// symmetric) and a lastmod: the page's last change (its <c>updated</c> date or latest correction, else its date), a
/// list's most recently changed item, or the language's most recent change.
/// </summary>
public sealed class GenerateSitemaps(SiteSettings settings, LinkBuilder links, IReadOnlyList<string> pipelines) : IModule
{
    /// <summary>Page kinds not worth indexing: search and not-found pages, and the root language chooser (the language homes are its real pages).</summary>
    private static readonly FrozenSet<string> Excluded = new[] { PageKinds.Search, PageKinds.NotFound, PageKinds.Root }.ToFrozenSet(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var views = pipelines
            .SelectMany(pipeline => context.OutputsOf(pipeline))
            .Select(d => d.Get<PageView>(Keys.View))
            .OfType<PageView>()
            .Where(v => !Excluded.Contains(v.Kind))
            .ToList();

        var result = ImmutableArray.CreateBuilder<Document>();
        var index = new List<(string Loc, string? LastModified)>();
        foreach (var language in settings.Languages)
        {
            var pages = views.Where(v => v.Lang == language.Code).OrderBy(v => v.Url, StringComparer.Ordinal).ToList();
            string? newest = pages.Select(v => Changed(v.UpdatedIso, v.DateIso)).Where(d => d.Length > 0).DefaultIfEmpty().Max(StringComparer.Ordinal);
            var urls = pages.Select(v => new SitemapUrl(v.Permalink, LastModified(v) ?? newest, Alternates(v))).ToList();
            var path = $"{language.Code}/sitemap.xml";
            result.Add(Document.Create(destination: path, content: DocumentContent.FromBytes(SitemapXml.UrlSet(urls))));
            index.Add((links.Absolute(path), newest));
        }

        result.Add(Document.Create(destination: "sitemap.xml", content: DocumentContent.FromBytes(SitemapXml.Index(index))));
        result.Add(Document.Create(destination: "robots.txt", content: DocumentContent.FromText(SitemapXml.Robots(links.Absolute("sitemap.xml")))));
        return Task.FromResult(inputs.AddRange(result));
    }

    private static string? LastModified(PageView view) =>
        Changed(view.UpdatedIso, view.DateIso) is { Length: > 0 } own ? own
        : view.Items.Select(i => Changed(i.UpdatedIso, i.DateIso)).Where(d => d.Length > 0).DefaultIfEmpty().Max(StringComparer.Ordinal);

    /// <summary>The last change of a page or item: its update (or latest correction) when it has one, else its publication date.</summary>
    private static string Changed(string updatedIso, string dateIso) => updatedIso.Length > 0 ? updatedIso : dateIso;

    /// <summary>The page's alternates; a page in one language still names itself and x-default.</summary>
    private static List<(string, string)> Alternates(PageView view) =>
        view.Alternates.Count > 0
            ? view.Alternates.Select(a => (a.Hreflang, a.Href)).ToList()
            : [(view.Lang, view.Permalink), ("x-default", view.Permalink)];
}
