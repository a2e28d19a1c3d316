using System.Runtime.InteropServices;

namespace WuzhenSite.Search;

/// <summary>
/// Builds a lunr.js 2.3.9 index the way <c>lunr.Builder</c> does: tokenize each field, run the
/// pipeline, count term frequencies, then score every field with lunr's BM25 (b, k1, idf,
/// field and document boosts, scores rounded to three decimals).
/// </summary>
/// <example>
/// <code>
/// var builder = new LunrIndexBuilder([new SearchField("title", boost: 10), new SearchField("body")]);
/// builder.Add(new SearchDocument("a", new Dictionary&lt;string, string?&gt; { ["title"] = "Hi", ["body"] = "…" }));
/// LunrIndex index = builder.Build();
/// LunrIndexJsonWriter.Write(index, stream);
/// </code>
/// </example>
public sealed class LunrIndexBuilder
{
    private const int RawTokenCacheLimit = 1 << 20;

    private readonly string[] fieldNames;
    private readonly double[] fieldBoosts;
    private readonly Tokenizer tokenizer;
    private readonly TextPipeline pipeline;

    private readonly Dictionary<string, int> documentIndexes = new(StringComparer.Ordinal);
    private readonly List<string> documentRefs = [];
    private readonly List<double> documentBoosts = [];
    private readonly List<PendingField> pendingFields = [];
    private readonly long[] fieldLengthSums;

