using System.Buffers;
using System.Text.Json;

namespace WuzhenSite.Search;

/// <summary>
/// Writes JSON to bytes through one growing buffer per thread: a build writes thousands of files
/// (index shards, store chunks), and a fresh buffer per file doubled its way up to each one's size,
/// leaving several times the file in garbage. Only the exact-size result is allocated.
/// </summary>
public static class JsonBuffer
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    /// <summary>The UTF-8 bytes <paramref name="write"/> produces with <paramref name="options"/>.</summary>
    public static byte[] Write(JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        // Taken off the thread while in use, so a nested call gets a buffer of its own.
        var buffer = _buffer ?? new ArrayBufferWriter<byte>(16 * 1024);
        _buffer = null;
        try
        {
            using (var writer = new Utf8JsonWriter(buffer, options))
            {
                write(writer);
            }

            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            buffer.ResetWrittenCount();
            _buffer = buffer;
        }
    }
}
