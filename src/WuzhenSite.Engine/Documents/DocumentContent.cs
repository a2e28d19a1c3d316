using System.Text;
using Microsoft.Win32.SafeHandles;

namespace WuzhenSite.Engine.Documents;

/// <summary>
/// What a document holds. Text is kept as a string; assets stay on disk until they are copied,
/// so a large image never passes through memory.
/// </summary>
public abstract class DocumentContent
{
    /// <summary>No content.</summary>
    public static DocumentContent Empty { get; } = new TextContent(string.Empty);

    /// <summary>Text content.</summary>
    public static DocumentContent FromText(string text) => new TextContent(text);

    /// <summary>Binary content held in memory.</summary>
    public static DocumentContent FromBytes(ReadOnlyMemory<byte> bytes) => new BytesContent(bytes);

    /// <summary>
    /// Content made each time it is read, by a pure function of data that stays in memory anyway (a
    /// page's parsed body): a generated file is then not held from the Process phase to the Output
    /// phase that writes it. <paramref name="produce"/> must give the same bytes on every call.
    /// </summary>
    public static DocumentContent FromFactory(Func<ReadOnlyMemory<byte>> produce) => new FactoryContent(produce);

    /// <summary>
    /// Content made when read, by a costly pure function (compressing) of other content, with a
    /// fingerprint known without making it: <paramref name="fingerprint"/> must name the function and
    /// its input, so equal fingerprints mean equal bytes and an unchanged copy is never made again.
    /// </summary>
    public static DocumentContent FromDerived(string fingerprint, Func<ReadOnlyMemory<byte>> produce) => new FactoryContent(produce, fingerprint);

    /// <summary>Content that lives in a file and is streamed when written.</summary>
    public static DocumentContent FromFile(string absolutePath) => new FileContent(absolutePath);

    /// <summary>
    /// Content in a file the build itself made and only ever replaces whole (a processed photo in the
    /// image cache): written as a hard link where the file system allows, so the bytes are neither
    /// copied nor stored twice, else copied. Never for an author's file, which a link would let an
    /// edit of the output change.
    /// </summary>
    public static DocumentContent FromBuildFile(string absolutePath) => new FileContent(absolutePath, linkWhenWritten: true);

    /// <summary>The content as text (UTF-8 for bytes and files).</summary>
    public abstract string ReadText();

    /// <summary>The content as bytes (UTF-8 for text).</summary>
    public abstract ReadOnlyMemory<byte> ReadBytes();

    /// <summary>
    /// A digest that changes when the content changes: SHA-256 of the bytes, or for a file on disk
    /// its path, size and modification time (so an unchanged image is never read to be compared).
    /// </summary>
    public abstract string Fingerprint();

    /// <summary>Writes the content to a stream.</summary>
    public abstract Task WriteToAsync(Stream destination, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the content to a new file at <paramref name="path"/> (replacing one that exists) in
    /// as few system calls as possible: one preallocated write, or a kernel-side copy for files.
    /// </summary>
    public abstract void WriteToFile(string path);

    /// <summary>Creates (or truncates) <paramref name="path"/> and writes <paramref name="bytes"/> in one call.</summary>
    protected static void WriteAll(string path, ReadOnlySpan<byte> bytes)
    {
        // Open, write, close, as a full build writes into a fresh folder: CreateNew is one open with
        // O_EXCL, where Create adds an ftruncate and preallocation an fallocate per file. A file that
        // is already there (the preview rewriting in place) is opened again and truncated.
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.None, preallocationSize: 0);
        }
        catch (IOException) when (File.Exists(path))
        {
            handle = File.OpenHandle(path, FileMode.Truncate, FileAccess.Write, FileShare.None, FileOptions.None, preallocationSize: 0);
        }

        using (handle)
        {
            RandomAccess.Write(handle, bytes, fileOffset: 0);
        }
    }

    /// <summary>SHA-256 of bytes, as hex.</summary>
    protected static string Digest(ReadOnlySpan<byte> bytes) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes));

    private sealed class TextContent(string text) : DocumentContent
    {
        public override string ReadText() => text;

        public override ReadOnlyMemory<byte> ReadBytes() => Encoding.UTF8.GetBytes(text);

        public override string Fingerprint() => Digest(Encoding.UTF8.GetBytes(text));

        public override async Task WriteToAsync(Stream destination, CancellationToken cancellationToken)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            await destination.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        }

        public override void WriteToFile(string path)
        {
            // Pages are written once and dropped: encode into a pooled buffer instead of a new array per page.
            var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
            try
            {
                int length = Encoding.UTF8.GetBytes(text, buffer);
                WriteAll(path, buffer.AsSpan(0, length));
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    private sealed class BytesContent(ReadOnlyMemory<byte> bytes) : DocumentContent
    {
        public override string ReadText() => Encoding.UTF8.GetString(bytes.Span);

        public override ReadOnlyMemory<byte> ReadBytes() => bytes;

        public override string Fingerprint() => Digest(bytes.Span);

        public override async Task WriteToAsync(Stream destination, CancellationToken cancellationToken) =>
            await destination.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);

        public override void WriteToFile(string path) => WriteAll(path, bytes.Span);
    }

    private sealed class FactoryContent(Func<ReadOnlyMemory<byte>> produce, string? fingerprint = null) : DocumentContent
    {
        public override string ReadText() => Encoding.UTF8.GetString(produce().Span);

        public override ReadOnlyMemory<byte> ReadBytes() => produce();

        public override string Fingerprint() => fingerprint ?? Digest(produce().Span);

        public override async Task WriteToAsync(Stream destination, CancellationToken cancellationToken) =>
            await destination.WriteAsync(produce(), cancellationToken).ConfigureAwait(false);

        public override void WriteToFile(string path) => WriteAll(path, produce().Span);
    }

    private sealed class FileContent(string path, bool linkWhenWritten = false) : DocumentContent
    {
        public override string ReadText() => File.ReadAllText(path);

        public override ReadOnlyMemory<byte> ReadBytes() => File.ReadAllBytes(path);

        public override string Fingerprint()
        {
            var info = new FileInfo(path);
            return $"file:{info.FullName}:{info.Length}:{info.LastWriteTimeUtc.Ticks}";
        }

        public override async Task WriteToAsync(Stream destination, CancellationToken cancellationToken)
        {
            await using var source = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
            await source.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
        }

        public override void WriteToFile(string destination)
        {
            if (linkWhenWritten && HardLinks.TryCreate(path, destination))
            {
                return;
            }

            File.Copy(path, destination, overwrite: true);
        }
    }
}
