namespace WuzhenSite.Search;

/// <summary>A token located in a lower-cased buffer, before its text is materialised.</summary>
internal readonly record struct TokenSpan(int Start, int Length, TokenKind Kind);
