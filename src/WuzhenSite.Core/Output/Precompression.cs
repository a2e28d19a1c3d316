using System.Buffers;
using System.IO.Compression;

namespace WuzhenSite.Output;

/// <summary>
/// Gzip and Brotli copies of a file, for servers that send a precompressed <c>.gz</c> or <c>.br</c>
/// beside the original (nginx <c>gzip_static</c>/<c>brotli_static</c>, Caddy <c>precompressed</c>).
/// Deterministic: the same bytes give the same compressed bytes (the gzip header's time is zero).
/// </summary>
public static class Precompression
{
    /// <summary>Files smaller than this are not worth compressing (the saving is below one network packet).</summary>
    public const int MinimumBytes = 1024;

    /// <summary>
    /// The gzip (level 2) and Brotli (quality 2) copies of <paramref name="content"/>. A large site
    /// compresses tens of megabytes per build, so the levels are low: Brotli 2 is nearly as small as
    /// Brotli 4; gzip 2 is slightly larger than gzip 3 for less CPU, and only servers or browsers
    /// without Brotli send it. Lower still costs what readers pay: Brotli 1, and gzip 1 (zlib-ng's
    /// quick mode) far more so, are larger (the sizes are in docs/performance.md).
    /// </summary>
    public static (byte[] Gzip, byte[] Brotli) Compress(ReadOnlySpan<byte> content) => (Gzip(content), Brotli(content));

    /// <summary>
    /// Names the gzip settings: a copy's fingerprint is this and the original's, so a build can tell
    /// that a copy on disk is already the compression of unchanged bytes without compressing again.
    /// Change it whenever <see cref="Gzip"/> would give other bytes.
    /// </summary>
    public const string GzipSettings = "gzip-level2";

    /// <summary>Names the Brotli settings, as <see cref="GzipSettings"/> does for gzip.</summary>
    public const string BrotliSettings = "brotli-quality2-window22";

    /// <summary>The gzip copy (level 2, header time zero).</summary>
    public static byte[] Gzip(ReadOnlySpan<byte> content) =>
        Run(content, s => new GZipStream(s, new ZLibCompressionOptions { CompressionLevel = 2 }, leaveOpen: true));

    /// <summary>The Brotli copy (quality 2, window 22).</summary>
    public static byte[] Brotli(ReadOnlySpan<byte> content)
    {
        // The worst-case buffer is larger than the input; borrowing it leaves one exact-size array per file.
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(content.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(content, buffer, out int written, quality: 2, window: 22))
            {
                throw new InvalidOperationException("Brotli compression failed.");
            }

            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Run(ReadOnlySpan<byte> content, Func<Stream, Stream> compressor)
    {
        using var output = new MemoryStream(content.Length / 4 + 64);
        using (var stream = compressor(output))
        {
            stream.Write(content);
        }

        return output.ToArray();
    }
}
