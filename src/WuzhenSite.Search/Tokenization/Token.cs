namespace WuzhenSite.Search;

/// <summary>
/// One token as lunr.js produces it: the lower-cased text plus the metadata lunr attaches,
/// <c>position</c> (<see cref="Start"/>, <see cref="Length"/> in UTF-16 code units of the
/// lower-cased field text) and <c>index</c> (<see cref="Index"/>, the token's ordinal).
/// </summary>
/// <param name="Text">The token text.</param>
/// <param name="Start">Start offset in the lower-cased source, in UTF-16 code units.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Index">Position of the token in the token list.</param>
/// <param name="Kind">Word or CJK bigram.</param>
public readonly record struct Token(string Text, int Start, int Length, int Index, TokenKind Kind = TokenKind.Word)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
