namespace WuzhenSite.Search;

/// <summary>Settings for <see cref="LunrIndexBuilder"/>: text analysis and the BM25 parameters.</summary>
public sealed record LunrIndexOptions
{
    /// <summary>lunr.js's defaults (English pipeline, b = 0.75, k1 = 1.2).</summary>
    public static LunrIndexOptions English { get; } = new();

    /// <summary>The CJK-aware analysis with lunr's BM25 defaults.</summary>
    public static LunrIndexOptions CjkAware { get; } = new() { Analysis = TextAnalysis.CjkAware };

    /// <summary>The text analysis.</summary>
    public TextAnalysis Analysis { get; init; } = TextAnalysis.English;

    /// <summary>BM25 field-length normalisation; clamped to [0, 1] as <c>builder.b()</c> does.</summary>
    public double B { get; init; } = 0.75;

    /// <summary>BM25 term-frequency saturation (<c>builder.k1()</c>).</summary>
    public double K1 { get; init; } = 1.2;

    /// <summary>
    /// Whether each field vector keeps where its terms stand (their places among the field's kept
    /// terms), which phrase queries need (<see cref="PhrasePositionsWriter"/>). lunr.js keeps no
    /// positions, so the index itself is the same either way.
    /// </summary>
    public bool RecordPositions { get; init; }

    /// <summary>The tokenizer for <see cref="Analysis"/>.</summary>
    public Tokenizer Tokenizer => Analysis == TextAnalysis.CjkAware ? CjkTokenizer.Instance : LunrTokenizer.Instance;

    /// <summary>The index-side pipeline for <see cref="Analysis"/>.</summary>
    public TextPipeline Pipeline => Analysis == TextAnalysis.CjkAware ? TextPipeline.CjkAwareIndex : TextPipeline.LunrIndex;

    /// <summary>The query-side pipeline for <see cref="Analysis"/>; serialised into the index.</summary>
    public TextPipeline SearchPipeline => Analysis == TextAnalysis.CjkAware ? TextPipeline.CjkAwareSearch : TextPipeline.LunrSearch;
}
