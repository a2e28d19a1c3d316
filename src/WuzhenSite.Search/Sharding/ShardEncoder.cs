using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;

namespace WuzhenSite.Search;

/// <summary>
/// Encodes the postings of a shard's terms as <c>shards/N.bin</c>: bytes the browser reads with typed arrays, with no
/// text to decode or JSON to parse (a common word has a hundred thousand postings; parsing them as JSON was a third of
/// a query's time, and their JSON twice the bytes). The byte layout, field by field, is specified in
/// docs/search-index-format.md (§5.3); in short, little-endian:
/// <code>
/// 0..3  uint32   W: where the weights start
/// 4     uint8    weight width: 2 (unsigned 16-bit) or 4 (signed 32-bit)
/// 5     uint8    weight layout: 0, whole numbers; 1, byte planes
/// 6..   varints  term count; per term: code units, lunr term index, postings' byte length and count, and per
///                field the document differences
/// W..   weights  in thousandths, per term, per field, in document order
/// </code>
/// The layout is whichever compresses smaller: a common English word's weights take fewer Brotli bytes as
/// planes (their high bytes are a few values, coded in a few bits once apart from the low bytes, which are noise);
/// rare terms and Chinese character pairs, whose weights often repeat whole, compress better as whole numbers.
/// A document's number is its place in key order (<see cref="KeyOrder"/>), so each field's postings come in the order
/// lunr.Index#query walks them.
/// </summary>
internal static class ShardEncoder
{
    /// <summary>The file holding terms <paramref name="termPositions"/> (positions in the inverted index) of <paramref name="index"/>.</summary>
    /// <param name="index">The index.</param>
    /// <param name="postings">Its postings by term.</param>
    /// <param name="termPositions">The terms of the shard.</param>
    /// <param name="bytePlanes">The weight layout: byte planes (true), whole numbers (false), or whichever compresses smaller (null).</param>
    public static byte[] Encode(LunrIndex index, TermPostings postings, IReadOnlyList<int> termPositions, bool? bytePlanes = null)
    {
        int fieldCount = index.Fields.Count;
        bool narrow = true;
        long weightCount = 0;
        foreach (int position in termPositions)
        {
            int term = index.InvertedIndex[position].TermIndex;
            for (int at = postings.Offsets[term]; at < postings.Offsets[term + 1]; at++)
            {
                narrow &= (uint)postings.Weights[at] <= ushort.MaxValue;
            }

            weightCount += postings.Offsets[term + 1] - postings.Offsets[term];
        }

        var head = new VarintBuffer(64 + (int)Math.Min(weightCount * 2, int.MaxValue / 2));
        var termPostings = new VarintBuffer(256);
        head.Add(termPositions.Count);
        foreach (int position in termPositions)
        {
            var entry = index.InvertedIndex[position];
            head.Add(entry.Term.Length);
            foreach (char unit in entry.Term)
            {
                head.Add(unit);
            }

            head.Add(entry.TermIndex);
            termPostings.Clear();
            for (int f = 0; f < fieldCount; f++)
            {
                var (start, end) = postings.FieldRange(entry.TermIndex, f);
                int fieldStart = f * postings.DocumentCount;
                termPostings.Add(end - start);
                int previous = 0;
                for (int at = start; at < end; at++)
                {
                    int document = postings.Slots[at] - fieldStart;
                    termPostings.Add(document - previous);
                    previous = document;
                }
            }

            head.Add(termPostings.Length);
            head.Add(postings.Offsets[entry.TermIndex + 1] - postings.Offsets[entry.TermIndex]);
            head.Append(termPostings);
        }

        int width = narrow ? 2 : 4;
        int weightsStart = 6 + head.Length;
        var file = new byte[weightsStart + (weightCount * width)];
        BinaryPrimitives.WriteUInt32LittleEndian(file, (uint)weightsStart);
        file[4] = (byte)width;
        head.CopyTo(file.AsSpan(6));
        var weights = file.AsSpan(weightsStart);
        WriteWeights(weights, index, postings, termPositions, width, planes: bytePlanes == true);
        file[5] = bytePlanes == true ? (byte)1 : (byte)0;
        if (bytePlanes is null && weights.Length >= MinimumBytesToTryPlanes)
        {
            var planes = new byte[weights.Length];
            WriteWeights(planes, index, postings, termPositions, width, planes: true);
            if (BrotliLength(planes) < BrotliLength(weights))
            {
                planes.CopyTo(weights);
                file[5] = 1;
            }
        }

        return file;
    }

    /// <summary>
    /// The Brotli size of <paramref name="content"/> at the quality and window the site's precompressed copies use
    /// (quality 2, window 22: WuzhenSite.Core's Precompression), what a reader's browser is sent.
    /// </summary>
    private static int BrotliLength(ReadOnlySpan<byte> content)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(content.Length));
        try
        {
            return BrotliEncoder.TryCompress(content, buffer, out int written, quality: 2, window: 22) ? written : int.MaxValue;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Weights below this many bytes stay whole numbers: too few for the layout to matter.</summary>
    private const int MinimumBytesToTryPlanes = 4096;

    /// <summary>The weights of the terms, in order, as whole little-endian numbers or as byte planes.</summary>
    private static void WriteWeights(Span<byte> destination, LunrIndex index, TermPostings postings, IReadOnlyList<int> termPositions, int width, bool planes)
    {
        int count = destination.Length / width;
        int next = 0;
        foreach (int position in termPositions)
        {
            int term = index.InvertedIndex[position].TermIndex;

            // A term's pairs are sorted by field, then document: the order the fields list them in above.
            for (int at = postings.Offsets[term]; at < postings.Offsets[term + 1]; at++, next++)
            {
                uint weight = (uint)postings.Weights[at];
                for (int b = 0; b < width; b++)
                {
                    destination[planes ? (b * count) + next : (next * width) + b] = (byte)(weight >> (8 * b));
                }
            }
        }
    }
}
