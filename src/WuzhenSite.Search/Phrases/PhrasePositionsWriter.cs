namespace WuzhenSite.Search;

/// <summary>
/// Writes where every term stands in every field of every document, for phrase queries: the files
/// <c>lunr-phrases.js</c> reads beside either form of the index (single file or shards), so a phrase
/// has the same answer in both. lunr.js itself keeps no positions; these files are an addition that
/// leaves the lunr index untouched.
/// </summary>
/// <remarks>
/// Terms are hashed into files as <see cref="TermShards"/> hashes them into shards, so a phrase of
/// three words costs three small fetches. Layout (all numbers unsigned LEB128 varints):
/// <code>
/// file   := termCount, { termLength, { utf16CodeUnit } × termLength, dataLength } × termCount, data × termCount
/// data   := fieldCount, { field, documentCount, { gapAndMore, [count − 2], { placeGap } × count } × documentCount } × fieldCount
/// </code>
/// Terms in a file are in ordinal order; data follow in the same order. Documents are numbers (the
/// order documents were added), ascending: a document's gap is the number itself for the first,
/// the difference minus one after it; <c>gapAndMore</c> is <c>gap × 2</c> when the term stands once
/// in the field (most do), <c>gap × 2 + 1</c> when it stands more often, followed by the count minus
/// two. Places go the same way as documents (first absolute, then differences minus one). A place
/// counts only the terms the pipeline kept.
/// </remarks>
public static class PhrasePositionsWriter
{
    /// <summary>The format name a reader checks.</summary>
    public const string Format = "wuzhen-positions-1";

    /// <summary>The folder of the files, relative to the language's search folder.</summary>
    public const string Folder = "positions/";

    /// <summary>About this many bytes a file: a phrase's words fetch a file each.</summary>
    public const int DefaultTargetFileBytes = 16 * 1024;

    /// <summary>
    /// The position files of <paramref name="index"/>, which must have been built with
    /// <see cref="LunrIndexOptions.RecordPositions"/>, and how many there are.
    /// </summary>
    public static (IReadOnlyList<IndexFile> Files, int FileCount) Write(LunrIndex index, int? fileCount = null, int targetFileBytes = DefaultTargetFileBytes)
    {
        ArgumentNullException.ThrowIfNull(index);
        int fieldCount = index.Fields.Count;
        int termCount = index.InvertedIndex.Count;

        // Postings by (term, field) slot, documents ascending: the field vectors are by document already.
        var slotStarts = new int[(termCount * fieldCount) + 1];
        long placeCount = 0;
        foreach (var vector in index.FieldVectors)
        {
            if (!vector.HasPositions && vector.Count > 0)
            {
                throw new ArgumentException("The index was built without positions (LunrIndexOptions.RecordPositions).", nameof(index));
            }

            var terms = vector.TermIndexes;
            for (int j = 0; j < terms.Length; j++)
            {
                slotStarts[(terms[j] * fieldCount) + vector.FieldIndex + 1]++;
                placeCount += vector.PositionsAt(j).Length;
            }
        }

        for (int i = 1; i < slotStarts.Length; i++)
        {
            slotStarts[i] += slotStarts[i - 1];
        }

        var postingVector = new int[slotStarts[^1]];
        var postingTerm = new int[slotStarts[^1]];
        var cursor = slotStarts[..^1];
        for (int v = 0; v < index.FieldVectors.Count; v++)
        {
            var vector = index.FieldVectors[v];
            var terms = vector.TermIndexes;
            for (int j = 0; j < terms.Length; j++)
            {
                int at = cursor[(terms[j] * fieldCount) + vector.FieldIndex]++;
                postingVector[at] = v;
                postingTerm[at] = j;
            }
        }

        // About two bytes a posting and one and a half a place.
        long estimate = (slotStarts[^1] * 2L) + (placeCount * 3 / 2) + (termCount * 8L);
        int files = fileCount ?? (int)Math.Clamp((estimate + targetFileBytes - 1) / targetFileBytes, 1, 8192);
        var termsOfFile = new List<int>[files];
        for (int f = 0; f < files; f++)
        {
            termsOfFile[f] = [];
        }

        // The inverted index enumerates terms in ordinal order, so each file's list comes out sorted.
        for (int i = 0; i < termCount; i++)
        {
            var entry = index.InvertedIndex[i];
            termsOfFile[TermShards.Of(entry.Term, files)].Add(entry.TermIndex);
        }

        var written = new IndexFile[files];
        var data = new VarintBuffer(1024);
        var head = new VarintBuffer(256);
        for (int f = 0; f < files; f++)
        {
            data.Clear();
            head.Clear();
            head.Add(termsOfFile[f].Count);
            foreach (int term in termsOfFile[f])
            {
                int start = data.Length;
                WriteTerm(data, index, term, fieldCount, slotStarts, postingVector, postingTerm);
                head.AddText(index.InvertedIndex.GetByTermIndex(term).Term);
                head.Add(data.Length - start);
            }

            var bytes = new byte[head.Length + data.Length];
            head.CopyTo(bytes);
            data.CopyTo(bytes.AsSpan(head.Length));
            written[f] = new IndexFile(Folder + f.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".bin", bytes);
        }

        return (written, files);
    }

    private static void WriteTerm(VarintBuffer data, LunrIndex index, int term, int fieldCount, int[] slotStarts, int[] postingVector, int[] postingTerm)
    {
        int fieldsWithTerm = 0;
        for (int field = 0; field < fieldCount; field++)
        {
            int slot = (term * fieldCount) + field;
            if (slotStarts[slot + 1] > slotStarts[slot])
            {
                fieldsWithTerm++;
            }
        }

        data.Add(fieldsWithTerm);
        for (int field = 0; field < fieldCount; field++)
        {
            int slot = (term * fieldCount) + field;
            int from = slotStarts[slot];
            int to = slotStarts[slot + 1];
            if (to == from)
            {
                continue;
            }

            data.Add(field);
            data.Add(to - from);
            int previousDocument = -1;
            for (int p = from; p < to; p++)
            {
                var vector = index.FieldVectors[postingVector[p]];
                var places = vector.PositionsAt(postingTerm[p]);
                int gap = vector.DocumentIndex - previousDocument - 1;
                previousDocument = vector.DocumentIndex;
                if (places.Length == 1)
                {
                    data.Add(gap << 1);
                }
                else
                {
                    data.Add((gap << 1) | 1);
                    data.Add(places.Length - 2);
                }

                int previousPlace = -1;
                foreach (int place in places)
                {
                    data.Add(place - previousPlace - 1);
                    previousPlace = place;
                }
            }
        }
    }
}
