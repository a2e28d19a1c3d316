using System.Collections.Concurrent;
using System.Collections.Immutable;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Output;
using WuzhenSite.Publishing.LinkValidation;
using WuzhenSite.Rendering;
using WuzhenSite.Rendering.Views;
using WuzhenSite.Theming;

namespace WuzhenSite.Site;

/// <summary>
/// In preview, writing in place under <paramref name="outputRoot"/>: runs <paramref name="modules"/> (render, scan links, write) only for the pages whose
/// view changed since they were last written. A page whose view fingerprint (<see cref="ViewFingerprint"/>)
/// matches its record passes by with the links its last scan kept, so the link check still sees them.
/// </summary>
public sealed class RenderUnchangedOnce(RenderRecords records, string outputRoot, SiteViewFactory sites, UiStrings strings, params IModule[] modules) : IModule
{
    // Per language, for this build only (the pipelines are made anew for each build): the site view and strings every page shares.
    private readonly ConcurrentDictionary<string, UInt128?> _siteKeys = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var builder = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var document in inputs)
        {
            var fingerprint = document.Destination is { } destination && document.Get<PageView>(Keys.View) is { } view
                ? SiteKey(view.Lang) is { } siteKey ? ViewFingerprint.Of(view, siteKey) : null
                : null;
            if (fingerprint is { } key && records.Unchanged(document.Destination!, key) is { } links)
            {
                builder.Add(document.WithContent(DocumentContent.Empty).With(ScanLinks.MetadataKey, links));
                continue;
            }

            ImmutableArray<Document> documents = [document];
            foreach (var module in modules)
            {
                documents = await module.ExecuteAsync(documents, context).ConfigureAwait(false);
            }

            if (document.Destination is { } written)
            {
                // Kept only when the page came out whole: a layout error or refused path leaves no
                // record, so the next build renders it again and reports the error again.
                var page = documents.Length == 1 && documents[0].Destination == written ? documents[0] : null;
                if (fingerprint is { } renderedKey && page?.Get<PageLinks>(ScanLinks.MetadataKey) is { } scanned && SafeDestination.Resolve(outputRoot, written) is not null)
                {
                    records.Record(written, renderedKey, scanned);
                }
                else
                {
                    records.Forget(written);
                }
            }

            builder.AddRange(documents);
        }

        return builder.ToImmutable();
    }

    private UInt128? SiteKey(string language) =>
        _siteKeys.GetOrAdd(language, code => ViewFingerprint.OfSite(sites.For(code), strings.For(code)));
}
