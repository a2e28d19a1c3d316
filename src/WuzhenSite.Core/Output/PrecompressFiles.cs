using System.Collections.Frozen;
using System.Collections.Immutable;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Output;

/// <summary>
/// Adds a <c>.gz</c> and a <c>.br</c> copy (<see cref="Precompression"/>) after every document
/// of at least <see cref="Precompression.MinimumBytes"/>, compressed only when written (a copy of
/// unchanged bytes that is already on disk is not compressed again). It runs in the write chain of the
/// Output phase, one file at a time, so compressing overlaps with rendering pages and the copies
/// are written and dropped at once instead of being held with the originals.
/// </summary>
public sealed class PrecompressFiles : IModule
{
    /// <summary>The extensions of assets worth compressing: text. Images, fonts and archives are compressed already.</summary>
    public static readonly IReadOnlySet<string> TextExtensions =
        new[] { ".js", ".mjs", ".css", ".svg", ".json", ".txt", ".xml", ".map", ".webmanifest" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly IReadOnlySet<string>? _extensions;

    /// <summary>Compresses every document (of at least the minimum size), or only those whose destination ends in one of <paramref name="extensions"/>.</summary>
    public PrecompressFiles(IReadOnlySet<string>? extensions = null) => _extensions = extensions;

    /// <inheritdoc />
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var compressed = context.MapInOrder(inputs, document =>
        {
            if (document.Destination is not { } destination
                || (_extensions is not null && !_extensions.Contains(Path.GetExtension(destination)))
                || document.Content.ReadBytes() is not { Length: >= Precompression.MinimumBytes } bytes)
            {
                return [document];
            }

            // Compressed when written, not here: a copy whose fingerprint (the settings and the
            // original's) matches the one on disk is kept without compressing at all.
            var original = document.Content.Fingerprint();
            return new[]
            {
                document,
                Document.Create(document.Source, destination + ".gz",
                    DocumentContent.FromDerived($"{Precompression.GzipSettings}:{original}", () => Precompression.Gzip(bytes.Span))),
                Document.Create(document.Source, destination + ".br",
                    DocumentContent.FromDerived($"{Precompression.BrotliSettings}:{original}", () => Precompression.Brotli(bytes.Span))),
            };
        });
        return Task.FromResult(compressed.SelectMany(d => d).ToImmutableArray());
    }
}
