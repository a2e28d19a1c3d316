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
/// of all news and all transcripts and their year archives (<c>/en/news/2021/</c>, only for years
/// with items), paged, each with the section's years linked, and the search page.
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
                var years = pages.Years(language.Code, kind);
                result.AddRange(Pages(factory, PageKinds.List, language.Code, SitePaths.Section(kind, language.Code), title, pages.Listed(language.Code, kind),
                    code => (SitePaths.Section(kind, code), pages.Listed(code, kind).Length), YearLinks(kind, language.Code, years, current: null)));

                foreach (var year in years)
                {
                    // A language without items that year has no archive of it: its switcher shows that language's home.
                    result.AddRange(Pages(factory, PageKinds.List, language.Code, SitePaths.YearArchive(kind, language.Code, year.Year),
                        YearTitle(t, kind, year.Year), year.Pages,
                        code => pages.Years(code, kind).FirstOrDefault(y => y.Year == year.Year) is { } there
                            ? (SitePaths.YearArchive(kind, code, year.Year), there.Pages.Length)
                            : null,
                        YearLinks(kind, language.Code, years, current: year.Year)));
                }
            }

            result.AddRange(Pages(factory, PageKinds.Search, language.Code, SitePaths.Search(language.Code), Text(t, "search_title", "Search"), [],
                code => (SitePaths.Search(code), 0)));
        }

        return Task.FromResult(inputs.AddRange(result));
    }

    /// <param name="sameListIn">For a language code: the first page of the same list there, and how many items it has; null when that language has no such list.</param>
    /// <param name="years">For section lists and year archives: the section's years, linked.</param>
    private IEnumerable<Document> Pages(PageViewFactory factory, string layout, string language, string firstUrl, string title,
        IReadOnlyList<ContentPage> items, Func<string, (string FirstUrl, int Count)?> sameListIn, IReadOnlyList<YearLinkView>? years = null)
    {
        var dir = settings.FindLanguage(language)!.Direction;
        var others = settings.Languages
            .Select(l => (l.Code, List: sameListIn(l.Code)))
            .Where(l => l.List is not null)
            .ToDictionary(l => l.Code, l => l.List!.Value);
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
                Years = years ?? [],
                Translations = factory.Translations(language, PagedTranslations.ForSwitcher(others, page.Number, settings.PageSize, title)),
                Alternates = factory.Alternates(PagedTranslations.ForAlternates(others, page.Number, settings.PageSize)),
            };
            yield return Document.Create(destination: SitePaths.Destination(page.Url)).With(Keys.View, view);
        }
    }

    private List<YearLinkView> YearLinks(ContentKind kind, string language, IEnumerable<YearOfPages> years, int? current) =>
        [.. years.Select(y => new YearLinkView(y.Year, links.Link(SitePaths.YearArchive(kind, language, y.Year)), y.Pages.Length, y.Year == current))];

    /// <summary>A year archive's title, "News from 2021" / "2021年新闻", from the theme's strings.</summary>
    private static string YearTitle(IReadOnlyDictionary<string, string> t, ContentKind kind, int year)
    {
        var key = kind == ContentKind.Article ? "year_news" : "year_transcripts";
        return t.ContainsKey(key)
            ? UiStringFormat.Format(t, key, new Dictionary<string, object?> { ["year"] = year })
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(kind == ContentKind.Article ? "News" : "Transcripts")} from {year}");
    }

    private static string Text(IReadOnlyDictionary<string, string> t, string key, string fallback) => t.TryGetValue(key, out var text) ? text : fallback;
}
