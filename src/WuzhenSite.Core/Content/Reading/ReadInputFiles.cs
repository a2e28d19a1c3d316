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
public sealed class ReadInputFiles(string inputRoot, IReadOnlySet<ContentKind> kinds, WuzhenSite.Site.BuildStatistics? statistics = null, long maxSourceBytes = long.MaxValue) : IModule
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
        var documents = await context.MapInOrderAsync<(string Relative, ContentKind Kind), Document?>(files, async file =>
        {
            var absolute = Path.Combine(inputRoot, file.Relative);
            if (file.Kind != ContentKind.Asset && new FileInfo(absolute).Length is var size && size > maxSourceBytes)
            {
                // Checked before reading, so a runaway file costs nothing but this message.
                context.Diagnostics.Report(Engine.Diagnostics.Diagnostic.Error(file.Relative, 0, 0,
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The file is {size / 1048576.0:0.0} MB; source files may be at most {maxSourceBytes / 1048576} MB."),
                    "Split it into several documents, or raise MaxSourceFileSizeMB in statiq.json.", "size"));
                return null;
            }

            var content = file.Kind == ContentKind.Asset
                ? DocumentContent.FromFile(absolute)
                : DocumentContent.FromBytes(await File.ReadAllBytesAsync(absolute, context.CancellationToken).ConfigureAwait(false));
            return Document.Create(file.Relative, content: content).With(Keys.Kind, file.Kind);
        }).ConfigureAwait(false);
        var read = documents.OfType<Document>().ToList();
        statistics?.AddDocumentsRead(read.Count);
        return inputs.AddRange(read);
    }
}
