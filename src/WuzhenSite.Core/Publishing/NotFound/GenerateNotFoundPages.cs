using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Rendering;
using WuzhenSite.Rendering.Views;
using WuzhenSite.Taxonomies;
using WuzhenSite.Theming;
using WuzhenSite.Urls;
using WuzhenSite.SiteData;

namespace WuzhenSite.Publishing.NotFound;

/// <summary>
/// The not-found pages: <c>/en/404.html</c> per language and <c>/404.html</c> at the root (in the
/// default language), rendered with the theme's <c>404</c> layout. Servers send them for missing
/// addresses, so every link on them is rooted.
/// </summary>
public sealed class GenerateNotFoundPages(SiteSettings settings, LinkBuilder links, UiStrings strings) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var factory = new PageViewFactory(settings, links, SiteIndex.From(context).Terms);
        var result = ImmutableArray.CreateBuilder<Document>();
        foreach (var language in settings.Languages)
        {
            result.Add(Page(factory, language, $"/{language.Code}/404.html"));
        }

        result.Add(Page(factory, settings.DefaultLanguageSettings, "/404.html"));
        return Task.FromResult(inputs.AddRange(result));
    }

    private Document Page(PageViewFactory factory, LanguageSettings language, string url)
    {
        var t = strings.For(language.Code);
        var view = new PageView
        {
            Kind = PageKinds.NotFound,
            Layout = "404",
            Title = t.TryGetValue("not_found_title", out var title) ? title : "Page not found",
            Url = links.Link(url),
            Permalink = links.Absolute(url),
            Lang = language.Code,
            Dir = language.Direction,
            Description = t.TryGetValue("not_found_text", out var text) ? text : "",
            Translations = factory.Translations(language.Code, null),
        };
        return Document.Create(destination: url.TrimStart('/')).With(Keys.View, view);
    }
}