    private readonly Dictionary<string, int> termIndexes = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];
    private readonly Dictionary<string, int> rawTokenCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> rawTokenLookup;
    private readonly Dictionary<int, int> cjkTokenCache = [];

    private readonly List<TokenSpan> spans = [];
    private readonly List<int> touchedTerms = [];
    private readonly List<int> keptTerms = [];
    private int[] termCounts = new int[1024];
    private char[] loweredBuffer = new char[4096];
    private int[] sortScratch = new int[1024];

    /// <summary>Creates a builder for <paramref name="fields"/>.</summary>
    /// <param name="fields">The fields to index. Names must be unique.</param>
    /// <param name="options">Text analysis and BM25 settings; <see cref="LunrIndexOptions.English"/> when null.</param>
    public LunrIndexBuilder(IEnumerable<SearchField> fields, LunrIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Options = options ?? LunrIndexOptions.English;
        tokenizer = Options.Tokenizer;
        pipeline = Options.Pipeline;

        var declared = new List<SearchField>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            ArgumentNullException.ThrowIfNull(field);
            if (!seen.Add(field.Name))
            {
                throw new ArgumentException($"Field '{field.Name}' is declared twice.", nameof(fields));
            }

            declared.Add(field);
        }

        // lunr keeps fields as keys of an object, so they enumerate in JavaScript property order.
        var names = new string[declared.Count];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = declared[i].Name;
        }

        int[] order = JsText.PropertyOrder(names);
        fieldNames = new string[order.Length];
        fieldBoosts = new double[order.Length];
        for (int i = 0; i < order.Length; i++)
        {
            fieldNames[i] = declared[order[i]].Name;
            fieldBoosts[i] = JsBoost(declared[order[i]].Boost);
        }

        fieldLengthSums = new long[fieldNames.Length];
        rawTokenLookup = rawTokenCache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The settings in use.</summary>
    public LunrIndexOptions Options { get; }

    /// <summary>The field names in lunr's order.</summary>
    public IReadOnlyList<string> Fields => fieldNames;

    /// <summary>Number of documents added so far.</summary>
    public int DocumentCount => documentRefs.Count;

    /// <summary>Adds a document (<c>builder.add(doc, { boost })</c>).</summary>
    /// <exception cref="ArgumentException">A document with the same ref was already added.</exception>
    public void Add(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        int documentIndex = documentRefs.Count;
        if (!documentIndexes.TryAdd(document.Ref, documentIndex))
        {
            throw new ArgumentException($"A document with ref '{document.Ref}' was already added.", nameof(document));
        }

        documentRefs.Add(document.Ref);
        documentBoosts.Add(JsBoost(document.Boost));

        for (int fieldIndex = 0; fieldIndex < fieldNames.Length; fieldIndex++)
        {
            document.Fields.TryGetValue(fieldNames[fieldIndex], out string? text);
            pendingFields.Add(IndexField(documentIndex, fieldIndex, text));
        }
    }

    /// <summary>Adds several documents in order.</summary>
    public void AddRange(IEnumerable<SearchDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var document in documents)
        {
            Add(document);
        }
    }

    /// <summary>Scores every field and builds the index. The builder stays usable afterwards.</summary>
    public LunrIndex Build()
    {
        int documentCount = documentRefs.Count;
        int fieldCount = fieldNames.Length;
        int termCount = terms.Count;
        double b = Options.B < 0 ? 0 : Options.B > 1 ? 1 : Options.B;
        double k1 = Options.K1;

        var averageFieldLengths = new double[fieldCount];
        for (int f = 0; f < fieldCount; f++)
        {
            averageFieldLengths[f] = (double)fieldLengthSums[f] / documentCount;
        }

        // Postings per (term, field) slot: counts, then offsets.
        var offsets = new int[(termCount * fieldCount) + 1];
        foreach (var pending in CollectionsMarshal.AsSpan(pendingFields))
        {
            foreach (int term in pending.Terms)
            {
                offsets[(term * fieldCount) + pending.FieldIndex + 1]++;
            }
        }

        for (int i = 1; i < offsets.Length; i++)
        {
            offsets[i] += offsets[i - 1];
        }

        var idf = new double[termCount];
        for (int t = 0; t < termCount; t++)
        {
            int documentsWithTerm = offsets[(t + 1) * fieldCount] - offsets[t * fieldCount];
            double x = ((double)(documentCount - documentsWithTerm) + 0.5) / (documentsWithTerm + 0.5);
            idf[t] = Math.Log(1 + Math.Abs(x));
        }

        // Field vectors, in lunr's order, with lunr's arithmetic order.
        var fieldVectors = new FieldVector[pendingFields.Count];
        for (int i = 0; i < fieldVectors.Length; i++)
        {
            var pending = pendingFields[i];
            double fieldBoost = fieldBoosts[pending.FieldIndex];
            double documentBoost = documentBoosts[pending.DocumentIndex];
            double lengthRatio = pending.FieldLength / averageFieldLengths[pending.FieldIndex];
            double denominatorBase = k1 * (1 - b + (b * lengthRatio));
            var scores = new int[pending.Terms.Length];
            for (int j = 0; j < scores.Length; j++)
            {
                int tf = pending.Frequencies[j];
                double score = idf[pending.Terms[j]] * ((k1 + 1) * tf) / (denominatorBase + tf);
                score *= fieldBoost;
                score *= documentBoost;
                scores[j] = checked((int)JsMath.Round(score * 1000)); // lunr: Math.round(score * 1000) / 1000
            }

            fieldVectors[i] = new FieldVector(
                pending.FieldIndex,
                pending.DocumentIndex,
                new FieldRef(fieldNames[pending.FieldIndex], documentRefs[pending.DocumentIndex]),
                pending.FieldLength,
                pending.Terms,
                scores,
                pending.PositionStarts,
                pending.Positions);
        }

        // Fill postings visiting documents in JavaScript property order of their refs, so each
        // posting list comes out in the order lunr's posting objects enumerate.
        var postingDocuments = new int[offsets[^1]];
        var cursor = new int[offsets.Length - 1];
        Array.Copy(offsets, cursor, cursor.Length);
        foreach (int documentIndex in JsText.PropertyOrder(documentRefs))
        {
            for (int f = 0; f < fieldCount; f++)
            {
                var pending = pendingFields[(documentIndex * fieldCount) + f];
                foreach (int term in pending.Terms)
                {
                    postingDocuments[cursor[(term * fieldCount) + f]++] = documentIndex;
                }
            }
        }

        // lunr sorts terms with Array.prototype.sort: UTF-16 code unit order.
        var termArray = terms.ToArray();
        var sortKeys = (string[])termArray.Clone();
        var sorted = new int[termCount];
        for (int t = 0; t < termCount; t++)
        {
            sorted[t] = t;
        }

        Array.Sort(sortKeys, sorted, StringComparer.Ordinal);

        var invertedIndex = new InvertedIndex(termArray, sorted, fieldCount, offsets, postingDocuments);
        return new LunrIndex(
            (string[])fieldNames.Clone(),
            documentRefs.ToArray(),
            fieldVectors,
            invertedIndex,
            Options.SearchPipeline.Labels,
            averageFieldLengths);
    }

    private PendingField IndexField(int documentIndex, int fieldIndex, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new PendingField(documentIndex, fieldIndex, 0, [], [], null, null);
        }

        ReadOnlySpan<char> lowered = JsText.ToLowerCase(text, ref loweredBuffer);
        spans.Clear();
        tokenizer.TokenizeLowered(lowered, spans);

        int fieldLength = 0;
        touchedTerms.Clear();
        keptTerms.Clear();
        bool recordPositions = Options.RecordPositions;
        bool cjkPassesThrough = pipeline.PassCjkTokensThrough;
        foreach (var span in CollectionsMarshal.AsSpan(spans))
        {
            var raw = lowered.Slice(span.Start, span.Length);
            int term = cjkPassesThrough && span.Kind == TokenKind.Cjk && span.Length <= 2
                ? ResolveCjkToken(raw)
                : ResolveTerm(raw, span.Kind);
            if (term < 0)
            {
                continue;
            }

            fieldLength++;
            if (recordPositions)
            {
                keptTerms.Add(term);
            }

            if (termCounts[term]++ == 0)
            {
                touchedTerms.Add(term);
            }
        }

        if (sortScratch.Length < touchedTerms.Count)
        {
            sortScratch = new int[Math.Max(touchedTerms.Count, sortScratch.Length * 2)];
        }

        TermIdSort.Sort(CollectionsMarshal.AsSpan(touchedTerms), sortScratch, terms.Count);
        var termArray = new int[touchedTerms.Count];
        var frequencies = new int[touchedTerms.Count];
        for (int i = 0; i < termArray.Length; i++)
        {
            int term = touchedTerms[i];
            termArray[i] = term;
            frequencies[i] = termCounts[term];
            termCounts[term] = 0;
        }

        fieldLengthSums[fieldIndex] += fieldLength;
        var (positionStarts, positions) = recordPositions ? PositionsByTerm(termArray, frequencies, fieldLength) : (null, null);
        return new PendingField(documentIndex, fieldIndex, fieldLength, termArray, frequencies, positionStarts, positions);
    }

    // The field's places grouped by term, in the order of termArray: term i stands at
    // positions[starts[i]..starts[i + 1]], ascending. A place counts only the terms the pipeline kept,
    // so a phrase is matched after the same stop-word removal as its words.
    private (int[] Starts, int[] Positions) PositionsByTerm(int[] termArray, int[] frequencies, int fieldLength)
    {
        var starts = new int[termArray.Length + 1];
        for (int i = 0; i < termArray.Length; i++)
        {
            starts[i + 1] = starts[i] + frequencies[i];
            termCounts[termArray[i]] = starts[i]; // the next free place of the term, reset below
        }

        var positions = new int[fieldLength];
        var kept = CollectionsMarshal.AsSpan(keptTerms);
        for (int place = 0; place < kept.Length; place++)
        {
            positions[termCounts[kept[place]]++] = place;
        }

        foreach (int term in termArray)
        {
            termCounts[term] = 0;
        }

        return (starts, positions);
    }

    // Maps a raw token to its term index (-1 when the pipeline drops it). The pipeline is a pure
    // function of the token text, so results are cached by raw token without allocating on a hit.
    private int ResolveTerm(ReadOnlySpan<char> raw, TokenKind kind)
    {
        if (rawTokenLookup.TryGetValue(raw, out int cached))
        {
            return cached;
        }

        string rawText = raw.ToString();
        string? term = pipeline.RunSingle(rawText, kind);
        int index = -1;
        if (term is not null)
        {
            if (!termIndexes.TryGetValue(term, out index))
            {
                index = terms.Count;
                termIndexes.Add(term, index);
                terms.Add(term);
                if (index >= termCounts.Length)
                {
                    Array.Resize(ref termCounts, termCounts.Length * 2);
                }
            }
        }

        if (rawTokenCache.Count >= RawTokenCacheLimit)
        {
            rawTokenCache.Clear();
        }

        rawTokenCache[rawText] = index;
        return index;
    }

    // A CJK bigram or lone character of the Basic Multilingual Plane is its own term: keyed by its
    // one or two UTF-16 units packed in an int, it is found without hashing a string. Chinese text is
    // almost all such tokens, one per character. Keys cannot collide: a bigram's first unit is at
    // least U+1100, so bigram keys start above every lone unit's.
    private int ResolveCjkToken(ReadOnlySpan<char> raw)
    {
        int key = raw.Length == 1 ? raw[0] : (raw[0] << 16) | raw[1];
        if (cjkTokenCache.TryGetValue(key, out int cached))
        {
            return cached;
        }

        int index = ResolveTerm(raw, TokenKind.Cjk);
        cjkTokenCache.Add(key, index);
        return index;
    }

    // lunr reads boosts as `boost || 1`: 0, -0 and NaN fall back to 1.
    private static double JsBoost(double boost) => boost == 0 || double.IsNaN(boost) ? 1 : boost;

    private readonly record struct PendingField(int DocumentIndex, int FieldIndex, int FieldLength, int[] Terms, int[] Frequencies, int[]? PositionStarts, int[]? Positions);
}
