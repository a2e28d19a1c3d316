using System.Buffers.Binary;

namespace WuzhenSite.Search.Tests.Sharding;

/// <summary>Reads a <c>shards/N.bin</c> file back, as lunr-sharded.js does, to check what the writer put in it.</summary>
internal static class ShardReader
{
    public sealed record FieldPostings(int[] Documents, int[] Weights);

    public sealed record TermPostings(string Term, int TermIndex, FieldPostings[] Fields);

    public static List<TermPostings> Read(ReadOnlyMemory<byte> file, int fieldCount)
    {
        var bytes = file.Span;
        int weightsStart = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes);
        int width = bytes[4];
        bool planes = bytes[5] == 1;
        Assert.True(width is 2 or 4 && bytes[5] is 0 or 1);
        int weightCount = (bytes.Length - weightsStart) / width;
        Assert.Equal(bytes.Length, weightsStart + (weightCount * width));
        int at = 6;
        int weightAt = 0;
        int Varint(ReadOnlySpan<byte> b)
        {
            int value = 0, shift = 0;
            byte next;
            do
            {
                next = b[at++];
                value |= (next & 0x7f) << shift;
                shift += 7;
            }
            while ((next & 0x80) != 0);
            return value;
        }

        var terms = new List<TermPostings>();
        int count = Varint(bytes);
        for (int t = 0; t < count; t++)
        {
            var units = new char[Varint(bytes)];
            for (int u = 0; u < units.Length; u++)
            {
                units[u] = (char)Varint(bytes);
            }

            int termIndex = Varint(bytes);
            int byteLength = Varint(bytes);
            int postings = Varint(bytes);
            int end = at + byteLength;
            var fields = new FieldPostings[fieldCount];
            int total = 0;
            for (int f = 0; f < fieldCount; f++)
            {
                var documents = new int[Varint(bytes)];
                var weights = new int[documents.Length];
                int document = 0;
                for (int k = 0; k < documents.Length; k++)
                {
                    document += Varint(bytes);
                    documents[k] = document;
                    // Byte b of weight i: in planes at weightsStart + b × weightCount + i, else at weightsStart + i × width + b.
                    uint weight = 0;
                    for (int b = 0; b < width; b++)
                    {
                        weight |= (uint)bytes[weightsStart + (planes ? (b * weightCount) + weightAt : (weightAt * width) + b)] << (8 * b);
                    }

                    weights[k] = width == 2 ? (int)weight : unchecked((int)weight);
                    weightAt++;
                }

                total += documents.Length;
                fields[f] = new FieldPostings(documents, weights);
            }

            Assert.Equal(end, at);
            Assert.Equal(postings, total);
            terms.Add(new TermPostings(new string(units), termIndex, fields));
        }

        Assert.Equal(weightCount, weightAt);
        return terms;
    }
}
