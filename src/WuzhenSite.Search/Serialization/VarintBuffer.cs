namespace WuzhenSite.Search;

/// <summary>
/// A growing run of unsigned LEB128 varints (7 bits a byte, low bits first), the numbers of the
/// binary index files: the shards and the phrase positions.
/// </summary>
internal sealed class VarintBuffer(int capacity)
{
    private byte[] bytes = new byte[Math.Max(capacity, 16)];

    public int Length { get; private set; }

    public void Add(int value)
    {
        Reserve(5);
        uint rest = (uint)value;
        while (rest >= 0x80)
        {
            bytes[Length++] = (byte)(rest | 0x80);
            rest >>= 7;
        }

        bytes[Length++] = (byte)rest;
    }

    /// <summary>The text's length, then each UTF-16 code unit: a term may hold a lone surrogate, which UTF-8 cannot carry.</summary>
    public void AddText(string text)
    {
        Add(text.Length);
        foreach (char c in text)
        {
            Add(c);
        }
    }

    public void Append(VarintBuffer other)
    {
        Reserve(other.Length);
        other.bytes.AsSpan(0, other.Length).CopyTo(bytes.AsSpan(Length));
        Length += other.Length;
    }

    public void CopyTo(Span<byte> destination) => bytes.AsSpan(0, Length).CopyTo(destination);

    public void Clear() => Length = 0;

    private void Reserve(int more)
    {
        if (Length + more > bytes.Length)
        {
            Array.Resize(ref bytes, Math.Max(bytes.Length * 2, Length + more));
        }
    }
}
