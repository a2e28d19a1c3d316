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
        Assert.True(weightsStart % 4 == 0 && width is 2 or 4);
        int at = 5;
        int weightAt = weightsStart;
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
                    weights[k] = width == 2
                        ? BinaryPrimitives.ReadUInt16LittleEndian(bytes[weightAt..])
                        : BinaryPrimitives.ReadInt32LittleEndian(bytes[weightAt..]);
                    weightAt += width;
                }

                total += documents.Length;
                fields[f] = new FieldPostings(documents, weights);
            }

            Assert.Equal(end, at);
            Assert.Equal(postings, total);
            terms.Add(new TermPostings(new string(units), termIndex, fields));
        }

        Assert.Equal(bytes.Length, weightAt);
        return terms;
    }
}
