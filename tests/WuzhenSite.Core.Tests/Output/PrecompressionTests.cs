using System.IO.Compression;
using System.Text;
using WuzhenSite.Output;

namespace WuzhenSite.Core.Tests.Output;

public sealed class PrecompressionTests
{
    private static readonly byte[] Content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"数字\":[1,2,3],\"silk\":\"road\"}", 200)));

    [Fact]
    public void Both_copies_decompress_to_the_original_and_are_smaller()
    {
        var (gzip, brotli) = Precompression.Compress(Content);

        Assert.Equal(Content, Decompress(new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress)));
        Assert.Equal(Content, Decompress(new BrotliStream(new MemoryStream(brotli), CompressionMode.Decompress)));
        Assert.True(gzip.Length < Content.Length / 4 && brotli.Length < Content.Length / 4);
    }

    [Fact]
    public void The_same_bytes_compress_to_the_same_bytes()
    {
        var first = Precompression.Compress(Content);
        var second = Precompression.Compress(Content);

        Assert.Equal(first.Gzip, second.Gzip);
        Assert.Equal(first.Brotli, second.Brotli);
    }

    private static byte[] Decompress(Stream stream)
    {
        using var output = new MemoryStream();
        using (stream)
        {
            stream.CopyTo(output);
        }

        return output.ToArray();
    }
}
