using System.Collections.Immutable;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;

namespace WuzhenSite.Content.Reading;

/// <summary>
/// Reads the input folder: every file the content contract places (by folder) whose kind is asked
/// for becomes a document. Markdown is read into memory in parallel; assets stay on disk until written.
/// Hidden files and folders (starting with '.') are skipped.
/// </summary>
public sealed class ReadInputFiles(string inputRoot, IReadOnlySet<ContentKind> kinds, WuzhenSite.Site.BuildStatistics? statistics = null) : IModule
{
    /// <inheritdoc />
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (!Directory.Exists(inputRoot))
        {
            return inputs;
        }

        var files = new List<(string Relative, ContentKind Kind)>();
        foreach (var path in Directory.EnumerateFiles(inputRoot, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(inputRoot, path).Replace('\\', '/');
            if (relative.Split('/').Any(segment => segment.StartsWith('.')))
            {
                continue;
            }

            if (ContentFolders.KindOf(relative) is { } kind && kinds.Contains(kind))
            {
                files.Add((relative, kind));
            }
        }

        // Sorted so that every later step sees the same order whatever the file system returns.
        files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        var documents = await context.MapInOrderAsync(files, async file =>
        {
            var absolute = Path.Combine(inputRoot, file.Relative);
            var content = file.Kind == ContentKind.Asset
                ? DocumentContent.FromFile(absolute)
                : DocumentContent.FromBytes(await File.ReadAllBytesAsync(absolute, context.CancellationToken).ConfigureAwait(false));
            return Document.Create(file.Relative, content: content).With(Keys.Kind, file.Kind);
        }).ConfigureAwait(false);
        statistics?.AddDocumentsRead(documents.Length);
        return inputs.AddRange(documents);
    }
}
