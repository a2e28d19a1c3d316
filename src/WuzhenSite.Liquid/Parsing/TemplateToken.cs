namespace WuzhenSite.Liquid.Parsing;

/// <summary>
/// One top-level piece of a template. For markup, Start/End delimit the inner markup (without delimiters
/// and trim dashes); for text and raw blocks they delimit the literal text, and shrink when neighbours trim whitespace.
/// </summary>
internal sealed class TemplateToken(TemplateTokenKind kind, int delimiterStart, int start, int end)
{
    public TemplateTokenKind Kind { get; } = kind;

    /// <summary>Offset of the opening <c>{{</c> or <c>{%</c> (equals <see cref="Start"/> for text).</summary>
    public int DelimiterStart { get; } = delimiterStart;

    public int Start { get; set; } = start;

    public int End { get; set; } = end;

    /// <summary>Written with <c>{%-</c> / <c>{{-</c>: strip whitespace at the end of the text before.</summary>
    public bool TrimBefore { get; init; }

    /// <summary>Written with <c>-%}</c> / <c>-}}</c>: strip whitespace at the start of the text after.</summary>
    public bool TrimAfter { get; init; }
}
