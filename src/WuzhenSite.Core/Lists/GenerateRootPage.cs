using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Rendering.Views;
using WuzhenSite.Urls;

namespace WuzhenSite.Lists;

/// <summary>
/// The site root <c>/</c>: a language chooser that names every language's home, marks the default
/// as <c>x-default</c>, and lets the theme redirect by the browser's language.
/// </summary>
public sealed class GenerateRootPage(SiteSettings settings, LinkBuilder links) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var language = settings.DefaultLanguageSettings;
        var alternates = settings.Languages
            .Select(l => new AlternateView(l.Code, links.Absolute(SitePaths.Home(l.Code))))
            .Append(new AlternateView("x-default", links.Absolute(SitePaths.Home(language.Code))))
            .ToList();
        var view = new PageView
        {
            Kind = PageKinds.Root,
            Layout = PageKinds.Root,
            Title = language.SiteTitle ?? settings.SiteTitle,
            Url = links.Link("/"),
            Permalink = links.Absolute("/"),
            Lang = language.Code,
            Dir = language.Direction,
            Description = language.SiteDescription ?? settings.SiteDescription,
            Alternates = alternates,
        };
        return Task.FromResult(inputs.Add(Document.Create(destination: "index.html").With(Keys.View, view)));
    }
}
