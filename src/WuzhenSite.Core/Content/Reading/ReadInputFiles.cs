using System.Collections.Immutable;
using WuzhenSite.Build;
using WuzhenSite.Engine.Documents;
using WuzhenSite.Engine.Execution;
using WuzhenSite.Engine.Modules;
using WuzhenSite.Files;

namespace WuzhenSite.Content.Reading;

/// <summary>
/// Reads the input folder: every file the content contract places (by folder) whose kind is asked
/// for becomes a document. Markdown is read into memory in parallel; assets stay on disk until written.
/// Hidden files and folders (starting with '.') are skipped. Symbolic links are followed only inside
/// the input folder (anywhere with <c>FollowSymlinks</c>); any other link fails the build naming it
/// (<see cref="SourceWalker"/>), and a file reached twice is read once.
/// </summary>
public sealed class ReadInputFiles(string inputRoot, IReadOnlySet<ContentKind> kinds, BuildStatistics? statistics = null, long maxSourceBytes = long.MaxValue, bool followSymlinks = false) : IModule
{
    /// <inheritdoc />
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (!Directory.Exists(inputRoot))
        {
            return inputs;
        }

        var tree = new SourceWalker(new LinkPolicy(followSymlinks)).Walk(inputRoot, "", "input");
        context.Diagnostics.ReportAll(tree.Problems);
        var files = new List<(string Relative, string Real, ContentKind Kind)>();
        // Once per real file among everything the contract places, so a file linked from another
        // content folder is not also read as that folder's kind.
        foreach (var file in SourceTree.PublishOnce(tree.Files.Where(f => ContentFolders.KindOf(f.Relative) is not null)))
        {
            if (ContentFolders.KindOf(file.Relative) is { } kind && kinds.Contains(kind))
            {
                files.Add((file.Relative, file.Real, kind));
            }
        }

        // Sorted so that every later step sees the same order whatever the file system returns.
        files.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        var documents = await context.MapInOrderAsync<(string Relative, string Real, ContentKind Kind), Document?>(files, async file =>
        {
            var absolute = file.Real;
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
