namespace WuzhenSite.Search;

/// <summary>What a <see cref="Token"/> holds, which decides how the text pipeline treats it.</summary>
public enum TokenKind
{
    /// <summary>A lunr.js word token (a whitespace/hyphen-separated slice, or the non-CJK part of one).</summary>
    Word = 0,

    /// <summary>A CJK character bigram (or a lone CJK character); passes through the pipeline untouched.</summary>
    Cjk = 1,
}
