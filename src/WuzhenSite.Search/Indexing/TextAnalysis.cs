namespace WuzhenSite.Search;

/// <summary>Which tokenizer and pipelines an index uses.</summary>
public enum TextAnalysis
{
    /// <summary>lunr.js's defaults: <see cref="LunrTokenizer"/>, trimmer + stop words + stemmer; search pipeline stemmer.</summary>
    English = 0,

    /// <summary>
    /// <see cref="CjkTokenizer"/>; lunr's pipeline for word tokens, CJK bigrams passed through;
    /// search pipeline <c>cjkBigrams</c> + stemmer (load <c>lunr-cjk.js</c> in the browser).
    /// </summary>
    CjkAware = 1,
}
