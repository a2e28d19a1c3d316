using System.Buffers;
using System.Text;

namespace WuzhenSite.Liquid.Rendering;

/// <summary>
/// A <see cref="TextWriter"/> that encodes to UTF-8 as it goes, into a pooled buffer. A rendered
/// page is kept as UTF-8 until it is written: half the memory of a string, no UTF-16 copy of a
/// large page on the large-object heap, and no encoding step when the file is written.
/// </summary>
internal sealed class Utf8BufferWriter : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _buffer;
    private int _length;

    public Utf8BufferWriter(int sizeHint) => _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(4096, sizeHint));

    public override Encoding Encoding => Utf8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        // The encoder keeps a high surrogate that ends one write for the low surrogate that starts the next.
        Reserve(Utf8.GetMaxByteCount(buffer.Length));
        _length += _encoder.GetBytes(buffer, _buffer.AsSpan(_length), flush: false);
    }

    /// <summary>The bytes written so far, in an array of their exact length.</summary>
    public byte[] ToArray()
    {
        Reserve(Utf8.GetMaxByteCount(0));
        _length += _encoder.GetBytes([], _buffer.AsSpan(_length), flush: true);
        return _buffer.AsSpan(0, _length).ToArray();
    }

    protected override void Dispose(bool disposing)
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }

        base.Dispose(disposing);
    }

    private void Reserve(int bytes)
    {
        if (_length + bytes <= _buffer.Length)
        {
            return;
        }

        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + bytes));
        _buffer.AsSpan(0, _length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
