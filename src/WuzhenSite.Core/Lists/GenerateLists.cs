using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Rendering;
using WuzhenSite.Rendering.Views;
using WuzhenSite.SiteData;
using WuzhenSite.Taxonomies;
using WuzhenSite.Theming;
using WuzhenSite.Urls;

namespace WuzhenSite.Lists;

/// <summary>
/// Makes each language's home page (articles and transcripts, newest first), the section lists
/// of all news and all transcripts, paged, and the search page.
/// </summary>
public sealed class GenerateLists(SiteSettings settings, LinkBuilder links, UiStrings strings) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var index = SiteIndex.From(context);
        var factory = new PageViewFactory(settings, links, index.Terms);
        var pages = index.Pages;
        var result = ImmutableArray.CreateBuilder<Document>();
        foreach (var language in settings.Languages)
        {
            var t = strings.For(language.Code);
            var home = SitePaths.Home(language.Code);
            result.AddRange(Pages(factory, PageKinds.Home, language.Code, home, language.SiteTitle ?? settings.SiteTitle, pages.Listed(language.Code, kind: null),
                code => (SitePaths.Home(code), pages.Listed(code, kind: null).Length)));

            foreach (var kind in SitePages.SectionKinds)
            {
                var title = kind == ContentKind.Article ? Text(t, "nav_news", "News") : Text(t, "nav_transcripts", "Transcripts");
                result.AddRange(Pages(factory, PageKinds.List, language.Code, SitePaths.Section(kind, language.Code), title, pages.Listed(language.Code, kind),
                    code => (SitePaths.Section(kind, code), pages.Listed(code, kind).Length)));
            }

            result.AddRange(Pages(factory, PageKinds.Search, language.Code, SitePaths.Search(language.Code), Text(t, "search_title", "Search"), [],
                code => (SitePaths.Search(code), 0)));
        }

        return Task.FromResult(inputs.AddRange(result));
    }

    /// <param name="sameListIn">For a language code: the first page of the same list there, and how many items it has.</param>
    private IEnumerable<Document> Pages(PageViewFactory factory, string layout, string language, string firstUrl, string title,
        IReadOnlyList<ContentPage> items, Func<string, (string FirstUrl, int Count)> sameListIn)
    {
        var dir = settings.FindLanguage(language)!.Direction;
        var others = settings.Languages.ToDictionary(l => l.Code, l => sameListIn(l.Code));
        foreach (var page in Paginator.Paginate(items, settings.PageSize, firstUrl, links.Link))
        {
            var view = new PageView
            {
                Kind = layout,
                Layout = layout,
                Title = title,
                Url = links.Link(page.Url),
                Permalink = links.Absolute(page.Url),
                Lang = language,
                Dir = dir,
                Description = settings.FindLanguage(language)!.SiteDescription ?? settings.SiteDescription,
                Items = page.Items.Select(factory.Item).ToList(),
                Paginator = page.View,
                Translations = factory.Translations(language, PagedTranslations.ForSwitcher(others, page.Number, settings.PageSize, title)),
                Alternates = factory.Alternates(PagedTranslations.ForAlternates(others, page.Number, settings.PageSize)),
            };
            yield return Document.Create(destination: SitePaths.Destination(page.Url)).With(Keys.View, view);
        }
    }

    private static string Text(IReadOnlyDictionary<string, string> t, string key, string fallback) => t.TryGetValue(key, out var text) ? text : fallback;
}
