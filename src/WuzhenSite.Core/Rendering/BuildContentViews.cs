using System.Collections.Immutable;
using WuzhenSite.Configuration;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Taxonomies;
using WuzhenSite.Urls;
using WuzhenSite.SiteData;
using WuzhenSite.SiteData.Related;

namespace WuzhenSite.Rendering;

/// <summary>Gives every content page the view its layout renders, once every pipeline's pages are known.</summary>
public sealed class BuildContentViews(SiteSettings settings, LinkBuilder links) : IModule
{
    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var index = SiteIndex.From(context);
        var related = RelatedPages.From(context);
        var terms = index.Terms;
        var factory = new PageViewFactory(settings, links, terms);
        var transcripts = new TranscriptViews(links, terms);
        var views = context.MapInOrder(inputs, document =>
        {
            var page = document.GetRequired<ContentPage>(Keys.Page);
            var data = page.Transcript is null ? null : transcripts.ForTranscript(page, (settings.FindLanguage(page.Language) ?? settings.DefaultLanguageSettings).Culture);
            var view = factory.ForContent(page, index.TranslationsOf(page), data) with { Related = [.. related.Of(page).Select(factory.Item)] };
            return document.With(Keys.View, view);
        });
        return Task.FromResult(views.ToImmutableArray());
    }
}
