namespace WuzhenSite.Search;

/// <summary>The pipeline functions a <see cref="TextPipeline"/> can chain, each with its lunr.js label.</summary>
public enum PipelineFunction
{
    /// <summary><c>lunr.trimmer</c> (label <c>trimmer</c>).</summary>
    Trimmer,

    /// <summary><c>lunr.stopWordFilter</c> (label <c>stopWordFilter</c>).</summary>
    StopWordFilter,

    /// <summary><c>lunr.stemmer</c> (label <c>stemmer</c>).</summary>
    Stemmer,

    /// <summary>
    /// Splits a token into CJK bigrams and word parts, as <see cref="CjkTokenizer"/> does
    /// (label <c>cjkBigrams</c>, registered by <c>browser/lunr-cjk.js</c>). Used on the query side.
    /// </summary>
    CjkBigrams,
}
