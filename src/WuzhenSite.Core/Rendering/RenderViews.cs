using WuzhenSite.Build;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Rendering.Views;
using WuzhenSite.Theming;

namespace WuzhenSite.Rendering;

/// <summary>Renders every document that carries a <see cref="PageView"/> with its layout, in parallel; layout errors are reported with the layout's file.</summary>
public sealed class RenderViews(LayoutRenderer layouts, SiteViewFactory sites, UiStrings strings, BuildStatistics? statistics = null) : PerDocumentModule
{
    /// <inheritdoc />
    protected override ValueTask<IEnumerable<Document>> ExecuteAsync(Document input, PipelineContext context)
    {
        if (input.Get<PageView>(Keys.View) is not { } view)
        {
            return ValueTask.FromResult<IEnumerable<Document>>([input]);
        }

        try
        {
            var html = layouts.Render(view, sites.For(view.Lang), strings.For(view.Lang));
            statistics?.AddPageRendered();
            return ValueTask.FromResult<IEnumerable<Document>>([input.WithContent(DocumentContent.FromBytes(html))]);
        }
        catch (LayoutException exception)
        {
            context.Diagnostics.Report(exception.Diagnostic with { Message = $"{exception.Diagnostic.Message} (rendering {view.Url})" });
            return ValueTask.FromResult<IEnumerable<Document>>([]);
        }
    }
}
