using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.IO.Hashing;
using WuzhenSite.Content;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Output;
using WuzhenSite.Rendering;
using WuzhenSite.Rendering.Views;
using WuzhenSite.Theming;

namespace WuzhenSite.Site;

/// <summary>
/// In a full build, renders only the pages whose view changed since the build that wrote the live
/// site. Each page's file is stamped in the manifest with its origin: the fingerprint of its view
/// (<see cref="ViewFingerprint"/>) with the theme, settings and program (<see cref="BuildIdentity.Pages"/>).
/// A page whose origin is the stamped one, its live file untouched, is not rendered: its content is
/// the live file's bytes, under the hash the manifest recorded, so the link scan reads them and
/// the writer keeps the file in place. Any other page is rendered (<paramref name="render"/>); one
/// whose layout fails is dropped with its error, as always, and the build then commits nothing.
/// </summary>
public sealed class RenderChangedViews(StagedOutput staged, UInt128 identity, SiteViewFactory sites, UiStrings strings, IModule render) : IModule
{
    // Per language, for this build only (the pipelines are made anew for each build): the site view, strings and identity every page shares.
    private readonly ConcurrentDictionary<string, UInt128?> _siteKeys = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var builder = ImmutableArray.CreateBuilder<Document>(inputs.Length);
        foreach (var document in inputs)
        {
            var origin = Origin(document);
            if (origin is null)
            {
                builder.AddRange(await render.ExecuteAsync([document], context).ConfigureAwait(false));
                continue;
            }

            if (staged.TryReadUnchanged(document.Destination!, origin, out var hash, out var bytes))
            {
                builder.Add(document.WithContent(DocumentContent.FromDerived(hash, () => bytes)).With(FileOrigin.MetadataKey, origin));
                continue;
            }

            foreach (var rendered in await render.ExecuteAsync([document], context).ConfigureAwait(false))
            {
                builder.Add(rendered.Destination == document.Destination ? rendered.With(FileOrigin.MetadataKey, origin) : rendered);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The page's origin, or null when it has no view or a value in it cannot be fingerprinted.</summary>
    private string? Origin(Document document) =>
        document.Destination is not null && document.Get<PageView>(Keys.View) is { } view
            && SiteKey(view.Lang) is { } siteKey && ViewFingerprint.Of(view, siteKey) is { } fingerprint
            ? "view:" + fingerprint.ToString("x32", System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private UInt128? SiteKey(string language) =>
        _siteKeys.GetOrAdd(language, code => ViewFingerprint.OfSite(sites.For(code), strings.For(code)) is { } site ? Combine(site, identity) : null);

    private static UInt128 Combine(UInt128 site, UInt128 identity)
    {
        Span<byte> both = stackalloc byte[32];
        BinaryPrimitives.WriteUInt128LittleEndian(both, site);
        BinaryPrimitives.WriteUInt128LittleEndian(both[16..], identity);
        return XxHash128.HashToUInt128(both);
    }
}
