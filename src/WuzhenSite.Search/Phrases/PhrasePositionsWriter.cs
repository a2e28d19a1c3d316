namespace WuzhenSite.Search;

/// <summary>
/// Writes where the phrase units stand in every field of every document, for phrase queries: the
/// files <c>lunr-phrases.js</c> reads beside either form of the index (single file or shards), so a
/// phrase has the same answer in both. lunr.js itself keeps no positions; these files are an
/// addition that leaves the lunr index untouched.
/// </summary>
/// <remarks>
/// <para>
/// A unit is either a term or, where a common word stands, a pair of adjacent terms (common grams,
/// as Lucene's <c>CommonGramsFilter</c> and HathiTrust's full-text search do it): a term with
/// <see cref="PhrasePositions.PairedFrom"/> postings or more (<see cref="PairedFromFor"/>) has no places of its own; instead
/// every pair of adjacent terms of which one is common has its places (the place of its first
/// term). A phrase then reads data in proportion to where its rare words and its pairs stand, never
/// to where a common word stands alone: <c>"silk road"</c> reads the places of the pair
/// <c>silk road</c>, not those of <c>silk</c> and of <c>road</c> in every document.
/// </para>
/// <para>
/// Units are hashed into files as <see cref="TermShards"/> hashes terms into shards; a pair's text
/// is its two terms with a space between (no term holds a space). Layout (all numbers unsigned
/// LEB128 varints):
/// </para>
/// <code>
/// file   := unitCount, { unitLength, { utf16CodeUnit } × unitLength, dataLength } × unitCount, data × unitCount
/// data   := fieldCount, { field, documentCount, { gapAndMore, [count − 2], { placeGap } × count } × documentCount } × fieldCount
/// </code>
/// Units in a file are in ordinal order; data follow in the same order. Documents are numbers (the
/// order documents were added), ascending: a document's gap is the number itself for the first,
/// the difference minus one after it; <c>gapAndMore</c> is <c>gap × 2</c> when the unit stands once
/// in the field (most do), <c>gap × 2 + 1</c> when it stands more often, followed by the count minus
/// two. Places go the same way as documents (first absolute, then differences minus one). A place
/// counts only the terms the pipeline kept.
/// </remarks>
public static class PhrasePositionsWriter
{
    /// <summary>The format name a reader checks.</summary>
    public const string Format = "wuzhen-positions-2";

    /// <summary>The folder of the files, relative to the language's search folder.</summary>
    public const string Folder = "positions/";

    /// <summary>About this many bytes a file: a phrase's units fetch a file each.</summary>
    public const int DefaultTargetFileBytes = 32 * 1024;

    /// <summary>
    /// A term is common, and stands only in pairs, from this many postings (field, document) on, or
    /// from a quarter of the documents when that is more: the words of nearly every document (the
    /// stop words a site's topic makes), whose own places would be the largest part of any phrase
    /// of them. A common term's pairs cost about as much in all, but a phrase reads only those that
    /// stand beside its next word.
    /// </summary>
    public const int DefaultPairedFrom = 2048;

    /// <summary>From how many postings a term of <paramref name="index"/> is common, by default.</summary>
    public static int PairedFromFor(LunrIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return Math.Max(DefaultPairedFrom, index.DocumentCount / 4);
    }

    /// <summary>
    /// The position files of <paramref name="index"/>, which must have been built with
    /// <see cref="LunrIndexOptions.RecordPositions"/>.
    /// </summary>
    public static PhrasePositions Write(LunrIndex index, int? fileCount = null, int targetFileBytes = DefaultTargetFileBytes, int? pairedFrom = null)
    {
        ArgumentNullException.ThrowIfNull(index);
        int common = pairedFrom ?? PairedFromFor(index);
        ArgumentOutOfRangeException.ThrowIfLessThan(common, 1, nameof(pairedFrom));
        var units = PhraseUnits.Collect(index, common);

        // About two bytes a (unit, field, document) and one and a half a place, plus the unit's name.
        long estimate = (units.PostingCount * 2L) + (units.PlaceCount * 3 / 2) + (units.Count * 12L);
        int files = fileCount ?? (int)Math.Clamp((estimate + targetFileBytes - 1) / targetFileBytes, 1, 8192);
        var unitsOfFile = new List<int>[files];
        for (int f = 0; f < files; f++)
        {
            unitsOfFile[f] = [];
        }

        for (int u = 0; u < units.Count; u++)
        {
            unitsOfFile[TermShards.Of(units.TextOf(u), files)].Add(u);
        }

        var written = new IndexFile[files];
        var data = new VarintBuffer(1024);
        var head = new VarintBuffer(256);
        for (int f = 0; f < files; f++)
        {
            var inFile = unitsOfFile[f];
            inFile.Sort((a, b) => string.CompareOrdinal(units.TextOf(a), units.TextOf(b)));
            data.Clear();
            head.Clear();
            head.Add(inFile.Count);
            foreach (int unit in inFile)
            {
                int start = data.Length;
                WriteUnit(data, units, unit);
                head.AddText(units.TextOf(unit));
                head.Add(data.Length - start);
            }

            var bytes = new byte[head.Length + data.Length];
            head.CopyTo(bytes);
            data.CopyTo(bytes.AsSpan(head.Length));
            written[f] = new IndexFile(Folder + f.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".bin", bytes);
        }

        return new PhrasePositions(written, files, common, units.CommonTerms);
    }

    private static void WriteUnit(VarintBuffer data, PhraseUnits units, int unit)
    {
        int fieldCount = units.FieldCount;
        int fieldsWithUnit = 0;
        for (int field = 0; field < fieldCount; field++)
        {
            if (units.Occurrences(unit, field).Length > 0)
            {
                fieldsWithUnit++;
            }
        }

        data.Add(fieldsWithUnit);
        for (int field = 0; field < fieldCount; field++)
        {
            var documents = units.Documents(unit, field);
            var places = units.Occurrences(unit, field);
            if (places.Length == 0)
            {
                continue;
            }

            // The occurrences of one document stand together, places ascending.
            int documentCount = 1;
            for (int i = 1; i < documents.Length; i++)
            {
                documentCount += documents[i] != documents[i - 1] ? 1 : 0;
            }

            data.Add(field);
            data.Add(documentCount);
            int previousDocument = -1;
            for (int from = 0; from < documents.Length;)
            {
                int document = documents[from];
                int to = from + 1;
                while (to < documents.Length && documents[to] == document)
                {
                    to++;
                }

                int gap = document - previousDocument - 1;
                previousDocument = document;
                int count = to - from;
                if (count == 1)
                {
                    data.Add(gap << 1);
                }
                else
                {
                    data.Add((gap << 1) | 1);
                    data.Add(count - 2);
                }

                int previousPlace = -1;
                for (int p = from; p < to; p++)
                {
                    data.Add(places[p] - previousPlace - 1);
                    previousPlace = places[p];
                }

                from = to;
            }
        }
    }
}

/// <summary>
/// The position files of one index (<see cref="PhrasePositionsWriter"/>): the files, how many there
/// are, from how many postings a term stands only in pairs, and those terms (a reader needs the list
/// to know a phrase's units before any file arrives; a site has a few dozen).
/// </summary>
public sealed record PhrasePositions(IReadOnlyList<IndexFile> Files, int FileCount, int PairedFrom, IReadOnlyList<string> CommonTerms);
